// Tests of the limits study on hand-made results: pass@k per family, run and N equals the mean of
// the per-problem estimates, the intervals are the pass@k table's bootstrap over that cell's problems,
// a k is kept only where every cell reports it, and runs keep the order they were given in.
import { describe, expect, it } from "vitest";
import { limitsStudy } from "./limits.js";
import { passAtK } from "./passAtK.js";
import { passAtKTable } from "./table.js";

/** `n` results of `taskId`, the first `c` passing. */
function samples(taskId: string, n: number, c: number) {
  return Array.from({ length: n }, (_, i) => ({ task_id: taskId, passed: i < c }));
}

describe("limitsStudy", () => {
  const runA = {
    run: "runs/a",
    results: [
      ...samples("compose-s0/n1-00", 4, 4),
      ...samples("compose-s0/n1-01", 4, 2),
      ...samples("compose-s0/n2-00", 4, 1),
      ...samples("compose-s0/n2-01", 4, 0),
      ...samples("passk-core/fence-posts", 4, 4),
    ],
  };
  const runB = {
    run: "runs/b",
    results: [
      ...samples("bind-s3/n1-00", 5, 5),
      ...samples("bind-s3/n1-01", 5, 1),
      ...samples("bind-s3/n4-00", 5, 0),
      ...samples("compose-s0/n1-00", 2, 1),
      ...samples("compose-s0/n1-01", 2, 0),
      ...samples("compose-s0/n2-00", 2, 0),
      ...samples("compose-s0/n2-01", 2, 0),
    ],
  };

  it("gives pass@k per family, run and N as the mean of the problems' estimates", () => {
    const study = limitsStudy([runA], [1, 2]);
    expect(study.runs).toEqual(["runs/a"]);
    expect(study.leftOut).toEqual([]);
    expect(study.families.map((f) => f.family)).toEqual(["compose"]);
    const compose = study.families[0];
    expect(compose?.ks).toEqual([1, 2]);
    const at = (n: number, k: number) => compose?.rows.find((r) => r.n === n && r.k === k);
    expect(at(1, 1)?.value).toBeCloseTo((1 + 0.5) / 2, 12);
    expect(at(2, 1)?.value).toBeCloseTo((0.25 + 0) / 2, 12);
    // pass@2 from 4 samples with 2 correct: 1 − C(2,2)/C(4,2) = 5/6.
    expect(at(1, 2)?.value).toBeCloseTo((1 + 5 / 6) / 2, 12);
    expect(at(1, 1)?.problems).toBe(2);
    // Two problems: a quarter of the resamples hold only the weaker one, a quarter only the stronger.
    expect([at(1, 1)?.lo, at(1, 1)?.hi]).toEqual([0.5, 1]);
    expect(compose?.rows.map((r) => [r.n, r.k])).toEqual([
      [1, 1],
      [1, 2],
      [2, 1],
      [2, 2],
    ]);
  });

  it("takes its intervals from the pass@k table of each cell, with the seed given", () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      samples(`bind-s0/n3-${String(i).padStart(2, "0")}`, 6, i % 7),
    ).flat();
    const study = limitsStudy([{ run: "r", results: many }], [1, 5], { seed: 11 });
    const table = passAtKTable(
      Array.from({ length: 30 }, (_, i) => ({
        taskId: `bind-s0/n3-${String(i).padStart(2, "0")}`,
        n: 6,
        c: i % 7,
      })),
      [1, 5],
      { seed: 11 },
    );
    const rows = study.families[0]?.rows ?? [];
    expect(rows.map((r) => [r.value, r.lo, r.hi])).toEqual(
      table.entries.map((e) => [e.value, e.ci[0], e.ci[1]]),
    );
    const mean5 = Array.from({ length: 30 }, (_, i) => passAtK(6, i % 7, 5)).reduce((a, b) => a + b) / 30;
    expect(rows[1]?.value).toBeCloseTo(mean5, 12);
    const reseeded = limitsStudy([{ run: "r", results: many }], [1], { seed: 12 }).families[0]?.rows[0];
    expect([reseeded?.lo, reseeded?.hi]).not.toEqual([rows[0]?.lo, rows[0]?.hi]);
  });

  it("keeps a k for a family only when every run and N can report it, and keeps the runs' order", () => {
    const study = limitsStudy([runB, runA], [1, 4]);
    expect(study.runs).toEqual(["runs/b", "runs/a"]);
    const compose = study.families.find((f) => f.family === "compose");
    const bind = study.families.find((f) => f.family === "bind");
    // runs/b has 2 samples of each compose problem: pass@4 cannot be estimated there.
    expect(compose?.ks).toEqual([1]);
    expect(bind?.ks).toEqual([1, 4]);
    expect(compose?.rows.map((r) => `${r.run} N=${r.n}`)).toEqual([
      "runs/b N=1",
      "runs/b N=2",
      "runs/a N=1",
      "runs/a N=2",
    ]);
    expect(bind?.rows.find((r) => r.n === 1 && r.k === 1)?.value).toBeCloseTo((1 + 0.2) / 2, 12);
    expect(bind?.rows.find((r) => r.n === 4 && r.k === 4)?.value).toBe(0);
  });

  it("lists runs without generated problems as left out, and has no family when none is there", () => {
    const other = { run: "runs/core", results: samples("passk-core/fence-posts", 3, 1) };
    const study = limitsStudy([other, runA], [1]);
    expect(study.leftOut).toEqual(["runs/core"]);
    expect(limitsStudy([other], [1]).families).toEqual([]);
  });
});
