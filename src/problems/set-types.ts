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
  /** Harvested problems: project code the entry point uses, placed before the signature. */
  helpers?: string;
  /** Harvested problems: where the function came from (`passk harvest`, docs/harvest.md). */
  provenance?: Provenance;
}

/** Where a harvested problem came from. */
export interface Provenance {
  project: string;
  file: string;
  function: string;
  line: number;
  /** The commit checked out in the project's repository, or null when unknown. */
  commit: string | null;
  test_command: string;
  /** Calls recorded while the tests ran, and how many distinct ones were data. */
  calls: number;
  distinct_calls: number;
  /** Set when kept despite failing the mutation gate (`--keep-weak`): the gate's finding. */
  weak?: string;
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
}
