// What an evaluation produces: one record per sample, progress events, and the final summary.
import type { PassAtKTable } from "../metrics/table.js";
import type { ExecStatus, Isolation, Limits, VerdictMode } from "../sandbox/types.js";
import type { SkippedLine } from "./samples.js";

/** One line of the results file: the sample's own fields, then the verdict and passk's fields. */
export interface ResultRecord {
  task_id: string;
  [field: string]: unknown;
  /** "passed", "timed out" or "failed: <message>", as the reference harness writes. */
  result: string;
  passed: boolean;
  status: ExecStatus;
  /** CPU seconds the sample used (user + system). */
  cpu_time: number;
  /** Wall-clock seconds. */
  wall_time: number;
  /** Line of the samples file this record is for (1-based). */
  sample_line: number;
  isolation: Isolation["level"];
  /**
   * Which process judged the sample: "split" (the test ran apart from the sample, which only
   * answered calls as data) and "data" (outputs compared outside) cannot be forged by the sample;
   * "in-process" (the test ran in the sample's interpreter, as the reference harness runs it) can.
   */
  verdict?: VerdictMode;
  /**
   * EvalPlus problems (docs/evalplus.md): `passed`, `result` and `status` are the plus verdict (base
   * and extra inputs); these are the verdict on the base inputs alone.
   */
  base_passed?: boolean;
  base_result?: string;
  /** EvalPlus problems: indices of the base (extra) inputs that failed (the first only, without --test-details). */
  base_failed_inputs?: number[];
  plus_failed_inputs?: number[];
}

/** A problem whose test could not be split, so its samples were judged in-process. */
export interface InProcessProblem {
  task_id: string;
  reason: string;
}

/** Events an evaluation reports while it runs, for progress displays. */
export type EvaluateEvent =
  | { type: "start"; total: number; alreadyDone: number; toRun: number; unique: number; isolation: Isolation }
  | { type: "result"; done: number; total: number; record: ResultRecord }
  | { type: "warning"; message: string }
  /** Something a person should know about how the input was read (its format, a field chosen). */
  | { type: "note"; message: string };

/** Counts of records per status. */
export type StatusCounts = Record<ExecStatus, number>;

/** The outcome of `evaluate()`, from the results file's records. */
export interface EvaluationSummary {
  samplesPath: string;
  problemsPath: string;
  resultsPath: string;
  manifestPath: string;
  /** Number of result records (samples evaluated, including earlier runs that were resumed). */
  samples: number;
  /** Problems with at least one sample. */
  problems: number;
  /** Problems of the problem file without any sample (excluded from pass@k). */
  problemsWithoutSamples: number;
  /** pass@k of the records' `passed`: for EvalPlus problems, the plus verdict (base and extra inputs). */
  passAtK: PassAtKTable;
  /** EvalPlus problems: pass@k on the base inputs alone (`base_passed`), beside `passAtK` (plus). */
  passAtKBase?: PassAtKTable;
  statuses: StatusCounts;
  /** Bad sample lines left out with `skipInvalid`. */
  skipped: SkippedLine[];
  /** Programs actually executed in this invocation (after deduplication and resume). */
  executed: number;
  /** Samples answered from an identical program's execution in this invocation. */
  deduplicated: number;
  /** Records found in the results file from an earlier, interrupted run. */
  resumed: number;
  isolation: Isolation;
  limits: Limits;
  /** Seconds this invocation took. */
  elapsedSeconds: number;
  /** Problems judged in-process in this invocation (their tests could not be split), with why. */
  inProcess: InProcessProblem[];
  /** True when stopped by the abort signal before every sample had a result. */
  interrupted: boolean;
  /** With `format: "evalplus"`: where EvalPlus's eval_results.json goes, and whether it was written (not when interrupted). */
  evalplusResults?: { path: string; written: boolean };
}
