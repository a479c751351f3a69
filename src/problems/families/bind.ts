// bind-N: N integer variables, each changed once by its own operation and constant, the operations
// listed in a shuffled order; the result is the list of the new values in the variables' order. The
// difficulty is in binding each operation to the right variable, and N is the only knob: every
// problem has the same wording, the same four kinds of operation drawn with the same odds, constants
// from the same range, and the same kinds of test input, whatever N is. Its wrong/ solutions bind two
// operations to each other's variables, use a wrong operation or constant, leave a variable out or
// return the values in the order of mention; its alt/ solution is one expression per variable.
import type { TestCase } from "../set-types.js";
import { distinctDraws, type Random } from "./random.js";
import type { GeneratedProblem } from "./types.js";
import { pickWrong, type WrongCandidate } from "./wrong.js";

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
  /** The same, as one expression (the alt/ solution). */
  expression: (v: string, k: number) => string;
  /** The plausible wrong operation in its place: what is wrong, completing "for v, …". */
  slip: {
    mistake: string;
    python: (v: string, k: number) => string;
    apply: (x: number, k: number) => number;
  };
}

const OPERATIONS: readonly Operation[] = [
  {
    text: (v, k) => `add ${k} to ${v}`,
    python: (v, k) => `${v} = ${v} + ${k}`,
    apply: (x, k) => x + k,
    expression: (v, k) => `${v} + ${k}`,
    slip: {
      mistake: "subtracts the constant instead of adding it",
      python: (v, k) => `${v} = ${v} - ${k}`,
      apply: (x, k) => x - k,
    },
  },
  {
    text: (v, k) => `subtract ${k} from ${v}`,
    python: (v, k) => `${v} = ${v} - ${k}`,
    apply: (x, k) => x - k,
    expression: (v, k) => `${v} - ${k}`,
    slip: {
      mistake: "adds the constant instead of subtracting it",
      python: (v, k) => `${v} = ${v} + ${k}`,
      apply: (x, k) => x + k,
    },
  },
  {
    text: (v, k) => `multiply ${v} by ${k}`,
    python: (v, k) => `${v} = ${v} * ${k}`,
    apply: (x, k) => x * k,
    expression: (v, k) => `${k} * ${v}`,
    slip: {
      mistake: "adds the constant instead of multiplying by it",
      python: (v, k) => `${v} = ${v} + ${k}`,
      apply: (x, k) => x + k,
    },
  },
  {
    text: (v, k) => `replace ${v} with ${k} minus ${v}`,
    python: (v, k) => `${v} = ${k} - ${v}`,
    apply: (x, k) => k - x,
    expression: (v, k) => `-${v} + ${k}`,
    slip: {
      mistake: "computes the variable minus the constant instead of the constant minus it",
      python: (v, k) => `${v} = ${v} - ${k}`,
      apply: (x, k) => x - k,
    },
  },
];

/** One bind-N problem drawn from `random`; its wrong solutions are picked with `picks`. */
export function bindProblem(id: string, n: number, random: Random, picks: Random): GeneratedProblem {
  const names = NAMES.slice(0, n);
  // Each variable gets one operation and a constant; the docstring and the solution take them in a
  // shuffled order, so that the order of mention never gives the binding away.
  const steps = random
    .shuffled(names)
    .map((name) => ({ name, operation: random.pick(OPERATIONS), k: random.int(2, 9) }));
  const run = (args: readonly number[]): number[] => runSteps(names, steps, args);
  const edge = [0, 1, -1].map((x) => names.map(() => x));
  edge.push(names.map((_, i) => (i % 2 === 0 ? 100 : -100)));
  const inputs = [...edge, ...distinctDraws(RANDOM_TESTS, () => names.map(() => random.int(-30, 30)), edge)];
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
  const spec: GeneratedProblem["spec"] = {
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
  const program = (lines: readonly string[], result = list) =>
    `from typing import List\n${spec.signature}\n${lines.map((line) => `    ${line}\n`).join("")}    return ${result}\n`;
  const body = steps.map(({ name, operation, k }) => operation.python(name, k));
  const byName = new Map(steps.map((step) => [step.name, step]));
  const expressions = names.map((name) => {
    const { operation, k } = byName.get(name) as Step;
    return operation.expression(name, k);
  });
  return {
    spec,
    solution: program(body),
    tests,
    wrong: pickWrong(
      mistakes(names, steps, program),
      ["binding", "operation", "constant", "drop", "order"],
      tests,
      picks,
    ),
    alt: [{ name: "one-expression.py", source: program([], `[${expressions.join(", ")}]`) }],
  };
}

/** One variable's change: its operation and constant. */
interface Step {
  name: string;
  operation: Operation;
  k: number;
}
/** A step as a mistake may write it: its statement and what it does. */
interface Change {
  name: string;
  python: string;
  apply: (x: number) => number;
}

/** The values of `names` after `steps`, from `args` (one per name). */
function runSteps(names: readonly string[], steps: readonly (Step | Change)[], args: readonly number[]) {
  const values = new Map(names.map((name, i) => [name, args[i] as number]));
  for (const step of steps) {
    const x = values.get(step.name) as number;
    values.set(step.name, "operation" in step ? step.operation.apply(x, step.k) : step.apply(x));
  }
  return names.map((name) => values.get(name) as number);
}

/**
 * Every mistake proposed: two variables' operations exchanged (the binding error), one operation or
 * constant wrong, one variable left unchanged, the result listed in the order of mention.
 */
function mistakes(
  names: readonly string[],
  steps: readonly Step[],
  program: (lines: readonly string[], result?: string) => string,
): WrongCandidate[] {
  const change = (s: Step): Change => ({
    name: s.name,
    python: s.operation.python(s.name, s.k),
    apply: (x) => s.operation.apply(x, s.k),
  });
  const candidate = (kind: string, name: string, mistake: string, changes: Change[]): WrongCandidate => ({
    kind,
    name,
    mistake,
    program: program(changes.map((c) => c.python)),
    apply: (args) => runSteps(names, changes, args as number[]),
  });
  const exact = steps.map(change);
  const out: WrongCandidate[] = [];
  steps.forEach((step, i) => {
    const { name: v, operation, k } = step;
    const swapIn = (changed: Change) => exact.map((c, j) => (j === i ? changed : c));
    for (const other of steps.slice(i + 1)) {
      const w = other.name;
      const exchanged = exact.map((c, j) =>
        j === i ? change({ ...other, name: v }) : c.name === w ? change({ ...step, name: w }) : c,
      );
      out.push(
        candidate(
          "binding",
          `swap-binding-${v}-${w}.py`,
          `applies the operation of ${v} to ${w} and that of ${w} to ${v}`,
          exchanged,
        ),
      );
    }
    const slip = operation.slip;
    out.push(
      candidate(
        "operation",
        `wrong-operation-${v}.py`,
        `for ${v}, ${slip.mistake}`,
        swapIn({ name: v, python: slip.python(v, k), apply: (x) => slip.apply(x, k) }),
      ),
      candidate(
        "constant",
        `wrong-constant-${v}.py`,
        `for ${v}, uses ${k + 1} instead of ${k} (off by one)`,
        swapIn(change({ ...step, k: k + 1 })),
      ),
      candidate(
        "drop",
        `leaves-out-${v}.py`,
        `leaves ${v} unchanged`,
        exact.filter((_, j) => j !== i),
      ),
    );
  });
  if (names.length > 1) {
    const mentioned = steps.map((s) => s.name);
    out.push({
      kind: "order",
      name: "order-of-mention.py",
      mistake: "returns the new values in the order the operations are listed, not in parameter order",
      program: program(
        exact.map((c) => c.python),
        `[${mentioned.join(", ")}]`,
      ),
      apply: (args) => {
        const values = runSteps(names, exact, args as number[]);
        return mentioned.map((name) => values[names.indexOf(name)] as number);
      },
    });
  }
  return out;
}

/** "a", "a and b", "a, b and c". */
function wordList(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}
