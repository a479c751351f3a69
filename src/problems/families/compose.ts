// compose-N: one problem chains N distinct building blocks (blocks.ts) into one docstring. The
// canonical solution applies the blocks' statements in order; the tests are the chain applied to
// fixed edge cases and to random ASCII strings. Only N changes with difficulty: the wording, the
// entry point, the example input and the kinds of test input are the same for every N.
import type { ProblemSpec, TestCase } from "../set-types.js";
import { allowedChain, BLOCKS, type Block } from "./blocks.js";
import type { Random } from "./random.js";
import type { GeneratedProblem } from "./types.js";

/** Inputs every problem is tested on: empty, tiny, vowels only, digits only, runs of spaces, a sentence. */
const EDGE_CASES = [
  "",
  "a",
  "Hi",
  "AEIOU aeiou",
  "0123456789",
  "x  y   z",
  "The 3 quick Brown foxes, 42 jumps!",
];
const EXAMPLE = "Hello World 2024!";
const RANDOM_TESTS = 12;
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const UPPER = LOWER.toUpperCase();
const DIGITS = "0123456789";
const PUNCTUATION = ".,!?-";

/** The largest N: every block at most once per chain. */
export const COMPOSE_MAX_N = BLOCKS.length;

/** One compose-N problem drawn from `random`. */
export function composeProblem(id: string, n: number, random: Random): GeneratedProblem {
  let chain: Block[];
  do chain = random.shuffled(BLOCKS).slice(0, n);
  while (!allowedChain(chain.map((block) => block.id)));
  const run = (s: string) => chain.reduce((value, block) => block.apply(value), s);
  const inputs = [...EDGE_CASES, ...Array.from({ length: RANDOM_TESTS }, () => randomText(random))];
  const tests: TestCase[] = inputs.map((input, i) => ({
    args: [input],
    expected: run(input),
    ...(i < EDGE_CASES.length ? { note: "edge case" } : {}),
  }));
  const steps = chain.map(
    (block, i) => `${i === 0 ? "first" : "then"}, ${block.description}${i === n - 1 ? "." : ";"}`,
  );
  const spec: ProblemSpec = {
    id,
    title: `Chain ${n} string step${n === 1 ? "" : "s"}`,
    entry_point: "transform",
    signature: "def transform(s: str) -> str:",
    description: [
      "Transform the string s with the following steps, in this order:",
      ...steps,
      "Return the transformed string.",
    ].join("\n"),
    examples: [{ args: [EXAMPLE], expected: run(EXAMPLE) }],
    tags: ["strings"],
    difficulty: n <= 2 ? "easy" : n <= 5 ? "medium" : "hard",
  };
  const body = [...chain.map((block) => `    ${block.python}`), "    return s"];
  return {
    spec,
    solution: `${spec.signature}\n${body.join("\n")}\n`,
    tests,
  };
}

/** Printable ASCII text: mostly lower case, with capitals, digits, spaces and punctuation. */
function randomText(random: Random): string {
  const length = random.int(6, 28);
  let text = "";
  for (let i = 0; i < length; i++) {
    const roll = random.int(0, 99);
    const pool = roll < 45 ? LOWER : roll < 65 ? UPPER : roll < 77 ? DIGITS : roll < 92 ? " " : PUNCTUATION;
    text += random.pick(pool.split(""));
  }
  return text;
}
