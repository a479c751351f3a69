// The harvest report: every function the traced runs saw, and why it was kept or dropped. Written as
// harvest-report.json in the set folder and printed by `passk harvest`.
import type { DropCode } from "./decide.js";

/** One traced run of the test command. */
export interface RunReport {
  exit: number | null;
  signal: number | null;
  seconds: number;
  /** The end of what the tests printed. */
  outputTail: string;
  /** Project functions seen, and their calls. */
  functions: number;
  calls: number;
  /** What the launcher or the trace reader skipped (unreadable trace files, caps reached). */
  notes: string[];
}

/** One function seen. */
export interface FunctionReport {
  /** `<module>.<name>`. */
  function: string;
  file: string;
  line: number;
  /** Calls seen in the first run. */
  calls: number;
  /** Distinct argument lists recorded in the first run (returned or raised). */
  distinct: number;
  /** Calls that ended in an exception. */
  raised: number;
  /** Calls not recorded, by reason (arguments not data, keyword arguments, …). */
  skipped: Record<string, number>;
  decision: "kept" | "kept-weak" | "dropped";
  /** Why dropped (or, for kept-weak, flagged); null when kept. */
  code: DropCode | null;
  reason: string;
  /** Project helpers put in the prompt. */
  helpers: string[];
  /** Tests written (for the functions that reached the check). */
  tests: number;
  /** Share of mutants the tests killed (for the functions that reached the check). */
  killRate?: number;
  /** The problem's task id when kept. */
  taskId: string | null;
}

/** The whole report. */
export interface HarvestReport {
  version: 1;
  project: string;
  commit: string | null;
  testCommand: string;
  python: string;
  set: string;
  /** The set folder written, or null when no function was kept (nothing written). */
  out: string | null;
  rules: {
    minCalls: number;
    maxTests: number;
    allowUndocumented: boolean;
    standaloneOnly: boolean;
    keepWeak: boolean;
    maxHelperLines: number;
  };
  runs: RunReport[];
  functions: FunctionReport[];
  summary: {
    seen: number;
    kept: number;
    keptWeak: number;
    dropped: Partial<Record<DropCode, number>>;
  };
}
