// What a family generator makes for one problem: the files of a problem folder, as values.
import type { ProblemSpec, TestCase } from "../set-types.js";
import type { SolutionText } from "./wrong.js";

/** One generated problem: problem.json (its `added` date is the generator's), solution.py, tests.json, wrong/, alt/. */
export interface GeneratedProblem {
  spec: Omit<ProblemSpec, "added">;
  solution: string;
  tests: TestCase[];
  /** wrong/*.py: plausible mistakes that fail some test (wrong.ts). */
  wrong: SolutionText[];
  /** alt/*.py: correct solutions written differently. */
  alt: SolutionText[];
}
