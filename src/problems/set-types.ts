// The shape of a passk problem set (docs/problem-format.md) once loaded and validated.
import type { Value } from "./values.js";

/** One test case: `entry_point(*args)` must equal `expected`. */
export interface TestCase {
  args: Value[];
  expected: Value;
  note?: string;
}

export type Difficulty = "easy" | "medium" | "hard";

/** The topics a problem may be tagged with (docs/problem-format.md). */
export const TAGS = [
  "strings",
  "text",
  "parsing",
  "lists",
  "dicts",
  "sorting",
  "counting",
  "math",
  "number-theory",
  "bits",
  "dates",
  "simulation",
  "greedy",
  "dynamic-programming",
  "recursion",
  "search",
  "graphs",
  "intervals",
  "stacks",
  "geometry",
  "grids",
  "state-machine",
  "harvested",
] as const;
export type Tag = (typeof TAGS)[number];

/** problem.json. */
export interface ProblemSpec {
  id: string;
  title: string;
  entry_point: string;
  signature: string;
  imports?: string[];
  description: string;
  examples: TestCase[];
  tags: Tag[];
  difficulty: Difficulty;
  /** ISO date (YYYY-MM-DD) the problem was added to its set. */
  added: string;
  /** Python boolean expressions over the parameters that every test case must satisfy. */
  preconditions?: string[];
  checker?: "exact" | "unordered";
  tolerance?: number;
  equivalent_mutants?: Record<string, string>;
  /** The same for solution.ts's mutants (the TypeScript gate, src/evaluate/ts-check.ts). */
  equivalent_mutants_ts?: Record<string, string>;
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
  /** solution.ts as written, when the problem has one: its canonical TypeScript solution. */
  solutionTs?: string;
  tests: TestCase[];
  /** wrong/*.py: plausible wrong solutions the tests must fail, each with its `# mistake:` note. */
  wrong: SolutionFile[];
  /** alt/*.py: correct solutions written differently, which must pass. */
  alt: SolutionFile[];
}

/** A whole-program solution kept beside the canonical one (wrong/ or alt/). */
export interface SolutionFile {
  /** `wrong/<name>.py` or `alt/<name>.py`, relative to the problem folder. */
  name: string;
  source: string;
  /** For a wrong solution: the mistake it makes, from its first line. */
  mistake?: string;
}

/** set.json. */
export interface SetManifest {
  name: string;
  version: string;
  description: string;
}

/** A loaded set: its manifest, problems in id order, and a hash of the files that decide verdicts. */
export interface PasskSet {
  root: string;
  manifest: SetManifest;
  problems: SetProblem[];
  /**
   * SHA-256 over set.json and the problem.json, solution.py and tests.json of each problem loaded (paths
   * and contents; `since` too when given): results are only comparable on the same hash.
   */
  sha256: string;
  /** The date given to keep only problems added on or after it. */
  since?: string;
  /** Task ids of the set's problems left out by `since`. */
  excluded: string[];
  /** For a generated family (problems/families/): its full spec, from which it was generated. */
  generated?: string;
}
