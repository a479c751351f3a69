// Tests of the harvest rules (decide.ts) on traces built by hand: each rule drops with its code and a
// reason people can read, in the documented order, and a function passing them all becomes a candidate.
import { describe, expect, it } from "vitest";
import { decide, isWeakTestsFault, type Rules } from "./decide.js";
import type { StaticInfo, TracedCase, TracedFunction, TraceRun } from "./trace.js";

const KEY = "m.py:1:f";
const RULES: Rules = { minCalls: 3, allowUndocumented: false, standaloneOnly: false, maxHelperLines: 80 };

function traced(args: unknown[][], results: unknown[], extra: Partial<TracedFunction> = {}): TracedFunction {
  const cases: TracedCase[] = args.map((a, i) => {
    const outcome = results[i] === "RAISED" ? { raised: true as const } : { ok: results[i] as number };
    return {
      args: a as number[],
      argsText: JSON.stringify(a),
      outcome,
      outcomeText: JSON.stringify(outcome),
    };
  });
  return {
    key: KEY,
    file: "m.py",
    name: "f",
    line: 1,
    module: "m",
    note: null,
    calls: cases.length,
    raised: 0,
    conflicts: 0,
    skipped: {},
    cases,
    ...extra,
  };
}

const INFO: StaticInfo = {
  key: KEY,
  signature: "def f(x):",
  docstring: "Twice x.",
  body: "    return 2 * x",
  statements: 2,
  imports: [],
  helpers: [],
  helperLines: 0,
  unresolved: [],
  dynamic: [],
  writesGlobals: [],
};

function run(f: TracedFunction | null, info: StaticInfo | null = INFO): TraceRun {
  return {
    suite: { exit: 0, signal: null, seconds: 1, outputBytes: 0, outputTail: "" },
    functions: new Map(f ? [[KEY, f]] : []),
    statics: new Map(info ? [[KEY, info]] : []),
    notes: [],
  };
}

const GOOD = traced([[1], [2], [3], [4]], [2, 4, 6, 8]);

function dropped(first: TraceRun, second: TraceRun = run(GOOD, null), rules: Rules = RULES) {
  const decision = decide(KEY, first, second, rules);
  if (decision.keep) throw new Error("kept");
  return decision;
}

describe("decide", () => {
  it("keeps a documented, standalone, deterministic function with enough data calls", () => {
    const decision = decide(KEY, run(GOOD), run(GOOD, null), RULES);
    expect(decision.keep).toBe(true);
    if (decision.keep) expect(decision.candidate.cases.map((c) => c.expected)).toEqual([2, 4, 6, 8]);
  });

  it("drops what the tracer could not follow, or the source cannot be cut", () => {
    expect(dropped(run({ ...GOOD, note: "decorated" }))).toMatchObject({
      code: "not-traceable",
      reason: "decorated",
    });
    expect(dropped(run(GOOD, null))).toMatchObject({ code: "not-extractable" });
    expect(dropped(run(GOOD, { key: KEY, reason: "decorated" }))).toMatchObject({ code: "not-extractable" });
    expect(dropped(run({ ...GOOD, name: "café" })).reason).toMatch(/not ASCII/);
  });

  it("drops functions that read or write project state, and names it", () => {
    expect(dropped(run(GOOD, { ...INFO, unresolved: ["project class Tokenizer"] })).reason).toBe(
      "reads project class Tokenizer",
    );
    expect(dropped(run(GOOD, { ...INFO, writesGlobals: ["_n"] })).reason).toMatch(/global _n/);
    expect(dropped(run(GOOD, { ...INFO, dynamic: ["eval"] })).reason).toBe("calls eval");
    const helpers = { ...INFO, helpers: [{ name: "K", source: "K = 1" }], helperLines: 1 };
    expect(decide(KEY, run(GOOD, helpers), run(null), RULES).keep).toBe(true);
    expect(dropped(run(GOOD, helpers), run(null), { ...RULES, standaloneOnly: true }).reason).toMatch(
      /needs project helpers K \(--standalone-only\)/,
    );
    expect(dropped(run(GOOD, { ...helpers, helperLines: 81 })).reason).toMatch(/81 lines of project helpers/);
  });

  it("drops undocumented functions unless allowed", () => {
    expect(dropped(run(GOOD, { ...INFO, docstring: null })).code).toBe("undocumented");
    expect(
      decide(KEY, run(GOOD, { ...INFO, docstring: null }), run(null), { ...RULES, allowUndocumented: true })
        .keep,
    ).toBe(true);
  });

  it("drops functions whose outcomes differ within a run or between the two runs", () => {
    expect(dropped(run({ ...GOOD, conflicts: 2 })).reason).toMatch(/^2 calls with the same arguments/);
    const other = traced([[1], [2]], [2, 5]);
    expect(dropped(run(GOOD), run(other, null))).toMatchObject({
      code: "nondeterministic",
      reason: "1 calls gave different outcomes in the second run, e.g. f(2) returned 4, then f(2) returned 5",
    });
    const raises = traced([[1]], ["RAISED"]);
    expect(dropped(run(GOOD), run(raises, null)).code).toBe("nondeterministic");
  });

  it("counts only distinct calls that returned data, and says what else was seen", () => {
    const few = traced([[1], [2], [3]], [2, "RAISED", 6], { calls: 9, skipped: { "argument not data": 4 } });
    expect(dropped(run(few), run(null))).toMatchObject({
      code: "too-few-calls",
      reason:
        "2 distinct calls with data arguments and result (3 needed) of 9 calls; 1 raised; not recorded: argument not data ×4",
    });
  });
});

describe("isWeakTestsFault", () => {
  it("tells the mutation gate's findings from the others", () => {
    expect(isWeakTestsFault("tests kill 70.0 % of mutants (7/10); at least 90 % is required")).toBe(true);
    expect(isWeakTestsFault("only 6 tests; at least 8 are required")).toBe(true);
    expect(isWeakTestsFault("canonical solution fails (run 1 of 3): failed: case 0")).toBe(false);
  });
});
