// The temperature study of the Codex paper: pass@k against sampling temperature for several k, and
// the best temperature for each k (low temperatures win at k = 1, high ones at large k).
import type { ResultRecord } from "../evaluate/types.js";
import type { SweepStudy } from "../report/studies.js";
import { perProblem } from "./per-problem.js";
import { passAtKTable } from "./table.js";

/** One temperature's run: its folder and its results. */
export interface SweepPoint {
  run: string;
  temperature: number;
  results: readonly Pick<ResultRecord, "task_id" | "passed">[];
}

/**
 * pass@k (with bootstrap intervals over problems) of each run for each k that every run can report,
 * and the best temperature per k (the lowest among equal values).
 */
export function sweepStudy(
  model: string,
  points: readonly SweepPoint[],
  ks: readonly number[],
  seed = 0,
): SweepStudy {
  const rows: SweepStudy["rows"] = [];
  const reportable = new Map<number, number>();
  for (const point of points) {
    const counts = perProblem(point.results).map(({ task_id, n, c }) => ({ taskId: task_id, n, c }));
    const table = passAtKTable(counts, ks, { seed });
    for (const entry of table.entries) {
      rows.push({
        temperature: point.temperature,
        k: entry.k,
        run: point.run,
        value: entry.value,
        lo: entry.ci[0],
        hi: entry.ci[1],
      });
      reportable.set(entry.k, (reportable.get(entry.k) ?? 0) + 1);
    }
  }
  // Only the k every temperature reports: a curve with holes would mislead.
  const shared = [...reportable]
    .filter(([, runs]) => runs === points.length)
    .map(([k]) => k)
    .sort((a, b) => a - b);
  const kept = rows
    .filter((row) => shared.includes(row.k))
    .sort((a, b) => a.k - b.k || a.temperature - b.temperature);
  const best = shared.map((k) => {
    const candidates = kept.filter((row) => row.k === k);
    const top = candidates.reduce((a, b) => (b.value > a.value ? b : a));
    return { k, temperature: top.temperature, value: top.value };
  });
  return { model, ks: shared, rows: kept, best };
}
