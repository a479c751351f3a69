// Flags near-duplicate problems in a set: pairs whose descriptions, or whose solutions, share most
// of their words (Jaccard similarity of word sets).
import type { SetProblem } from "./set-types.js";

/** A pair of problems that look alike, and how much. */
export interface NearDuplicate {
  a: string;
  b: string;
  description: number;
  solution: number;
}

/** Similarity above which a pair is flagged. */
export const DESCRIPTION_THRESHOLD = 0.5;
export const SOLUTION_THRESHOLD = 0.75;

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z_][a-z0-9_]*/g) ?? []);
}

/** |A ∩ B| / |A ∪ B|. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Every pair above either threshold, most similar first. */
export function findNearDuplicates(problems: readonly SetProblem[]): NearDuplicate[] {
  const profiles = problems.map((p) => ({
    id: p.taskId,
    description: words(p.spec.description),
    solution: words(p.solution),
  }));
  const pairs: NearDuplicate[] = [];
  for (let i = 0; i < profiles.length; i++) {
    for (let j = i + 1; j < profiles.length; j++) {
      const a = profiles[i] as (typeof profiles)[number];
      const b = profiles[j] as (typeof profiles)[number];
      const description = jaccard(a.description, b.description);
      const solution = jaccard(a.solution, b.solution);
      if (description >= DESCRIPTION_THRESHOLD || solution >= SOLUTION_THRESHOLD) {
        pairs.push({ a: a.id, b: b.id, description, solution });
      }
    }
  }
  return pairs.sort((x, y) => Math.max(y.description, y.solution) - Math.max(x.description, x.solution));
}
