// BLEU against the reference solution versus functional correctness (Codex paper, section 2.1,
// figure 8): if BLEU were a good proxy, passing samples would score clearly higher than failing ones
// of the same problem. Per problem we give the sentence BLEU of every sample, split by the verdict,
// and the AUC of BLEU as a classifier of "passed" (0.5 = no better than chance).
import { PasskError } from "../errors.js";
import type { ResultRecord } from "../evaluate/types.js";
import { loadAnyProblems } from "../problems/resolve.js";
import type { Problem } from "../problems/types.js";
import type { LoadedRun } from "../run/load.js";
import { auc } from "./auc.js";
import { sentenceBleu } from "./bleu.js";
import { groupByProblem } from "./per-problem.js";
import type { BleuStudy } from "./studies.js";

/** The problems a run used, and warnings about them (a changed file). */
export interface RunProblems {
  problems: ReadonlyMap<string, Problem>;
  warnings: string[];
}

/**
 * Loads the problems of a run: `override` (a file or set), or the run's `manifest.dataset.path`.
 * Warns when the data's hash differs from the one the run recorded.
 * @throws PasskError FILE_NOT_FOUND when the dataset cannot be found (say where with `override`).
 */
export async function loadRunProblems(run: LoadedRun, override?: string): Promise<RunProblems> {
  const path = override ?? run.manifest.dataset.path;
  let set: Awaited<ReturnType<typeof loadAnyProblems>>;
  try {
    set = await loadAnyProblems(path);
  } catch (error) {
    if (override === undefined && error instanceof PasskError && error.code === "FILE_NOT_FOUND") {
      throw new PasskError(
        "FILE_NOT_FOUND",
        `${run.dir}: the run's problems (${path}, from run.json) are not there; pass them with --problems <file or set>`,
      );
    }
    throw error;
  }
  const warnings: string[] = [];
  if (set.sha256 !== run.manifest.dataset.sha256) {
    warnings.push(
      `${path} has changed since the run (sha256 ${set.sha256.slice(0, 12)}… now, ${run.manifest.dataset.sha256.slice(0, 12)}… in run.json)`,
    );
  }
  return { problems: set.problems, warnings };
}

/**
 * Sentence BLEU (sacreBLEU's defaults) of each evaluated sample against its problem's canonical
 * solution: the `completion` against `canonical_solution`, or a whole-program `solution` against
 * `prompt + canonical_solution`. Problems without a canonical solution or not in `problems` are left out.
 *
 * `overall` is over problems with both passing and failing samples, each problem weighing the same:
 * the mean of their AUCs, and the means of their per-problem mean BLEU of passing and failing samples.
 *
 * @param problems the run's problems; loaded from run.json's dataset path when not given
 * @throws PasskError BAD_INPUT when the run has no results; FILE_NOT_FOUND when its problems are gone
 */
export async function bleuStudy(
  run: LoadedRun,
  problems?: ReadonlyMap<string, Pick<Problem, "prompt" | "canonical_solution">>,
): Promise<BleuStudy> {
  if (run.results.length === 0) {
    throw new PasskError("BAD_INPUT", `${run.dir}: no results (evaluate the run first)`);
  }
  const known = problems ?? (await loadRunProblems(run)).problems;
  const rows: BleuStudy["problems"] = [];
  for (const [taskId, records] of groupByProblem(run.results)) {
    const problem = known.get(taskId);
    if (!problem || problem.canonical_solution.trim() === "") continue;
    const memo = new Map<string, number>();
    const bleu = (record: ResultRecord): number => {
      // A whole program is compared with the whole reference program, a completion with the body.
      const { completion, solution } = record;
      const whole = typeof completion !== "string";
      const hypothesis =
        typeof completion === "string" ? completion : typeof solution === "string" ? solution : "";
      const reference = whole ? problem.prompt + problem.canonical_solution : problem.canonical_solution;
      const key = `${whole ? "s" : "c"}\u0000${hypothesis}`;
      let score = memo.get(key);
      if (score === undefined) {
        score = sentenceBleu(hypothesis, [reference]).score;
        memo.set(key, score);
      }
      return score;
    };
    // Keyed by completion_id, so each score names its sample whatever order the results were written in.
    const keyed = (passed: boolean): Record<string, number> =>
      Object.fromEntries(
        records
          .filter((r) => (r.passed === true) === passed)
          .sort(bySample)
          .map((r) => [sampleKey(r), bleu(r)]),
      );
    const passing = keyed(true);
    const failing = keyed(false);
    rows.push({
      task_id: taskId,
      passing,
      failing,
      auc: auc(Object.values(passing), Object.values(failing)),
    });
  }
  const both = rows.filter((row) => row.auc !== null);
  const meanOf = (values: number[]) =>
    values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
  return {
    run: run.dir,
    problems: rows,
    overall: {
      meanAuc: meanOf(both.map((row) => row.auc as number)),
      problemsWithBoth: both.length,
      passingMean: meanOf(both.map((row) => meanOf(Object.values(row.passing)) as number)),
      failingMean: meanOf(both.map((row) => meanOf(Object.values(row.failing)) as number)),
    },
  };
}

/** A sample's key within its problem: its completion_id, or "line <n>" for samples without one. */
function sampleKey(record: ResultRecord): string {
  const id = record.completion_id;
  return typeof id === "number" || typeof id === "string" ? String(id) : `line ${record.sample_line}`;
}

/** Sample order: by completion_id, then (samples without one) by line of the samples file. */
function bySample(a: ResultRecord, b: ResultRecord): number {
  const rank = (r: ResultRecord) =>
    typeof r.completion_id === "number" ? r.completion_id : Number.POSITIVE_INFINITY;
  return rank(a) - rank(b) || (a.sample_line ?? 0) - (b.sample_line ?? 0);
}
