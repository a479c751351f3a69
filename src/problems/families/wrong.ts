// The wrong/ and alt/ solutions of a generated problem, as the gate asks of every set problem
// (docs/problem-format.md): at least three plausible wrong solutions, each failing some test, and a
// correct one written differently. A family proposes candidate mistakes of a few kinds (a step left
// out, two steps swapped, a wrong constant or operation), each with the results it would give on the
// tests, computed by the family's reference implementation; only candidates that fail some test are
// kept, and they are picked kind by kind in an order drawn from the problem's own stream, so that the
// choice is deterministic and varied. (The gate runs them in the sandbox again: a candidate that the
// reference thinks fails but Python passes would show there.)
import type { TestCase } from "../set-types.js";
import { canonicalJson } from "../values.js";
import type { Random } from "./random.js";

/** Wrong solutions written for each problem (the gate asks for at least 3). */
export const WRONG_PER_PROBLEM = 3;

/** A whole-program solution of wrong/ or alt/: its file name and text. */
export interface SolutionText {
  /** The file name, like `drop-step-2.py`. */
  name: string;
  source: string;
}

/** One mistake a family proposes. */
export interface WrongCandidate {
  /** The kind of mistake: picks go round the kinds in the order the family lists them. */
  kind: string;
  /** The file name, unique within the problem. */
  name: string;
  /** What is wrong, on one line (the file's `# mistake:` line). */
  mistake: string;
  /** The program, without the mistake line. */
  program: string;
  /** What it returns for `args` (the family's reference implementation of the mistake). */
  apply: (args: TestCase["args"]) => TestCase["expected"];
}

/**
 * Up to `WRONG_PER_PROBLEM` candidates that fail some test: one of each kind in `kinds` order, round
 * and round, each kind's candidates in an order drawn from `random`.
 */
export function pickWrong(
  candidates: readonly WrongCandidate[],
  kinds: readonly string[],
  tests: readonly TestCase[],
  random: Random,
): SolutionText[] {
  const fails = (candidate: WrongCandidate) =>
    tests.some((test) => canonicalJson(candidate.apply(test.args)) !== canonicalJson(test.expected));
  const queues = kinds.map((kind) => random.shuffled(candidates.filter((c) => c.kind === kind)));
  const picked: WrongCandidate[] = [];
  while (picked.length < WRONG_PER_PROBLEM && queues.some((queue) => queue.length > 0)) {
    for (const queue of queues) {
      if (picked.length === WRONG_PER_PROBLEM) break;
      // The next candidate of this kind that the tests catch; the others of the kind are passed over.
      while (queue.length > 0) {
        const candidate = queue.shift() as WrongCandidate;
        if (fails(candidate)) {
          picked.push(candidate);
          break;
        }
      }
    }
  }
  return picked.map((c) => ({ name: c.name, source: `# mistake: ${c.mistake}\n${c.program}` }));
}
