// Per-problem counts of a run's results (samples n, passed c, rate c/n): the unit every study of the
// Codex paper averages over, and the lines of summary.json's `perProblem`.
import type { ResultRecord } from "../evaluate/types.js";
import type { ProblemOutcome } from "../run/types.js";

/** Code-unit order of task ids: the same on every machine and locale (as in `passAtKTable`). */
export function byTaskId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Samples, passes and pass rate of each problem that has at least one result, sorted by task id.
 * A record counts as passed only when its `passed` field is `true`.
 */
export function perProblem(results: readonly Pick<ResultRecord, "task_id" | "passed">[]): ProblemOutcome[] {
  const counts = new Map<string, { n: number; c: number }>();
  for (const record of results) {
    const entry = counts.get(record.task_id) ?? { n: 0, c: 0 };
    entry.n++;
    if (record.passed === true) entry.c++;
    counts.set(record.task_id, entry);
  }
  return [...counts]
    .sort(([a], [b]) => byTaskId(a, b))
    .map(([task_id, { n, c }]) => ({ task_id, n, c, passRate: c / n }));
}

/** Results grouped by task id, each group in file order; groups sorted by task id. */
export function groupByProblem<T extends { task_id: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of [...records].sort((a, b) => byTaskId(a.task_id, b.task_id))) {
    const group = groups.get(record.task_id);
    if (group) group.push(record);
    else groups.set(record.task_id, [record]);
  }
  return groups;
}

/**
 * The id of a sample within its problem: `completion_id` (what `passk run` writes), or, for results of
 * samples from elsewhere that have none, the sample's line in the samples file minus one (unique too).
 */
export function completionId(record: { readonly [field: string]: unknown }): number {
  if (Number.isSafeInteger(record.completion_id)) return record.completion_id as number;
  if (Number.isSafeInteger(record.sample_line)) return (record.sample_line as number) - 1;
  return -1;
}

/** `task_id` + completion id: the key of a sample in score maps. */
export function sampleKey(record: { readonly task_id: string; readonly [field: string]: unknown }): string {
  return `${record.task_id}\u0000${completionId(record)}`;
}
