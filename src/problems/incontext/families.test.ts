import { describe, expect, it } from "vitest";
import { PasskError } from "../../errors.js";
import { FAMILIES, familyNamed, GROUPS } from "./families.js";
import { generateTask, resolveTasks, taskFileText } from "./resolve.js";
import type { IncontextItem } from "./types.js";
import { INSERTED, wordList } from "./words.js";

const family = (name: string) => {
  const found = familyNamed(name);
  if (!found) throw new Error(`no family ${name}`);
  return found;
};

/** The answer an arithmetic item asks for, computed here from its text alone. */
function solveArithmetic(context: string): number {
  const two = /^\n\nQ: What is (\d+) (plus|minus|times) (\d+)\?\n\nA:$/.exec(context);
  if (two) {
    const [a, b] = [Number(two[1]), Number(two[3])];
    return two[2] === "plus" ? a + b : two[2] === "minus" ? a - b : a * b;
  }
  const three = /^\n\nQ: What is \((\d) ([-+*]) (\d)\) ([-+*]) (\d)\?\n\nA:$/.exec(context);
  if (three) {
    const op = (x: number, o: string, y: number) => (o === "+" ? x + y : o === "-" ? x - y : x * y);
    return op(
      op(Number(three[1]), three[2] as string, Number(three[3])),
      three[4] as string,
      Number(three[5]),
    );
  }
  const digits = /^\n\nQ: What is the sum of the digits of the number (\d+)\?\n\nA:$/.exec(context);
  if (digits) return [...(digits[1] as string)].reduce((sum, d) => sum + Number(d), 0);
  throw new Error(`not an arithmetic question: ${JSON.stringify(context)}`);
}

const sorted = (text: string) => [...text].sort().join("");

/** Checks that a word item's distorted form is the family's distortion of its answer. */
function checkWord(name: string, item: IncontextItem, words: Set<string>): void {
  const match = /^\n(.+) =$/s.exec(item.context);
  expect(match, JSON.stringify(item)).not.toBeNull();
  const shown = (match as RegExpExecArray)[1] as string;
  expect(item.completion.startsWith(" ")).toBe(true);
  const word = item.completion.slice(1);
  expect(words.has(word)).toBe(true);
  expect(shown).not.toBe(word);
  if (name === "cycle_letters_in_word") {
    expect(shown).toHaveLength(word.length);
    expect(`${word}${word}`.includes(shown)).toBe(true);
  } else if (name === "mid_word_1_anagrams") {
    expect([shown[0], shown.at(-1)]).toEqual([word[0], word.at(-1)]);
    expect(sorted(shown.slice(1, -1))).toBe(sorted(word.slice(1, -1)));
  } else if (name === "mid_word_2_anagrams") {
    expect([shown.slice(0, 2), shown.slice(-2)]).toEqual([word.slice(0, 2), word.slice(-2)]);
    expect(sorted(shown.slice(2, -2))).toBe(sorted(word.slice(2, -2)));
  } else if (name === "random_insertion_in_word") {
    expect(shown).toHaveLength(2 * word.length - 1);
    for (let i = 0; i < shown.length; i++) {
      if (i % 2 === 0) expect(shown[i]).toBe(word[i / 2]);
      else expect(INSERTED).toContain(shown[i]);
    }
  } else if (name === "reversed_words") {
    expect([...shown].reverse().join("")).toBe(word);
  } else throw new Error(`unknown word family ${name}`);
}

describe("generated families", () => {
  const words = new Set(wordList());

  it("has one family per GPT-3 task file of the issue, and groups of known names", () => {
    for (const name of GROUPS.all ?? []) expect(familyNamed(name), name).toBeDefined();
    expect(GROUPS.arithmetic).toHaveLength(10);
    expect(GROUPS.words).toHaveLength(5);
    expect(GROUPS.all).toHaveLength(16);
  });

  for (const f of FAMILIES) {
    it(`${f.name}: seeded, prefix-stable, and every answer right`, () => {
      const items = f.generate(300, 7);
      expect(f.generate(300, 7)).toEqual(items);
      expect(f.generate(120, 7)).toEqual(items.slice(0, 120));
      const other = f.generate(300, 8);
      expect(other.filter((item, i) => item.context === items[i]?.context).length).toBeLessThan(150);
      for (const item of items) {
        if (f.kind === "arithmetic") expect(item.completion).toBe(` ${solveArithmetic(item.context)}`);
        else checkWord(f.name, item, words);
      }
    });
  }

  it("draws d-digit operands uniformly from [0, 10^d), as the paper's recipe says", () => {
    for (const digits of [2, 3, 5]) {
      const name = `${["", "", "two", "three", "four", "five"][digits]}_digit_addition`;
      const operands = family(name)
        .generate(2000, 1)
        .flatMap((item) => {
          const m = /What is (\d+) plus (\d+)\?/.exec(item.context) as RegExpExecArray;
          return [Number(m[1]), Number(m[2])];
        });
      const bound = 10 ** digits;
      expect(Math.max(...operands)).toBeLessThan(bound);
      // Uniform on [0, bound): mean (bound − 1)/2 with standard error bound/√(12·4000) ≈ bound/219.
      const mean = operands.reduce((a, b) => a + b, 0) / operands.length;
      expect(Math.abs(mean - (bound - 1) / 2)).toBeLessThan((4 * bound) / 219);
      // Small operands occur as often as their share: [0, bound/10) holds a tenth of them.
      const small = operands.filter((x) => x < bound / 10).length / operands.length;
      expect(small).toBeGreaterThan(0.07);
      expect(small).toBeLessThan(0.13);
    }
  });

  it("subtraction answers go negative, and single-digit operations use every operator", () => {
    const sub = family("three_digit_subtraction").generate(500, 2);
    expect(sub.some((item) => item.completion.startsWith(" -"))).toBe(true);
    const ops = family("single_digit_three_ops")
      .generate(500, 2)
      .map((item) => item.context);
    for (const op of ["+", "-", "*"]) expect(ops.some((c) => c.includes(`) ${op} `))).toBe(true);
  });

  it("word tasks use distinct words, and refuse more items than words", () => {
    const items = family("reversed_words").generate(2000, 3);
    expect(new Set(items.map((item) => item.completion)).size).toBe(2000);
    expect(() => family("reversed_words").generate(words.size + 1, 0)).toThrow(PasskError);
  });

  it("writes items in the published layout, and a generated task's sha256 is its file's", async () => {
    const task = generateTask("two_digit_multiplication", 3, 0);
    const text = taskFileText(task.items);
    expect(text.split("\n")[0]).toMatch(
      /^\{"context": "\\n\\nQ: What is \d+ times \d+\?\\n\\nA:", "completion": " -?\d+"\}$/,
    );
    const [again] = await resolveTasks(["two_digit_multiplication"], { count: 3, seed: 0 });
    expect(again?.sha256).toBe(task.sha256);
  });

  it("resolves groups once per family, and refuses unknown names and clashing tasks", async () => {
    const tasks = await resolveTasks(["arithmetic", "two_digit_addition", "words"], { count: 20, seed: 0 });
    expect(tasks.map((t) => t.name)).toEqual([...(GROUPS.arithmetic ?? []), ...(GROUPS.words ?? [])]);
    await expect(resolveTasks(["three_digit_division"], { count: 5, seed: 0 })).rejects.toThrow(
      /no such task file/,
    );
  });
});
