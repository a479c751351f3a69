// Tests of the BLEU study: the AUC (Mann–Whitney, ties ½) by hand and by counting pairs, and the
// per-problem split of BLEU scores by verdict with the overall means.
import { describe, expect, it } from "vitest";
import type { LoadedRun } from "../run/load.js";
import { auc } from "./auc.js";
import { sentenceBleu } from "./bleu.js";
import { bleuStudy } from "./bleu-study.js";

/** U / (p·q) by looking at every pair. */
function pairwise(pos: number[], neg: number[]): number {
  let u = 0;
  for (const p of pos) for (const q of neg) u += p > q ? 1 : p === q ? 0.5 : 0;
  return u / (pos.length * neg.length);
}

describe("auc", () => {
  it("counts pairs, ties one half", () => {
    // (3,2) (3,1) (2,2)=½ (2,1) (2,2)=½ (2,1) → 5 of 6.
    expect(auc([3, 2, 2], [2, 1])).toBe(5 / 6);
    expect(auc([1, 1], [1, 1, 1])).toBe(0.5);
    expect(auc([0], [5, 6])).toBe(0);
    expect(auc([7], [])).toBeNull();
    expect(auc([], [1])).toBeNull();
  });

  it("equals the pairwise count on random cases with many ties", () => {
    let state = 7;
    const next = () => {
      state = (state * 16807) % 2147483647;
      return state % 5;
    };
    for (let trial = 0; trial < 50; trial++) {
      const pos = Array.from({ length: 1 + (trial % 7) }, next);
      const neg = Array.from({ length: 1 + (trial % 5) }, next);
      expect(auc(pos, neg)).toBeCloseTo(pairwise(pos, neg), 14);
    }
  });
});

const problems = new Map([
  ["t/add", { prompt: 'def add(a, b):\n    """Sum."""\n', canonical_solution: "    return a + b\n" }],
  [
    "t/max",
    {
      prompt: "def top(xs):\n",
      canonical_solution:
        "    best = xs[0]\n    for x in xs:\n        best = max(best, x)\n    return best\n",
    },
  ],
  ["t/none", { prompt: "def f():\n", canonical_solution: "" }],
]);

function run(results: Record<string, unknown>[]): LoadedRun {
  return { dir: "runs/b", results, samples: [], summary: null } as unknown as LoadedRun;
}

describe("bleuStudy", () => {
  // In completion order, as a results file holds them: not the samples' order.
  const results = [
    {
      task_id: "t/add",
      completion_id: 3,
      solution: 'def add(a, b):\n    """Sum."""\n    return a + b\n',
      passed: false,
    },
    { task_id: "t/add", completion_id: 1, completion: "    return b + a\n", passed: true },
    { task_id: "t/add", completion_id: 2, completion: "    return a - b\n", passed: false },
    { task_id: "t/add", completion_id: 0, completion: "    return a + b\n", passed: true },
    { task_id: "t/max", completion_id: 0, completion: "    return max(xs)\n", passed: true },
    { task_id: "t/none", completion_id: 0, completion: "    pass\n", passed: false },
  ];

  it("splits sentence BLEU by verdict, per problem, with the AUC and per-problem means", async () => {
    const study = await bleuStudy(run(results), problems);
    expect(study.run).toBe("runs/b");
    expect(study.problems.map((p) => p.task_id)).toEqual(["t/add", "t/max"]);
    const [add, max] = study.problems;
    const swapped = sentenceBleu("    return b + a\n", ["    return a + b\n"]).score;
    const minus = sentenceBleu("    return a - b\n", ["    return a + b\n"]).score;
    const same = sentenceBleu("    return a + b\n", ["    return a + b\n"]).score;
    expect(same).toBeCloseTo(100, 10);
    // The paper's point in small: the wrong `a - b` is closer to the reference than the right `b + a`.
    expect(minus).toBeGreaterThan(swapped);
    // The whole-program sample equals prompt + canonical: the top score, though it failed.
    // Scores are keyed by completion_id, in sample order, whatever order the results were written in.
    expect(add?.passing).toEqual({ 0: same, 1: swapped });
    expect(Object.keys(add?.failing ?? {})).toEqual(["2", "3"]);
    expect(add?.failing).toEqual({ 2: minus, 3: expect.closeTo(100, 10) });
    expect(add?.auc).toBe(pairwise([same, swapped], Object.values(add?.failing ?? {})));
    expect(max?.failing).toEqual({});
    expect(max?.auc).toBeNull();
    expect(study.overall).toEqual({
      meanAuc: add?.auc,
      problemsWithBoth: 1,
      passingMean: (same + swapped) / 2,
      failingMean: ((add?.failing[2] ?? 0) + (add?.failing[3] ?? 0)) / 2,
    });
  });

  it("keys samples without a completion_id by their line", async () => {
    const lines = [
      { task_id: "t/add", completion: "    return a - b\n", passed: false, sample_line: 9 },
      { task_id: "t/add", completion: "    return a + b\n", passed: true, sample_line: 4 },
      { task_id: "t/add", completion: "    return b - a\n", passed: false, sample_line: 2 },
    ];
    const [add] = (await bleuStudy(run(lines), problems)).problems;
    expect(Object.keys(add?.passing ?? {})).toEqual(["line 4"]);
    expect(Object.keys(add?.failing ?? {})).toEqual(["line 2", "line 9"]);
  });

  it("gives null means when no problem has both kinds, and refuses a run without results", async () => {
    const study = await bleuStudy(run(results.filter((r) => r.task_id === "t/max")), problems);
    expect(study.overall).toEqual({
      meanAuc: null,
      problemsWithBoth: 0,
      passingMean: null,
      failingMean: null,
    });
    await expect(bleuStudy(run([]), problems)).rejects.toThrow(/runs\/b: no results/);
  });
});
