// Program problems (docs/problem-format.md, "Program problems"): contest problems whose sample is a
// whole program reading stdin and writing stdout ("stdio"), or LeetCode-style problems whose sample
// defines a function or a `class Solution` method from starter code ("call"). Their tests are data:
// (input, expected output) pairs or (arguments, expected value) pairs, compared outside the sandbox.
import type { Value } from "./values.js";

/** How a program problem's printed outputs are compared (evaluate/output-judge.ts). */
export interface OutputJudge {
  /** "tokens" (default): the same words after splitting on whitespace; "float": numbers within the
   * tolerance; "exact": the same text. */
  compare: "tokens" | "float" | "exact";
  /** "float" mode: |got − expected| ≤ tolerance × max(1, |expected|); default 1e-6; 0: the same
   * decimal number ("1.50" equals "1.5"). */
  tolerance?: number;
}

/** Where a test came from, when the source says (CodeContests' three lists). */
export type TestOrigin = "public" | "private" | "generated";

/** One test of a stdio problem: the program reads `input` and must print `output`. */
export interface StdioTest {
  input: string;
  output: string;
  origin?: TestOrigin;
}

/** One test of a call problem: the function called on `args` must return `expected`. */
export interface CallTest {
  args: Value[];
  expected: Value;
  origin?: TestOrigin;
}

/** The function a call problem's sample must define: a method of `className`, or a top-level one. */
export interface CallTarget {
  name: string;
  /** "Solution" for LeetCode's starter code: each test calls `Solution().<name>(*args)` on a fresh object. */
  className?: string;
  /**
   * APPS's reading of its outputs: an expected one-element list also accepts its element (APPS's
   * call-based outputs are written both ways).
   */
  unwrapSingle?: boolean;
}

/** Limits a problem declares for each test; passk's defaults apply where it declares none. */
export interface ProgramLimits {
  /** CPU seconds per test. */
  timeLimit?: number;
  /** Bytes of address space per test. */
  memoryLimit?: number;
}

/** A program problem's statement, tests and judge, as `Problem.program`. */
export type ProgramData = ProgramLimits & {
  /** The statement as the source gives it (chat mode sends it as it is). */
  statement: string;
  /** Starter code, when the problem has some. */
  starterCode?: string;
} & (
    | { kind: "stdio"; tests: StdioTest[]; judge: OutputJudge }
    | { kind: "call"; tests: CallTest[]; call: CallTarget; judge: { tolerance?: number } }
  );

/** Where an imported problem came from. */
export interface ProblemSource {
  /** The format it was imported from: "apps", "codecontests", "livecodebench". */
  format: string;
  /** Its id in the source (APPS folder, CodeContests name, LiveCodeBench question_id). */
  id: string;
  platform?: string;
  url?: string;
  contest_id?: string;
}

/** problem.json of a program problem. */
export interface ProgramSpec {
  id: string;
  title: string;
  kind: "stdio" | "call";
  /** The problem statement, as the source gives it. */
  statement: string;
  /** Code the answer starts from (LeetCode's `class Solution:` with the method's signature). */
  starter_code?: string;
  /** Call problems: the function to call. */
  call?: CallTarget;
  judge?: OutputJudge;
  time_limit?: number;
  memory_limit?: number;
  difficulty?: string;
  tags?: string[];
  /** The day the problem was first used in a contest (YYYY-MM-DD), when known. */
  contest_date?: string;
  source: ProblemSource;
}
