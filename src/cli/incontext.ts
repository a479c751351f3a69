// `passk incontext …`: GPT-3's in-context learning tasks (docs/incontext.md). `run` asks a model every
// (task, K, question) prompt into a run folder (resumable, with the providers and cache of `passk
// run`); `report` shows accuracy against K, against model (runs in the order given) and the zero- to
// few-shot gap; `generate` writes fresh task files in GPT-3's format; `tasks` lists or checks tasks.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { type Command, InvalidArgumentError } from "commander";
import { DEFAULTS } from "../defaults.js";
import { PasskError } from "../errors.js";
import { checkOutputDir, checkOutputFile } from "../io/output-path.js";
import { DEFAULT_BOOTSTRAP } from "../metrics/bootstrap.js";
import { FAMILIES, GROUPS } from "../problems/incontext/families.js";
import { resolveTasks, taskFileText } from "../problems/incontext/resolve.js";
import { bytes, count } from "../report/format.js";
import { createGenerateProgress } from "../report/generate-progress.js";
import { renderIncontextHtml } from "../report/incontext/html.js";
import { incontextStudy } from "../report/incontext/study.js";
import { formatIncontextStudy } from "../report/incontext/text.js";
import { bootstrapOptions, type PartialSettings } from "../run/config.js";
import { INCONTEXT_DEFAULTS, runIncontext } from "../run/incontext.js";
import { RUN_FILES } from "../run/load.js";
import type { RunEvent } from "../run/run.js";
import { shown } from "../run/settings.js";
import { VERSION } from "../version.js";
import { stopOnInterrupt } from "./interrupt.js";
import { parseInteger, parsePositiveInt } from "./options.js";
import { formatGeneration } from "./run.js";
import { addSettingFlags, settingsFromFlags, withDefault } from "./setting-flags.js";

/** The flags of `incontext run` that are not settings (those are read with settingsFromFlags). */
interface RunFlags {
  tasks?: string[];
  shots?: number[];
  items?: number;
  pool?: number;
  taskSeed?: number;
  description?: boolean;
  runsDir?: string;
  json?: boolean;
  progress: boolean;
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

export function registerIncontext(program: Command): void {
  const incontext = program
    .command("incontext")
    .description("GPT-3's in-context learning tasks (arithmetic, word scrambling): zero-, one- and few-shot");

  const defaults = INCONTEXT_DEFAULTS;
  const run = incontext
    .command("run")
    .description("ask a model every (task, K, question) prompt; resumable: run the same command again")
    .option(
      "--tasks <list>",
      withDefault(
        `task files (GPT-3's JSONL, plain or .gz), families or groups (${Object.keys(GROUPS).join(", ")}); comma-separated, repeatable`,
        shown(defaults.tasks),
      ),
      collectList,
    )
    .option(
      "--shots <list>",
      withDefault("K values: solved examples before each question", shown(defaults.shots)),
      parseShots,
    )
    .option(
      "--items <n>",
      withDefault("questions per task: its first n, or all", shown(defaults.items)),
      parseItems,
    )
    .option(
      "--pool <n>",
      withDefault(
        "items made per generated task (examples are drawn from all of them)",
        shown(defaults.pool),
      ),
      parsePositiveInt,
    )
    .option(
      "--task-seed <n>",
      withDefault("seed of the generated items and of the examples' draw", shown(defaults.taskSeed)),
      parseInteger,
    )
    .option("--description", "put each family's task description before the examples");
  addSettingFlags(run, "incontext run")
    .option("--runs-dir <dir>", withDefault("where default run folders go", DEFAULTS.runsDir))
    .option("--json", "print summary.json on stdout")
    .option("--no-progress", "do not show progress on stderr")
    .action((flags: RunFlags) => runCommand(flags, settingsFromFlags(run)));

  const report = incontext
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
    .option("--json", "print the study as JSON on stdout (the tables go to stderr)");
  addSettingFlags(report, "incontext report").action(
    async (dirs: string[], flags: { out?: string; html: boolean; json?: boolean }) => {
      if (flags.html && flags.out !== undefined) checkOutputFile(flags.out, "--out");
      const study = await incontextStudy(dirs, {
        bootstrap: { ...DEFAULT_BOOTSTRAP, ...bootstrapOptions(settingsFromFlags(report)) },
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

async function runCommand(flags: RunFlags, settings: PartialSettings): Promise<void> {
  if (settings.out !== undefined) checkOutputDir(settings.out, "--out");
  const controller = new AbortController();
  const release = stopOnInterrupt(controller);
  const progress = flags.progress ? createGenerateProgress(process.stderr) : null;
  const bootstrap = { ...DEFAULT_BOOTSTRAP, ...bootstrapOptions(settings) };
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
      settings,
      plan: {
        ...(flags.tasks ? { tasks: flags.tasks } : {}),
        shots: flags.shots ?? [...INCONTEXT_DEFAULTS.shots],
        items: flags.items ?? INCONTEXT_DEFAULTS.items,
        pool: flags.pool ?? INCONTEXT_DEFAULTS.pool,
        taskSeed: flags.taskSeed ?? INCONTEXT_DEFAULTS.taskSeed,
        description: flags.description ?? false,
      },
      runsDir: flags.runsDir ?? DEFAULTS.runsDir,
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
