// The pass@k table of a run: for each asked k, the mean of per-problem pass@k with a bootstrap
// interval, or the reason it cannot be reported. Outcomes are data: an unreportable k is a row of
// `skipped`, not an exception, so the report can say what to do about it.

import { type BootstrapOptions, bootstrapCI, DEFAULT_BOOTSTRAP } from "./bootstrap.js";
import { passAtK } from "./passAtK.js";

/** Samples generated (`n`) and passed (`c`) for one problem. */
export interface ProblemCounts {
  taskId: string;
  n: number;
  c: number;
}

/** One reported pass@k. */
export interface PassAtKEntry {
  k: number;
  /** Mean over problems of the unbiased per-problem pass@k. */
  value: number;
  /** Percentile-bootstrap interval over problems, at the table's `bootstrap.confidence`. */
  ci: [number, number];
  /** Problems the mean is over. */
  problems: number;
}

/** A k that was asked for but cannot be estimated, with a reason a person can act on. */
export interface SkippedK {
  k: number;
  reason: string;
}

/** pass@k for each asked k that every problem has enough samples for; the others in `skipped`. */
export interface PassAtKTable {
  /** Ascending k. */
  entries: PassAtKEntry[];
  /** Ascending k. */
  skipped: SkippedK[];
  /** The bootstrap settings the intervals were computed with, defaults filled in. */
  bootstrap: BootstrapOptions;
}

/**
 * Compute pass@k for each k in `ks` (deduplicated, sorted ascending) over `perProblem`.
 *
 * A k is reported only when every problem has n ≥ k: leaving the short problems out would measure
 * another benchmark, and the estimator is undefined for them. Such a k goes to `skipped` with the
 * number of problems short and the smallest n; an empty `perProblem` skips every k ("no problems").
 *
 * @param options bootstrap settings; defaults DEFAULT_BOOTSTRAP (DEFAULTS.resamples, DEFAULTS.ciSeed, 95 %).
 * @throws Error (a bug in the caller) if a k is not a positive integer, a task id repeats, or some
 *   counts are not integers with 0 ≤ c ≤ n.
 */
export function passAtKTable(
  perProblem: readonly ProblemCounts[],
  ks: readonly number[],
  options?: { resamples?: number; seed?: number; confidence?: number },
): PassAtKTable {
  // Field by field rather than a spread, so that a JavaScript caller's `seed: undefined` means "default".
  const bootstrap: BootstrapOptions = {
    resamples: options?.resamples ?? DEFAULT_BOOTSTRAP.resamples,
    seed: options?.seed ?? DEFAULT_BOOTSTRAP.seed,
    confidence: options?.confidence ?? DEFAULT_BOOTSTRAP.confidence,
  };
  for (const k of ks) {
    if (!Number.isSafeInteger(k) || k < 1) throw new Error(`k must be a positive integer (got ${k})`);
  }
  // Results files list problems in completion order, which changes from run to run; sorting makes the
  // seeded intervals depend only on the counts. Code-unit order, so the locale cannot change it either.
  const problems = [...perProblem].sort((a, b) => (a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : 0));
  for (let i = 1; i < problems.length; i++) {
    if (problems[i]?.taskId === problems[i - 1]?.taskId) {
      throw new Error(`task id ${problems[i]?.taskId} appears twice in the per-problem counts`);
    }
  }
  for (const { taskId, n, c } of problems) {
    if (!Number.isSafeInteger(n) || !Number.isSafeInteger(c) || c < 0 || c > n) {
      throw new Error(`counts of ${taskId} must be integers with 0 ≤ c ≤ n (got n=${n}, c=${c})`);
    }
  }

  const table: PassAtKTable = { entries: [], skipped: [], bootstrap };
  for (const k of [...new Set(ks)].sort((a, b) => a - b)) {
    if (problems.length === 0) {
      table.skipped.push({ k, reason: "no problems" });
      continue;
    }
    const short = problems.filter((p) => p.n < k);
    if (short.length > 0) {
      table.skipped.push({ k, reason: shortReason(k, short) });
      continue;
    }
    const values = problems.map((p) => passAtK(p.n, p.c, k));
    const value = values.reduce((sum, v) => sum + v, 0) / values.length;
    table.entries.push({ k, value, ci: bootstrapCI(values, bootstrap), problems: values.length });
  }
  return table;
}

/** "needs n ≥ 100 samples for every problem; 12 problems have fewer (smallest n = 10, e.g. HumanEval/3)". */
function shortReason(k: number, short: readonly ProblemCounts[]): string {
  const smallest = short.reduce((min, p) => (p.n < min.n ? p : min));
  const have = short.length === 1 ? "1 problem has fewer" : `${short.length} problems have fewer`;
  return `needs n ≥ ${k} samples for every problem; ${have} (smallest n = ${smallest.n}, e.g. ${smallest.taskId})`;
}

/** `{"pass@1": 0.45, "pass@10": 0.71, …}`: the reported entries as flat keys, for JSON outputs. */
export function flatPassAtK(table: PassAtKTable): Record<`pass@${number}`, number> {
  return Object.fromEntries(table.entries.map((entry) => [`pass@${entry.k}`, entry.value]));
}
