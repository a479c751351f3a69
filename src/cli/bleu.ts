// `passk bleu <run>`: how well BLEU against the reference solution tells correct samples from
// incorrect ones (the Codex paper's argument for functional correctness over text match).
import { join } from "node:path";
import type { Command } from "commander";
import { bleuStudy, loadRunProblems } from "../metrics/bleu-study.js";
import type { BleuStudy } from "../metrics/studies.js";
import { writeReport } from "../report/build.js";
import { count } from "../report/format.js";
import { loadRun, RUN_FILES } from "../run/load.js";
import { parsePositiveInt } from "./options.js";

interface Flags {
  problems?: string;
  top: number;
  json?: boolean;
}

export function registerBleu(program: Command): void {
  program
    .command("bleu")
    .description("sentence BLEU against the canonical solution, for passing vs failing samples, and its AUC")
    .argument("<run>", "run folder written by `passk run`")
    .option("--problems <name-or-path>", "the run's problems, if they are no longer where run.json says")
    .option("--top <n>", "how many most and least separable problems to list", parsePositiveInt, 5)
    .option("--json", "print the study as JSON on stdout (the summary goes to stderr)")
    .action(async (dir: string, flags: Flags) => {
      const run = await loadRun(dir);
      const { problems, warnings } = await loadRunProblems(run, flags.problems);
      for (const warning of warnings) process.stderr.write(`passk: warning: ${warning}\n`);
      const study = await bleuStudy(run, problems);
      const evaluated = new Set(run.results.map((r) => r.task_id)).size;
      const out = flags.json ? process.stderr : process.stdout;
      out.write(formatBleu(study, evaluated - study.problems.length, flags.top));
      if (run.manifest.simulated)
        out.write("(simulated model: these numbers say nothing about any real model)\n");
      if (flags.json) process.stdout.write(`${JSON.stringify(study, null, 2)}\n`);
      // The study's charts live in the run's report: bring it up to date.
      const report = join(dir, RUN_FILES.report);
      await writeReport([dir], report, {
        onNote: (message) => process.stderr.write(`passk: note: ${message}\n`),
      });
      process.stderr.write(`passk: charts: ${report}\n`);
    });
}

function formatBleu(study: BleuStudy, leftOut: number, top: number): string {
  const { overall } = study;
  const bleu = (value: number | null) => (value === null ? "–" : value.toFixed(1));
  const mean = (values: number[]) =>
    values.length ? values.reduce((s, v) => s + v, 0) / values.length : null;
  const lines = [
    `BLEU vs correctness ${study.run}: ${count(study.problems.length)} problems, ${count(overall.problemsWithBoth)} with both passing and failing samples`,
    `  mean sentence BLEU (0–100): passing ${bleu(overall.passingMean)}, failing ${bleu(overall.failingMean)} (per-problem means, averaged over those problems)`,
    `  mean AUC of BLEU as a classifier of correctness: ${overall.meanAuc === null ? "–" : overall.meanAuc.toFixed(3)} (0.5 = chance, 1 = perfect)`,
  ];
  if (leftOut > 0)
    lines.push(`  ${count(leftOut)} evaluated problems left out: no canonical solution to compare with`);
  const ranked = study.problems
    .filter((p) => p.auc !== null)
    .sort((a, b) => (b.auc as number) - (a.auc as number) || (a.task_id < b.task_id ? -1 : 1));
  const width = Math.max(0, ...ranked.map((p) => p.task_id.length));
  const row = (p: BleuStudy["problems"][number]) => {
    const [passing, failing] = [Object.values(p.passing), Object.values(p.failing)];
    return `  ${p.task_id.padEnd(width)}  AUC ${(p.auc as number).toFixed(3)}  BLEU passing ${bleu(mean(passing)).padStart(5)} (${passing.length})  failing ${bleu(mean(failing)).padStart(5)} (${failing.length})`;
  };
  if (ranked.length > 2 * top) {
    lines.push("most separable by BLEU:", ...ranked.slice(0, top).map(row));
    lines.push("least separable by BLEU:", ...ranked.slice(-top).reverse().map(row));
  } else if (ranked.length > 0) {
    lines.push("problems by AUC, most separable first:", ...ranked.map(row));
  }
  return `${lines.join("\n")}\n`;
}
