// Tests of the temperature study: the best temperature per k, exact ties reported as ties, and the
// runner-up told apart only when the paired bootstrap interval of the difference lies above 0.
import { describe, expect, it } from "vitest";
import { sweepStudy } from "./sweep.js";

/** Results of `problems` problems with `n` samples each, `passed(problem)` of them passing. */
function results(problems: number, n: number, passed: (problem: number) => number) {
  return Array.from({ length: problems }, (_, p) =>
    Array.from({ length: n }, (_, i) => ({ task_id: `t/${p}`, passed: i < passed(p) })),
  ).flat();
}

describe("sweepStudy", () => {
  it("reports temperatures that tie exactly, and does not call the lowest one distinguishable", () => {
    const same = results(10, 4, (p) => p % 3);
    const study = sweepStudy(
      "m",
      [
        { run: "a", temperature: 0, results: same },
        { run: "b", temperature: 0.6, results: same },
        { run: "c", temperature: 1, results: results(10, 4, () => 0) },
      ],
      [1],
    );
    expect(study.best).toEqual([
      expect.objectContaining({ k: 1, temperature: 0, ties: [0.6], distinguishable: false }),
    ]);
    expect(study.best[0]?.runnerUp).toMatchObject({
      temperature: 0.6,
      difference: { value: 0, lo: 0, hi: 0 },
    });
  });

  it("tells the best apart from the runner-up only when the paired interval excludes 0", () => {
    // T=0.2 solves every problem; T=0.8 one in five more often than not: clearly apart.
    const clear = sweepStudy(
      "m",
      [
        { run: "a", temperature: 0.2, results: results(40, 4, () => 4) },
        { run: "b", temperature: 0.8, results: results(40, 4, (p) => (p % 5 === 0 ? 3 : 0)) },
      ],
      [1],
    );
    expect(clear.best[0]).toMatchObject({ temperature: 0.2, ties: [], distinguishable: true });
    expect(clear.best[0]?.runnerUp?.difference.lo).toBeGreaterThan(0);

    // One problem of forty differs by one sample: the interval of the difference reaches 0.
    const close = sweepStudy(
      "m",
      [
        { run: "a", temperature: 0.2, results: results(40, 4, (p) => (p === 0 ? 3 : 2)) },
        { run: "b", temperature: 0.8, results: results(40, 4, () => 2) },
      ],
      [1],
    );
    expect(close.best[0]).toMatchObject({ temperature: 0.2, ties: [], distinguishable: false });
    expect(close.best[0]?.runnerUp?.temperature).toBe(0.8);
    expect(close.best[0]?.runnerUp?.difference.lo).toBeLessThanOrEqual(0);
  });

  it("has no runner-up with one temperature", () => {
    const study = sweepStudy("m", [{ run: "a", temperature: 0.2, results: results(3, 2, () => 1) }], [1]);
    expect(study.best[0]).toMatchObject({ runnerUp: null, distinguishable: false, ties: [] });
  });
});
