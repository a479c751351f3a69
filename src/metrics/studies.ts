// The shapes of the Codex paper's studies as the analyses in src/metrics/ compute them; the HTML and
// markdown reports render whichever are present (src/report/studies.ts gathers them).

import type { FamilyName } from "../problems/families/index.js";

/** A probability with its bootstrap interval (all in [0, 1]). */
export interface Estimate {
  value: number;
  lo: number;
  hi: number;
}

/** Temperature sweep: pass@k against temperature for several k, and the best temperature per k. */
export interface SweepStudy {
  model: string;
  ks: number[];
  rows: (Estimate & { temperature: number; k: number; run: string })[];
  /**
   * Per k, the best temperature (the lowest of equal values), the temperatures that tie with it, and
   * the runner-up with the paired 95 % bootstrap interval of pass@k(best) − pass@k(runner-up):
   * `distinguishable` only when there is no tie and that interval lies above 0.
   */
  best: {
    k: number;
    temperature: number;
    value: number;
    ties: number[];
    runnerUp: { temperature: number; value: number; difference: Estimate } | null;
    distinguishable: boolean;
  }[];
}

/** The strategies for choosing one sample without running tests. */
export type RankStrategy = "random" | "mean-logprob" | "sum-logprob" | "back-translation" | "oracle";

/** Ranking: pass@1 of the chosen sample as a function of the number of samples drawn. */
export interface RankStudy {
  run: string;
  problems: number;
  /** Largest number of samples drawn (the smallest n over problems). */
  n: number;
  strategies: {
    strategy: RankStrategy;
    label: string;
    /** False when the data lack what the strategy needs (log-probs, a scoring provider). */
    available: boolean;
    reason?: string;
    /** pass@1 of the chosen sample when `samples` are drawn, for samples = 1 … n (expected values). */
    points: (Estimate & { samples: number })[];
  }[];
}

/** BLEU against the canonical solution, split by correctness. */
export interface BleuStudy {
  run: string;
  /**
   * Per problem: sentence BLEU (0–100) of passing and failing samples, keyed by `completion_id` (or
   * "line <n>" for a sample without one), and the AUC of BLEU as a classifier of correctness (null
   * when one side is empty).
   */
  problems: {
    task_id: string;
    passing: Record<string, number>;
    failing: Record<string, number>;
    auc: number | null;
  }[];
  /** Over problems that have both passing and failing samples. */
  overall: {
    meanAuc: number | null;
    problemsWithBoth: number;
    passingMean: number | null;
    failingMean: number | null;
  };
}

/** Two or more runs on the problems they share. */
export interface CompareStudy {
  sharedProblems: number;
  warnings: string[];
  k: number[];
  leaderboard: { run: string; label: string; passAtK: (Estimate & { k: number })[] }[];
  /**
   * Paired differences (a − b) over shared problems with bootstrap intervals. `significant`: the
   * interval excludes 0; `p`: the two-sided bootstrap p-value; `pHolm` / `significantHolm`: the same
   * after Holm's correction over every pair and k of the study (family-wise error at 1 − confidence).
   */
  pairs: {
    a: string;
    b: string;
    k: number;
    difference: Estimate;
    significant: boolean;
    p: number;
    pHolm: number;
    significantHolm: boolean;
  }[];
  /** Problems where the runs' pass rates differ most. */
  separating: { task_id: string; rates: Record<string, number> }[];
}

/** pass@k against the knob N of the generated families (compose-N, bind-N), per run. */
export interface LimitsStudy {
  /** The runs, in the order given (the columns of a side-by-side table). */
  runs: string[];
  /** Each family present in some run. */
  families: {
    family: FamilyName;
    /** What N counts. */
    knob: string;
    /** The k every (run, N) cell of the family can report. */
    ks: number[];
    /** pass@k over the `problems` problems of one run and one N, with its bootstrap interval. */
    rows: (Estimate & { run: string; n: number; k: number; problems: number })[];
  }[];
  /** Runs with no problem of a generated family. */
  leftOut: string[];
}
