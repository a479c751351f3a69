// Generators of GPT-3's word scrambling and manipulation tasks (Brown et al. 2020, section 3.9.2), in
// the format of the released data: "\nasinoc =" → " casino". Words come from datasets/words/words.txt
// (SCOWL's most common words of 5–14 letters; see its README for source and licence). Each task
// draws distinct words (a seeded shuffle of the words that suit it) and distorts them:
// - cycle letters: the word rotated by 1 … length−1 letters ("inevitably" → "lyinevitab");
// - mid-word 1 anagrams: all letters but the first and last shuffled ("corruption" → "criroptuon");
// - mid-word 2 anagrams: all but the first two and last two shuffled ("opponent" → "opoepnnt");
// - random insertion: a random punctuation or space character between each two letters
//   ("succession" → "s.u!c/c!e.s s i/o/n");
// - reversed words: spelled backwards ("objects" → "stcejbo").
// A distortion always changes the word: words it cannot change (a palindrome to reverse, a middle of
// one repeated letter to shuffle) are not used by that task.
import { readFileSync } from "node:fs";
import { PasskError } from "../../errors.js";
import { ownUrl } from "../../paths.js";
import { hashStream, shuffled, uniformInt } from "./random.js";
import type { IncontextItem } from "./types.js";

/** The shipped word list. */
export const WORDS_PATH = ownUrl("../datasets/words/words.txt");

let cached: string[] | null = null;

/** The word list, read once. */
export function wordList(): string[] {
  cached ??= readFileSync(WORDS_PATH, "utf8")
    .split("\n")
    .map((word) => word.trim())
    .filter((word) => word !== "");
  return cached;
}

/** The characters random insertion puts between letters: space and punctuation ("=" ends the question). */
export const INSERTED = [" ", ".", ",", "!", "?", "/", ";", ":", "-"] as const;

/** How a task distorts a word, and whether it can. */
export interface Distortion {
  suits(word: string): boolean;
  apply(word: string, next: () => number): string;
}

const distinctLetters = (text: string) => new Set(text).size;

/** Shuffles `middle` until it differs (callers make sure it has two distinct letters). */
function reshuffle(middle: string, next: () => number): string {
  for (;;) {
    const out = shuffled([...middle], next).join("");
    if (out !== middle) return out;
  }
}

export const DISTORTIONS = {
  cycle: {
    suits: (word) => distinctLetters(word) > 1,
    apply(word, next) {
      for (;;) {
        const r = 1 + uniformInt(next, word.length - 1);
        const out = word.slice(r) + word.slice(0, r);
        if (out !== word) return out;
      }
    },
  },
  anagram1: {
    suits: (word) => distinctLetters(word.slice(1, -1)) > 1,
    apply: (word, next) => word[0] + reshuffle(word.slice(1, -1), next) + word.slice(-1),
  },
  anagram2: {
    suits: (word) => distinctLetters(word.slice(2, -2)) > 1,
    apply: (word, next) => word.slice(0, 2) + reshuffle(word.slice(2, -2), next) + word.slice(-2),
  },
  insertion: {
    suits: (word) => word.length > 1,
    apply: (word, next) =>
      [...word]
        .map((letter, i) => (i === 0 ? letter : INSERTED[uniformInt(next, INSERTED.length)] + letter))
        .join(""),
  },
  reversed: {
    suits: (word) => [...word].reverse().join("") !== word,
    apply: (word) => [...word].reverse().join(""),
  },
} satisfies Record<string, Distortion>;

/** A word task's generator: `count` distinct words distorted, as "\n<distorted> =" → " <word>". */
export function wordTask(
  family: string,
  distortion: Distortion,
): (count: number, seed: number) => IncontextItem[] {
  return (count, seed) => {
    const eligible = wordList().filter((word) => distortion.suits(word));
    if (count > eligible.length) {
      throw new PasskError(
        "BAD_OPTION",
        `${family}: at most ${eligible.length} items (distinct words of the shipped list that this task can distort; asked for ${count})`,
      );
    }
    const words = shuffled(eligible, hashStream("passk-incontext", family, seed, "words")).slice(0, count);
    return words.map((word, i) => ({
      context: `\n${distortion.apply(word, hashStream("passk-incontext", family, seed, i))} =`,
      completion: ` ${word}`,
    }));
  };
}
