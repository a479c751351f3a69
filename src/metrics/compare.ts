// Comparing runs (models, temperatures, prompt formats) on the problems they share: a leaderboard of
// pass@k with bootstrap intervals, paired differences, and the problems that separate the runs.
//
// Paired differences: for runs a and b and a k, the per-problem difference pass@k(a) − pass@k(b) over
// the shared problems; its mean is the difference of the two scores. Its interval is the percentile
// bootstrap of that mean, resampling problems — the same resampled problems for both runs, which is
// what makes it paired: the variation between problems, large on any benchmark, cancels out.
import { basename } from "node:path";
import { DEFAULTS } from "../defaults.js";
import { PasskError } from "../errors.js";
import type { LoadedRun } from "../run/load.js";
import type { ProblemOutcome } from "../run/types.js";
import { type BootstrapOptions, bootstrapCI, bootstrapMeans } from "./bootstrap.js";
import { bootstrapPValue, holm } from "./holm.js";
import { passAtK } from "./passAtK.js";
import { byTaskId, perProblem } from "./per-problem.js";
import { bootstrapSettings } from "./rank.js";
import type { CompareStudy, Estimate } from "./studies.js";

/** Options of {@link compareRuns}. */
export interface CompareOptions {
  /** k values of pass@k (default 1 and 10). */
  k?: readonly number[];
  /** Compare runs whose dataset hashes differ (on the task ids they share), with a warning. */
  allowDifferentData?: boolean;
  /** How many separating problems to list (default 10). */
  separating?: number;
  bootstrap?: Partial<BootstrapOptions>;
}

type ComparedRun = Pick<LoadedRun, "dir" | "manifest" | "results">;

/**
 * Compares two or more evaluated runs on the problems that every run has results for.
 *
 * A k is left out (with a warning) when some shared problem of some run has fewer than k samples.
 * The leaderboard is sorted by the first reported k, best first; pairs are in the order given (a before b).
 *
 * @throws PasskError BAD_OPTION for fewer than two runs or the same folder twice; BAD_INPUT for a run
 *   without results, runs without a shared problem, or runs on different data (dataset sha256) unless
 *   `allowDifferentData`.
 */
export function compareRuns(runs: readonly ComparedRun[], options: CompareOptions = {}): CompareStudy {
  if (runs.length < 2) throw new PasskError("BAD_OPTION", "compare needs at least two runs");
  const dirs = runs.map((r) => r.dir);
  const twice = dirs.find((dir, i) => dirs.indexOf(dir) !== i);
  if (twice !== undefined)
    throw new PasskError("BAD_OPTION", `${twice} is given twice; compare different runs`);
  for (const run of runs) {
    if (run.results.length === 0) {
      throw new PasskError("BAD_INPUT", `${run.dir}: no results (evaluate the run before comparing it)`);
    }
  }
  const warnings: string[] = [];
  // A set and its renderings in other languages hold the same problems and tests: comparable.
  const hashes = new Set(runs.map((r) => r.manifest.dataset.renderedFrom ?? r.manifest.dataset.sha256));
  const languages = new Set(runs.map((r) => r.manifest.dataset.language ?? "py"));
  if (languages.size > 1) {
    warnings.push(
      `the runs are in different languages (${runs.map((r) => `${r.dir}: ${r.manifest.dataset.language ?? "py"}`).join("; ")}): the same problems and tests, each given in its language`,
    );
  }
  if (hashes.size > 1) {
    const which = runs.map((r) => `${r.dir}: ${r.manifest.dataset.path} sha256 ${r.manifest.dataset.sha256}`);
    if (!options.allowDifferentData) {
      throw new PasskError(
        "BAD_INPUT",
        "the runs were made on different data (dataset sha256 differ), so their scores are not comparable; " +
          "rerun on the same problems, or pass --allow-different-data to compare the task ids they share anyway",
        which,
      );
    }
    warnings.push(`the runs used different data (compared on shared task ids anyway): ${which.join("; ")}`);
  }

  const outcomes = runs.map((run) => new Map(perProblem(run.results).map((o) => [o.task_id, o])));
  const shared = [...(outcomes[0] as Map<string, ProblemOutcome>).keys()]
    .filter((id) => outcomes.every((o) => o.has(id)))
    .sort(byTaskId);
  if (shared.length === 0) throw new PasskError("BAD_INPUT", `the runs share no problem: ${dirs.join(", ")}`);
  runs.forEach((run, i) => {
    const extra = (outcomes[i] as Map<string, ProblemOutcome>).size - shared.length;
    if (extra > 0) warnings.push(`${run.dir}: ${extra} problems not in every run are left out`);
  });
  const at = (i: number, id: string) =>
    (outcomes[i] as Map<string, ProblemOutcome>).get(id) as ProblemOutcome;

  const ks: number[] = [];
  for (const k of [...new Set(options.k ?? DEFAULTS.compareK)].sort((a, b) => a - b)) {
    const short = runs.flatMap((run, i) => shared.filter((id) => at(i, id).n < k).map((id) => ({ run, id })));
    if (short.length === 0) ks.push(k);
    else {
      const first = short[0] as { run: ComparedRun; id: string };
      warnings.push(
        `pass@${k} left out: it needs n ≥ ${k} samples of every shared problem in every run; ` +
          `${short.length} (run, problem) pairs have fewer, e.g. ${first.id} in ${first.run.dir} (n = ${at(runs.indexOf(first.run), first.id).n})`,
      );
    }
  }

  const bootstrap = bootstrapSettings(options.bootstrap);
  const estimate = (values: number[]): Estimate => {
    const [lo, hi] = bootstrapCI(values, bootstrap);
    return { value: values.reduce((sum, v) => sum + v, 0) / values.length, lo, hi };
  };
  const values = runs.map((_, i) => ks.map((k) => shared.map((id) => passAtK(at(i, id).n, at(i, id).c, k))));
  const labels = labelsOf(runs);
  const leaderboard = runs
    .map((run, i) => ({
      run: run.dir,
      label: labels[i] as string,
      passAtK: ks.map((k, j) => ({ k, ...estimate(values[i]?.[j] as number[]) })),
    }))
    .sort((a, b) => (b.passAtK[0]?.value ?? 0) - (a.passAtK[0]?.value ?? 0));

  const pairs: CompareStudy["pairs"] = [];
  for (let a = 0; a < runs.length; a++) {
    for (let b = a + 1; b < runs.length; b++) {
      ks.forEach((k, j) => {
        const va = values[a]?.[j] as number[];
        const vb = values[b]?.[j] as number[];
        const differences = va.map((v, p) => v - (vb[p] as number));
        const difference = estimate(differences);
        const significant = difference.lo > 0 || difference.hi < 0;
        const p = bootstrapPValue(bootstrapMeans(differences, bootstrap));
        pairs.push({
          a: dirs[a] as string,
          b: dirs[b] as string,
          k,
          difference,
          significant,
          p,
          pHolm: p,
          significantHolm: false,
        });
      });
    }
  }

  // Every pair and k is one test of the family: a long leaderboard must not find differences by chance.
  const adjusted = holm(pairs.map((pair) => pair.p));
  pairs.forEach((pair, i) => {
    pair.pHolm = adjusted[i] as number;
    pair.significantHolm = pair.pHolm < 1 - bootstrap.confidence;
  });

  const spread = (id: string) => {
    const rates = runs.map((_, i) => at(i, id).passRate);
    return Math.max(...rates) - Math.min(...rates);
  };
  const separating = shared
    .map((id) => ({ id, spread: spread(id) }))
    .filter((p) => p.spread > 0)
    .sort((x, y) => y.spread - x.spread || byTaskId(x.id, y.id))
    .slice(0, options.separating ?? 10)
    .map(({ id }) => ({
      task_id: id,
      rates: Object.fromEntries(runs.map((r, i) => [r.dir, at(i, id).passRate])),
    }));

  return { sharedProblems: shared.length, warnings, k: ks, leaderboard, pairs, separating };
}

/** The model spec; with the temperature when specs repeat; with the folder name when those repeat too. */
function labelsOf(runs: readonly ComparedRun[]): string[] {
  const unique = (labels: string[]) => new Set(labels).size === labels.length;
  let labels = runs.map((r) => r.manifest.model.spec);
  if (unique(labels)) return labels;
  labels = runs.map((r) => `${r.manifest.model.spec} T=${r.manifest.params.temperature ?? "default"}`);
  if (unique(labels)) return labels;
  return runs.map((r, i) => `${labels[i]} (${basename(r.dir)})`);
}
