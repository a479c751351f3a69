// Generators of GPT-3's arithmetic tasks (Brown et al. 2020, section 3.9.1), in the format of the
// data OpenAI released: "\n\nQ: What is 98 plus 45?\n\nA:" → " 143". The recipe is the paper's:
// operands drawn uniformly from [0, 10^d) for d-digit tasks (so a "two-digit" operand may be 7),
// subtraction answers may be negative, and the single-digit composite task draws three digits from
// [0, 10) and two operations from {+, -, *}, with parentheses around the first two operands as in
// the released file and the paper's Figure G.42 ("(2 * 4) * 6"). Sum of digits asks for the digit
// sum of a number from [0, 10^d), as the released sum_of_digits file does with d = 4.
import { hashStream, uniformBig, uniformInt } from "./random.js";
import type { IncontextItem } from "./types.js";

/** The question as GPT-3's files phrase it: two newlines, "Q: …?", two newlines, "A:". */
function question(text: string, answer: number): IncontextItem {
  return { context: `\n\nQ: What is ${text}?\n\nA:`, completion: ` ${answer}` };
}

/** A draw for item `index` of `family` under `seed`: the same item whatever the count. */
function itemStream(family: string, seed: number, index: number): () => number {
  return hashStream("passk-incontext", family, seed, index);
}

/** d-digit addition, subtraction or multiplication: "Q: What is a plus|minus|times b?". */
export function twoOperands(
  family: string,
  operation: "plus" | "minus" | "times",
  digits: number,
): (count: number, seed: number) => IncontextItem[] {
  const bound = 10 ** digits;
  return (count, seed) =>
    Array.from({ length: count }, (_, i) => {
      const next = itemStream(family, seed, i);
      const a = uniformBig(next, bound);
      const b = uniformBig(next, bound);
      const answer = operation === "plus" ? a + b : operation === "minus" ? a - b : a * b;
      return question(`${a} ${operation} ${b}`, answer);
    });
}

const OPERATIONS = ["+", "-", "*"] as const;

function apply(a: number, op: (typeof OPERATIONS)[number], b: number): number {
  return op === "+" ? a + b : op === "-" ? a - b : a * b;
}

/** Single-digit three operations: "Q: What is (a op b) op c?". */
export function threeOps(family: string): (count: number, seed: number) => IncontextItem[] {
  return (count, seed) =>
    Array.from({ length: count }, (_, i) => {
      const next = itemStream(family, seed, i);
      const [a, b, c] = [uniformInt(next, 10), uniformInt(next, 10), uniformInt(next, 10)];
      const first = OPERATIONS[uniformInt(next, 3)] as (typeof OPERATIONS)[number];
      const second = OPERATIONS[uniformInt(next, 3)] as (typeof OPERATIONS)[number];
      return question(`(${a} ${first} ${b}) ${second} ${c}`, apply(apply(a, first, b), second, c));
    });
}

/** Sum of digits: "Q: What is the sum of the digits of the number n?" for n in [0, 10^digits). */
export function sumOfDigits(
  family: string,
  digits: number,
): (count: number, seed: number) => IncontextItem[] {
  return (count, seed) =>
    Array.from({ length: count }, (_, i) => {
      const n = uniformBig(itemStream(family, seed, i), 10 ** digits);
      const sum = [...String(n)].reduce((total, digit) => total + Number(digit), 0);
      return question(`the sum of the digits of the number ${n}`, sum);
    });
}
