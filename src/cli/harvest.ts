// `passk harvest <project> --test-command "<cmd>" --out <set folder>`: parse flags, call harvest(),
// print progress on stderr and the report (every function seen, kept or why dropped).
import type { Command } from "commander";
import {
  DEFAULT_MAX_TESTS,
  DEFAULT_MIN_CALLS,
  DEFAULT_TIMEOUT_S,
  type HarvestEvent,
  harvest,
  REPORT_FILE,
} from "../harvest/harvest.js";
import type { FunctionReport, HarvestReport } from "../harvest/report.js";
import { bytes, count, duration, percent } from "../report/format.js";
import { stopOnInterrupt } from "./interrupt.js";
import { parsePositiveInt, parseSeconds } from "./options.js";
import { addSettingFlags } from "./setting-flags.js";

interface Flags {
  testCommand: string;
  out: string;
  minCalls: number;
  maxTests: number;
  allowUndocumented?: boolean;
  keepWeak?: boolean;
  standaloneOnly?: boolean;
  venv?: string;
  timeout: number;
  name?: string;
  workers?: number;
  json?: boolean;
}

export function registerHarvest(program: Command): void {
  const command = program
    .command("harvest")
    .description(
      "make a problem set from a project's own test run: its functions' recorded calls become tests (docs/harvest.md)",
    )
    .argument("<project>", "the project's folder (copied; its tests run in the sandbox on the copy)")
    .requiredOption(
      "--test-command <cmd>",
      'shell command that runs the tests in the project folder, e.g. "python -m pytest -q"',
    )
    .requiredOption("-o, --out <folder>", "the set folder to create (must not exist)")
    .option(
      "--min-calls <n>",
      "distinct recorded calls a function needs",
      parsePositiveInt,
      DEFAULT_MIN_CALLS,
    )
    .option(
      "--max-tests <n>",
      "tests kept per function (the most varied)",
      parsePositiveInt,
      DEFAULT_MAX_TESTS,
    )
    .option("--allow-undocumented", "keep functions without a docstring (prompted by their signature)")
    .option("--keep-weak", "keep functions whose tests fail the mutation gate, flagged in provenance.weak")
    .option("--standalone-only", "drop functions that need project helpers in their prompt")
    .option(
      "--venv <folder>",
      "a prepared environment (python -m venv, test dependencies installed), bound read-only",
    )
    .option(
      "--timeout <seconds>",
      "wall-clock limit of each run of the whole test suite",
      parseSeconds,
      DEFAULT_TIMEOUT_S,
    )
    .option("--name <set>", "the set's name (default: harvest-<project folder>)")
    .option("--json", "print the report as JSON on stdout");
  addSettingFlags(command, "harvest").action(async (project: string, flags: Flags) => {
    const controller = new AbortController();
    const release = stopOnInterrupt(controller);
    const progress = createHarvestProgress();
    try {
      const report = await harvest({
        project,
        testCommand: flags.testCommand,
        out: flags.out,
        minCalls: flags.minCalls,
        maxTests: flags.maxTests,
        allowUndocumented: flags.allowUndocumented ?? false,
        keepWeak: flags.keepWeak ?? false,
        standaloneOnly: flags.standaloneOnly ?? false,
        timeoutSeconds: flags.timeout,
        ...(flags.venv ? { venv: flags.venv } : {}),
        ...(flags.name ? { name: flags.name } : {}),
        ...(flags.workers ? { workers: flags.workers } : {}),
        signal: controller.signal,
        onEvent: progress.onEvent,
      });
      progress.finish();
      process.stderr.write(formatHarvestReport(report));
      if (flags.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      if (!report.out) process.exitCode = 1;
    } finally {
      progress.finish();
      release();
    }
  });
}

/** Plain progress lines, and a line every 10 s while the tests run. */
function createHarvestProgress(): { onEvent: (event: HarvestEvent) => void; finish: () => void } {
  let timer: NodeJS.Timeout | null = null;
  const say = (text: string) => process.stderr.write(`passk: ${text}\n`);
  const stopTimer = () => {
    if (timer) clearInterval(timer);
    timer = null;
  };
  return {
    onEvent(event) {
      switch (event.kind) {
        case "copied":
          say(`copied the project (${count(event.files)} files, ${bytes(event.bytes)}) for the sandbox`);
          break;
        case "run-start": {
          const started = performance.now();
          say(`run ${event.run} of 2: running the tests in the sandbox with the tracer…`);
          timer = setInterval(
            () => say(`run ${event.run} of 2: ${duration((performance.now() - started) / 1000)}…`),
            10_000,
          );
          timer.unref();
          break;
        }
        case "run-done": {
          stopTimer();
          const r = event.report;
          const ended = r.exit === null ? `killed by signal ${r.signal}` : `exit ${r.exit}`;
          say(
            `run ${event.run} of 2: ${ended} in ${duration(r.seconds)}; ${count(r.calls)} calls of ${count(r.functions)} project functions recorded`,
          );
          for (const note of r.notes.slice(0, 5)) say(`note: ${note}`);
          break;
        }
        case "choose-start":
          say(`choosing the tests of ${count(event.problems)} functions among their recorded calls…`);
          break;
        case "check-start":
          say(`checking ${count(event.problems)} problems (canonical solutions, mutation gate)…`);
          break;
        case "checked":
          say(`${event.ok ? "ok  " : "FAIL"} ${event.taskId}`);
          break;
      }
    },
    finish: stopTimer,
  };
}

/** The report for people: one line per function, then the counts. */
export function formatHarvestReport(report: HarvestReport): string {
  const rows = [...report.functions].sort(
    (a, b) => order(a) - order(b) || a.function.localeCompare(b.function),
  );
  const width = Math.min(40, Math.max(8, ...rows.map((r) => r.function.length)));
  const lines = [`\nharvest of ${report.project}${report.commit ? ` @ ${report.commit.slice(0, 12)}` : ""}:`];
  for (const r of rows) lines.push(`  ${label(r).padEnd(9)} ${r.function.padEnd(width)}  ${detail(r)}`);
  const { seen, kept, keptWeak, dropped } = report.summary;
  const reasons = Object.entries(dropped)
    .map(([code, n]) => `${code} ${n}`)
    .join(", ");
  lines.push(
    `${count(seen)} functions seen, ${count(kept)} kept${keptWeak ? `, ${count(keptWeak)} kept with weak tests` : ""}, ${count(seen - kept - keptWeak)} dropped${reasons ? ` (${reasons})` : ""}`,
  );
  lines.push(
    report.out
      ? `set written to ${report.out} (report: ${report.out}/${REPORT_FILE}); run passk problems check ${report.out} to see it again`
      : "no function was kept: nothing was written (see the reasons above; --json prints the report)",
  );
  return `${lines.join("\n")}\n`;
}

function order(r: FunctionReport): number {
  return r.decision === "kept" ? 0 : r.decision === "kept-weak" ? 1 : 2;
}

function label(r: FunctionReport): string {
  return r.decision === "kept" ? "kept" : r.decision === "kept-weak" ? "kept-weak" : "dropped";
}

function detail(r: FunctionReport): string {
  const helpers = r.helpers.length ? `, with helpers ${r.helpers.join(", ")}` : "";
  const killed = r.killRate === undefined ? "" : `, ${percent(r.killRate)} of mutants killed`;
  if (r.decision === "kept") return `${r.tests} tests from ${count(r.calls)} calls${killed}${helpers}`;
  return `${r.code}: ${r.reason}`;
}
