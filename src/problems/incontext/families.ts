// passk's generated task families: one per task file OpenAI released for GPT-3's arithmetic and
// word experiments, under the same names, so that a generated task and the published file line up
// in a report. Groups name the sets the paper reports together.
import { sumOfDigits, threeOps, twoOperands } from "./arithmetic.js";
import type { Family } from "./types.js";
import { DISTORTIONS, wordTask } from "./words.js";

/** passk's own wording for arithmetic (the paper gives none); the word tasks' is GPT-3's. */
const ARITHMETIC_DESCRIPTION = "Please answer each arithmetic question with a number:";
/** The task description GPT-3 showed for its word tasks (the paper's Figures 1.2 and G.19). */
const WORDS_DESCRIPTION = "Please unscramble the letters into a word, and write that word:";

const DIGIT_NAMES = ["", "single", "two", "three", "four", "five", "six"] as const;

function twoOperandFamilies(): Family[] {
  const out: Family[] = [];
  for (const digits of [2, 3, 4, 5, 6]) {
    for (const [operation, noun, sign] of [
      ["plus", "addition", "+"],
      ["minus", "subtraction", "-"],
    ] as const) {
      const name = `${DIGIT_NAMES[digits]}_digit_${noun}`;
      out.push({
        name,
        kind: "arithmetic",
        label: `${digits}D${sign}`,
        summary: `${noun} of two integers from [0, ${(10 ** digits).toLocaleString("en-US")})`,
        digits,
        description: ARITHMETIC_DESCRIPTION,
        generate: twoOperands(name, operation, digits),
      });
    }
  }
  return out;
}

/** Every family, in the paper's order: arithmetic, then the word tasks. */
export const FAMILIES: readonly Family[] = [
  ...twoOperandFamilies(),
  {
    name: "two_digit_multiplication",
    kind: "arithmetic",
    label: "2Dx",
    summary: "product of two integers from [0, 100)",
    digits: 2,
    description: ARITHMETIC_DESCRIPTION,
    generate: twoOperands("two_digit_multiplication", "times", 2),
  },
  {
    name: "single_digit_three_ops",
    kind: "arithmetic",
    label: "1DC",
    summary: "(a op b) op c with digits from [0, 10) and op in {+, -, *}",
    digits: 1,
    description: ARITHMETIC_DESCRIPTION,
    generate: threeOps("single_digit_three_ops"),
  },
  {
    name: "sum_of_digits",
    kind: "arithmetic",
    label: "SD",
    summary: "sum of the digits of an integer from [0, 10,000)",
    digits: 4,
    description: ARITHMETIC_DESCRIPTION,
    generate: sumOfDigits("sum_of_digits", 4),
  },
  {
    name: "cycle_letters_in_word",
    kind: "words",
    label: "CL",
    summary: "a word with its letters cycled (lyinevitab = inevitably)",
    description: WORDS_DESCRIPTION,
    generate: wordTask("cycle_letters_in_word", DISTORTIONS.cycle),
  },
  {
    name: "mid_word_1_anagrams",
    kind: "words",
    label: "A1",
    summary: "all letters but the first and last shuffled (criroptuon = corruption)",
    description: WORDS_DESCRIPTION,
    generate: wordTask("mid_word_1_anagrams", DISTORTIONS.anagram1),
  },
  {
    name: "mid_word_2_anagrams",
    kind: "words",
    label: "A2",
    summary: "all letters but the first two and last two shuffled (opoepnnt = opponent)",
    description: WORDS_DESCRIPTION,
    generate: wordTask("mid_word_2_anagrams", DISTORTIONS.anagram2),
  },
  {
    name: "random_insertion_in_word",
    kind: "words",
    label: "RI",
    summary: "a punctuation or space character between each two letters (s.u!c/c!e.s s i/o/n = succession)",
    description: WORDS_DESCRIPTION,
    generate: wordTask("random_insertion_in_word", DISTORTIONS.insertion),
  },
  {
    name: "reversed_words",
    kind: "words",
    label: "RW",
    summary: "a word spelled backwards (stcejbo = objects)",
    description: WORDS_DESCRIPTION,
    generate: wordTask("reversed_words", DISTORTIONS.reversed),
  },
];

const ARITHMETIC_GROUP = [2, 3, 4, 5].flatMap((d) => [
  `${DIGIT_NAMES[d]}_digit_addition`,
  `${DIGIT_NAMES[d]}_digit_subtraction`,
]);

/** Names that stand for several families: the paper's ten arithmetic tasks, its five word tasks, and both with sum of digits. */
export const GROUPS: Readonly<Record<string, readonly string[]>> = {
  arithmetic: [...ARITHMETIC_GROUP, "two_digit_multiplication", "single_digit_three_ops"],
  words: FAMILIES.filter((f) => f.kind === "words").map((f) => f.name),
  all: [
    ...ARITHMETIC_GROUP,
    "two_digit_multiplication",
    "single_digit_three_ops",
    "sum_of_digits",
    ...FAMILIES.filter((f) => f.kind === "words").map((f) => f.name),
  ],
};

/** The family called `name`, or undefined. */
export function familyNamed(name: string): Family | undefined {
  return FAMILIES.find((family) => family.name === name);
}
