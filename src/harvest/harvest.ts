// `passk harvest`: problems from a project's own test run, as Codex-S's CI traces were made. The
// project is copied, its tests run twice in the sandbox with the tracer (different hash seeds), the
// functions that pass the rules (decide.ts) are written as a passk set in a temporary folder, `passk
// problems check` judges them, and the set is moved into place only at the end: a failed harvest
// leaves nothing behind.
import { randomInt } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { DEFAULTS } from "../defaults.js";
import { PasskError } from "../errors.js";
import { checkOutputFile } from "../io/output-path.js";
import { resolvePython } from "../sandbox/python.js";
import { runSuite } from "../sandbox/suite.js";
import { moveInto, writeAndCheck } from "./assemble.js";
import { type Candidate, type DropCode, decide } from "./decide.js";
import { copyProject, preparedEnv, readCommit } from "./project.js";
import type { FunctionReport, HarvestReport, RunReport } from "./report.js";
import { parseTraceRun, type TracedFunction, type TraceRun } from "./trace.js";

/** What to harvest, and the rules. */
export interface HarvestOptions {
  /** The project's folder. */
  project: string;
  /** The shell command that runs its tests, in its folder: `python -m pytest -q`. */
  testCommand: string;
  /** The set folder to create (it must not exist). */
  out: string;
  /** Distinct recorded data calls a function needs (default 5). */
  minCalls?: number;
  /** Tests kept per function (default 20). */
  maxTests?: number;
  allowUndocumented?: boolean;
  /** Keep functions whose tests fail the mutation gate, flagged in provenance.weak. */
  keepWeak?: boolean;
  /** Refuse functions that need project helpers in their prompt. */
  standaloneOnly?: boolean;
  /** A prepared environment (venv) the tests run in. */
  venv?: string;
  /** Wall-clock seconds per test run (default 600). */
  timeoutSeconds?: number;
  /** The set's name (default: harvest-<project folder name>). */
  name?: string;
  /** Python command of the sandbox (default: PASSK_PYTHON or python3). */
  python?: string;
  /** Workers of the check's sandbox. */
  workers?: number;
  signal?: AbortSignal;
  onEvent?: (event: HarvestEvent) => void;
}

/** Progress, for people. */
export type HarvestEvent =
  | { kind: "copied"; files: number; bytes: number }
  | { kind: "run-start"; run: number }
  | { kind: "run-done"; run: number; report: RunReport }
  | { kind: "choose-start"; problems: number }
  | { kind: "check-start"; problems: number }
  | { kind: "checked"; taskId: string; ok: boolean };

export const DEFAULT_MIN_CALLS = DEFAULTS.harvest.minCalls;
export const DEFAULT_MAX_TESTS = DEFAULTS.harvest.maxTests;
export const DEFAULT_TIMEOUT_S = DEFAULTS.harvest.runTimeout;
export const MAX_HELPER_LINES = 80;
/** The report's file name in the set folder. */
export const REPORT_FILE = "harvest-report.json";

const SET_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Harvests problems from `options.project`. Resolves with the report; the set folder exists only if
 * `report.out` is set (at least one function was kept).
 * @throws PasskError BAD_OPTION for bad flags (before anything runs), SANDBOX_UNAVAILABLE without
 * bubblewrap, BAD_INPUT when the tests record no call of the project's functions.
 */
export async function harvest(options: HarvestOptions): Promise<HarvestReport> {
  const project = resolve(options.project);
  if (!existsSync(project) || !statSync(project).isDirectory()) {
    throw new PasskError("BAD_OPTION", `${options.project}: no such project folder`);
  }
  if (options.testCommand.trim() === "") {
    throw new PasskError(
      "BAD_OPTION",
      `--test-command is empty; give the command that runs the tests, e.g. "python -m pytest -q"`,
    );
  }
  const out = resolve(options.out);
  if (existsSync(out)) {
    throw new PasskError(
      "BAD_OPTION",
      `--out ${options.out}: already exists; harvest writes a new set folder (remove it or choose another path)`,
    );
  }
  checkOutputFile(out, "--out");
  const slug = basename(project)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const name = options.name ?? (slug.startsWith("harvest") ? slug : `harvest-${slug || "project"}`);
  if (!SET_NAME.test(name))
    throw new PasskError("BAD_OPTION", `--name ${name}: lowercase words joined by "-"`);
  const env = options.venv ? preparedEnv(options.venv) : undefined;
  const python = await resolvePython(options.python);
  const rules = {
    minCalls: options.minCalls ?? DEFAULT_MIN_CALLS,
    allowUndocumented: options.allowUndocumented ?? false,
    standaloneOnly: options.standaloneOnly ?? false,
    maxHelperLines: MAX_HELPER_LINES,
  };
  const maxTests = options.maxTests ?? DEFAULT_MAX_TESTS;
  const timeoutSeconds = options.timeoutSeconds ?? DEFAULT_TIMEOUT_S;
  const commit = readCommit(project);

  const work = mkdtempSync(join(tmpdir(), "passk-harvest-"));
  try {
    const copy = join(work, "project");
    const copied = copyProject(project, copy, [out]);
    options.onEvent?.({ kind: "copied", ...copied });
    const runs: TraceRun[] = [];
    const runReports: RunReport[] = [];
    for (const run of [1, 2]) {
      options.onEvent?.({ kind: "run-start", run });
      const output = await runSuite({
        project: copy,
        command: options.testCommand,
        python,
        ...(env ? { venv: env.venv, readOnly: env.readOnly } : {}),
        timeoutSeconds,
        hashSeed: randomInt(1, 4_294_967_295),
        analyze: run === 1,
        ...(options.signal ? { signal: options.signal } : {}),
      });
      const trace = parseTraceRun(output.lines, output.stderr);
      const report = runReport(trace);
      runs.push(trace);
      runReports.push(report);
      options.onEvent?.({ kind: "run-done", run, report });
      if (run === 1 && trace.functions.size === 0) {
        const tail = trace.suite.outputTail.trim().split("\n").at(-1) ?? "";
        throw new PasskError(
          "BAD_INPUT",
          `the test command recorded no call of the project's functions (exit ${trace.suite.exit ?? `signal ${trace.suite.signal}`}${tail ? `: ${tail.slice(0, 200)}` : ""}); check --test-command (it must run Python without -I, -E or -S, keeping PYTHONPATH), and --venv if the tests need packages`,
        );
      }
    }
    const [first, second] = runs as [TraceRun, TraceRun];

    const reports = new Map<string, FunctionReport>();
    const candidates: Candidate[] = [];
    // Every function either run saw (a flaky suite may reach one only in the second run).
    for (const key of [...new Set([...first.functions.keys(), ...second.functions.keys()])].sort()) {
      const traced = (first.functions.get(key) ?? second.functions.get(key)) as TracedFunction;
      const decision = decide(key, first, second, rules);
      const entry: FunctionReport = {
        function: `${traced.module}.${traced.name}`,
        file: traced.file,
        line: traced.line,
        calls: traced.calls,
        distinct: traced.cases.length,
        raised: traced.raised,
        skipped: traced.skipped,
        decision: "dropped",
        code: null,
        reason: "",
        helpers: [],
        tests: 0,
        taskId: null,
      };
      if (decision.keep) {
        candidates.push(decision.candidate);
        entry.helpers = decision.candidate.helperNames;
      } else {
        entry.code = decision.code;
        entry.reason = decision.reason;
      }
      reports.set(key, entry);
    }

    const setDir = join(work, "set");
    const kept = await writeAndCheck(setDir, name, candidates, reports, {
      functions: new Map([...second.functions, ...first.functions]),
      project,
      commit,
      testCommand: options.testCommand,
      added: localDate(new Date()),
      maxTests,
      minCalls: rules.minCalls,
      keepWeak: options.keepWeak ?? false,
      ...(options.workers ? { workers: options.workers } : {}),
      onEvent: options.onEvent,
    });

    const report: HarvestReport = {
      version: 1,
      project,
      commit,
      testCommand: options.testCommand,
      python: `${python.executable} (${python.version})`,
      set: name,
      out: kept > 0 ? out : null,
      rules: { ...rules, maxTests, keepWeak: options.keepWeak ?? false },
      runs: runReports,
      functions: [...reports.values()],
      summary: summarize([...reports.values()]),
    };
    if (kept > 0) {
      writeFileSync(join(setDir, REPORT_FILE), `${JSON.stringify(report, null, 2)}\n`);
      moveInto(setDir, out);
    }
    return report;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** `date` as YYYY-MM-DD in the machine's time zone: the day the user harvested on. */
function localDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

function runReport(trace: TraceRun): RunReport {
  let calls = 0;
  for (const f of trace.functions.values()) calls += f.calls;
  return {
    exit: trace.suite.exit,
    signal: trace.suite.signal,
    seconds: trace.suite.seconds,
    outputTail: trace.suite.outputTail.slice(-1500),
    functions: trace.functions.size,
    calls,
    notes: trace.notes,
  };
}

function summarize(functions: FunctionReport[]): HarvestReport["summary"] {
  const dropped: Partial<Record<DropCode, number>> = {};
  for (const f of functions) {
    if (f.decision === "dropped" && f.code) dropped[f.code] = (dropped[f.code] ?? 0) + 1;
  }
  return {
    seen: functions.length,
    kept: functions.filter((f) => f.decision === "kept").length,
    keptWeak: functions.filter((f) => f.decision === "kept-weak").length,
    dropped,
  };
}
