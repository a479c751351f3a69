// The building blocks of compose-N: simple operations on a string, each with a one-line English
// description (a clause of the docstring), its Python statement in the canonical solution, and a
// reference implementation here, which computes the tests' expected values. The two must agree on
// every ASCII string; blocks.test.ts checks them against each other in the real sandbox.
//
// The blocks are chosen so that a chain of them never hides one of its steps: none sorts, deduplicates
// or erases a whole class of characters that another block needs (the one pair that would, a space
// replacement before the word reversal, is never generated: see FORBIDDEN_ORDER). So leaving out any
// step, or getting any step wrong, changes the result on some test: the mutation gate can hold.

/** One building block. */
export interface Block {
  id: string;
  /** A clause of the docstring: lower case, no final punctuation. */
  description: string;
  /** One Python statement that updates the string `s`. */
  python: string;
  /** The same operation (on ASCII text). */
  apply: (s: string) => string;
}

const chars = (s: string): string[] => s.split("");
const isLower = (c: string) => c >= "a" && c <= "z";
const isUpper = (c: string) => c >= "A" && c <= "Z";

/** The blocks, in a fixed order (their order here decides nothing but ids). */
export const BLOCKS: readonly Block[] = [
  {
    id: "reverse",
    description: "reverse the string",
    python: "s = s[::-1]",
    apply: (s) => chars(s).reverse().join(""),
  },
  {
    id: "swap-case",
    description: "swap the case of every letter (lower case becomes upper case and the other way round)",
    python: "s = s.swapcase()",
    apply: (s) =>
      chars(s)
        .map((c) => (isLower(c) ? c.toUpperCase() : isUpper(c) ? c.toLowerCase() : c))
        .join(""),
  },
  {
    id: "no-vowels",
    description: "remove every vowel (a, e, i, o and u, in lower or upper case)",
    python: "s = ''.join(c for c in s if c not in 'aeiouAEIOU')",
    apply: (s) =>
      chars(s)
        .filter((c) => !"aeiouAEIOU".includes(c))
        .join(""),
  },
  {
    id: "drop-third",
    description: "remove every third character (the 3rd, the 6th, the 9th and so on)",
    python: "s = ''.join(c for i, c in enumerate(s) if i % 3 != 2)",
    apply: (s) =>
      chars(s)
        .filter((_, i) => i % 3 !== 2)
        .join(""),
  },
  {
    id: "underscores",
    description: "replace every space with an underscore",
    python: "s = s.replace(' ', '_')",
    apply: (s) => s.replaceAll(" ", "_"),
  },
  {
    id: "reverse-words",
    description:
      "split the string at every single space into words (empty words included), reverse the order of the words, and join them again with single spaces",
    python: "s = ' '.join(s.split(' ')[::-1])",
    apply: (s) => s.split(" ").reverse().join(" "),
  },
  {
    id: "rotate",
    description: "move the first character to the end (an empty string stays empty)",
    python: "s = s[1:] + s[:1]",
    apply: (s) => s.slice(1) + s.slice(0, 1),
  },
  {
    id: "alternate-caps",
    description: "make every other character upper case, starting with the first (the 1st, 3rd, 5th, ...)",
    python: "s = ''.join(c.upper() if i % 2 == 0 else c for i, c in enumerate(s))",
    apply: (s) =>
      chars(s)
        .map((c, i) => (i % 2 === 0 ? c.toUpperCase() : c))
        .join(""),
  },
  {
    id: "append-length",
    description: "append the number of characters the string has at this point, written in decimal",
    python: "s = s + str(len(s))",
    apply: (s) => s + String(s.length),
  },
  {
    id: "digit-complement",
    description: "replace every digit d with the digit 9 - d",
    python: "s = ''.join(str(9 - int(c)) if c.isdigit() else c for c in s)",
    apply: (s) =>
      chars(s)
        .map((c) => (c >= "0" && c <= "9" ? String(9 - Number(c)) : c))
        .join(""),
  },
  {
    id: "wrap",
    description: "put a '<' before the first character and a '>' after the last",
    python: "s = '<' + s + '>'",
    apply: (s) => `<${s}>`,
  },
  {
    id: "first-half",
    description:
      "keep only the first half of the characters (for an odd length, the middle character goes too)",
    python: "s = s[:len(s) // 2]",
    apply: (s) => s.slice(0, Math.floor(s.length / 2)),
  },
  {
    id: "double",
    description: "write every character twice in a row",
    python: "s = ''.join(c * 2 for c in s)",
    apply: (s) =>
      chars(s)
        .map((c) => c + c)
        .join(""),
  },
];

/** Pairs [a, b]: a chain never has block a anywhere before block b (a would make b do nothing). */
export const FORBIDDEN_ORDER: readonly (readonly [string, string])[] = [["underscores", "reverse-words"]];

/** Whether a chain of block ids respects FORBIDDEN_ORDER. */
export function allowedChain(ids: readonly string[]): boolean {
  return FORBIDDEN_ORDER.every(([a, b]) => {
    const [i, j] = [ids.indexOf(a), ids.indexOf(b)];
    return i === -1 || j === -1 || i > j;
  });
}
