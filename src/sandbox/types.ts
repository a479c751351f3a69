// Shapes shared by the sandbox pieces: limits in, executions out, the isolation in force.
import { DEFAULTS } from "../defaults.js";

/**
 * What can happen to one program, decided by the fork server from what it observed, in the order
 * summaries and reports list them: the one list of statuses.
 */
export const STATUSES = ["passed", "failed", "timeout", "oom", "crashed", "error"] as const;

/** One of {@link STATUSES}. */
export type ExecStatus = (typeof STATUSES)[number];

/**
 * Statuses only read from files of earlier versions, and shown only when present. "oom": a
 * MemoryError is a failure like any other (a sample can raise one itself, so it cannot choose its label).
 */
export const LEGACY_STATUSES: ReadonlySet<ExecStatus> = new Set(["oom"]);

/** Limits applied to each sample. See README "What the time limit means". */
export interface Limits {
  /**
   * CPU seconds (user + system, every process and thread of the sample counted by the kernel) the
   * sample may use; the reference harness's default is 3.0.
   */
  timeout: number;
  /** Wall-clock backstop in seconds for samples that sleep or block (default 2 × timeout). */
  wallTimeout: number;
  /** Address-space limit in bytes (RLIMIT_AS). */
  memoryBytes: number;
  /** Largest file the sample may write, in bytes (RLIMIT_FSIZE). */
  fileSizeBytes: number;
  /** Process/thread limit (RLIMIT_NPROC), applied when children run under their own uid (one per worker). */
  processes: number;
  /** Bytes of stdout+stderr kept per sample; the rest is discarded. */
  outputBytes: number;
}

/** The default limits: 3 s of CPU like the reference, 1 GiB of memory (DEFAULTS.timeout, .memory). */
export const DEFAULT_LIMITS: Limits = {
  timeout: DEFAULTS.timeout,
  wallTimeout: 2 * DEFAULTS.timeout,
  memoryBytes: DEFAULTS.memory,
  fileSizeBytes: 16 * 1024 ** 2,
  processes: 256,
  outputBytes: 2 * 1024,
};

/**
 * Tests as data: after the program runs, the child calls `entryPoint(*args)` for each input (JSON
 * text of an argument list, in the encoding of docs/problem-format.md) and returns the outputs.
 * The child never sees expected values; the caller compares.
 */
export interface DataRun {
  entryPoint: string;
  inputs: string[];
  /** An EvalPlus run (docs/evalplus.md): `inputs` are then the dataset's own JSON texts. */
  evalplus?: EvalPlusRun;
}

/** How an EvalPlus run calls the entry point and reports its outputs. */
export interface EvalPlusRun {
  /** MBPP+ task number: the inputs are rebuilt as EvalPlus's MBPP+ loader does. */
  mbppTask?: number;
  /** CPU seconds each input may take (EvalPlus's per-input limits); none: only the run's limit. */
  caseLimits?: number[];
  /** Stop at the first input that raises (the verdict is decided there). */
  stopOnError: boolean;
  /** Outputs larger than this (bytes) come back as a digest instead of a value. */
  digestAbove: number;
  /** The canonical solution's run: per-input CPU times, and what the judge needs of digests. */
  reference?: boolean;
}

/**
 * A HumanEval-style test run split in two processes: the sample's module (`prompt + completion`, or
 * a whole `solution`) in one, the test (`prompt + "\n" + test`, then `check(entryPoint)`) in another
 * where `candidate` is a proxy whose calls cross to the sample as data. The sample cannot reach the
 * test's interpreter, its verdict or its expected values.
 */
export interface SplitRun {
  module: string;
  prompt: string;
  test: string;
  entryPoint: string;
}

/**
 * A program problem's tests (stdin → stdout): the program runs once per input, each time in a fresh
 * process that reads only that input. What it printed comes back; the caller compares it with the
 * expected output, which no sandboxed process ever holds.
 */
export interface StdioRun {
  /** Per test: its stdin; or, with `entryPoint`, the JSON text of its argument list. */
  inputs: string[];
  /**
   * A call problem: each run executes the program as a module and calls this function on the test's
   * arguments (its result comes back as `case`, as in data runs); stdin is empty.
   */
  entryPoint?: string;
  /** Per input: the most bytes of stdout kept; one more and the run ends ("output"). */
  stdoutCaps: number[];
  /**
   * Address space of each run (RLIMIT_AS), when the problem declares its own: at most the limits'
   * `memoryBytes`, which the sandbox keeps for every kind of run.
   */
  memoryBytes?: number;
}

/** How one run of a program on one test's input ended ("ok": normally, exit status 0). */
export type RunEnd = "ok" | "timeout" | "output" | "signal" | "runtime" | "error";

/** One run of a program problem's sample on one test's input. */
export interface TestRun {
  end: RunEnd;
  /** What it printed on stdout (up to its cap), as UTF-8 (invalid bytes replaced). */
  stdout: string;
  cpu: number;
  wall: number;
  exit_code: number;
  /** "runtime": the last line of the uncaught exception, if any; "signal": the signal's name. */
  message?: string;
  /** Call problems: `{"ok": <value>}` or `{"error": "<Type>: <msg>"}`, as in data runs. */
  case?: string;
  limit?: "cpu" | "wall";
}

/** How a verdict was reached: which process ran the test. */
export type VerdictMode = "split" | "in-process" | "data";

/** The outcome of running one program in the sandbox. */
export interface Execution {
  status: ExecStatus;
  /** The reference harness's string: "passed", "timed out" or "failed: <message>". */
  result: string;
  /** CPU seconds (user + system) the sample's processes used, as the kernel counted them. */
  cpu: number;
  /** Wall-clock seconds from fork to exit. */
  wall: number;
  /** Exit code of the child (negative: killed by that signal); null when it never ran (compile error). */
  exitCode: number | null;
  /** Which process decided: "split" and "data" cannot be forged by the sample, "in-process" can. */
  verdict?: VerdictMode;
  /**
   * Split runs only: set when the test could not be split (an argument that is not data, or a test
   * that inspects the candidate): the reason. The caller decides whether to run it in-process.
   */
  unsplittable?: string;
  /** Which limit ended a timed-out sample. */
  limit?: "cpu" | "wall";
  /** EvalPlus runs: the input whose own time limit ended the run. */
  caseTimeout?: number;
  /** The first `outputBytes` of what the sample printed. */
  output: string;
  /**
   * Data runs only: one JSON text per case reached, `{"ok": <value>}` or `{"error": "<Type>: <msg>"}`.
   * With status "passed" every case was reached (whether the outputs are right is the caller's call).
   */
  cases?: string[];
  /** Stdio runs only: one entry per test run, in order, up to the first that did not end normally. */
  tests?: TestRun[];
}

/** How strongly samples are isolated from the machine; recorded with every run. */
export type IsolationLevel = "bubblewrap+seccomp" | "bubblewrap" | "seccomp" | "process";

/** The isolation actually in force, with the reasons for anything missing. */
export interface Isolation {
  level: IsolationLevel;
  bubblewrap: boolean;
  seccomp: boolean;
  /** Children run as uid 65534 (only possible when passk runs as root). */
  uidDrop: boolean;
  python: string;
  /** The Node runtime (and TypeScript compiler) of JavaScript/TypeScript samples. */
  node?: string;
  /** Why a layer is missing, for people. Empty at full isolation. */
  notes: string[];
}
