// evaluate(): samples + problems → sandboxed executions → results JSONL (appended as samples
// finish) → pass@k recomputed from that file. The CLI's `passk evaluate` is a thin layer on this.
import { availableParallelism } from "node:os";
import { runBounded } from "../concurrency.js";
import { DEFAULTS } from "../defaults.js";
import { JsonlAppender, readJsonl } from "../io/jsonl.js";
import { flatPassAtK, passAtKTable } from "../metrics/table.js";
import { buildProgram, buildSplit } from "../problems/program.js";
import { loadAnyProblems } from "../problems/resolve.js";
import type { Problem } from "../problems/types.js";
import { createNodeSandbox } from "../sandbox/node/pool.js";
import { createSandbox, type Sandbox, type SandboxOptions, warmUpSandbox } from "../sandbox/pool.js";
import {
  type DataRun,
  DEFAULT_LIMITS,
  type Execution,
  LEGACY_STATUSES,
  type Limits,
  STATUSES,
} from "../sandbox/types.js";
import { VERSION } from "../version.js";
import { dataRun, runDataCases } from "./data-verdict.js";
import { evalPlusPathFor, writeEvalPlusFromResults } from "./evalplus-format.js";
import { checkProblemModules } from "./module-preflight.js";
import { preflight } from "./preflight.js";
import { JUDGE, manifestPathFor, previousResults, type RunIdentity, writeManifest } from "./resume.js";
import { type LoadedSample, loadSamples } from "./samples.js";
import { splitJudge } from "./split-verdict.js";
import type { EvaluateEvent, EvaluationSummary, ResultRecord, StatusCounts } from "./types.js";

/** Options of {@link evaluate}. Only `samples` and `problems` are required. */
export interface EvaluateOptions {
  /** Samples JSONL(.gz): `{task_id, completion}` or `{task_id, solution}` per line. */
  samples: string;
  /** Problems JSONL(.gz) in HumanEval, EvalPlus or MultiPL-E (JavaScript, TypeScript) format, or a passk set (folder path or name). */
  problems: string;
  /** Only the problems of a passk set added on or after this date (YYYY-MM-DD); samples of others are left out. */
  since?: string;
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
  /** Discard an earlier run's results instead of resuming it. */
  fresh?: boolean;
  /** Sandbox set-up (bubblewrap/seccomp: "auto", "require" or "off"; Python command). */
  sandbox?: Omit<SandboxOptions, "workers">;
  /** Bootstrap settings of the pass@k confidence intervals. */
  bootstrap?: { resamples?: number; seed?: number };
  /**
   * "evalplus": also write the results in EvalPlus's eval_results.json shape, beside the results file
   * (see `evalPlusPathFor`), once every sample has its verdict. Default "jsonl": the results file only.
   */
  format?: "jsonl" | "evalplus";
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
  const limits = resolveLimits(options.limits);
  warmUpSandbox(options.sandbox); // its probes run while the files load
  const problemSet = await loadAnyProblems(
    options.problems,
    options.since === undefined ? {} : { since: options.since },
  );
  // EvalPlus's extra inputs are not judged yet: say so, never let a base verdict pass for HumanEval+'s.
  const withPlus = [...problemSet.problems.values()].filter((problem) => "plus_input" in problem).length;
  if (withPlus > 0) {
    emit({
      type: "warning",
      message: `${withPlus} problems carry EvalPlus's extra inputs (plus_input), which this version of passk does not judge: their verdicts come from the "test" field alone, HumanEval's (EvalPlus's base) verdict, not HumanEval+'s plus verdict`,
    });
  }
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
    fresh: options.fresh ?? false,
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
    judge: JUDGE,
  };
  const earlier = await previousResults(resultsPath, identity, options.fresh ?? false);
  const finished = new Set(earlier.map((record) => record.sample_line));
  const pending = samples.filter((s) => !finished.has(s.line));
  // MultiPL-E's JavaScript/TypeScript run in Node: the Python sandbox's modules say nothing about them.
  const language = problemSet.language;
  if (language !== "js" && language !== "ts") {
    await checkProblemModules(
      options.problems,
      [...new Set(pending.map((s) => s.sample.task_id))].flatMap((id) => problemSet.problems.get(id) ?? []),
      options.sandbox?.python,
    );
  }

  const workers = options.workers ?? availableParallelism();
  const sandboxOptions = { ...options.sandbox, workers: Math.max(1, Math.min(workers, pending.length)) };
  const sandbox =
    language === "js" || language === "ts"
      ? await createNodeSandbox({ ...sandboxOptions, language, memoryBytes: limits.memoryBytes })
      : await createSandbox(sandboxOptions);
  // From here on, every way out closes the sandbox: its servers must never outlive a failed call.
  try {
    const manifest = {
      passk: VERSION,
      identity,
      samples: options.samples,
      problems: options.problems,
      ...(problemSet.set ? { set: { ...problemSet.set, sha256: problemSet.sha256 } } : {}),
      results: resultsPath,
      isolation: sandbox.isolation,
      workers: sandbox.workers,
      dedup: options.dedup ?? true,
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      started: new Date().toISOString(),
    };
    writeManifest(manifestPath, manifest);
    for (const note of sandbox.isolation.notes) emit({ type: "warning", message: note });

    const problemOf = (taskId: string): Problem => {
      const problem = problemSet.problems.get(taskId);
      if (!problem) throw new Error(`unvalidated task_id ${taskId}`); // loadSamples checked it
      return problem;
    };
    const programs = pending.map(({ sample }) => buildProgram(problemOf(sample.task_id), sample));
    // Each problem's request is built once, not per sample.
    const dataRuns = new Map<string, DataRun>();
    for (const [taskId, problem] of problemSet.problems) {
      if (problem.data) dataRuns.set(taskId, dataRun(problem.data));
    }
    const split = splitJudge(sandbox, limits);
    const execute = (loaded: LoadedSample, program: string): Promise<Execution> => {
      const problem = problemOf(loaded.sample.task_id);
      const run = dataRuns.get(problem.task_id);
      if (problem.data && run) return runDataCases(sandbox, program, problem.data, limits, run);
      return split.run(problem, buildSplit(problem, loaded.sample), program);
    };
    const unique = new Set(pending.map((s, i) => `${s.sample.task_id}\0${programs[i]}`)).size;
    emit({
      type: "start",
      total: samples.length,
      alreadyDone: samples.length - pending.length,
      toRun: pending.length,
      unique: options.dedup === false ? pending.length : unique,
      isolation: sandbox.isolation,
    });

    const appender = new JsonlAppender(resultsPath);
    let executed = 0;
    let deduplicated = 0;
    let done = samples.length - pending.length;
    try {
      const cache = new Map<string, Promise<Execution>>();
      const runOne = async (index: number): Promise<void> => {
        const loaded = pending[index] as LoadedSample;
        const program = programs[index] as string;
        const key = `${loaded.sample.task_id}\0${program}`;
        let execution = options.dedup === false ? undefined : cache.get(key);
        if (execution) deduplicated++;
        else {
          executed++;
          execution = execute(loaded, program);
          if (options.dedup !== false) cache.set(key, execution);
        }
        const record = toRecord(loaded, await execution, sandbox);
        appender.append(record);
        done++;
        emit({ type: "result", done, total: samples.length, record });
      };
      // Every execution settles before the results file and the sandbox close, even after a failure.
      await runBounded(
        pending.keys(),
        {
          concurrency: sandbox.workers * 2,
          ...(options.signal ? { signal: options.signal } : {}),
        },
        runOne,
      );
    } finally {
      appender.close();
      await sandbox.close();
    }

    const summary = await summarize(
      resultsPath,
      problemSet.problems.size,
      options.k ?? DEFAULTS.k,
      options.bootstrap,
    );
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
    await sandbox.close();
    throw error;
  }
}

function toRecord(loaded: LoadedSample, execution: Execution, sandbox: Sandbox): ResultRecord {
  const record: ResultRecord = {
    ...loaded.sample,
    result: execution.result,
    passed: execution.status === "passed",
    status: execution.status,
    cpu_time: execution.cpu,
    wall_time: execution.wall,
    sample_line: loaded.line,
    isolation: sandbox.isolation.level,
  };
  if (execution.verdict) record.verdict = execution.verdict;
  if (execution.limit) record.time_limit = execution.limit;
  if (execution.output) record.output = execution.output;
  return record;
}

/** pass@k and counts, recomputed from the results file (the single source of truth). */
async function summarize(
  resultsPath: string,
  problemCount: number,
  ks: readonly number[] | "all",
  bootstrap: EvaluateOptions["bootstrap"],
): Promise<
  Pick<EvaluationSummary, "samples" | "problems" | "problemsWithoutSamples" | "passAtK" | "statuses">
> {
  const lines = await readJsonl(resultsPath, { allowTornLastLine: true, allowEmpty: true });
  const perProblem = new Map<string, { n: number; c: number }>();
  const written = STATUSES.filter((s) => !LEGACY_STATUSES.has(s));
  const statuses = Object.fromEntries(written.map((s) => [s, 0])) as StatusCounts;
  for (const line of lines) {
    if ("error" in line) continue;
    const record = line.value as ResultRecord;
    const counts = perProblem.get(record.task_id) ?? { n: 0, c: 0 };
    counts.n++;
    if (record.passed) counts.c++;
    perProblem.set(record.task_id, counts);
    statuses[record.status] = (statuses[record.status] ?? 0) + 1;
  }
  const counts = [...perProblem].map(([taskId, { n, c }]) => ({ taskId, n, c }));
  return {
    samples: lines.length,
    problems: perProblem.size,
    problemsWithoutSamples: problemCount - perProblem.size,
    statuses,
    passAtK: passAtKTable(counts, ks === "all" ? everyK(counts) : ks, bootstrap),
  };
}

function summaryForManifest(summary: EvaluationSummary): Record<string, unknown> {
  return {
    ...flatPassAtK(summary.passAtK),
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
