// The generated families in the real sandbox: the canonical solution of every problem of the default
// sets (the ones `--set compose` and `--set bind` run) passes its tests, which the TypeScript reference
// computed, so the blocks' two implementations agree; and `passk problems check`'s quality gate
// (canonical 3×, examples, HumanEval export, wrong/ failing and alt/ passing both ways, mutation kill
// rate) passes for one problem of every N.
import { describe, expect, it } from "vitest";
import { useSandbox } from "../../../test/helpers/sandbox.js";
import { runDataCases } from "../../evaluate/data-verdict.js";
import { DEFAULT_LIMITS } from "../../sandbox/types.js";
import { checkSet, MIN_KILL_RATE } from "../check.js";
import { MIN_WRONG } from "../check-solutions.js";
import { toHumanEval } from "../render.js";
import { problemData } from "../resolve.js";
import { loadPasskSet } from "../set.js";

const sandbox = useSandbox({ workers: 2 });

describe.each(["compose", "bind"])("%s", (family) => {
  it("passes every canonical solution of the default set in the sandbox", async () => {
    const set = loadPasskSet(family);
    expect(set.problems).toHaveLength(160);
    const failures: string[] = [];
    await Promise.all(
      set.problems.map(async (problem) => {
        const exported = toHumanEval(problem);
        const run = await runDataCases(
          sandbox(),
          exported.prompt + exported.canonical_solution,
          problemData(problem),
          DEFAULT_LIMITS,
        );
        if (run.status !== "passed") failures.push(`${problem.taskId}: ${run.result}`);
      }),
    );
    expect(failures).toEqual([]);
    // The same path tells a wrong expected value: one changed case fails the canonical solution.
    const first = set.problems[0] as (typeof set.problems)[number];
    const exported = toHumanEval(first);
    const tests = first.tests.map((c, i) => (i === 9 ? { ...c, expected: [c.expected] } : c));
    const control = await runDataCases(
      sandbox(),
      exported.prompt + exported.canonical_solution,
      problemData(first, tests),
      DEFAULT_LIMITS,
    );
    expect(control.result).toMatch(/^failed: case 9: /);
  }, 120_000);
});

describe("the quality gate", () => {
  it.each([
    ["compose:seed=5,per=1,max=13", 13],
    ["bind:seed=5,per=1,max=10", 10],
  ])(
    "passes for one problem of every N of %s",
    async (name, problems) => {
      const report = await checkSet(loadPasskSet(name), { sandbox: { workers: 2 } });
      expect(report.problems).toHaveLength(problems);
      const faults = report.problems.flatMap((p) => p.faults.map((f) => `${p.taskId}: ${f}`));
      expect(faults).toEqual([]);
      expect(report.ok).toBe(true);
      for (const p of report.problems) {
        expect(p.tests, p.taskId).toBeGreaterThanOrEqual(10);
        expect(p.mutants, p.taskId).toBeGreaterThan(0);
        expect(p.killRate, p.taskId).toBeGreaterThanOrEqual(MIN_KILL_RATE);
        // Python agrees with the reference that picked them: every wrong solution fails.
        expect(p.wrong.length, p.taskId).toBeGreaterThanOrEqual(MIN_WRONG);
        expect(p.wrongKilled, p.taskId).toBe(p.wrong.length);
      }
      // Problems of one family share their wording on purpose: no near-duplicate warnings for them.
      expect(report.nearDuplicates).toEqual([]);
    },
    180_000,
  );
});
