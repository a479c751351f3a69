// Tests of the pass@k table: which k are reported, which are skipped and why, and the values.

import { describe, expect, it } from "vitest";
import { bootstrapCI, DEFAULT_BOOTSTRAP } from "./bootstrap.js";
import { passAtK } from "./passAtK.js";
import { passAtKTable } from "./table.js";

const problems = [
  { taskId: "HumanEval/0", n: 10, c: 3 },
  { taskId: "HumanEval/1", n: 10, c: 0 },
  { taskId: "HumanEval/2", n: 10, c: 10 },
  { taskId: "HumanEval/3", n: 10, c: 1 },
];

describe("passAtKTable", () => {
  it("reports the mean of per-problem pass@k with a bootstrap interval", () => {
    const table = passAtKTable(problems, [1, 5]);
    expect(table.entries.map((e) => e.k)).toEqual([1, 5]);
    const [one, five] = table.entries;
    expect(one?.value).toBeCloseTo((0.3 + 0 + 1 + 0.1) / 4, 14);
    expect(one?.problems).toBe(4);
    // n=10, k=5: 1 − C(7,5)/C(10,5) = 1 − 21/252 for c=3; 1 − C(9,5)/C(10,5) = 0.5 for c=1.
    expect(five?.value).toBeCloseTo((1 - 21 / 252 + 0 + 1 + 0.5) / 4, 14);
    const [low, high] = one?.ci ?? [Number.NaN, Number.NaN];
    expect(low).toBeLessThanOrEqual(one?.value ?? Number.NaN);
    expect(high).toBeGreaterThanOrEqual(one?.value ?? Number.NaN);
    expect(table.skipped).toEqual([]);
    expect(table.bootstrap).toEqual({ resamples: 2000, seed: 0, confidence: 0.95 });
  });

  it("skips a k that some problem has too few samples for, saying which and how many", () => {
    const mixed = [
      { taskId: "HumanEval/0", n: 200, c: 50 },
      { taskId: "HumanEval/3", n: 10, c: 2 },
      { taskId: "HumanEval/7", n: 20, c: 2 },
    ];
    const table = passAtKTable(mixed, [100, 1, 10, 20]);
    expect(table.entries.map((e) => e.k)).toEqual([1, 10]);
    expect(table.skipped).toEqual([
      {
        k: 20,
        reason:
          "needs n ≥ 20 samples for every problem; 1 problem has fewer (smallest n = 10, e.g. HumanEval/3)",
      },
      {
        k: 100,
        reason:
          "needs n ≥ 100 samples for every problem; 2 problems have fewer (smallest n = 10, e.g. HumanEval/3)",
      },
    ]);
  });

  it("skips every k when there are no problems", () => {
    const table = passAtKTable([], [10, 1]);
    expect(table.entries).toEqual([]);
    expect(table.skipped).toEqual([
      { k: 1, reason: "no problems" },
      { k: 10, reason: "no problems" },
    ]);
  });

  it("deduplicates and sorts ks", () => {
    const table = passAtKTable(problems, [10, 1, 5, 1, 10]);
    expect(table.entries.map((e) => e.k)).toEqual([1, 5, 10]);
  });

  it("uses the given bootstrap settings, and the interval does not depend on the input order", () => {
    const settings = { resamples: 500, seed: 3, confidence: 0.9 };
    // Ids sort as listed (zero-padded); c varies irregularly so that the order of draws matters.
    const many = Array.from({ length: 40 }, (_, i) => ({
      taskId: `T/${String(i).padStart(2, "0")}`,
      n: 20,
      c: (i * 7) % 21,
    }));
    const table = passAtKTable(many, [1], settings);
    expect(table.bootstrap).toEqual(settings);
    const values = many.map((p) => passAtK(p.n, p.c, 1));
    expect(table.entries[0]?.ci).toEqual(bootstrapCI(values, settings));
    // Without the sort by task id, the reversed input would resample differently.
    expect(bootstrapCI([...values].reverse(), settings)).not.toEqual(table.entries[0]?.ci);
    expect(passAtKTable([...many].reverse(), [1], settings)).toEqual(table);
    expect(passAtKTable(many, [1], { seed: 3 }).bootstrap).toEqual({ ...DEFAULT_BOOTSTRAP, seed: 3 });
  });

  it("throws on a caller's bug: bad k, repeated task id, impossible counts", () => {
    expect(() => passAtKTable(problems, [0])).toThrow(/k must be/);
    expect(() => passAtKTable(problems, [1.5])).toThrow(/k must be/);
    expect(() => passAtKTable([...problems, { taskId: "HumanEval/0", n: 10, c: 1 }], [1])).toThrow(/twice/);
    expect(() => passAtKTable([{ taskId: "X", n: 3, c: 4 }], [1])).toThrow(/X/);
  });
});
