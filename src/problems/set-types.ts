// The shape of a passk problem set (docs/problem-format.md) once loaded and validated.
import type { Value } from "./values.js";

/** One test case: `entry_point(*args)` must equal `expected`. */
export interface TestCase {
  args: Value[];
  expected: Value;
  note?: string;
}

export type Difficulty = "easy" | "medium" | "hard";

/** problem.json. */
export interface ProblemSpec {
  id: string;
  title: string;
  entry_point: string;
  signature: string;
  imports?: string[];
  description: string;
  examples: TestCase[];
  tags: string[];
  difficulty: Difficulty;
  checker?: "exact" | "unordered";
  tolerance?: number;
  equivalent_mutants?: Record<string, string>;
}

/** A problem folder. */
export interface SetProblem {
  /** `<set>/<id>`. */
  taskId: string;
  dir: string;
  spec: ProblemSpec;
  /** solution.py as written. */
  solution: string;
  tests: TestCase[];
}

/** set.json. */
export interface SetManifest {
  name: string;
  version: string;
  description: string;
}

/** A loaded set: its manifest, problems in id order, and a hash of every file's content. */
export interface PasskSet {
  root: string;
  manifest: SetManifest;
  problems: SetProblem[];
  /** SHA-256 over every file of the set (paths and contents): results are only comparable on the same hash. */
  sha256: string;
  /** For a generated family (problems/families/): its full spec, from which it was generated. */
  generated?: string;
}
