// The Codex paper's limits study: pass@k against the difficulty knob N of the generated families
// (compose-N: N chained string steps; bind-N: N variables to bind), per run, so that several runs
// (models) can be read side by side. Each (run, family, N) cell is the pass@k table of its problems,
// with the percentile bootstrap over those problems; a k is kept for a family only when every cell of
// that family can report it, so that no curve has holes.
import type { ResultRecord } from "../evaluate/types.js";
import { type FamilyName, familyOf } from "../problems/families/index.js";
import { perProblem } from "./per-problem.js";
import type { LimitsStudy } from "./studies.js";
import { passAtKTable } from "./table.js";

/** One run's results, named by its folder. */
export interface LimitsRun {
  run: string;
  results: readonly Pick<ResultRecord, "task_id" | "passed">[];
}

/** What N counts in each family. */
export const KNOBS: Record<FamilyName, string> = {
  compose: "string steps chained in the docstring",
  bind: "variables, each with its own operation",
};

/**
 * pass@k for each k in `ks`, per family, run and N, over the generated problems in `runs` (results of
 * other problems are left out). Runs keep the order given.
 * @param bootstrap the intervals' resamples and seed (defaults: DEFAULTS.resamples, DEFAULTS.ciSeed).
 */
export function limitsStudy(
  runs: readonly LimitsRun[],
  ks: readonly number[],
  bootstrap: { seed?: number; resamples?: number } = {},
): LimitsStudy {
  const families: LimitsStudy["families"] = [];
  for (const family of Object.keys(KNOBS) as FamilyName[]) {
    const rows: LimitsStudy["families"][number]["rows"] = [];
    const reportable = new Map<number, number>();
    let cells = 0;
    for (const { run, results } of runs) {
      const byN = new Map<number, Pick<ResultRecord, "task_id" | "passed">[]>();
      for (const record of results) {
        const knob = familyOf(record.task_id);
        if (knob?.family !== family) continue;
        const list = byN.get(knob.n) ?? [];
        list.push(record);
        byN.set(knob.n, list);
      }
      for (const n of [...byN.keys()].sort((a, b) => a - b)) {
        cells++;
        const counts = perProblem(byN.get(n) ?? []).map(({ task_id, n: samples, c }) => ({
          taskId: task_id,
          n: samples,
          c,
        }));
        const table = passAtKTable(counts, ks, bootstrap);
        for (const entry of table.entries) {
          rows.push({
            run,
            n,
            k: entry.k,
            problems: entry.problems,
            value: entry.value,
            lo: entry.ci[0],
            hi: entry.ci[1],
          });
          reportable.set(entry.k, (reportable.get(entry.k) ?? 0) + 1);
        }
      }
    }
    if (cells === 0) continue;
    const shared = [...reportable]
      .filter(([, count]) => count === cells)
      .map(([k]) => k)
      .sort((a, b) => a - b);
    families.push({
      family,
      knob: KNOBS[family],
      ks: shared,
      rows: rows.filter((row) => shared.includes(row.k)),
    });
  }
  return {
    runs: runs.map((r) => r.run),
    families,
    leftOut: runs.filter((r) => !r.results.some((record) => familyOf(record.task_id))).map((r) => r.run),
  };
}
