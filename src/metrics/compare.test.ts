// Tests of run comparison and per-problem counts: shared problems only, the data check, skipped k,
// paired differences (the bootstrap of per-problem differences) and the separating problems.
import { describe, expect, it } from "vitest";
import { PasskError } from "../errors.js";
import type { LoadedRun } from "../run/load.js";
import { bootstrapCI, DEFAULT_BOOTSTRAP } from "./bootstrap.js";
import { compareRuns } from "./compare.js";
import { passAtK } from "./passAtK.js";
import { perProblem } from "./per-problem.js";

/** A run whose problems have the given [n, c]. */
function run(
  dir: string,
  counts: Record<string, [number, number]>,
  extra: { spec?: string; sha?: string; temperature?: number } = {},
): LoadedRun {
  const results = Object.entries(counts).flatMap(([task_id, [n, c]]) =>
    Array.from({ length: n }, (_, i) => ({ task_id, completion_id: i, passed: i < c })),
  );
  return {
    dir,
    manifest: {
      model: { spec: extra.spec ?? "sim:model" },
      params: { temperature: extra.temperature ?? 0.8 },
      dataset: { path: "problems.jsonl", sha256: extra.sha ?? "a".repeat(64) },
    },
    results,
    samples: [],
    summary: null,
  } as unknown as LoadedRun;
}

describe("perProblem", () => {
  it("counts samples and passes per problem, sorted by task id", () => {
    const results = [
      { task_id: "b", passed: true },
      { task_id: "a", passed: false },
      { task_id: "b", passed: false },
      { task_id: "a", passed: true },
      { task_id: "a", passed: true },
    ];
    expect(perProblem(results)).toEqual([
      { task_id: "a", n: 3, c: 2, passRate: 2 / 3 },
      { task_id: "b", n: 2, c: 1, passRate: 0.5 },
    ]);
  });
});

describe("compareRuns", () => {
  const good = run("runs/good", { p1: [4, 4], p2: [4, 2], p3: [4, 1], p4: [4, 0] }, { spec: "sim:good" });
  const bad = run("runs/bad", { p1: [4, 1], p2: [4, 2], p3: [4, 0] }, { spec: "sim:bad" });

  it("ranks the runs on their shared problems with paired differences", () => {
    const study = compareRuns([bad, good], { k: [2, 1] });
    expect(study.sharedProblems).toBe(3);
    expect(study.k).toEqual([1, 2]);
    expect(study.warnings).toEqual(["runs/good: 1 problems not in every run are left out"]);
    expect(study.leaderboard.map((row) => row.label)).toEqual(["sim:good", "sim:bad"]);
    const [first] = study.leaderboard;
    expect(first?.passAtK[0]).toMatchObject({ k: 1, value: (1 + 0.5 + 0.25) / 3 });
    expect(first?.passAtK[1]?.value).toBeCloseTo((1 + passAtK(4, 2, 2) + passAtK(4, 1, 2)) / 3, 15);
    // a = bad, b = good (input order); per-problem pass@1 differences −3/4, 0, −1/4.
    const pair = study.pairs.find((p) => p.k === 1);
    expect(pair).toMatchObject({ a: "runs/bad", b: "runs/good", k: 1 });
    expect(pair?.difference.value).toBeCloseTo(-1 / 3, 15);
    const [lo, hi] = bootstrapCI([-0.75, 0, -0.25], DEFAULT_BOOTSTRAP);
    expect(pair?.difference).toMatchObject({ lo, hi });
    // Drawing p2 (difference 0) three times has probability 1/27 > 2.5 %: the interval reaches 0.
    expect(hi).toBe(0);
    expect(pair?.significant).toBe(false);
    expect(study.separating).toEqual([
      { task_id: "p1", rates: { "runs/bad": 0.25, "runs/good": 1 } },
      { task_id: "p3", rates: { "runs/bad": 0, "runs/good": 0.25 } },
    ]);
  });

  it("calls a difference significant only when the interval excludes 0", () => {
    const ids = Array.from({ length: 8 }, (_, i) => `q${i}`);
    const better = run("runs/better", Object.fromEntries(ids.map((id, i) => [id, [5, 2 + (i % 3)]])));
    const worse = run("runs/worse", Object.fromEntries(ids.map((id, i) => [id, [5, 1 + (i % 2)]])));
    const [pair] = compareRuns([better, worse], { k: [1] }).pairs;
    expect(pair?.difference.lo).toBeGreaterThan(0);
    expect(pair?.significant).toBe(true);
  });

  it("calls a difference not significant when the interval holds 0", () => {
    const up = run("runs/up", { p1: [2, 2], p2: [2, 0], p3: [2, 1] });
    const down = run("runs/down", { p1: [2, 0], p2: [2, 2], p3: [2, 1] }, { temperature: 0.2 });
    const study = compareRuns([up, down], { k: [1] });
    expect(study.leaderboard.map((row) => row.label).sort()).toEqual(["sim:model T=0.2", "sim:model T=0.8"]);
    expect(study.pairs[0]?.difference.value).toBe(0);
    expect(study.pairs[0]?.significant).toBe(false);
  });

  it("adjusts the p-values of every pair and k with Holm's method", () => {
    const ids = Array.from({ length: 8 }, (_, i) => `q${i}`);
    const strong = run("runs/strong", Object.fromEntries(ids.map((id, i) => [id, [5, 4 + (i % 2)]])));
    const weak = run("runs/weak", Object.fromEntries(ids.map((id, i) => [id, [5, i % 2]])), {
      temperature: 0.2,
    });
    const twin = run("runs/twin", Object.fromEntries(ids.map((id, i) => [id, [5, i % 2]])), {
      temperature: 1,
    });
    const study = compareRuns([strong, weak, twin], { k: [1, 2] });
    expect(study.pairs).toHaveLength(6);
    for (const pair of study.pairs) {
      expect(pair.pHolm).toBeGreaterThanOrEqual(pair.p);
      expect(pair.significantHolm).toBe(pair.pHolm < 0.05);
    }
    // strong vs weak: every problem differs in the same direction, significant even after the correction.
    const clear = study.pairs.find((p) => p.a === "runs/strong" && p.b === "runs/weak" && p.k === 1);
    expect(clear?.significantHolm).toBe(true);
    // weak vs twin have identical counts: p = 1.
    const tie = study.pairs.find((p) => p.a === "runs/weak" && p.b === "runs/twin" && p.k === 1);
    expect(tie?.p).toBe(1);
    expect(tie?.significantHolm).toBe(false);
  });

  it("leaves out a k larger than some shared problem's n, saying which", () => {
    const short = run("runs/short", { p1: [3, 1], p2: [10, 5], p3: [10, 5] });
    const study = compareRuns([short, good], { k: [1, 4] });
    expect(study.k).toEqual([1]);
    expect(study.warnings).toContain(
      "pass@4 left out: it needs n ≥ 4 samples of every shared problem in every run; 1 (run, problem) pairs have fewer, e.g. p1 in runs/short (n = 3)",
    );
    expect(study.pairs.map((p) => p.k)).toEqual([1]);
  });

  it("refuses runs on different data unless allowed, naming the runs and hashes", () => {
    const other = run("runs/other", { p1: [4, 1] }, { sha: "b".repeat(64) });
    let error: unknown;
    try {
      compareRuns([good, other]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PasskError);
    expect((error as PasskError).code).toBe("BAD_INPUT");
    expect((error as PasskError).message).toMatch(/different data.*--allow-different-data/);
    expect((error as PasskError).details).toEqual([
      `runs/good: problems.jsonl sha256 ${"a".repeat(64)}`,
      `runs/other: problems.jsonl sha256 ${"b".repeat(64)}`,
    ]);
    const study = compareRuns([good, other], { allowDifferentData: true });
    expect(study.sharedProblems).toBe(1);
    expect(study.warnings[0]).toMatch(/^the runs used different data/);
  });

  it("refuses fewer than two runs, the same run twice, unevaluated runs and runs without a shared problem", () => {
    expect(() => compareRuns([good])).toThrow(/at least two runs/);
    expect(() => compareRuns([good, good])).toThrow(/runs\/good is given twice/);
    expect(() => compareRuns([good, run("runs/empty", {})])).toThrow(/runs\/empty: no results/);
    expect(() => compareRuns([good, run("runs/x", { q: [1, 1] })])).toThrow(/share no problem/);
  });
});
