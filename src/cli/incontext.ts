// `passk incontext …`: GPT-3's in-context learning tasks (docs/incontext.md). `run` asks a model every
// (task, K, question) prompt into a run folder (resumable, with the providers and cache of `passk
// run`); `report` shows accuracy against K, against model (runs in the order given) and the zero- to
// few-shot gap; `generate` writes fresh task files in GPT-3's format; `tasks` lists or checks tasks.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { type Command, InvalidArgumentError, Option } from "commander";
import { PasskError } from "../errors.js";
import { checkOutputDir, checkOutputFile } from "../io/output-path.js";
import { FAMILIES, GROUPS } from "../problems/incontext/families.js";
import { resolveTasks, taskFileText } from "../problems/incontext/resolve.js";
import { bytes, count } from "../report/format.js";
import { createGenerateProgress } from "../report/generate-progress.js";
import { renderIncontextHtml } from "../report/incontext/html.js";
import { incontextStudy } from "../report/incontext/study.js";
import { formatIncontextStudy } from "../report/incontext/text.js";
import type { PartialSettings } from "../run/config.js";
import { INCONTEXT_DEFAULTS, runIncontext } from "../run/incontext.js";
import { RUN_FILES } from "../run/load.js";
import type { RunEvent } from "../run/run.js";
import { VERSION } from "../version.js";
import { stopOnInterrupt } from "./interrupt.js";
import { parseInteger, parsePositiveInt, parseSeconds } from "./options.js";
import { formatGeneration } from "./run.js";

interface RunFlags {
  model?: string;
  tasks?: string[];
  shots: number[];
  items: number;
  pool: number;
  taskSeed: number;
  description?: boolean;
  n?: number;
  temperature?: number;
  topP?: number;
  maxTokens?: number;
  seed?: number;
  stop?: string[];
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
  json?: boolean;
  progress: boolean;
  ciSeed: number;
  resamples: number;
}

const SIMULATED =
  "passk: SIMULATED MODEL — `sim` is passk's offline demo, not a real model; its numbers measure nothing\n";

function parseShots(value: string): number[] {
  const shots = value.split(",").map((part) => Number(part.trim()));
  if (shots.some((k) => !Number.isInteger(k) || k < 0) || shots.length === 0) {
    throw new InvalidArgumentError(
      `expected whole numbers ≥ 0 separated by commas, like 0,1,10 (got "${value}")`,
    );
  }
  return shots;
}

function parseItems(value: string): number {
  return value.trim() === "all" ? Number.POSITIVE_INFINITY : parsePositiveInt(value);
}

function collectList(value: string, previous: string[] | undefined): string[] {
  return [
    ...(previous ?? []),
    ...value
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean),
  ];
}

function collectStop(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value.replace(/\\n/g, "\n").replace(/\\t/g, "\t")];
}

function parseTemperature(value: string): number {
  const t = Number(value);
  if (!Number.isFinite(t) || t < 0 || t > 2)
    throw new InvalidArgumentError(`expected a number from 0 to 2 (got "${value}")`);
  return t;
}

function parseTopP(value: string): number {
  const p = Number(value);
  if (!Number.isFinite(p) || p <= 0 || p > 1)
    throw new InvalidArgumentError(`expected a number above 0, up to 1 (got "${value}")`);
  return p;
}

export function registerIncontext(program: Command): void {
  const incontext = program
    .command("incontext")
    .description("GPT-3's in-context learning tasks (arithmetic, word scrambling): zero-, one- and few-shot");

  incontext
    .command("run")
    .description("ask a model every (task, K, question) prompt; resumable: run the same command again")
    .option(
      "-m, --model <spec>",
      "as for `passk run` (default: sim, the offline demo; sim:small, sim:medium, sim:large)",
    )
    .option(
      "--tasks <list>",
      `task files (GPT-3's JSONL, plain or .gz), families or groups (${Object.keys(GROUPS).join(", ")}); comma-separated, repeatable (default all)`,
      collectList,
    )
    .option("--shots <list>", "K values: solved examples before each question", parseShots, [
      ...INCONTEXT_DEFAULTS.shots,
    ])
    .option("--items <n>", "questions per task: its first n, or all", parseItems, INCONTEXT_DEFAULTS.items)
    .option(
      "--pool <n>",
      "items made per generated task (examples are drawn from all of them)",
      parsePositiveInt,
      INCONTEXT_DEFAULTS.pool,
    )
    .option(
      "--task-seed <n>",
      "seed of the generated items and of the examples' draw",
      parseInteger,
      INCONTEXT_DEFAULTS.taskSeed,
    )
    .option("--description", "put each family's task description before the examples")
    .option("-n, --n <n>", "samples per prompt (default 1: greedy decoding)", parsePositiveInt)
    .option("-t, --temperature <t>", "sampling temperature (default 0: greedy)", parseTemperature)
    .option("--top-p <p>", "nucleus sampling (default: not sent)", parseTopP)
    .option(
      "--max-tokens <n>",
      "tokens per answer (default 16 in completion mode, 256 in chat mode)",
      parsePositiveInt,
    )
    .option("--seed <n>", "sampling seed (the simulated model: which model)", parseInteger)
    .option(
      "--stop <sequence>",
      'a stop sequence, repeatable; "\\n" is a newline (default in completion mode: "\\n")',
      collectStop,
    )
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
      "attempts per request before it is reported as not generated (default 6)",
      parsePositiveInt,
    )
    .option("--request-timeout <seconds>", "seconds to wait for one answer (default 300)", parseSeconds)
    .option("-o, --out <dir>", "run folder (default: runs/<model>_incontext_<config hash>)")
    .option("--runs-dir <dir>", "where default run folders go", "runs")
    .option("--no-cache", "do not read or write the completion cache")
    .option("--cache-dir <dir>", "completion cache (default $PASSK_CACHE_DIR or ~/.cache/passk)")
    .option("--ci-seed <n>", "seed of the bootstrap intervals", parseInteger, 0)
    .option("--resamples <n>", "bootstrap resamples", parsePositiveInt, 2000)
    .option("--json", "print summary.json on stdout")
    .option("--no-progress", "do not show progress on stderr")
    .action((flags: RunFlags) => runCommand(flags));

  incontext
    .command("report")
    .description(
      "accuracy against K per task, against model (runs in the order given), and the zero- to few-shot gap",
    )
    .argument("<runs...>", "run folders written by `passk incontext run`, in the order to show them")
    .option(
      "-o, --out <file>",
      "the HTML report (default: <run>/report.html for one run, ./incontext-report.html for several)",
    )
    .option("--no-html", "write no HTML")
    .option("--json", "print the study as JSON on stdout (the tables go to stderr)")
    .option("--ci-seed <n>", "seed of the bootstrap intervals", parseInteger, 0)
    .option("--resamples <n>", "bootstrap resamples", parsePositiveInt, 2000)
    .action(
      async (
        dirs: string[],
        flags: { out?: string; html: boolean; json?: boolean; ciSeed: number; resamples: number },
      ) => {
        if (flags.html && flags.out !== undefined) checkOutputFile(flags.out, "--out");
        const study = await incontextStudy(dirs, {
          bootstrap: { seed: flags.ciSeed, resamples: flags.resamples, confidence: 0.95 },
          passkVersion: VERSION,
        });
        (flags.json ? process.stderr : process.stdout).write(formatIncontextStudy(study));
        if (flags.json) process.stdout.write(`${JSON.stringify(study, null, 2)}\n`);
        if (!flags.html) return;
        const only = dirs.length === 1 ? dirs[0] : undefined;
        const out = flags.out ?? (only ? join(only, RUN_FILES.report) : "incontext-report.html");
        const html = renderIncontextHtml(study);
        writeFileSync(out, html);
        process.stderr.write(
          `passk: wrote ${out} (${bytes(Buffer.byteLength(html))}; opens offline in any browser)\n`,
        );
      },
    );

  incontext
    .command("generate")
    .description("write fresh task files in GPT-3's format (one <family>.jsonl per family)")
    .argument("[families...]", `families or groups (${Object.keys(GROUPS).join(", ")})`, ["all"])
    .requiredOption("-o, --out <dir>", "folder to write the files into")
    .option("--count <n>", "items per file", parsePositiveInt, INCONTEXT_DEFAULTS.pool)
    .option("--seed <n>", "generator seed", parseInteger, INCONTEXT_DEFAULTS.taskSeed)
    .option("--gzip", "write .jsonl.gz files")
    .action(async (specs: string[], flags: { out: string; count: number; seed: number; gzip?: boolean }) => {
      checkOutputDir(flags.out, "--out");
      const unknown = specs.filter((spec) => !GROUPS[spec] && !FAMILIES.some((f) => f.name === spec));
      if (unknown.length > 0) {
        throw new PasskError(
          "BAD_OPTION",
          `not a family or group: ${unknown.join(", ")} (see \`passk incontext tasks\`; files are read, not written, by \`generate\`)`,
        );
      }
      const tasks = await resolveTasks(specs, { count: flags.count, seed: flags.seed });
      mkdirSync(flags.out, { recursive: true });
      for (const task of tasks) {
        const text = taskFileText(task.items);
        const path = join(flags.out, `${task.name}.jsonl${flags.gzip ? ".gz" : ""}`);
        writeFileSync(path, flags.gzip ? gzipSync(text) : text);
        process.stderr.write(
          `passk: wrote ${path} (${count(task.items.length)} items, seed ${flags.seed})\n`,
        );
      }
    });

  incontext
    .command("tasks")
    .description("list the generated families, or load the given tasks and show what they hold")
    .argument("[tasks...]", "task files, families or groups")
    .option("--count <n>", "items made per generated task", parsePositiveInt, INCONTEXT_DEFAULTS.pool)
    .option("--seed <n>", "generator seed", parseInteger, INCONTEXT_DEFAULTS.taskSeed)
    .option("--json", "print JSON")
    .action(async (specs: string[], flags: { count: number; seed: number; json?: boolean }) => {
      if (specs.length === 0) {
        const rows = FAMILIES.map((f) => ({
          name: f.name,
          label: f.label,
          kind: f.kind,
          summary: f.summary,
        }));
        if (flags.json) return void process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        const width = Math.max(...rows.map((r) => r.name.length));
        for (const r of rows)
          process.stdout.write(`${r.name.padEnd(width)}  ${r.label.padEnd(4)} ${r.summary}\n`);
        process.stdout.write(
          `groups: ${Object.entries(GROUPS)
            .map(([name, list]) => `${name} (${list.length})`)
            .join(", ")}\n`,
        );
        return;
      }
      const tasks = await resolveTasks(specs, { count: flags.count, seed: flags.seed });
      const rows = tasks.map((task) => ({
        name: task.name,
        source: task.source,
        family: task.family,
        items: task.items.length,
        sha256: task.sha256,
        first: task.items[0],
      }));
      if (flags.json) return void process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      for (const r of rows) {
        process.stdout.write(
          `${r.name}: ${count(r.items)} items from ${r.source} (family ${r.family ?? "none"}, sha256 ${r.sha256.slice(0, 12)})\n  first: ${JSON.stringify(r.first)}\n`,
        );
      }
    });
}

function settingsOf(flags: RunFlags): PartialSettings {
  const s: PartialSettings = {};
  if (flags.model !== undefined) s.model = flags.model;
  if (flags.n !== undefined) s.n = flags.n;
  if (flags.temperature !== undefined) s.temperature = flags.temperature;
  if (flags.topP !== undefined) s.topP = flags.topP;
  if (flags.maxTokens !== undefined) s.maxTokens = flags.maxTokens;
  if (flags.seed !== undefined) s.seed = flags.seed;
  if (flags.stop !== undefined) s.stop = flags.stop;
  if (flags.mode !== undefined) s.mode = flags.mode;
  if (flags.baseUrl !== undefined) s.baseUrl = flags.baseUrl;
  if (flags.apiKeyEnv !== undefined) s.apiKeyEnv = flags.apiKeyEnv;
  if (flags.maxPerRequest !== undefined) s.maxPerRequest = flags.maxPerRequest;
  if (flags.concurrency !== undefined) s.concurrency = flags.concurrency;
  if (flags.rpm !== undefined) s.requestsPerMinute = flags.rpm;
  if (flags.tpm !== undefined) s.tokensPerMinute = flags.tpm;
  if (flags.maxAttempts !== undefined) s.maxAttempts = flags.maxAttempts;
  if (flags.requestTimeout !== undefined) s.requestTimeout = flags.requestTimeout;
  if (flags.out !== undefined) s.out = flags.out;
  if (flags.cache === false) s.cache = false;
  if (flags.cacheDir !== undefined) s.cacheDir = flags.cacheDir;
  return s;
}

async function runCommand(flags: RunFlags): Promise<void> {
  if (flags.out !== undefined) checkOutputDir(flags.out, "--out");
  const controller = new AbortController();
  const release = stopOnInterrupt(controller);
  const progress = flags.progress ? createGenerateProgress(process.stderr) : null;
  const bootstrap = { seed: flags.ciSeed, resamples: flags.resamples, confidence: 0.95 };
  const onEvent = (event: RunEvent) => {
    if (event.type === "begin") {
      if (event.manifest.simulated) process.stderr.write(SIMULATED);
      const prompts = event.manifest.dataset.problems;
      process.stderr.write(
        `passk: ${event.resumed ? "continuing" : "starting"} in-context run ${event.dir}: ${event.manifest.model.spec}, ${count(prompts)} prompts (${event.manifest.incontext?.tasks.length ?? 0} tasks × K ${event.manifest.incontext?.shots.join(",")}), n = ${event.n}\n`,
      );
    } else if (event.type === "generate") progress?.onEvent(event.event);
    else if (event.type === "note") process.stderr.write(`passk: note: ${event.message}\n`);
    else if (event.type === "warning") process.stderr.write(`passk: warning: ${event.message}\n`);
  };
  try {
    const outcome = await runIncontext({
      settings: settingsOf(flags),
      plan: {
        ...(flags.tasks ? { tasks: flags.tasks } : {}),
        shots: flags.shots,
        items: flags.items,
        pool: flags.pool,
        taskSeed: flags.taskSeed,
        description: flags.description ?? false,
      },
      runsDir: flags.runsDir,
      bootstrap,
      signal: controller.signal,
      onEvent,
    });
    progress?.finish();
    process.stderr.write(formatGeneration(outcome.generation, outcome.manifest.generation));
    if (controller.signal.aborted) {
      process.stderr.write(
        `  run folder: ${outcome.dir} (interrupted: run the same command again to continue)\n`,
      );
      process.exitCode = 130;
      return;
    }
    if (outcome.summary) {
      const study = await incontextStudy([outcome.dir], { bootstrap, passkVersion: VERSION });
      process.stderr.write(formatIncontextStudy(study, { banner: false }));
      writeFileSync(join(outcome.dir, RUN_FILES.report), renderIncontextHtml(study));
      if (flags.json) process.stdout.write(`${JSON.stringify(outcome.summary, null, 2)}\n`);
    }
    if (outcome.manifest.simulated)
      process.stderr.write("  (simulated model: a demo of the pipeline, not a measurement)\n");
    process.stderr.write(
      `  run folder: ${outcome.dir}${outcome.summary ? ` (report: ${join(outcome.dir, RUN_FILES.report)})` : ""}\n`,
    );
    if (outcome.generation.stats.notGenerated.length > 0) process.exitCode = 1;
  } finally {
    progress?.finish();
    release();
  }
}
