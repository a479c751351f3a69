// `passk rank <run>`: the ranking study (choose one sample without tests: random, by log-prob, by
// back-translation, or the test oracle) as a table of pass@1 against the number of samples drawn.
import { join } from "node:path";
import type { Command } from "commander";
import { PasskError } from "../errors.js";
import {
  BACKTRANSLATION_FILE,
  type BackTranslationResult,
  backTranslationScores,
  scoreBackTranslation,
} from "../metrics/backtranslate.js";
import { loadRunProblems } from "../metrics/bleu-study.js";
import { type ExternalScores, rankStudy } from "../metrics/rank.js";
import type { RankStudy } from "../metrics/studies.js";
import { createProvider } from "../providers/registry.js";
import { backTranslationOf, writeReport } from "../report/build.js";
import { count, percent } from "../report/format.js";
import { bootstrapOptions, type PartialSettings, requestOptions } from "../run/config.js";
import { loadRun, RUN_FILES } from "../run/load.js";
import { stopOnInterrupt } from "./interrupt.js";
import { addSettingFlags, settingsFromFlags } from "./setting-flags.js";

/** The flags of `rank` that are not settings (those are read with settingsFromFlags). */
interface Flags {
  backTranslation?: boolean;
  problems?: string;
  json?: boolean;
}

export function registerRank(program: Command): void {
  const command = program
    .command("rank")
    .description(
      "pass@1 of one sample chosen without tests (random, mean/sum log-prob, back-translation, oracle)",
    )
    .argument("<run>", "run folder written by `passk run`")
    .option(
      "--back-translation",
      "also rank by log P(docstring | code), scored by a model (cached in the run folder)",
    )
    .option("--problems <name-or-path>", "the run's problems, if they are no longer where run.json says")
    .option("--json", "print the study as JSON on stdout (the table goes to stderr)");
  addSettingFlags(command, "rank").action(async (dir: string, flags: Flags) => {
    const settings = settingsFromFlags(command);
    const run = await loadRun(dir);
    const out = flags.json ? process.stderr : process.stdout;
    let backTranslation: ExternalScores | undefined;
    if (flags.backTranslation) backTranslation = await backTranslate(run, flags, settings);
    // Scores cached by an earlier `--back-translation` (or by `passk run` with the simulated model).
    else backTranslation = await backTranslationOf(run, undefined);
    const study = rankStudy(run.results, {
      run: dir,
      ...(backTranslation ? { backTranslation } : {}),
      bootstrap: bootstrapOptions(settings),
    });
    out.write(formatRank(study, run.manifest.simulated));
    if (flags.json) process.stdout.write(`${JSON.stringify(study, null, 2)}\n`);
    // The study's charts live in the run's report: bring it up to date.
    const report = join(dir, RUN_FILES.report);
    await writeReport([dir], report, {
      onNote: (message) => process.stderr.write(`passk: note: ${message}\n`),
    });
    process.stderr.write(`passk: charts: ${report}\n`);
  });
}

async function backTranslate(
  run: Awaited<ReturnType<typeof loadRun>>,
  flags: Flags,
  settings: PartialSettings,
): Promise<ExternalScores> {
  const spec = settings.model ?? run.manifest.model.spec;
  const baseUrl = settings.baseUrl ?? (settings.model ? undefined : run.manifest.model.baseUrl);
  const { problems, warnings } = await loadRunProblems(run, flags.problems);
  for (const warning of warnings) process.stderr.write(`passk: warning: ${warning}\n`);
  const provider = await createProvider(spec, {
    ...(baseUrl ? { baseUrl } : {}),
    ...(settings.requestTimeout ? { timeoutSeconds: settings.requestTimeout } : {}),
    ...(settings.maxAnswerSize ? { maxAnswerBytes: settings.maxAnswerSize } : {}),
    onWarning: (message) => process.stderr.write(`passk: warning: ${message}\n`),
  });
  const controller = new AbortController();
  const release = stopOnInterrupt(controller);
  let last = Date.now();
  let result: BackTranslationResult;
  try {
    result = await scoreBackTranslation({
      dir: run.dir,
      provider,
      problems,
      samples: run.results,
      // The same requests as a run's: in flight, rate limits and retry policy from the same settings.
      ...requestOptions(settings),
      signal: controller.signal,
      onScored: (done, total) => {
        if (Date.now() - last < 2000) return;
        last = Date.now();
        process.stderr.write(`passk: back-translation: scored ${count(done)}/${count(total)}\n`);
      },
    });
  } finally {
    release();
    await provider.close?.();
  }
  // Asked for and impossible because the scorer failed: say so and stop, rather than a table that
  // quietly lacks the one strategy asked for.
  if (result.failureKind === "request") {
    throw new PasskError(
      "MODEL_ERROR",
      `back-translation: ${result.failure}; ${count(result.scored + result.cached)} scores are kept in ${join(run.dir, BACKTRANSLATION_FILE)} — make the scorer's server answer (or pass --model/--base-url of one that does) and run the same command again`,
    );
  }
  if (result.scored + result.cached > 0) {
    process.stderr.write(
      `passk: back-translation with ${spec}: ${count(result.scored)} samples scored, ${count(result.cached)} from ${BACKTRANSLATION_FILE}\n`,
    );
  }
  if (result.unscorable.length > 0) {
    process.stderr.write(
      `passk: back-translation: no docstring to score for ${result.unscorable.length} problems (${result.unscorable.slice(0, 5).join(", ")}${result.unscorable.length > 5 ? ", …" : ""}); their samples rank last\n`,
    );
  }
  return backTranslationScores(result);
}

/** Numbers of samples drawn shown as rows: 1, 2, 5, 10, 20, 50, … up to n, and n itself. */
export function tableRows(n: number): number[] {
  const rows: number[] = [];
  for (let decade = 1; decade <= n; decade *= 10) {
    for (const step of [1, 2, 5]) if (step * decade <= n) rows.push(step * decade);
  }
  if (rows.at(-1) !== n) rows.push(n);
  return rows;
}

function formatRank(study: RankStudy, simulated: boolean): string {
  const available = study.strategies.filter((s) => s.available);
  const header = (s: RankStudy["strategies"][number]) => s.strategy;
  const widths = available.map((s) => Math.max(header(s).length, 7));
  const lines = [
    `Ranking ${study.run}: ${count(study.problems)} problems, up to ${count(study.n)} samples drawn`,
    "pass@1 of the one sample chosen from m drawn at random (exact expectation, mean over problems)",
    "",
    `${"m".padStart(6)}  ${available.map((s, i) => header(s).padStart(widths[i] as number)).join("  ")}`,
  ];
  for (const m of tableRows(study.n)) {
    const cells = available.map((s, i) =>
      percent(s.points[m - 1]?.value ?? Number.NaN).padStart(widths[i] as number),
    );
    lines.push(`${String(m).padStart(6)}  ${cells.join("  ")}`);
  }
  lines.push("", `at m = ${study.n}, with 95 % intervals over problems:`);
  const labelWidth = Math.max(...available.map((s) => s.label.length));
  for (const s of available) {
    const point = s.points[study.n - 1];
    if (point) {
      lines.push(
        `  ${s.label.padEnd(labelWidth)}  ${percent(point.value).padStart(7)}  (${percent(point.lo)} – ${percent(point.hi)})`,
      );
    }
  }
  for (const s of available.filter((s) => s.reason)) lines.push(`  note: ${s.strategy}: ${s.reason}`);
  const missing = study.strategies.filter((s) => !s.available);
  if (missing.length > 0) lines.push("", "not computed:");
  for (const s of missing) lines.push(`  ${s.strategy}: ${s.reason ?? "unavailable"}`);
  if (simulated) lines.push("", "(simulated model: these numbers say nothing about any real model)");
  return `${lines.join("\n")}\n`;
}
