// `passk generate` (samples only) and `passk run` (generate, evaluate in the sandbox, summarise):
// flags and an optional JSON config file (flags win), one run folder per configuration. On a folder
// that holds a run, what is not given is the folder's own (n included).

import { join } from "node:path";
import { type Command, InvalidArgumentError, Option } from "commander";
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
import {
  addEvaluationFlags,
  type EvaluationFlags,
  evaluationOptions,
  stopOnInterrupt,
} from "./eval-flags.js";
import { parseInteger, parseKListOrAll, parsePositiveInt, parseSeconds } from "./options.js";
import { checkRunFolders } from "./run-outputs.js";

/** The flags of `run`, `generate` and `sweep`. */
export interface Flags extends Partial<EvaluationFlags> {
  model?: string;
  set?: string;
  problems?: string;
  since?: string;
  n?: number;
  temperature?: number;
  topP?: number;
  maxTokens?: number;
  seed?: number;
  stop?: string[];
  logprobs?: boolean;
  mode?: "completion" | "chat";
  baseUrl?: string;
  apiKeyEnv?: string;
  maxPerRequest?: number;
  concurrency?: number;
  rpm?: number;
  tpm?: number;
  maxAttempts?: number;
  requestTimeout?: number;
  out?: string;
  runsDir: string;
  cache?: boolean;
  cacheDir?: string;
  config?: string;
  k?: number[] | "all";
  json?: boolean;
  progress: boolean;
}

export function registerRun(program: Command): void {
  const run = addModelFlags(
    program
      .command("run")
      .description("sample a model on a problem set, evaluate the samples in the sandbox, and report pass@k"),
  ).option(
    "-k, --k <list>",
    "k values of pass@k, or all (default 1,10,100 as far as n allows)",
    parseKListOrAll,
  );
  addEvaluationFlags(run, "--ci-seed").action((flags: Flags) => execute(flags, "run"));
  addModelFlags(
    program
      .command("generate")
      .description("sample a model on a problem set into a run folder (no evaluation)"),
  ).action((flags: Flags) => execute(flags, "generate"));
}

/**
 * The model, sampling and run-folder flags shared by `run`, `generate` and `sweep`; `sweep` leaves out
 * `--temperature` and `--out` (it chooses both for each of its runs).
 */
export function addModelFlags(command: Command, options: { sweep?: boolean } = {}): Command {
  command
    .option(
      "-m, --model <spec>",
      "openai:<model>, anthropic:<model>, ollama:<model>, vllm:<model>, llamacpp:<model>, replay:<file>, reference, sim (default: sim, the offline demo)",
    )
    .option(
      "-s, --set <name-or-path>",
      "problems: a passk set (name or folder) or a HumanEval/EvalPlus JSONL(.gz) (default passk-core)",
    )
    .option("--problems <name-or-path>", "same as --set")
    .option("--since <date>", "only the problems of a passk set added on or after this date (YYYY-MM-DD)")
    .option(
      "-n, --n <n>",
      "samples per problem (default 10, or what the run folder holds: a smaller n answers from its first n, a larger one adds samples)",
      parsePositiveInt,
    );
  if (!options.sweep)
    command.option("-t, --temperature <t>", "sampling temperature (default 0.8)", parseFloatIn(0, 2));
  command
    .option("--top-p <p>", "nucleus sampling (default 0.95)", parseFloatIn(0, 1))
    .option(
      "--max-tokens <n>",
      "tokens per sample (default 512 in completion mode, 1024 in chat mode)",
      parsePositiveInt,
    )
    .option(
      "--seed <n>",
      "sampling seed; a request whose first sample is completion_id i is sent seed + i",
      parseInteger,
    )
    .option(
      "--stop <sequence>",
      'a stop sequence, repeatable; "\\n" is a newline (default in completion mode: the Codex paper\'s)',
      collectStop,
    )
    .option("--no-logprobs", "do not ask for token log-probabilities")
    .addOption(
      new Option("--mode <mode>", "completion: continue the prompt; chat: ask by message").choices([
        "completion",
        "chat",
      ]),
    )
    .option("--base-url <url>", "OpenAI-compatible server, up to /v1 (or the Anthropic API's root)")
    .option("--api-key-env <name>", "environment variable holding the API key")
    .option("--max-per-request <n>", "samples asked for per request (the API's n)", parsePositiveInt)
    .option("-c, --concurrency <n>", "requests in flight at most (default 8)", parsePositiveInt)
    .option("--rpm <n>", "requests per minute at most", parsePositiveInt)
    .option("--tpm <n>", "tokens per minute at most", parsePositiveInt)
    .option(
      "--max-attempts <n>",
      "attempts per request before its samples are reported as not generated (default 6)",
      parsePositiveInt,
    )
    .option("--request-timeout <seconds>", "seconds to wait for one answer (default 300)", parseSeconds);
  if (!options.sweep) {
    command.option(
      "-o, --out <dir>",
      "run folder (default: runs/<model>_<set>_<config hash>); an existing one's settings are the defaults",
    );
  }
  return command
    .option("--runs-dir <dir>", "where default run folders go", "runs")
    .option("--no-cache", "do not read or write the completion cache")
    .option("--cache-dir <dir>", "completion cache (default $PASSK_CACHE_DIR or ~/.cache/passk)")
    .option(
      "--config <file>",
      "JSON config file; its `runs` list runs several configurations (flags override it)",
    )
    .option("--json", "print each run's summary.json on stdout")
    .option("--no-progress", "do not show progress on stderr");
}

async function execute(flags: Flags, stage: "generate" | "run"): Promise<void> {
  const fromFlags = settingsFromFlags(flags);
  const file = flags.config ? readConfigFile(flags.config) : { shared: {}, runs: [{}] };
  checkRunFolders(
    file.runs.map((entry) => ({ ...file.shared, ...entry, ...fromFlags })),
    flags.runsDir,
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
    runsDir: flags.runsDir,
    ...(stage === "run" ? { evaluation: evaluationOptions(flags as EvaluationFlags) } : {}),
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

function formatGeneration({ stats, interrupted }: GenerateResult, record?: GenerationRecord): string {
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

/** The settings the user gave by flag (only those: a config file fills the rest). */
export function settingsFromFlags(flags: Flags): PartialSettings {
  const settings: PartialSettings = {};
  const set = flags.set ?? flags.problems;
  if (flags.model !== undefined) settings.model = flags.model;
  if (set !== undefined) settings.problems = set;
  if (flags.since !== undefined) settings.since = flags.since;
  if (flags.n !== undefined) settings.n = flags.n;
  if (flags.temperature !== undefined) settings.temperature = flags.temperature;
  if (flags.topP !== undefined) settings.topP = flags.topP;
  if (flags.maxTokens !== undefined) settings.maxTokens = flags.maxTokens;
  if (flags.seed !== undefined) settings.seed = flags.seed;
  if (flags.stop !== undefined) settings.stop = flags.stop;
  if (flags.logprobs === false) settings.logprobs = false;
  if (flags.mode !== undefined) settings.mode = flags.mode;
  if (flags.baseUrl !== undefined) settings.baseUrl = flags.baseUrl;
  if (flags.apiKeyEnv !== undefined) settings.apiKeyEnv = flags.apiKeyEnv;
  if (flags.maxPerRequest !== undefined) settings.maxPerRequest = flags.maxPerRequest;
  if (flags.concurrency !== undefined) settings.concurrency = flags.concurrency;
  if (flags.rpm !== undefined) settings.requestsPerMinute = flags.rpm;
  if (flags.tpm !== undefined) settings.tokensPerMinute = flags.tpm;
  if (flags.maxAttempts !== undefined) settings.maxAttempts = flags.maxAttempts;
  if (flags.requestTimeout !== undefined) settings.requestTimeout = flags.requestTimeout;
  if (flags.out !== undefined) settings.out = flags.out;
  if (flags.cache === false) settings.cache = false;
  if (flags.cacheDir !== undefined) settings.cacheDir = flags.cacheDir;
  if (flags.k !== undefined) settings.k = flags.k;
  return settings;
}

function parseFloatIn(min: number, max: number) {
  return (value: string): number => {
    const x = Number(value);
    if (!Number.isFinite(x) || x < min || x > max) {
      throw new InvalidArgumentError(`expected a number from ${min} to ${max} (got "${value}")`);
    }
    return x;
  };
}

function collectStop(value: string, previous: string[] | undefined): string[] {
  const sequence = value.replace(/\\n/g, "\n").replace(/\\t/g, "\t");
  return [...(previous ?? []), sequence];
}
