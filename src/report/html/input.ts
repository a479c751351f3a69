// What a report is made from, and the numbers both reports (HTML and markdown) derive from a run:
// per-problem counts, status counts, the pass@k table and the pass@k-vs-k curve. Everything is
// recomputed from results.jsonl, never taken from summary.json, so a report agrees with its data.
import { DEFAULTS } from "../../defaults.js";
import type { ResultRecord, StatusCounts } from "../../evaluate/types.js";
import { hasBaseVerdicts, onBaseInputs } from "../../metrics/base-verdicts.js";
import { type PassAtKTable, type ProblemCounts, passAtKTable } from "../../metrics/index.js";
import type { LoadedRun } from "../../run/load.js";
import { STATUSES } from "../../sandbox/types.js";
import type { PassCurve, Studies } from "../studies.js";

/** Everything one report shows. */
export interface ReportInput {
  /** One or more run folders; several runs get one section each (plus `studies.compare`). */
  runs: LoadedRun[];
  /** The studies computed for these runs; each present one gets its section. */
  studies: Studies;
  /** When the report was made (ISO 8601); passed in so that a report is reproducible. */
  generatedAt: string;
  passkVersion: string;
}

export { STATUSES };

// Task ids such as "HumanEval/2" and "HumanEval/10" sort by their numbers. A fixed locale keeps the
// order the same on every machine.
const taskCollator = new Intl.Collator("en", { numeric: true });

/** Orders task ids as people expect ("P/2" before "P/10"). */
export function compareTaskIds(a: string, b: string): number {
  return taskCollator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** "openai:gpt-4o-mini · T=0.8": how a run is named in headings, legends and tables. */
export function runLabel(run: LoadedRun): string {
  const t = run.manifest.params.temperature;
  return t === null ? run.manifest.model.spec : `${run.manifest.model.spec} · T=${t}`;
}

/** Samples (`n`) and passes (`c`) per problem, from the results, in task order. */
export function problemCounts(results: readonly ResultRecord[]): ProblemCounts[] {
  const byTask = new Map<string, ProblemCounts>();
  for (const record of results) {
    let counts = byTask.get(record.task_id);
    if (counts === undefined) {
      counts = { taskId: record.task_id, n: 0, c: 0 };
      byTask.set(record.task_id, counts);
    }
    counts.n++;
    if (record.passed === true) counts.c++;
  }
  return [...byTask.values()].sort((a, b) => compareTaskIds(a.taskId, b.taskId));
}

/** Records per status (every status present, zero when none). */
export function statusCounts(results: readonly ResultRecord[]): StatusCounts {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const record of results) if (record.status in counts) counts[record.status]++;
  return counts;
}

/**
 * The run's pass@k table for the k its evaluation asked for (default 1, 10, 100); with `base`, of the
 * base verdicts (undefined for a run that has none apart from its verdicts).
 */
export function runPassAtK(run: LoadedRun): PassAtKTable;
export function runPassAtK(run: LoadedRun, verdict: "base"): PassAtKTable | undefined;
export function runPassAtK(run: LoadedRun, verdict?: "base"): PassAtKTable | undefined {
  if (verdict === "base" && !hasBaseVerdicts(run.results)) return undefined;
  const counts = problemCounts(verdict === "base" ? onBaseInputs(run.results) : run.results);
  const asked = run.manifest.evaluation?.k ?? DEFAULTS.k;
  // "all" would list every k: the table keeps the usual ones (the curve shows every k).
  const ks = asked === "all" ? DEFAULTS.k.filter((k) => counts.every((c) => c.n >= k)) : asked;
  return passAtKTable(counts, ks);
}

/** Up to this k the curve has a point at every k; above it, about 40 points per decade. */
export const CURVE_EVERY_K_UP_TO = 200;

/**
 * pass@k for k from 1 to the smallest n over problems, with seeded bootstrap intervals (the
 * default settings of `passAtKTable`: DEFAULT_BOOTSTRAP), so a report is reproducible.
 * Every k up to {@link CURVE_EVERY_K_UP_TO}, then log-spaced k and always the largest: each k costs
 * a bootstrap (~7 ms for 164 problems), and n = 1000 would otherwise take seconds for no visible gain.
 * A run without results has no points.
 */
export function passCurve(run: LoadedRun): PassCurve {
  const counts = problemCounts(run.results);
  const minN = counts.reduce((min, p) => Math.min(min, p.n), Number.POSITIVE_INFINITY);
  const table = passAtKTable(counts, counts.length === 0 ? [] : curveKs(minN));
  return {
    run: run.dir,
    label: runLabel(run),
    points: table.entries.map((e) => ({ k: e.k, value: e.value, lo: e.ci[0], hi: e.ci[1] })),
  };
}

/** The k of the curve for a smallest n of `maxK` (see {@link passCurve}). */
export function curveKs(maxK: number): number[] {
  const ks = new Set<number>();
  for (let k = 1; k <= Math.min(maxK, CURVE_EVERY_K_UP_TO); k++) ks.add(k);
  for (let e = Math.log10(CURVE_EVERY_K_UP_TO); 10 ** e < maxK; e += 1 / 40) ks.add(Math.round(10 ** e));
  ks.add(maxK);
  return [...ks].sort((a, b) => a - b);
}
