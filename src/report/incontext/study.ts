// The in-context study of one or more run folders: accuracy against K per task (each run), accuracy
// against the runs in the order given (GPT-3's figures put models of growing size along x), and the
// zero- to few-shot gap. Built from the folders' samples, recomputed every time.
import type { BootstrapOptions } from "../../metrics/bootstrap.js";
import type { IncontextCell, IncontextGap } from "../../metrics/incontext.js";
import { loadIncontextRun } from "../../run/incontext-load.js";

/** One run of the study. */
export interface IncontextStudyRun {
  dir: string;
  /** How the run is named in tables and charts: its model spec (made unique). */
  label: string;
  simulated: boolean;
  model: string;
  mode: string;
  temperature: number | null;
  cells: IncontextCell[];
  gaps: IncontextGap[];
}

/** What `passk incontext report` shows and prints with --json. */
export interface IncontextStudy {
  passkVersion: string;
  generatedAt: string;
  /** In the order given. */
  runs: IncontextStudyRun[];
  /** Every task of any run, in order of first appearance. */
  tasks: string[];
  /** Every K of any run, ascending. */
  shots: number[];
}

/** Loads, scores and assembles the study of `dirs` (in that order). */
export async function incontextStudy(
  dirs: readonly string[],
  options: { bootstrap?: BootstrapOptions; passkVersion: string; generatedAt?: string },
): Promise<IncontextStudy> {
  const runs: IncontextStudyRun[] = [];
  const labels = new Map<string, number>();
  for (const dir of dirs) {
    const run = await loadIncontextRun(dir, options.bootstrap);
    const spec = run.manifest.model.spec;
    const seen = labels.get(spec) ?? 0;
    labels.set(spec, seen + 1);
    runs.push({
      dir,
      label: seen === 0 ? spec : `${spec} #${seen + 1}`,
      simulated: run.manifest.simulated,
      model: spec,
      mode: run.manifest.model.mode,
      temperature: run.manifest.params.temperature,
      cells: run.cells,
      gaps: run.gaps,
    });
  }
  const tasks = [...new Set(runs.flatMap((run) => run.cells.map((cell) => cell.task)))];
  const shots = [...new Set(runs.flatMap((run) => run.cells.map((cell) => cell.shots)))].sort(
    (a, b) => a - b,
  );
  return {
    passkVersion: options.passkVersion,
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    runs,
    tasks,
    shots,
  };
}

/** The cell of a run for (task, K), if it has one. */
export function cellOf(run: IncontextStudyRun, task: string, shots: number): IncontextCell | undefined {
  return run.cells.find((cell) => cell.task === task && cell.shots === shots);
}
