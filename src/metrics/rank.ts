// Ranking study of the Codex paper (section 3.3, figure 7): when m of a problem's n samples are drawn
// and ONE is chosen without running tests, how often is the chosen one correct?
//
// Computed exactly in expectation over the uniformly random m-subsets, not by simulation. For a
// strategy that picks the highest-scored sample, sort the n samples by score (rank r = 1 is the best).
// The sample at rank r is chosen from an m-subset exactly when it is in the subset and none of the
// r − 1 better ones is, so P(chosen) = C(n−r, m−1) / C(n, m). These weights are computed by the ratio
// w₁ = m/n, w_{r+1} = w_r · (n−r−m+1)/(n−r): a product of factors in [0, 1], never a huge binomial.
//
// Ties: samples with equal scores are ordered at random (each order equally likely). Averaged over
// those orders, each of g tied samples occupies each of the group's g positions with probability 1/g,
// so the expected pass of any position in the group is (passing samples in the group) / g. Samples
// without a score (some lack log-probs) are one tie group ranked below every scored sample.
//
// Random choice has expected pass c/n for every m; the oracle (choose a passing sample whenever the
// subset has one) is pass@m = 1 − C(n−c, m)/C(n, m). Values are averaged over problems (each problem
// weighs the same) with percentile-bootstrap intervals over problems.
import { PasskError } from "../errors.js";
import type { ResultRecord } from "../evaluate/types.js";
import { type BootstrapOptions, bootstrapCI, DEFAULT_BOOTSTRAP } from "./bootstrap.js";
import { bootstrapCIs } from "./bootstrap-batch.js";
import { passAtK } from "./passAtK.js";
import { groupByProblem, sampleKey } from "./per-problem.js";
import type { RankStrategy, RankStudy } from "./studies.js";

/** Scores from outside the results (back-translation), or why there are none. */
export type ExternalScores = { scores: ReadonlyMap<string, number> } | { unavailable: string };

/** Options of {@link rankStudy}. */
export interface RankOptions {
  /** The run's name in the study (its folder). */
  run?: string;
  /** Back-translation scores by `sampleKey` (higher is better), or the reason they are missing. */
  backTranslation?: ExternalScores;
  bootstrap?: Partial<BootstrapOptions>;
}

type RankedRecord = Pick<ResultRecord, "task_id" | "passed"> & Record<string, unknown>;
type Strategy = RankStudy["strategies"][number];

const LABELS: Record<RankStrategy, string> = {
  random: "random",
  "mean-logprob": "highest mean log-prob",
  "sum-logprob": "highest sum log-prob",
  "back-translation": "back-translation P(docstring | code)",
  oracle: "oracle (passes the tests)",
};

const NO_LOGPROBS =
  "no log-probs in samples.jsonl — the server did not return them; rerun with a provider that does " +
  "(an OpenAI-compatible completions endpoint with logprobs, vLLM, llama.cpp's server)";
const NO_BACK_TRANSLATION =
  "not computed: run `passk rank <run> --back-translation` with a model that can score text";

/**
 * P(the sample at rank r is the best of a uniformly random m-subset of n) for r = 1 … n:
 * C(n−r, m−1) / C(n, m). Entry r − 1 of the result is rank r's weight; the weights sum to 1.
 */
export function rankWeights(n: number, m: number): Float64Array {
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(m) || m < 1 || m > n) {
    throw new Error(`rankWeights needs integers with 1 ≤ m ≤ n (got n=${n}, m=${m})`);
  }
  const weights = new Float64Array(n);
  let w = m / n;
  for (let r = 1; r <= n && w > 0; r++) {
    weights[r - 1] = w;
    if (r < n) w *= (n - r - m + 1) / (n - r);
  }
  return weights;
}

/**
 * Expected pass of the highest-scored sample among m drawn, for m = 1 … n (entry m − 1).
 * `score` null means "no score": ranked below every scored sample. Ties as in the file comment.
 */
export function chosenPassCurve(samples: readonly { passed: boolean; score: number | null }[]): number[] {
  const n = samples.length;
  const sorted = samples
    .map((s) => ({ passed: s.passed, score: s.score ?? Number.NEGATIVE_INFINITY }))
    .sort((a, b) => b.score - a.score || 0);
  // Expected pass of each rank position: the pass fraction of the tie group that spans it.
  const positionPass = new Float64Array(n);
  for (let start = 0; start < n; ) {
    let end = start;
    let passing = 0;
    while (end < n && sorted[end]?.score === sorted[start]?.score) {
      if (sorted[end]?.passed) passing++;
      end++;
    }
    positionPass.fill(passing / (end - start), start, end);
    start = end;
  }
  const curve: number[] = [];
  for (let m = 1; m <= n; m++) {
    const weights = rankWeights(n, m);
    let expected = 0;
    for (let r = 0; r < n; r++) expected += (weights[r] as number) * (positionPass[r] as number);
    curve.push(Math.min(1, expected));
  }
  return curve;
}

/**
 * The ranking study of a run's results: for each strategy, the mean over problems of the expected
 * pass of the chosen sample when m = 1 … n samples are drawn (n = the smallest n over problems).
 *
 * Log-prob strategies read each record's `logprobs.mean` / `logprobs.sum`; a strategy whose scores are
 * missing for every sample is unavailable with the reason, and when only some are missing it stays
 * available, ranks those samples last, and says how many in `reason`.
 *
 * @throws PasskError BAD_INPUT when there are no results (the run was not evaluated).
 */
export function rankStudy(results: readonly RankedRecord[], options: RankOptions = {}): RankStudy {
  const run = options.run ?? "run";
  if (results.length === 0) {
    throw new PasskError("BAD_INPUT", `${run}: no results to rank (evaluate the run first)`);
  }
  const bootstrap = bootstrapSettings(options.bootstrap);
  const groups = [...groupByProblem(results).values()];
  const n = Math.min(...groups.map((g) => g.length));
  // One interval per number drawn: hundreds, so they share the resampled problems (bootstrapCIs).
  const summarise = (curves: number[][]): Strategy["points"] => {
    const columns = Array.from({ length: n }, (_, i) => curves.map((curve) => curve[i] as number));
    const intervals = bootstrapCIs(columns, bootstrap);
    return columns.map((values, i) => {
      const [lo, hi] = intervals[i] as [number, number];
      return { samples: i + 1, value: mean(values), lo, hi };
    });
  };

  const strategies: Strategy[] = [];
  const rates = groups.map((g) => g.filter((r) => r.passed === true).length / g.length);
  const [lo, hi] = bootstrapCI(rates, bootstrap);
  const randomPoint = { value: mean(rates), lo, hi };
  strategies.push({
    strategy: "random",
    label: LABELS.random,
    available: true,
    points: Array.from({ length: n }, (_, i) => ({ samples: i + 1, ...randomPoint })),
  });

  const logprob = (field: "mean" | "sum") => (record: RankedRecord) => {
    const value = (record.logprobs as Record<string, unknown> | null | undefined)?.[field];
    return typeof value === "number" && Number.isFinite(value) ? value : null;
  };
  const external = options.backTranslation;
  const scored: [RankStrategy, ((r: RankedRecord) => number | null) | string][] = [
    ["mean-logprob", logprob("mean")],
    ["sum-logprob", logprob("sum")],
    [
      "back-translation",
      external === undefined
        ? NO_BACK_TRANSLATION
        : "unavailable" in external
          ? external.unavailable
          : (record) => external.scores.get(sampleKey(record)) ?? null,
    ],
  ];
  for (const [strategy, score] of scored) {
    const base = { strategy, label: LABELS[strategy] };
    if (typeof score === "string") {
      strategies.push({ ...base, available: false, reason: score, points: [] });
      continue;
    }
    const missing = results.filter((r) => score(r) === null).length;
    if (missing === results.length) {
      const reason =
        strategy === "back-translation" ? "no back-translation scores for these samples" : NO_LOGPROBS;
      strategies.push({ ...base, available: false, reason, points: [] });
      continue;
    }
    const curves = groups.map((g) =>
      chosenPassCurve(g.map((r) => ({ passed: r.passed === true, score: score(r) }))),
    );
    const entry: Strategy = { ...base, available: true, points: summarise(curves) };
    if (missing > 0) {
      const what = strategy === "back-translation" ? "back-translation score" : "log-probs";
      entry.reason = `${missing} of ${results.length} samples have no ${what}; they rank below every sample that has one`;
    }
    strategies.push(entry);
  }

  const oracle = groups.map((g) => {
    const c = g.filter((r) => r.passed === true).length;
    return Array.from({ length: n }, (_, i) => passAtK(g.length, c, i + 1));
  });
  strategies.push({ strategy: "oracle", label: LABELS.oracle, available: true, points: summarise(oracle) });
  return { run, problems: groups.length, n, strategies };
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Bootstrap settings with defaults filled in, field by field so that `seed: undefined` means "default". */
export function bootstrapSettings(options: Partial<BootstrapOptions> = {}): BootstrapOptions {
  return {
    resamples: options.resamples ?? DEFAULT_BOOTSTRAP.resamples,
    seed: options.seed ?? DEFAULT_BOOTSTRAP.seed,
    confidence: options.confidence ?? DEFAULT_BOOTSTRAP.confidence,
  };
}
