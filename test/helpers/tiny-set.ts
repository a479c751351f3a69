// A one-problem passk set (count-vowels) written to a temp folder, for the tests of the quality gate:
// its tests, problem.json fields, and wrong/ and alt/ solutions can each be replaced.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { py } from "./python.js";
import { workspace } from "./workspace.js";

export const VOWELS = {
  id: "count-vowels",
  title: "Count vowels",
  entry_point: "count_vowels",
  signature: "def count_vowels(text: str) -> int:",
  description: "Count the vowels a, e, i, o, u in text, in either case.",
  examples: [{ args: ["Hello"], expected: 2 }],
  tags: ["strings"],
  difficulty: "easy",
  added: "2026-11-26",
};

export const VOWELS_SOLUTION = py`
  def count_vowels(text: str) -> int:
      count = 0
      for ch in text.lower():
          if ch in "aeiou":
              count += 1
      return count
`;

/** Eight cases without a single vowel: a solution that never counts passes them all. */
export const WEAK = ["", "xyz", "rhythm", "bcd", "123", "   ", "zzz", "qwrt"].map((s) => ({
  args: [s],
  expected: 0,
}));

export const STRONG = [
  ["", 0],
  ["xyz", 0],
  ["a", 1],
  ["Hello World", 3],
  ["AEIOU", 5],
  ["rhythm", 0],
  ["Queueing", 5],
  ["bcdfa", 1],
].map(([text, expected]) => ({ args: [text], expected }));

/** Plausible wrong solutions, each killed by STRONG; WEAK kills all but lower-only. */
export const VOWELS_WRONG: Record<string, string> = {
  "wrong/lower-only.py": py`
    # mistake: counts lower-case vowels only
    def count_vowels(text):
        return sum(1 for ch in text if ch in "aeiou")
  `,
  "wrong/y-is-vowel.py": py`
    # mistake: counts y as a vowel too
    def count_vowels(text):
        return sum(1 for ch in text.lower() if ch in "aeiouy")
  `,
  "wrong/letters.py": py`
    # mistake: counts every letter instead of the vowels
    def count_vowels(text):
        return sum(1 for ch in text if ch.isalpha())
  `,
};

export const VOWELS_ALT: Record<string, string> = {
  "alt/translate.py": py`
    def count_vowels(text):
        return len(text) - len(text.lower().translate({ord(v): None for v in "aeiou"}))
  `,
};

/**
 * A temp set with the one problem, its tests and any problem.json fields replaced; `files` are the
 * wrong/ and alt/ files (default: VOWELS_WRONG and VOWELS_ALT).
 */
export function tinySet(
  tests: unknown[],
  spec: Record<string, unknown> = {},
  files: Record<string, string> = { ...VOWELS_WRONG, ...VOWELS_ALT },
): string {
  const root = workspace();
  writeFileSync(
    join(root, "set.json"),
    JSON.stringify({ name: "tiny-set", version: "0.0.1", description: "One problem." }),
  );
  const dir = join(root, VOWELS.id);
  mkdirSync(dir);
  writeFileSync(join(dir, "problem.json"), JSON.stringify({ ...VOWELS, ...spec }, null, 2));
  writeFileSync(join(dir, "solution.py"), VOWELS_SOLUTION);
  writeFileSync(join(dir, "tests.json"), JSON.stringify(tests, null, 2));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return root;
}
