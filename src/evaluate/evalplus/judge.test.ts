// How a sample's runs become its base and plus verdicts (judge.ts), with a scripted runner standing
// for the sandbox: which inputs are run, in how many runs, with which limits, and what the record
// says. The sandbox's own part (the per-input time limits, the outputs) is tested with real Python in
// evalplus.test.ts.
import { describe, expect, it } from "vitest";
import type { Execution } from "../../sandbox/types.js";
import {
  EVALPLUS_DEFAULTS,
  type JudgedProblem,
  judgeSample,
  type ListName,
  type Runner,
  timeLimits,
} from "./judge.js";
import type { ExpectedCase } from "./oracle.js";

const exp = (text: string, time = 0.001): ExpectedCase => ({ text, time, floats: false, nan: false });

/** f(x) = x + 1 on base inputs 1, 2 and extra inputs 3, 4, 5. */
const PROBLEM: JudgedProblem = {
  entryPoint: "f",
  inputs: { base: ["[1]", "[2]"], plus: ["[3]", "[4]", "[5]"], atol: 0, dataset: "humaneval" },
  expected: { base: [exp("2"), exp("3")], plus: [exp("4"), exp("5", 0.5), exp("6")] },
};

type Call = { list: ListName; from: number; caseLimits: number[]; budget: number; stopOnError: boolean };

/** A runner whose sample answers `answer(list, index)` for each input: a case line, or "timeout"/"crash". */
function scripted(answer: (list: ListName, index: number) => string): { runner: Runner; calls: Call[] } {
  const calls: Call[] = [];
  const run = (list: ListName, from: number, count: number, stopOnError: boolean): Execution => {
    const cases: string[] = [];
    for (let index = from; index < from + count; index++) {
      const line = answer(list, index);
      if (line === "timeout")
        return {
          ...base,
          status: "timeout",
          result: "timed out",
          limit: "cpu",
          caseTimeout: index - from,
          cases,
        };
      if (line === "crash")
        return { ...base, status: "crashed", result: "failed: process killed by SIGSEGV", cases };
      cases.push(line);
      if (stopOnError && line.startsWith('{"error"')) break;
    }
    return { ...base, cases };
  };
  const base: Execution = {
    status: "passed",
    result: "passed",
    cpu: 0.01,
    wall: 0.02,
    exitCode: 0,
    output: "",
  };
  const runner: Runner = {
    sample: async (list, from, caseLimits, budget, stopOnError) => {
      calls.push({ list, from, caseLimits, budget, stopOnError });
      return run(list, from, caseLimits.length, stopOnError);
    },
    sampleFull: async (list, index) => run(list, index, 1, true),
    expectedFull: async (list, index) => PROBLEM.expected[list][index] as ExpectedCase,
    polynomial: async () => base,
  };
  return { runner, calls };
}

const right = (list: ListName, index: number) => `{"ok": ${(list === "base" ? 1 : 3) + index + 1}}`;

describe("judging a sample of an EvalPlus problem", () => {
  it("passes base and plus when every input's output is right, in one run per list", async () => {
    const { runner, calls } = scripted(right);
    const verdicts = await judgeSample(PROBLEM, runner, EVALPLUS_DEFAULTS);
    expect(verdicts.base.status).toBe("passed");
    expect(verdicts.plus).toMatchObject({ status: "passed", result: "passed", failed: [] });
    expect(calls.map((c) => [c.list, c.from])).toEqual([
      ["base", 0],
      ["plus", 0],
    ]);
    // max(1 s, 4 × reference) per input; the run's budget min(60, Σ) + 1, as EvalPlus's outer timeout.
    expect(calls[1]?.caseLimits).toEqual([1, 2, 1]);
    expect(calls[1]?.budget).toBe(5);
    expect(verdicts.plus.cpu).toBeCloseTo(0.02);
  });

  it("decides plus from a base failure without running the extra inputs", async () => {
    const { runner, calls } = scripted((list, index) =>
      list === "base" && index === 1 ? '{"ok": 99}' : right(list, index),
    );
    const verdicts = await judgeSample(PROBLEM, runner, EVALPLUS_DEFAULTS);
    expect(verdicts.base).toMatchObject({ status: "failed", failed: [1] });
    expect(verdicts.base.result).toBe("failed: wrong output on base input 1: f(2) returned 99, expected 3");
    expect(verdicts.extra).toBeNull();
    expect(verdicts.plus.result).toBe(verdicts.base.result);
    expect(calls.map((c) => c.list)).toEqual(["base"]);
  });

  it("fails plus alone on a wrong extra output, naming the input", async () => {
    const { runner } = scripted((list, index) =>
      list === "plus" && index === 2 ? '{"ok": [6]}' : right(list, index),
    );
    const verdicts = await judgeSample(PROBLEM, runner, EVALPLUS_DEFAULTS);
    expect(verdicts.base.status).toBe("passed");
    expect(verdicts.extra?.failed).toEqual([2]);
    expect(verdicts.plus.result).toBe("failed: wrong output on plus input 2: f(5) returned [6], expected 6");
  });

  it("reports an input that raised with its call, and one that ran out of time as timed out", async () => {
    const raised = scripted((list, index) =>
      index === 0 && list === "plus"
        ? '{"error": "ZeroDivisionError: division by zero"}'
        : right(list, index),
    );
    const first = await judgeSample(PROBLEM, raised.runner, EVALPLUS_DEFAULTS);
    expect(first.plus.result).toBe("failed: plus input 0: f(3) raised ZeroDivisionError: division by zero");
    const slow = scripted((list, index) => (list === "plus" && index === 1 ? "timeout" : right(list, index)));
    const second = await judgeSample(PROBLEM, slow.runner, EVALPLUS_DEFAULTS);
    expect(second.plus).toMatchObject({ status: "timeout", result: "timed out", limit: "cpu" });
    expect(second.extra?.failed).toEqual([1]);
  });

  it("fails every input when the module itself fails", async () => {
    const { runner } = scripted(() => "x");
    runner.sample = async () => ({
      status: "failed",
      result: "failed: invalid syntax (<string>, line 1)",
      cpu: 0,
      wall: 0,
      exitCode: null,
      output: "",
      cases: [],
    });
    const verdicts = await judgeSample(PROBLEM, runner, EVALPLUS_DEFAULTS);
    expect(verdicts.base).toMatchObject({
      status: "failed",
      result: "failed: invalid syntax (<string>, line 1)",
      failed: [0, 1],
    });
  });

  it("fails a sample whose process cut its report short", async () => {
    const { runner } = scripted(right);
    runner.sample = async () => ({
      status: "passed",
      result: "passed",
      cpu: 0,
      wall: 0,
      exitCode: 0,
      output: "",
      cases: ['{"ok": 2}'],
    });
    const verdicts = await judgeSample(PROBLEM, runner, EVALPLUS_DEFAULTS);
    expect(verdicts.base.result).toBe("failed: the sample reported 1 of 2 base outputs");
  });

  it("with test details, runs every input of both lists, past failures, timeouts and crashes", async () => {
    const { runner, calls } = scripted((list, index) => {
      if (list === "base" && index === 0) return '{"ok": 0}';
      if (list === "plus" && index === 0) return "timeout";
      if (list === "plus" && index === 1) return "crash";
      return right(list, index);
    });
    const verdicts = await judgeSample(PROBLEM, runner, { ...EVALPLUS_DEFAULTS, testDetails: true });
    expect(verdicts.base.failed).toEqual([0]);
    expect(verdicts.extra?.failed).toEqual([0, 1]);
    expect(verdicts.plus.result).toBe(verdicts.base.result);
    expect(calls.map((c) => [c.list, c.from, c.stopOnError])).toEqual([
      ["base", 0, false],
      ["plus", 0, false],
      ["plus", 1, false],
      ["plus", 2, false],
    ]);
    // EvalPlus gives a details run one more second.
    expect(calls[0]?.budget).toBe(4);
  });
});

describe("per-input time limits", () => {
  it("are max(min_time_limit, factor × the canonical solution's time)", () => {
    expect(timeLimits([exp("1", 0.001), exp("1", 0.3), exp("1", 2)], EVALPLUS_DEFAULTS)).toEqual([1, 1.2, 8]);
    expect(
      timeLimits([exp("1", 0.3)], { ...EVALPLUS_DEFAULTS, minTimeLimit: 0.1, gtTimeLimitFactor: 2 }),
    ).toEqual([0.6]);
  });
});
