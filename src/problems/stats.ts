// Counts that describe a set: problems, tests per problem, difficulty and tag histograms.
import type { PasskSet } from "./set-types.js";

/** The numbers `passk problems stats` prints. */
export interface SetStats {
  name: string;
  version: string;
  sha256: string;
  problems: number;
  tests: { total: number; min: number; mean: number; max: number };
  difficulty: Record<string, number>;
  tags: Record<string, number>;
}

/** Computes the stats of a loaded set. */
export function setStats(set: PasskSet): SetStats {
  const counts = set.problems.map((p) => p.tests.length);
  const total = counts.reduce((a, b) => a + b, 0);
  const difficulty: Record<string, number> = { easy: 0, medium: 0, hard: 0 };
  const tags: Record<string, number> = {};
  for (const problem of set.problems) {
    difficulty[problem.spec.difficulty] = (difficulty[problem.spec.difficulty] ?? 0) + 1;
    for (const tag of problem.spec.tags) tags[tag] = (tags[tag] ?? 0) + 1;
  }
  const sortedTags = Object.fromEntries(
    Object.entries(tags).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  );
  return {
    name: set.manifest.name,
    version: set.manifest.version,
    sha256: set.sha256,
    problems: set.problems.length,
    tests: {
      total,
      min: counts.length ? Math.min(...counts) : 0,
      mean: counts.length ? total / counts.length : 0,
      max: counts.length ? Math.max(...counts) : 0,
    },
    difficulty,
    tags: sortedTags,
  };
}
