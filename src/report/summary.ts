// The summary people read at the end of `passk evaluate`, and the machine-readable one (--json).
import type { EvaluationSummary } from "../evaluate/types.js";
import { flatPassAtK } from "../metrics/table.js";
import { count, counted, duration, percent } from "./format.js";

/** Multi-line text for the terminal (stderr). */
export function formatSummary(summary: EvaluationSummary): string {
  const out: string[] = [];
  const ran = summary.executed + summary.deduplicated;
  const rate = summary.elapsedSeconds > 0 ? ran / summary.elapsedSeconds : 0;
  out.push(
    `${summary.interrupted ? "Interrupted" : "Evaluated"}: ${counted(summary.samples, "sample")} on ${counted(summary.problems, "problem")}` +
      ` in ${duration(summary.elapsedSeconds)}${ran > 0 ? ` (${rate.toFixed(0)} samples/s)` : ""} · isolation ${summary.isolation.level}`,
  );
  if (summary.interrupted) {
    out.push(
      `  PARTIAL: interrupted before every sample had a result; the numbers below cover only the ${count(summary.samples)} scored so far.`,
      "  Run the same command again to resume: finished samples are kept and not run again.",
    );
  }
  const { confidence, resamples, seed } = summary.passAtK.bootstrap;
  for (const entry of summary.passAtK.entries) {
    const [lo, hi] = entry.ci;
    out.push(
      `  ${`pass@${entry.k}`.padEnd(10)} ${percent(entry.value).padStart(7)}   ${Math.round(confidence * 100)} % CI ${percent(lo)} – ${percent(hi)}`,
    );
  }
  if (summary.passAtK.entries.length > 0) {
    out.push(`  (bootstrap over problems: ${count(resamples)} resamples, seed ${seed})`);
  }
  for (const skipped of summary.passAtK.skipped)
    out.push(`  pass@${skipped.k} not reported: ${skipped.reason}`);
  const statuses = Object.entries(summary.statuses)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${status} ${count(n)}`);
  out.push(`  status: ${statuses.join(" · ") || "none"}`);
  if (summary.deduplicated > 0 || summary.resumed > 0) {
    out.push(
      `  executed ${count(summary.executed)} programs; ${count(summary.deduplicated)} samples reused an identical program's verdict; ${count(summary.resumed)} resumed from an earlier run`,
    );
  }
  if (summary.problemsWithoutSamples > 0) {
    out.push(
      `  ${count(summary.problemsWithoutSamples)} problems of ${summary.problemsPath} have no samples (left out of pass@k)`,
    );
  }
  if (summary.skipped.length > 0) {
    out.push(`  skipped ${counted(summary.skipped.length, "invalid sample line")}:`);
    for (const line of summary.skipped) out.push(`    ${summary.samplesPath}:${line.line}: ${line.reason}`);
  }
  for (const note of summary.isolation.notes) out.push(`  isolation note: ${note}`);
  if (summary.inProcess.length > 0) {
    // Their samples could have forged a pass: say which, and why the test could not be split.
    out.push(
      `  judged in-process (the sample shares the test's interpreter; a pass there can be forged): ${count(summary.inProcess.length)} problems`,
    );
    for (const problem of summary.inProcess) out.push(`    ${problem.task_id}: ${problem.reason}`);
  }
  out.push(`  results: ${summary.resultsPath}`);
  if (summary.evalplusResults) {
    const { path, written } = summary.evalplusResults;
    out.push(
      written
        ? `  EvalPlus results: ${path}`
        : `  EvalPlus results: not written (interrupted; they are written once every sample has its verdict)`,
    );
  }
  out.push(`  run manifest: ${summary.manifestPath}`);
  return `${out.join("\n")}\n`;
}

/** The `--json` summary: flat `"pass@k"` keys first, then everything else. */
export function jsonSummary(summary: EvaluationSummary): Record<string, unknown> {
  return { ...flatPassAtK(summary.passAtK), ...summary };
}
