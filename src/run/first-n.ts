// Answering from the first n samples of a folder that holds more. Samples of one configuration are
// exchangeable (each is an independent draw), so the first n per problem by completion_id are as good
// a sample of size n as any: a folder made with n = 10 answers `--n 5` without a single request.
import type { EvaluationSummary, ResultRecord, StatusCounts } from "../evaluate/types.js";
import { isJsonObject, readJsonl } from "../io/jsonl.js";
import { completionId, perProblem } from "../metrics/per-problem.js";
import { passAtKTable } from "../metrics/table.js";

/** The records of the first n samples of each problem (completion_id 0 … n−1). */
export function firstN<T extends { readonly [field: string]: unknown }>(
  records: readonly T[],
  n: number,
): T[] {
  return records.filter((record) => completionId(record) < n);
}

/** The result records of a results file (torn or unreadable lines left out). */
export async function readResults(path: string): Promise<ResultRecord[]> {
  const lines = await readJsonl(path, { allowEmpty: true, allowTornLastLine: true });
  return lines.flatMap((line) =>
    "value" in line && isJsonObject(line.value) ? [line.value as unknown as ResultRecord] : [],
  );
}

/**
 * The evaluation summary of the folder's first n samples per problem: counts, statuses and pass@k
 * recomputed from its results file, the rest (isolation, limits, timings) that of the evaluation.
 */
export async function firstNEvaluation(
  evaluation: EvaluationSummary,
  n: number,
  ks: readonly number[] | "all",
  bootstrap: { resamples?: number; seed?: number } = {},
): Promise<EvaluationSummary> {
  const records = firstN(await readResults(evaluation.resultsPath), n);
  const counts = perProblem(records).map(({ task_id, n, c }) => ({ taskId: task_id, n, c }));
  const statuses = Object.fromEntries(Object.keys(evaluation.statuses).map((s) => [s, 0])) as StatusCounts;
  for (const record of records) statuses[record.status] = (statuses[record.status] ?? 0) + 1;
  const smallest = Math.min(...counts.map((c) => c.n));
  const everyK = Array.from({ length: Number.isFinite(smallest) ? smallest : 1 }, (_, i) => i + 1);
  // EvalPlus problems: pass@k base from the same samples' base verdicts.
  const base = records.map((r) => (typeof r.base_passed === "boolean" ? { ...r, passed: r.base_passed } : r));
  const baseCounts = perProblem(base).map(({ task_id, n, c }) => ({ taskId: task_id, n, c }));
  return {
    ...evaluation,
    samples: records.length,
    problems: counts.length,
    problemsWithoutSamples: evaluation.problems + evaluation.problemsWithoutSamples - counts.length,
    statuses,
    passAtK: passAtKTable(counts, ks === "all" ? everyK : ks, bootstrap),
    ...(evaluation.passAtKBase
      ? { passAtKBase: passAtKTable(baseCounts, ks === "all" ? everyK : ks, bootstrap) }
      : {}),
  };
}
