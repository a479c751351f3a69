// compose-N: one problem chains N distinct building blocks (blocks.ts) into one docstring. The
// canonical solution applies the blocks' statements in order; the tests are the chain applied to
// fixed edge cases and to random ASCII strings. Only N changes with difficulty: the wording, the
// entry point, the example input and the kinds of test input are the same for every N. Its wrong/
// solutions leave out a step, swap two steps or slip on one (blocks.ts); its alt/ solution writes
// every step another way.
import type { TestCase } from "../set-types.js";
import { allowedChain, BLOCKS, type Block } from "./blocks.js";
import { distinctDraws, type Random } from "./random.js";
import type { GeneratedProblem } from "./types.js";
import { pickWrong, type WrongCandidate } from "./wrong.js";

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

/** One compose-N problem drawn from `random`; its wrong solutions are picked with `picks`. */
export function composeProblem(id: string, n: number, random: Random, picks: Random): GeneratedProblem {
  let chain: Block[];
  do chain = random.shuffled(BLOCKS).slice(0, n);
  while (!allowedChain(chain.map((block) => block.id)));
  const run = (s: string) => chain.reduce((value, block) => block.apply(value), s);
  const inputs = [...EDGE_CASES, ...distinctDraws(RANDOM_TESTS, () => randomText(random), EDGE_CASES)];
  const tests: TestCase[] = inputs.map((input, i) => ({
    args: [input],
    expected: run(input),
    ...(i < EDGE_CASES.length ? { note: "edge case" } : {}),
  }));
  const steps = chain.map(
    (block, i) => `${i === 0 ? "first" : "then"}, ${block.description}${i === n - 1 ? "." : ";"}`,
  );
  const spec: GeneratedProblem["spec"] = {
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
  const program = (steps: readonly { python: string }[]) =>
    `${spec.signature}\n${[...steps.map((step) => `    ${step.python}`), "    return s"].join("\n")}\n`;
  const alt = chain.flatMap((block) => block.alt.map((line) => ({ python: line })));
  return {
    spec,
    solution: program(chain),
    tests,
    wrong: pickWrong(mistakes(chain, program), ["drop", "swap", "slip"], tests, picks),
    alt: [{ name: "other-idioms.py", source: program(alt) }],
  };
}

type Step = Pick<Block, "python" | "apply">;

/** Every mistake proposed for `chain`: a step left out, two neighbours swapped, a slip in one step. */
function mistakes(chain: readonly Block[], program: (steps: readonly Step[]) => string): WrongCandidate[] {
  const candidate = (kind: string, name: string, mistake: string, steps: Step[]): WrongCandidate => ({
    kind,
    name,
    mistake,
    program: program(steps),
    apply: (args) => steps.reduce((value, step) => step.apply(value), args[0] as string),
  });
  const out: WrongCandidate[] = [];
  chain.forEach((block, i) => {
    const step = i + 1;
    out.push(
      candidate("drop", `drop-step-${step}.py`, `leaves out step ${step}: ${block.description}`, [
        ...chain.slice(0, i),
        ...chain.slice(i + 1),
      ]),
    );
    if (i + 1 < chain.length) {
      const swapped: Step[] = [...chain];
      [swapped[i], swapped[i + 1]] = [chain[i + 1] as Block, block];
      out.push(
        candidate(
          "swap",
          `swap-steps-${step}-${step + 1}.py`,
          `does steps ${step} and ${step + 1} in the wrong order`,
          swapped,
        ),
      );
    }
    block.slips.forEach((slip, j) => {
      const slipped: Step[] = [...chain];
      slipped[i] = slip;
      out.push(candidate("slip", `slip-step-${step}-${j + 1}.py`, `step ${step} ${slip.mistake}`, slipped));
    });
  });
  return out;
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
