// The in-context study for the terminal: accuracy against K per task for each run, accuracy against
// the runs for each K when there are several, and the zero- to few-shot gap. Plain text tables.
import { percentagePoints } from "../format.js";
import { cellOf, type IncontextStudy } from "./study.js";

const pct = (value: number) => (value * 100).toFixed(1);
const interval = (c: { accuracy: number; lo: number; hi: number }) =>
  `${pct(c.accuracy)} (${pct(c.lo)}–${pct(c.hi)})`;

function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number)))
      .join("  ")
      .trimEnd();
  return [line(head), ...rows.map(line)];
}

/** The study as text: every table of accuracy (%) with its 95 % bootstrap interval over questions. */
export function formatIncontextStudy(study: IncontextStudy, options: { banner?: boolean } = {}): string {
  const out: string[] = [];
  if (options.banner !== false && study.runs.some((run) => run.simulated)) {
    out.push(
      "SIMULATED MODEL — `sim` is passk's offline demo, not a real model; its numbers measure nothing",
      "",
    );
  }
  for (const run of study.runs) {
    const t = run.temperature === null ? "server default" : String(run.temperature);
    out.push(
      `Accuracy against K — ${run.label}${run.simulated ? " (SIMULATED)" : ""}, ${run.mode} mode, temperature ${t} (${run.dir})`,
    );
    const shots = study.shots.filter((k) => run.cells.some((cell) => cell.shots === k));
    const rows = study.tasks
      .filter((task) => run.cells.some((cell) => cell.task === task))
      .map((task) => [
        task,
        ...shots.map((k) => {
          const cell = cellOf(run, task, k);
          return cell ? interval(cell) : "—";
        }),
        String(Math.max(...run.cells.filter((cell) => cell.task === task).map((cell) => cell.items))),
      ]);
    out.push(...table(["task", ...shots.map((k) => `K=${k}`), "questions"], rows).map((l) => `  ${l}`), "");
  }
  if (study.runs.length > 1) {
    for (const k of study.shots) {
      out.push(`Accuracy against model at K=${k} (runs in the order given)`);
      const rows = study.tasks.map((task) => [
        task,
        ...study.runs.map((run) => {
          const cell = cellOf(run, task, k);
          return cell ? interval(cell) : "—";
        }),
      ]);
      out.push(...table(["task", ...study.runs.map((run) => run.label)], rows).map((l) => `  ${l}`), "");
    }
  }
  const withGaps = study.runs.filter((run) => run.gaps.length > 0);
  if (withGaps.length > 0) {
    out.push("Zero-shot to few-shot gap (same questions; paired 95 % interval)");
    const rows = withGaps.flatMap((run) =>
      run.gaps.map((gap) => [
        task(gap.task, run.label, withGaps.length),
        pct(gap.zero),
        `${pct(gap.few)} (K=${gap.fewShots})`,
        `${percentagePoints(gap.gap)} (${percentagePoints(gap.lo)} – ${percentagePoints(gap.hi)})`,
      ]),
    );
    out.push(...table(["task", "K=0", "few-shot", "gap"], rows).map((l) => `  ${l}`), "");
  }
  out.push("Accuracy in %, with its 95 % bootstrap interval over questions; exact match of the first line.");
  return `${out.join("\n")}\n`;
}

function task(name: string, run: string, runs: number): string {
  return runs > 1 ? `${name} [${run}]` : name;
}
