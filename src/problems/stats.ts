// Numbers that describe a set: problems, difficulty and tag histograms, prompt length, solution
// length, tests per problem, dates, wrong and alternative solutions; and the same length and test
// figures for any HumanEval-format file, so that a set can be read side by side with HumanEval.
import { toHumanEval } from "./render.js";
import type { PasskSet } from "./set-types.js";
import type { Problem } from "./types.js";

/** Smallest, median, mean and largest of some counts (all 0 when there are none). */
export interface Spread {
  min: number;
  median: number;
  mean: number;
  max: number;
}

/** The figures measured the same way on a passk set and on a HumanEval file. */
export interface ShapeStats {
  problems: number;
  /** Whitespace-separated words of the prompt as a model sees it (imports, signature, docstring, examples). */
  promptWords: Spread;
  /** Non-blank lines of the canonical solution's body. */
  solutionLines: Spread;
  /** Test cases per problem (for a HumanEval file: `assert` lines in its check(), which is close). */
  tests: Spread & { total: number };
}

/** The numbers `passk problems stats` prints. */
export interface SetStats extends ShapeStats {
  name: string;
  version: string;
  sha256: string;
  since?: string;
  difficulty: Record<string, number>;
  tags: Record<string, number>;
  /** The earliest and latest `added` dates. */
  added: { first: string; last: string };
  /** Wrong and alternative solutions (wrong/, alt/) in all. */
  wrong: number;
  alt: number;
}

/** Spread of `counts`. */
export function spread(counts: readonly number[]): Spread {
  if (counts.length === 0) return { min: 0, median: 0, mean: 0, max: 0 };
  const sorted = [...counts].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return {
    min: sorted[0] as number,
    median,
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
    max: sorted[sorted.length - 1] as number,
  };
}

const words = (text: string) => text.split(/\s+/).filter((w) => w !== "").length;
const lines = (text: string) => text.split("\n").filter((line) => line.trim() !== "").length;

/** Prompt and solution length of HumanEval-format problems; tests counted by `count` of each. */
export function shapeStats(problems: readonly Problem[], count: (problem: Problem) => number): ShapeStats {
  const tests = problems.map(count);
  return {
    problems: problems.length,
    promptWords: spread(problems.map((p) => words(p.prompt))),
    solutionLines: spread(problems.map((p) => lines(p.canonical_solution))),
    tests: { ...spread(tests), total: tests.reduce((a, b) => a + b, 0) },
  };
}

/** The `assert` lines of a HumanEval-format check(): its test count, nearly always. */
export function assertCount(problem: Problem): number {
  return (problem.test.match(/^\s*assert\b/gm) ?? []).length;
}

/** Computes the stats of a loaded set. */
export function setStats(set: PasskSet): SetStats {
  const difficulty: Record<string, number> = { easy: 0, medium: 0, hard: 0 };
  const tags: Record<string, number> = {};
  for (const problem of set.problems) {
    difficulty[problem.spec.difficulty] = (difficulty[problem.spec.difficulty] ?? 0) + 1;
    for (const tag of problem.spec.tags) tags[tag] = (tags[tag] ?? 0) + 1;
  }
  const sortedTags = Object.fromEntries(
    Object.entries(tags).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  );
  const tests = new Map(set.problems.map((p) => [p.taskId, p.tests.length]));
  const dates = set.problems.map((p) => p.spec.added).sort();
  return {
    name: set.manifest.name,
    version: set.manifest.version,
    sha256: set.sha256,
    ...(set.since === undefined ? {} : { since: set.since }),
    ...shapeStats(set.problems.map(toHumanEval), (p) => tests.get(p.task_id) ?? 0),
    difficulty,
    tags: sortedTags,
    added: { first: dates[0] ?? "", last: dates[dates.length - 1] ?? "" },
    wrong: set.problems.reduce((n, p) => n + p.wrong.length, 0),
    alt: set.problems.reduce((n, p) => n + p.alt.length, 0),
  };
}
