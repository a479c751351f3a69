// The temperature study of the Codex paper: pass@k against sampling temperature for several k, and
// the best temperature for each k (low temperatures win at k = 1, high ones at large k) — with the
// temperatures that tie with it, and whether it is told apart from the runner-up at all: a paired
// bootstrap of the per-problem difference (the same problems resampled for both, as in compare.ts).
import type { ResultRecord } from "../evaluate/types.js";
import { bootstrapCI } from "./bootstrap.js";
import { passAtK } from "./passAtK.js";
import { perProblem } from "./per-problem.js";
import { bootstrapSettings } from "./rank.js";
import type { Estimate, SweepStudy } from "./studies.js";
import { passAtKTable } from "./table.js";

/** One temperature's run: its folder and its results. */
export interface SweepPoint {
  run: string;
  temperature: number;
  results: readonly Pick<ResultRecord, "task_id" | "passed">[];
}

// Values this close are the same number reached by another order of additions: a tie.
const TIE = 1e-12;

/**
 * pass@k (with bootstrap intervals over problems) of each run for each k that every run can report,
 * and per k the best temperature (the lowest among equal values), the others that tie with it, and
 * the runner-up with the paired 95 % interval of the difference.
 */
export function sweepStudy(
  model: string,
  points: readonly SweepPoint[],
  ks: readonly number[],
  seed = 0,
): SweepStudy {
  const rows: SweepStudy["rows"] = [];
  const reportable = new Map<number, number>();
  const counts = new Map(
    points.map((point) => [point.temperature, new Map(perProblem(point.results).map((o) => [o.task_id, o]))]),
  );
  for (const point of points) {
    const table = passAtKTable(
      [...(counts.get(point.temperature)?.values() ?? [])].map(({ task_id, n, c }) => ({
        taskId: task_id,
        n,
        c,
      })),
      ks,
      { seed },
    );
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
    // Ascending temperature, then best first: the lowest of equal values leads.
    const ranked = kept
      .filter((row) => row.k === k)
      .sort((a, b) => b.value - a.value || a.temperature - b.temperature);
    const top = ranked[0] as (typeof ranked)[number];
    const ties = ranked.slice(1).filter((row) => top.value - row.value <= TIE);
    const second = ranked[1];
    const runnerUp = second
      ? {
          temperature: second.temperature,
          value: second.value,
          difference: pairedDifference(counts, top.temperature, second.temperature, k, seed),
        }
      : null;
    const distinguishable = runnerUp !== null && ties.length === 0 && runnerUp.difference.lo > 0;
    return {
      k,
      temperature: top.temperature,
      value: top.value,
      ties: ties.map((row) => row.temperature),
      runnerUp,
      distinguishable,
    };
  });
  return { model, ks: shared, rows: kept, best };
}

/** pass@k at `a` − pass@k at `b` on the problems both have, with its paired bootstrap interval. */
function pairedDifference(
  counts: ReadonlyMap<number, ReadonlyMap<string, { n: number; c: number }>>,
  a: number,
  b: number,
  k: number,
  seed: number,
): Estimate {
  const at = counts.get(a) ?? new Map();
  const bt = counts.get(b) ?? new Map();
  const ids = [...at.keys()].filter((id) => bt.has(id)).sort();
  const differences = ids.map((id) => {
    const x = at.get(id) as { n: number; c: number };
    const y = bt.get(id) as { n: number; c: number };
    return passAtK(x.n, x.c, k) - passAtK(y.n, y.c, k);
  });
  if (differences.length === 0) return { value: Number.NaN, lo: Number.NaN, hi: Number.NaN };
  const [lo, hi] = bootstrapCI(differences, bootstrapSettings({ seed }));
  return { value: differences.reduce((sum, d) => sum + d, 0) / differences.length, lo, hi };
}
