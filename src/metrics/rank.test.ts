// Tests of the ranking study: the closed form against every subset enumerated by hand or by brute
// force, ties and missing scores, and what the study says when a strategy cannot be computed.
import { describe, expect, it } from "vitest";
import { passAtK } from "./passAtK.js";
import { chosenPassCurve, rankStudy, rankWeights } from "./rank.js";

type Sample = { passed: boolean; score: number | null };

/** Subsets of {0 … n−1} of size m. */
function subsets(n: number, m: number): number[][] {
  if (m === 0) return [[]];
  if (n < m) return [];
  return [...subsets(n - 1, m), ...subsets(n - 1, m - 1).map((s) => [...s, n - 1])];
}

/** Expected pass of the best-scored sample of each m-subset, ties in the subset split evenly. */
function bruteForce(samples: Sample[], m: number): number {
  const all = subsets(samples.length, m);
  let total = 0;
  for (const subset of all) {
    const score = (i: number) => samples[i]?.score ?? Number.NEGATIVE_INFINITY;
    const best = Math.max(...subset.map(score));
    const top = subset.filter((i) => score(i) === best);
    total += top.filter((i) => samples[i]?.passed).length / top.length;
  }
  return total / all.length;
}

/** C(n, k) exactly. */
function choose(n: number, k: number): bigint {
  let value = 1n;
  for (let i = 1n; i <= BigInt(k); i++) value = (value * (BigInt(n) - BigInt(k) + i)) / i;
  return value;
}

describe("rankWeights", () => {
  it("gives C(n−r, m−1)/C(n, m) for each rank", () => {
    expect([...rankWeights(3, 2)]).toEqual([2 / 3, 1 / 3, 0]);
    expect([...rankWeights(3, 1)]).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect([...rankWeights(3, 3)]).toEqual([1, 0, 0]);
    for (const [n, m] of [
      [30, 7],
      [200, 50],
      [200, 199],
    ] as const) {
      const weights = rankWeights(n, m);
      for (let r = 1; r <= n; r++) {
        const exact = Number((choose(n - r, m - 1) * 10n ** 30n) / choose(n, m)) / 1e30;
        expect(weights[r - 1]).toBeCloseTo(exact, 12);
      }
      expect(weights.reduce((sum, w) => sum + w, 0)).toBeCloseTo(1, 12);
    }
  });
});

describe("chosenPassCurve", () => {
  it("matches the subsets enumerated by hand for n = 3", () => {
    // Ranked: fail (0.9), pass (0.5), pass (0.1). m = 2: {1,2} → fail, {1,3} → fail, {2,3} → pass.
    const samples = [
      { passed: true, score: 0.1 },
      { passed: false, score: 0.9 },
      { passed: true, score: 0.5 },
    ];
    const curve = chosenPassCurve(samples);
    expect(curve[0]).toBeCloseTo(2 / 3, 15);
    expect(curve[1]).toBeCloseTo(1 / 3, 15);
    expect(curve[2]).toBe(0);
    expect(curve[1]).toBeCloseTo(bruteForce(samples, 2), 15);
  });

  it("averages over tied scores and ranks missing scores last, like choosing at random among ties", () => {
    // Tie at the top between a pass and a fail: m = 3 always draws both → ½; m = 2 by hand:
    // {A,B}: ½, {A,C}: 1, {A,D}: 1, {B,C}: 0, {B,D}: 0, {C,D}: C (scored) fails → 0. Mean = 2.5/6.
    const samples: Sample[] = [
      { passed: true, score: -1 },
      { passed: false, score: -1 },
      { passed: false, score: -3 },
      { passed: true, score: null },
    ];
    const curve = chosenPassCurve(samples);
    expect(curve[1]).toBeCloseTo(2.5 / 6, 15);
    expect(curve[2]).toBeCloseTo(0.5, 15);
    expect(curve[3]).toBeCloseTo(0.5, 15);
  });

  it("equals brute force over every subset on random small cases with ties", () => {
    let state = 12345;
    const rand = () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state / 2 ** 31;
    };
    for (let trial = 0; trial < 60; trial++) {
      const n = 1 + Math.floor(rand() * 8);
      const samples: Sample[] = Array.from({ length: n }, () => ({
        passed: rand() < 0.5,
        score: rand() < 0.15 ? null : Math.floor(rand() * 4),
      }));
      const curve = chosenPassCurve(samples);
      for (let m = 1; m <= n; m++) expect(curve[m - 1]).toBeCloseTo(bruteForce(samples, m), 12);
    }
  });
});

/** Results of one problem: `passed` per sample, with mean/sum log-probs. */
function problem(taskId: string, rows: [boolean, number | null, number | null][]) {
  return rows.map(([passed, mean, sum], completion_id) => ({
    task_id: taskId,
    completion_id,
    passed,
    logprobs: mean === null || sum === null ? null : { mean, sum, tokens: 10 },
  }));
}

describe("rankStudy", () => {
  const results = [
    // Short correct samples have low sums but high means: sum-logprob picks the long wrong one.
    ...problem("t/a", [
      [true, -0.1, -2],
      [false, -0.5, -1],
      [false, -0.9, -30],
    ]),
    ...problem("t/b", [
      [false, -0.2, -3],
      [true, -0.4, -8],
      [true, -0.3, -9],
      [false, -1, -1],
    ]),
  ];

  it("gives random = c/n, oracle = pass@m, and the exact expectation per strategy, for m up to the smallest n", () => {
    const study = rankStudy(results, { run: "runs/x" });
    expect(study).toMatchObject({ run: "runs/x", problems: 2, n: 3 });
    const by = Object.fromEntries(study.strategies.map((s) => [s.strategy, s]));
    for (const point of by.random?.points ?? []) expect(point.value).toBeCloseTo((1 / 3 + 2 / 4) / 2, 15);
    const oracle = by.oracle?.points.map((p) => p.value) ?? [];
    for (const m of [1, 2, 3]) {
      expect(oracle[m - 1]).toBeCloseTo((passAtK(3, 1, m) + passAtK(4, 2, m)) / 2, 15);
    }
    // mean-logprob, m = 1 is random; m = 3 on t/a always picks the pass (1); on t/b (n = 4), m = 3:
    // ranked -0.2 F, -0.3 P, -0.4 P, -1 F; weights C(4−r, 2)/C(4, 3) = 3/4, 1/4, 0, 0 → 1/4.
    const mean = by["mean-logprob"]?.points.map((p) => p.value) ?? [];
    expect(mean[2]).toBeCloseTo((1 + 1 / 4) / 2, 15);
    // sum-logprob, m = 3: t/a picks -1 (fail) → 0; t/b ranked -1 F, -3 F, -8 P, -9 P → 0.
    expect(by["sum-logprob"]?.points[2]?.value).toBe(0);
    for (const strategy of study.strategies.filter((s) => s.available)) {
      expect(strategy.points).toHaveLength(3);
      for (const point of strategy.points) {
        expect(point.lo).toBeLessThanOrEqual(point.value + 1e-12);
        expect(point.hi).toBeGreaterThanOrEqual(point.value - 1e-12);
      }
    }
    expect(by["back-translation"]).toMatchObject({ available: false, points: [] });
    expect(by["back-translation"]?.reason).toMatch(/--back-translation/);
  });

  it("says why log-prob strategies are unavailable, and counts samples without log-probs", () => {
    const none = results.map((r) => ({ ...r, logprobs: null }));
    const study = rankStudy(none);
    for (const strategy of ["mean-logprob", "sum-logprob"]) {
      const entry = study.strategies.find((s) => s.strategy === strategy);
      expect(entry?.available).toBe(false);
      expect(entry?.reason).toMatch(/no log-probs in samples\.jsonl.*rerun with a provider that does/);
    }
    const some = results.map((r, i) => (i === 1 ? { ...r, logprobs: null } : r));
    const partial = rankStudy(some).strategies.find((s) => s.strategy === "mean-logprob");
    expect(partial?.available).toBe(true);
    expect(partial?.reason).toBe(
      "1 of 7 samples have no log-probs; they rank below every sample that has one",
    );
  });

  it("ranks by back-translation scores keyed by task and completion id, or reports why there are none", () => {
    const scores = new Map([
      ["t/a\u00000", -5],
      ["t/a\u00001", -9],
      ["t/a\u00002", -7],
      ["t/b\u00002", 0],
    ]);
    const study = rankStudy(results, { backTranslation: { scores } });
    const bt = study.strategies.find((s) => s.strategy === "back-translation");
    // m = 2. t/a: ranked P, F, F with weights 2/3, 1/3, 0 → 2/3. t/b: sample 2 (pass) first, the rest
    // tied at the bottom (1 pass of 3); weights 3/6 on rank 1, 3/6 spread over the tie → ½ + ½·⅓.
    expect(bt?.points[1]?.value).toBeCloseTo((2 / 3 + (1 / 2 + 1 / 6)) / 2, 15);
    expect(bt?.reason).toBe(
      "3 of 7 samples have no back-translation score; they rank below every sample that has one",
    );
    const failed = rankStudy(results, { backTranslation: { unavailable: "scoring t/a failed: HTTP 500" } });
    expect(failed.strategies.find((s) => s.strategy === "back-translation")).toMatchObject({
      available: false,
      reason: "scoring t/a failed: HTTP 500",
    });
  });

  it("refuses a run without results", () => {
    expect(() => rankStudy([], { run: "runs/empty" })).toThrow(/runs\/empty: no results/);
  });
});
