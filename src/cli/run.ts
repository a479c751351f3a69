// `passk generate` (samples only) and `passk run` (generate, evaluate in the sandbox, summarise):
// flags and an optional JSON config file (flags win), one run folder per configuration. On a folder
// that holds a run, what is not given is the folder's own (n included).

import { join } from "node:path";
import type { Command } from "commander";
import { DEFAULTS } from "../defaults.js";
import type { GenerateResult } from "../generate/generate.js";
import { count, duration } from "../report/format.js";
import { createGenerateProgress } from "../report/generate-progress.js";
import { createProgress } from "../report/progress.js";
import { formatSummary } from "../report/summary.js";
import { type PartialSettings, readConfigFile } from "../run/config.js";
import { didSomething } from "../run/invocations.js";
import { RUN_FILES } from "../run/load.js";
import { type RunEvent, type RunOutcome, runModel } from "../run/run.js";
import type { GenerationRecord } from "../run/types.js";
import { stopOnInterrupt } from "./interrupt.js";
import { checkRunFolders } from "./run-outputs.js";
import { addSettingFlags, settingsFromFlags, withDefault } from "./setting-flags.js";

/** The flags of `run`, `generate` and `sweep` about the invocation; the run's settings are read apart. */
export interface Flags {
  runsDir?: string;
  config?: string;
  json?: boolean;
  progress: boolean;
}

export function registerRun(program: Command): void {
  const run = program
    .command("run")
    .description("sample a model on a problem set, evaluate the samples in the sandbox, and report pass@k");
  addInvocationFlags(addSettingFlags(run, "run")).action((flags: Flags, command: Command) =>
    execute(flags, command, "run"),
  );
  const generate = program
    .command("generate")
    .description("sample a model on a problem set into a run folder (no evaluation)");
  addInvocationFlags(addSettingFlags(generate, "generate")).action((flags: Flags, command: Command) =>
    execute(flags, command, "generate"),
  );
}

/** The flags of `run`, `generate` and `sweep` that are not the run's settings. */
export function addInvocationFlags(command: Command): Command {
  return command
    .option("--runs-dir <dir>", withDefault("where default run folders go", DEFAULTS.runsDir))
    .option(
      "--config <file>",
      "JSON config file of settings (docs/settings.md); its `runs` list runs several configurations (flags override it)",
    )
    .option("--json", "print each run's summary.json on stdout")
    .option("--no-progress", "do not show progress on stderr");
}

async function execute(flags: Flags, command: Command, stage: "generate" | "run"): Promise<void> {
  const fromFlags = settingsFromFlags(command);
  const file = flags.config ? readConfigFile(flags.config) : { shared: {}, runs: [{}] };
  checkRunFolders(
    file.runs.map((entry) => ({ ...file.shared, ...entry, ...fromFlags })),
    flags.runsDir ?? DEFAULTS.runsDir,
  );
  const controller = new AbortController();
  const release = stopOnInterrupt(controller);
  let failed = false;
  try {
    for (const entry of file.runs) {
      const settings: PartialSettings = { ...file.shared, ...entry, ...fromFlags };
      const outcome = await runOne(settings, flags, stage, controller.signal);
      if (outcome.generation.stats.notGenerated.length > 0) failed = true;
      if (controller.signal.aborted) {
        process.exitCode = 130;
        return;
      }
    }
  } finally {
    release();
  }
  if (failed) process.exitCode = 1;
}

/** Runs one configuration with progress on stderr and the summary at the end. */
export async function runOne(
  settings: PartialSettings,
  flags: Flags,
  stage: "generate" | "run",
  signal: AbortSignal,
): Promise<RunOutcome> {
  const generation = flags.progress ? createGenerateProgress(process.stderr) : null;
  const evaluation = flags.progress ? createProgress(process.stderr) : null;
  const onEvent = (event: RunEvent) => {
    if (event.type === "begin") {
      const { manifest } = event;
      if (manifest.simulated) {
        process.stderr.write(
          "passk: SIMULATED MODEL — `sim` is passk's offline demo, not a real model; its numbers measure nothing\n",
        );
      }
      process.stderr.write(
        `passk: ${event.resumed ? "continuing" : "starting"} run ${event.dir}: ${manifest.model.spec} on ${manifest.dataset.name ?? manifest.dataset.path}, n = ${event.n}\n`,
      );
    } else if (event.type === "generate") generation?.onEvent(event.event);
    else if (event.type === "evaluate") {
      generation?.finish();
      evaluation?.onEvent(event.event);
    } else if (event.type === "note") process.stderr.write(`passk: note: ${event.message}\n`);
    else process.stderr.write(`passk: warning: ${event.message}\n`);
  };
  const outcome = await runModel({
    settings,
    stage,
    runsDir: flags.runsDir ?? DEFAULTS.runsDir,
    signal,
    onEvent,
  });
  generation?.finish();
  evaluation?.finish();
  process.stderr.write(formatGeneration(outcome.generation, outcome.manifest.generation));
  if (outcome.evaluation) process.stderr.write(formatSummary(outcome.evaluation));
  if (outcome.manifest.simulated)
    process.stderr.write("  (simulated model: a demo of the pipeline, not a measurement)\n");
  process.stderr.write(
    `  run folder: ${outcome.dir}${outcome.summary ? ` (report: ${join(outcome.dir, RUN_FILES.report)})` : ""}\n`,
  );
  if (flags.json && outcome.summary) process.stdout.write(`${JSON.stringify(outcome.summary, null, 2)}\n`);
  return outcome;
}

/** The generation counters of one invocation (and of the folder over all of them), for people. */
export function formatGeneration({ stats, interrupted }: GenerateResult, record?: GenerationRecord): string {
  const out = [
    `${interrupted ? "Interrupted" : "Generated"}: ${count(stats.generated)} new samples in ${duration(stats.elapsedSeconds)}` +
      ` (${count(stats.resumed)} already there, ${count(stats.cached)} from the cache) · ${count(stats.requests)} requests, ${count(stats.retries)} retries` +
      ` · tokens ${count(stats.tokensIn)} in / ${count(stats.tokensOut)} out`,
  ];
  // What the folder cost over all its invocations, when this one is not the whole story.
  const earlier = (record?.invocations.length ?? 0) - (didSomething(stats) ? 1 : 0);
  if (record && earlier > 0) {
    out.push(
      `  run folder in all (${count(record.invocations.length)} ${record.invocations.length === 1 ? "invocation" : "invocations"}): ${count(record.requests)} requests, ${count(record.retries)} retries` +
        ` · tokens ${count(record.tokensIn)} in / ${count(record.tokensOut)} out · ${duration(record.elapsedSeconds)}`,
    );
  }
  const missing = stats.notGenerated.reduce((sum, entry) => sum + entry.completion_ids.length, 0);
  if (missing > 0) {
    out.push(`  ${count(missing)} samples NOT generated (re-run the same command to try them again):`);
    for (const entry of stats.notGenerated.slice(0, 20)) {
      out.push(`    ${entry.task_id} #${entry.completion_ids.join(",")}: ${entry.reason}`);
    }
    if (stats.notGenerated.length > 20)
      out.push(`    … and ${stats.notGenerated.length - 20} more (see run.json)`);
  }
  return `${out.join("\n")}\n`;
}
