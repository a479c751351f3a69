// The shape of a problem set as the rest of passk sees it, once loaded and validated.

import type { EvalPlusInputs } from "./evalplus.js";
import type { ProgramData } from "./program-types.js";
import type { TestCase } from "./set-types.js";

/** The language a problem's program is written in ("py" when absent). */
export type Language = "py" | "js" | "ts";

/**
 * One problem in HumanEval's format. The program run for a sample is
 * `prompt + completion + "\n" + test + "\n" + "check(" + entry_point + ")"`.
 * Other fields (EvalPlus's `base_input`, `plus_input`, `atol`, `contract`, …) are kept as they are.
 */
export interface Problem {
  /** Unique within the set, for example "HumanEval/0". */
  task_id: string;
  /** Function signature and docstring given to the model. */
  prompt: string;
  /** Name of the function under test, passed to `check`. */
  entry_point: string;
  /** Reference solution (the body after the prompt); "" when the file has none. */
  canonical_solution: string;
  /** Python source defining `check(candidate)` (for MBPP+, made from its `assertion`). */
  test: string;
  /** Present for passk sets: the tests as data, run in data mode instead of `test`. */
  data?: ProblemData;
  /** Present for program problems (stdin → stdout, or a LeetCode-style call): their tests and judge. */
  program?: ProgramData;
  /** Present for EvalPlus problems: judged on these inputs as EvalPlus does, not by `test`. */
  evalplus?: EvalPlusInputs;
  /**
   * Absent for Python. MultiPL-E's JavaScript/TypeScript problems (the program is
   * `prompt + completion + "\n" + test`), or a passk problem rendered in TypeScript (with `data`).
   */
  language?: Language;
  [extra: string]: unknown;
}

/** Tests as data (passk sets): judged outside the sandbox by comparing outputs. */
export interface ProblemData {
  entryPoint: string;
  tests: TestCase[];
  checker: "exact" | "unordered";
  tolerance?: number;
}

/** A loaded problem file. */
export interface ProblemSet {
  /** The file the problems were read from, as given. */
  path: string;
  /** Problems by task_id, in file order. */
  problems: Map<string, Problem>;
  /** SHA-256 (hex) of the file's bytes as read from disk (compressed, for a .gz), to record which data a run used. */
  sha256: string;
  /**
   * For a passk set: its name and version (results are only comparable on the same version and hash),
   * `since` when only the problems added on or after that date were loaded, and, for an imported
   * program set, how it was imported (set.json's `source`).
   */
  set?: { name: string; version: string; since?: string; source?: Record<string, unknown> };
  /** Task ids of the set left out by `since`: samples of these are set aside, not refused. */
  excluded?: Set<string>;
  /** The problems' language when it is not Python (every problem of a file has the same). */
  language?: Language;
  /** A rendering of a passk set in another language: the set's own sha256 (same problems and tests). */
  renderedFrom?: string;
  /** The set's own stop sequences for completion mode (MultiPL-E's `stop_tokens`), instead of the Codex paper's. */
  stop?: string[];
}
