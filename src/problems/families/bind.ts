// bind-N: N integer variables, each changed once by its own operation and constant, the operations
// listed in a shuffled order; the result is the list of the new values in the variables' order. The
// difficulty is in binding each operation to the right variable, and N is the only knob: every
// problem has the same wording, the same four kinds of operation drawn with the same odds, constants
// from the same range, and the same kinds of test input, whatever N is.
import type { ProblemSpec, TestCase } from "../set-types.js";
import type { Random } from "./random.js";
import type { GeneratedProblem } from "./types.js";

/** Variable names, in parameter order (no i, j or l: easy to misread). */
const NAMES = ["a", "b", "c", "d", "e", "f", "g", "h", "k", "m"];
/** The largest N. */
export const BIND_MAX_N = NAMES.length;
const EXAMPLE = [2, 5, 3, 8, 1, 7, 4, 6, 9, 10];
const RANDOM_TESTS = 11;

interface Operation {
  /** The docstring's clause for variable `v` and constant `k`. */
  text: (v: string, k: number) => string;
  python: (v: string, k: number) => string;
  apply: (x: number, k: number) => number;
}

const OPERATIONS: readonly Operation[] = [
  { text: (v, k) => `add ${k} to ${v}`, python: (v, k) => `${v} = ${v} + ${k}`, apply: (x, k) => x + k },
  {
    text: (v, k) => `subtract ${k} from ${v}`,
    python: (v, k) => `${v} = ${v} - ${k}`,
    apply: (x, k) => x - k,
  },
  { text: (v, k) => `multiply ${v} by ${k}`, python: (v, k) => `${v} = ${v} * ${k}`, apply: (x, k) => x * k },
  {
    text: (v, k) => `replace ${v} with ${k} minus ${v}`,
    python: (v, k) => `${v} = ${k} - ${v}`,
    apply: (x, k) => k - x,
  },
];

/** One bind-N problem drawn from `random`. */
export function bindProblem(id: string, n: number, random: Random): GeneratedProblem {
  const names = NAMES.slice(0, n);
  // Each variable gets one operation and a constant; the docstring and the solution take them in a
  // shuffled order, so that the order of mention never gives the binding away.
  const steps = random
    .shuffled(names)
    .map((name) => ({ name, operation: random.pick(OPERATIONS), k: random.int(2, 9) }));
  const run = (args: readonly number[]): number[] => {
    const values = new Map(names.map((name, i) => [name, args[i] as number]));
    for (const { name, operation, k } of steps)
      values.set(name, operation.apply(values.get(name) as number, k));
    return names.map((name) => values.get(name) as number);
  };
  const edge = [0, 1, -1].map((x) => names.map(() => x));
  edge.push(names.map((_, i) => (i % 2 === 0 ? 100 : -100)));
  const inputs = [
    ...edge,
    ...Array.from({ length: RANDOM_TESTS }, () => names.map(() => random.int(-30, 30))),
  ];
  const tests: TestCase[] = inputs.map((args, i) => ({
    args,
    expected: run(args),
    ...(i < edge.length ? { note: "edge case" } : {}),
  }));
  const list = `[${names.join(", ")}]`;
  const clauses = steps.map(
    ({ name, operation, k }, i) => `${operation.text(name, k)}${i === n - 1 ? "." : ","}`,
  );
  const example = EXAMPLE.slice(0, n);
  const spec: ProblemSpec = {
    id,
    title: `Bind ${n} variable${n === 1 ? "" : "s"}`,
    entry_point: "compute",
    signature: `def compute(${names.map((name) => `${name}: int`).join(", ")}) -> List[int]:`,
    imports: ["from typing import List"],
    description: [
      n === 1
        ? "Change the integer a exactly once, as follows:"
        : `Change each of the integers ${wordList(names)} exactly once, as follows:`,
      ...clauses,
      `Return the list ${list} of their new values.`,
    ].join("\n"),
    examples: [{ args: example, expected: run(example) }],
    tags: ["math"],
    difficulty: n <= 2 ? "easy" : n <= 5 ? "medium" : "hard",
  };
  const body = steps.map(({ name, operation, k }) => `    ${operation.python(name, k)}`);
  return {
    spec,
    solution: `from typing import List\n${spec.signature}\n${body.join("\n")}\n    return ${list}\n`,
    tests,
  };
}

/** "a", "a and b", "a, b and c". */
function wordList(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}
