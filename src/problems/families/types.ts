// What a family generator makes for one problem: the three files of a problem folder, as values.
import type { ProblemSpec, TestCase } from "../set-types.js";

/** One generated problem: problem.json, solution.py and tests.json of its folder. */
export interface GeneratedProblem {
  spec: ProblemSpec;
  solution: string;
  tests: TestCase[];
}
