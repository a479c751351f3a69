// evaluate(): samples + problems → sandboxed executions → results JSONL (appended as samples
// finish) → pass@k of that file's records. The CLI's `passk evaluate` is a thin layer on this.
import { availableParallelism, totalmem } from "node:os";
import { runBounded } from "../concurrency.js";
import { DEFAULTS } from "../defaults.js";
import { defaultCacheDir } from "../generate/cache.js";
import { JsonlAppender } from "../io/jsonl.js";
import { flatPassAtK, passAtKTable } from "../metrics/table.js";
import { buildProgram, buildSplit } from "../problems/program.js";
import { loadAnyProblems } from "../problems/resolve.js";
import type { TsProblemData } from "../problems/ts/ts-problem.js";
import type { Problem } from "../problems/types.js";
import { createNodeSandbox } from "../sandbox/node/pool.js";
import {
  createSandbox,
  type Sandbox,
  type SandboxOptions,
  type SandboxStart,
  warmUpSandbox,
} from "../sandbox/pool.js";
import {
  type DataRun,
  DEFAULT_LIMITS,
  type Execution,
  LEGACY_STATUSES,
  type Limits,
  STATUSES,
  type StdioRun,
} from "../sandbox/types.js";
import { VERSION } from "../version.js";
import { dataRun, runDataCases } from "./data-verdict.js";
import { type ExpectedOutputs, expectedOutputs } from "./evalplus/expected.js";
import { EVALPLUS_DEFAULTS, type EvalPlusSettings } from "./evalplus/judge.js";
import { type EvalPlusContext, judgeEvalPlus } from "./evalplus/sample.js";
import { evalPlusPathFor, writeEvalPlusFromResults } from "./evalplus-format.js";
import { checkProblemModules, prefetchProblemModules } from "./module-preflight.js";
import { preflight } from "./preflight.js";
import { runProgramTests, stdioRun } from "./program-verdict.js";
import {
  judgeOf,
  manifestPathFor,
  previousResults,
  type RunIdentity,
  type RunManifest,
  writeManifest,
} from "./resume.js";
import { type LoadedSample, loadSamples } from "./samples.js";
import { splitJudge } from "./split-verdict.js";
import { runTsDataCases } from "./ts-data.js";
import type { EvaluateEvent, EvaluationSummary, ResultRecord, StatusCounts } from "./types.js";

/** Options of {@link evaluate}. Only `samples` and `problems` are required. */
export interface EvaluateOptions {
  /** Samples JSONL(.gz): `{task_id, completion}` or `{task_id, solution}` per line. */
  samples: string;
  /** Problems JSONL(.gz) in HumanEval, EvalPlus or MultiPL-E (JavaScript, TypeScript) format, or a passk set (folder path or name). */
  problems: string;
  /** Only the problems of a passk set added on or after this date (YYYY-MM-DD); samples of others are left out. */
  since?: string;
  /** "ts": a passk set's problems rendered in TypeScript, run in the Node sandbox. */
  language?: "py" | "ts";
  /** Results file; default `<samples>_results.jsonl`, like the reference harness. */
  out?: string;
  /** k values of pass@k (default DEFAULTS.k: 1, 10, 100); a k larger than some problem's n is skipped. */
  k?: readonly number[] | "all";
  /** Per-sample limits; missing fields take DEFAULT_LIMITS (wallTimeout defaults to 2 × timeout). */
  limits?: Partial<Limits>;
  /** Parallel fork servers; default: the number of cores. */
  workers?: number;
  /** Run identical (task_id, program) pairs once (default true). */
  dedup?: boolean;
  /** Skip invalid sample lines (reported in the summary) instead of refusing to run. */
  skipInvalid?: boolean;
  /**
   * Discard an earlier run's results instead of resuming it; "if-changed": only when they were
   * reached under other settings (limits, judge, …), which `passk run` does since its results are
   * derived from the folder's samples.
   */
  fresh?: boolean | "if-changed";
  /** Sandbox set-up (bubblewrap/seccomp: "auto", "require" or "off"; Python command). */
  sandbox?: Omit<SandboxOptions, "workers">;
  /**
   * Fork servers the caller started ahead with `sandbox`'s set-up (`startSandbox`), so that they start
   * while this loads the files: taken for Python problems, discarded otherwise. The caller discards it
   * once this has returned or thrown (nothing then to undo if it was taken).
   */
  sandboxStart?: SandboxStart;
  /** Bootstrap settings of the pass@k confidence intervals. */
  bootstrap?: { resamples?: number; seed?: number };
  /**
   * "evalplus": also write the results in EvalPlus's eval_results.json shape, beside the results file
   * (see `evalPlusPathFor`), once every sample has its verdict. Default "jsonl": the results file only.
   */
  format?: "jsonl" | "evalplus";
  /** EvalPlus problems (base_input/plus_input): their time limits and mode; EvalPlus's defaults otherwise. */
  evalplus?: Partial<EvalPlusSettings>;
  /** passk's cache folder, where EvalPlus problems' expected outputs are kept (default: docs/evalplus.md). */
  cacheDir?: string;
  /** Stops the run: executions in flight finish, nothing new starts, the summary says `interrupted`. */
  signal?: AbortSignal;
  onEvent?: (event: EvaluateEvent) => void;
}

/** Resolves the limits: defaults, then the caller's; the wall backstop follows the CPU limit. */
export function resolveLimits(partial: Partial<Limits> = {}): Limits {
  const timeout = partial.timeout ?? DEFAULT_LIMITS.timeout;
  return { ...DEFAULT_LIMITS, wallTimeout: 2 * timeout, ...partial, timeout };
}

/**
 * Evaluates every sample in the sandbox and returns the summary. Bad input throws a PasskError
 * before anything runs; what samples do is recorded as results, never thrown.
 */
export async function evaluate(options: EvaluateOptions): Promise<EvaluationSummary> {
  const started = performance.now();
  const emit = options.onEvent ?? (() => {});
  warmUpSandbox(options.sandbox); // its probes run while the files load
  const problemSet = await loadAnyProblems(options.problems, {
    ...(options.since === undefined ? {} : { since: options.since }),
    ...(options.language === undefined ? {} : { language: options.language }),
  });
  // The problems' imports are asked of the sandbox's Python while the samples load (checked below).
  if (problemSet.language !== "js" && problemSet.language !== "ts") {
    prefetchProblemModules([...problemSet.problems.values()], options.sandbox?.python);
  }
  const evalplusProblems = [...problemSet.problems.values()].filter((problem) => problem.evalplus);
  const evalplus: EvalPlusSettings | null =
    evalplusProblems.length > 0 ? { ...EVALPLUS_DEFAULTS, ...options.evalplus } : null;
  // EvalPlus gives each sample 4 GiB of address space (or the machine's memory, if less).
  const memoryBytes = evalplus ? Math.min(EVALPLUS_MEMORY, totalmem()) : undefined;
  const limits = resolveLimits({ ...(memoryBytes ? { memoryBytes } : {}), ...options.limits });
  const {
    samples,
    skipped,
    sha256: samplesSha256,
    notes,
  } = await loadSamples(options.samples, problemSet, {
    skipInvalid: options.skipInvalid ?? false,
  });
  const resultsPath = options.out ?? `${options.samples}_results.jsonl`;
  const evalplusPath = options.format === "evalplus" ? evalPlusPathFor(resultsPath) : undefined;
  // Before any sandbox exists: a failure here has nothing to tear down.
  preflight({
    samplesPath: options.samples,
    problemsPath: options.problems,
    resultsPath,
    outGiven: options.out !== undefined,
    fresh: options.fresh === true,
    samples,
    skipped,
    k: options.k ?? DEFAULTS.k,
    ...(evalplusPath ? { evalplusPath } : {}),
  });
  for (const message of notes) emit({ type: "note", message });
  const manifestPath = manifestPathFor(resultsPath);
  const identity: RunIdentity = {
    samplesSha256,
    problemsSha256: problemSet.sha256,
    limits,
    skipInvalid: options.skipInvalid ?? false,
    judge: judgeOf(problemSet.problems.values()),
    ...(evalplus ? { evalplus } : {}),
  };
  const earlier = await previousResults(resultsPath, identity, options.fresh ?? false, (why) =>
    emit({ type: "note", message: `evaluating every sample again: ${why}` }),
  );
  const finished = new Set(earlier.map((record) => record.sample_line));
  const pending = samples.filter((s) => !finished.has(s.line));
  const workers = options.workers ?? availableParallelism();
  // JavaScript/TypeScript run in Node; the Python sandbox's modules say nothing about them.
  const language = problemSet.language;
  const node = language === "js" || language === "ts";
  // The sandbox starts while the problems' imports are checked (each waits on processes of its own):
  // a refusal closes it again, and nothing is written.
  const sandboxOptions = {
    ...options.sandbox,
    // EvalPlus problems may first need their expected outputs computed: every worker helps.
    workers: Math.max(1, evalplus ? workers : Math.min(workers, pending.length)),
  };
  const early = node
    ? null
    : (options.sandboxStart?.take(options.sandbox ?? {}, sandboxOptions.workers) ?? null);
  if (!early) options.sandboxStart?.discard().catch(() => {}); // the caller's own discard() reports a failure
  const starting: Promise<Sandbox> = node
    ? createNodeSandbox({ ...sandboxOptions, language, memoryBytes: limits.memoryBytes })
    : (early ?? createSandbox(sandboxOptions));
  starting.catch(() => {}); // its failure is reported by the await below, or gives way to the refusal
  try {
    if (!node) {
      await checkProblemModules(
        options.problems,
        [...new Set(pending.map((s) => s.sample.task_id))].flatMap((id) => problemSet.problems.get(id) ?? []),
        options.sandbox?.python,
      );
    }
  } catch (error) {
    await starting.then(
      (started) => started.close(),
      () => {},
    );
    throw error;
  }
  const sandbox = await starting;
  let closing: Promise<void> | undefined;
  // From here on, every way out closes the sandbox: its servers must never outlive a failed call.
  try {
    for (const note of sandbox.isolation.notes) emit({ type: "warning", message: note });
    // Before anything is written: a canonical solution that fails refuses the run and leaves no trace.
    let expected: ExpectedOutputs | null = null;
    if (evalplus) {
      expected = await expectedOutputs(sandbox, evalplusProblems, {
        datasetSha256: problemSet.sha256,
        python: sandbox.isolation.python.replace(/^.*\((.*)\)$/, "$1"),
        cacheDir: options.cacheDir ?? defaultCacheDir(),
        limits,
        onNote: (message) => emit({ type: "note", message }),
      });
    }
    const manifest: RunManifest = {
      passk: VERSION,
      identity,
      samples: options.samples,
      problems: options.problems,
      ...(problemSet.set ? { set: { ...problemSet.set, sha256: problemSet.sha256 } } : {}),
      ...(evalplus && expected
        ? { evalplus: { ...evalplus, expected: expected.path, expected_sha256: expected.sha256 } }
        : {}),
      results: resultsPath,
      isolation: sandbox.isolation,
      workers: sandbox.workers,
      dedup: options.dedup ?? true,
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      started: new Date().toISOString(),
    };
    writeManifest(manifestPath, manifest);
    const evalplusContext: EvalPlusContext | null =
      evalplus && expected ? { sandbox, limits, settings: evalplus, expected, whole: new Map() } : null;

    const problemOf = (taskId: string): Problem => {
      const problem = problemSet.problems.get(taskId);
      if (!problem) throw new Error(`unvalidated task_id ${taskId}`); // loadSamples checked it
      return problem;
    };
    const programs = pending.map(({ sample }) => buildProgram(problemOf(sample.task_id), sample));
    // Each problem's request is built once, not per sample.
    const dataRuns = new Map<string, DataRun>();
    const stdioRuns = new Map<string, StdioRun>();
    for (const [taskId, problem] of problemSet.problems) {
      if (problem.data) dataRuns.set(taskId, dataRun(problem.data));
      if (problem.program) stdioRuns.set(taskId, stdioRun(problem.program));
    }
    const split = splitJudge(sandbox, limits);
    const execute = async (loaded: LoadedSample, program: string): Promise<Judged> => {
      const problem = problemOf(loaded.sample.task_id);
      if (problem.evalplus && evalplusContext) return judgeEvalPlus(evalplusContext, problem, program);
      const run = dataRuns.get(problem.task_id);
      if (problem.data && problem.language === "ts")
        return { execution: await runTsDataCases(sandbox, program, problem.data as TsProblemData, limits) };
      if (problem.data && run)
        return { execution: await runDataCases(sandbox, program, problem.data, limits, run) };
      const tests = stdioRuns.get(problem.task_id);
      if (problem.program && tests)
        return { execution: await runProgramTests(sandbox, program, problem.program, limits, tests) };
      return { execution: await split.run(problem, buildSplit(problem, loaded.sample), program) };
    };
    // Identical (task_id, program) pairs run once: each sample's key, made (and hashed) once; none
    // with --no-dedup, where every sample runs.
    const keys =
      options.dedup === false ? null : pending.map((s, i) => `${s.sample.task_id}\0${programs[i]}`);
    emit({
      type: "start",
      total: samples.length,
      alreadyDone: samples.length - pending.length,
      toRun: pending.length,
      unique: keys ? new Set(keys).size : pending.length,
      isolation: sandbox.isolation,
    });

    const appender = new JsonlAppender(resultsPath);
    // The summary counts the results file's records: those read from it (a resumed run's) and each
    // as it is written, rather than reading the file again at the end (measured: from the last of
    // 2,443 samples to the summary, 27–31 ms that way, 8–11 this).
    const tally = new Tally();
    for (const record of earlier) tally.add(record);
    let executed = 0;
    let deduplicated = 0;
    let done = samples.length - pending.length;
    try {
      const cache = new Map<string, Promise<Judged>>();
      const runOne = async (index: number): Promise<void> => {
        const loaded = pending[index] as LoadedSample;
        const program = programs[index] as string;
        const key = keys?.[index];
        let execution = key === undefined ? undefined : cache.get(key);
        if (execution) deduplicated++;
        else {
          executed++;
          execution = execute(loaded, program);
          if (key !== undefined) cache.set(key, execution);
        }
        const judged = await execution;
        const made = toRecord(loaded, judged.execution, sandbox);
        const record = judged.fields ? { ...made, ...judged.fields } : made;
        appender.append(record);
        tally.add(record);
        done++;
        emit({ type: "result", done, total: samples.length, record });
      };
      // Every execution settles before the results file and the sandbox close, even after a failure.
      await runBounded(
        pending.keys(),
        {
          concurrency: sandbox.workers * sandbox.depth,
          ...(options.signal ? { signal: options.signal } : {}),
        },
        runOne,
      );
    } finally {
      appender.close();
      // The servers exit (10–20 ms each) while the summary is made; awaited before anything returns.
      closing = sandbox.close();
      closing.catch(() => {}); // awaited below
    }

    const summary = summarize(tally, problemSet.problems.size, options.k ?? DEFAULTS.k, options.bootstrap);
    await closing;
    const result: EvaluationSummary = {
      samplesPath: options.samples,
      problemsPath: options.problems,
      resultsPath,
      manifestPath,
      ...summary,
      skipped,
      executed,
      deduplicated,
      resumed: earlier.length,
      isolation: sandbox.isolation,
      limits,
      inProcess: split.inProcess(),
      elapsedSeconds: (performance.now() - started) / 1000,
      interrupted: done < samples.length,
    };
    if (evalplusPath) {
      // Only whole: a partial file would give EvalPlus's scripts the pass@k of the samples run so far.
      if (!result.interrupted) await writeEvalPlusFromResults(evalplusPath, resultsPath, problemSet);
      result.evalplusResults = { path: evalplusPath, written: !result.interrupted };
    }
    writeManifest(manifestPath, {
      ...manifest,
      finished: new Date().toISOString(),
      summary: summaryForManifest(result),
    });
    return result;
  } catch (error) {
    await (closing ?? sandbox.close());
    throw error;
  }
}

/** EvalPlus's memory limit per sample (evalplus/eval/__init__.py: 4 GiB, unless the machine has less). */
const EVALPLUS_MEMORY = 4 * 1024 ** 3;

/** A sample's verdict, with the fields some kinds of problem add to its record (EvalPlus's base verdict). */
interface Judged {
  execution: Execution;
  fields?: Record<string, unknown>;
}

function toRecord(loaded: LoadedSample, execution: Execution, sandbox: Sandbox): ResultRecord {
  // The sample's own fields first, then passk's (which replace any of the same name, in place).
  // Object.assign onto an empty object, then plain stores: V8 gives each object made by
  // `{ ...sample, result, … }` a hidden class of its own (measured: 5–15 µs a record, a fifth of
  // Node's instructions per sample). Object.assign would make a "__proto__" field the prototype:
  // such a sample takes the spread.
  const record = (
    Object.hasOwn(loaded.sample, "__proto__") ? { ...loaded.sample } : Object.assign({}, loaded.sample)
  ) as ResultRecord;
  record.result = execution.result;
  record.passed = execution.status === "passed";
  record.status = execution.status;
  record.cpu_time = execution.cpu;
  record.wall_time = execution.wall;
  record.sample_line = loaded.line;
  record.isolation = sandbox.isolation.level;
  if (execution.verdict) record.verdict = execution.verdict;
  if (execution.limit) record.time_limit = execution.limit;
  if (execution.output) record.output = execution.output;
  return record;
}

/** What the summary counts of the results file's records: per problem, and by status. */
class Tally {
  samples = 0;
  withBase = 0;
  readonly perProblem = new Map<string, { n: number; c: number; base: number }>();
  readonly statuses = Object.fromEntries(
    STATUSES.filter((s) => !LEGACY_STATUSES.has(s)).map((s) => [s, 0]),
  ) as StatusCounts;

  add(record: ResultRecord): void {
    this.samples++;
    const counts = this.perProblem.get(record.task_id) ?? { n: 0, c: 0, base: 0 };
    counts.n++;
    if (record.passed) counts.c++;
    // EvalPlus problems: the record's verdict is "plus"; base_passed is the base inputs' alone.
    if (typeof record.base_passed === "boolean") this.withBase++;
    if (typeof record.base_passed === "boolean" ? record.base_passed : record.passed) counts.base++;
    this.perProblem.set(record.task_id, counts);
    this.statuses[record.status] = (this.statuses[record.status] ?? 0) + 1;
  }
}

/** pass@k and counts of the results file's records (the single source of truth), as tallied. */
function summarize(
  tally: Tally,
  problemCount: number,
  ks: readonly number[] | "all",
  bootstrap: EvaluateOptions["bootstrap"],
): Pick<
  EvaluationSummary,
  "samples" | "problems" | "problemsWithoutSamples" | "passAtK" | "passAtKBase" | "statuses"
> {
  const { perProblem, withBase } = tally;
  const counts = [...perProblem].map(([taskId, { n, c }]) => ({ taskId, n, c }));
  const wanted = ks === "all" ? everyK(counts) : ks;
  const base = [...perProblem].map(([taskId, { n, base: c }]) => ({ taskId, n, c }));
  return {
    samples: tally.samples,
    problems: perProblem.size,
    problemsWithoutSamples: problemCount - perProblem.size,
    statuses: tally.statuses,
    passAtK: passAtKTable(counts, wanted, bootstrap),
    ...(withBase > 0 ? { passAtKBase: passAtKTable(base, wanted, bootstrap) } : {}),
  };
}

function summaryForManifest(summary: EvaluationSummary): Record<string, unknown> {
  return {
    ...flatPassAtK(summary.passAtK),
    ...(summary.passAtKBase ? { base: flatPassAtK(summary.passAtKBase) } : {}),
    samples: summary.samples,
    problems: summary.problems,
    statuses: summary.statuses,
    ...(summary.inProcess.length > 0 ? { in_process: summary.inProcess } : {}),
  };
}

/** "all": every k from 1 to the smallest n, so the whole pass@k-against-k curve is reported. */
function everyK(counts: readonly { n: number }[]): number[] {
  const smallest = counts.length > 0 ? Math.min(...counts.map((c) => c.n)) : 1;
  return Array.from({ length: smallest }, (_, i) => i + 1);
}
