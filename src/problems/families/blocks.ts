// The building blocks of compose-N: simple operations on a string, each with a one-line English
// description (a clause of the docstring), its Python statement in the canonical solution, and a
// reference implementation here, which computes the tests' expected values. The two must agree on
// every ASCII string; blocks.test.ts checks them against each other in the real sandbox. Each block
// also has another correct way to write it (for the problem's alt/ solution) and two slips: plausible
// wrong versions, with their reference implementations, from which wrong/ solutions are drawn.
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
  /** Another correct way to write it in Python: statements that update `s`. */
  alt: readonly string[];
  /** Two plausible wrong versions: what is wrong (for `# mistake:`), the statement, what it does. */
  slips: readonly Slip[];
}

/** A plausible wrong version of a block. */
export interface Slip {
  /** What it gets wrong, completing "step i: …". */
  mistake: string;
  python: string;
  apply: (s: string) => string;
}

const chars = (s: string): string[] => s.split("");
const isLower = (c: string) => c >= "a" && c <= "z";
const isUpper = (c: string) => c >= "A" && c <= "Z";
const swapCase = (c: string) => (isLower(c) ? c.toUpperCase() : isUpper(c) ? c.toLowerCase() : c);
const reverseEachWord = (s: string) =>
  s
    .split(" ")
    .map((word) => chars(word).reverse().join(""))
    .join(" ");
const mapDigits = (s: string, f: (d: number) => number) =>
  chars(s)
    .map((c) => (c >= "0" && c <= "9" ? String(f(Number(c))) : c))
    .join("");

/** The blocks, in a fixed order (their order here decides nothing but ids). */
export const BLOCKS: readonly Block[] = [
  {
    id: "reverse",
    description: "reverse the string",
    python: "s = s[::-1]",
    apply: (s) => chars(s).reverse().join(""),
    alt: ["s = ''.join(reversed(s))"],
    slips: [
      {
        mistake: "reverses the letters of each word instead of the whole string",
        python: "s = ' '.join(w[::-1] for w in s.split(' '))",
        apply: reverseEachWord,
      },
      {
        mistake: "reverses the order of the words instead of the characters",
        python: "s = ' '.join(s.split(' ')[::-1])",
        apply: (s) => s.split(" ").reverse().join(" "),
      },
    ],
  },
  {
    id: "swap-case",
    description: "swap the case of every letter (lower case becomes upper case and the other way round)",
    python: "s = s.swapcase()",
    apply: (s) => chars(s).map(swapCase).join(""),
    alt: ["s = ''.join(c.lower() if c.isupper() else c.upper() for c in s)"],
    slips: [
      {
        mistake: "makes every letter upper case instead of swapping",
        python: "s = s.upper()",
        apply: (s) => s.toUpperCase(),
      },
      {
        mistake: "makes every letter lower case instead of swapping",
        python: "s = s.lower()",
        apply: (s) => s.toLowerCase(),
      },
    ],
  },
  {
    id: "no-vowels",
    description: "remove every vowel (a, e, i, o and u, in lower or upper case)",
    python: "s = ''.join(c for c in s if c not in 'aeiouAEIOU')",
    apply: (s) =>
      chars(s)
        .filter((c) => !"aeiouAEIOU".includes(c))
        .join(""),
    alt: ["for vowel in 'aeiouAEIOU':", "    s = s.replace(vowel, '')"],
    slips: [
      {
        mistake: "removes only the lower-case vowels",
        python: "s = ''.join(c for c in s if c not in 'aeiou')",
        apply: (s) =>
          chars(s)
            .filter((c) => !"aeiou".includes(c))
            .join(""),
      },
      {
        mistake: "removes y as a vowel too",
        python: "s = ''.join(c for c in s if c not in 'aeiouyAEIOUY')",
        apply: (s) =>
          chars(s)
            .filter((c) => !"aeiouyAEIOUY".includes(c))
            .join(""),
      },
    ],
  },
  {
    id: "drop-third",
    description: "remove every third character (the 3rd, the 6th, the 9th and so on)",
    python: "s = ''.join(c for i, c in enumerate(s) if i % 3 != 2)",
    apply: (s) =>
      chars(s)
        .filter((_, i) => i % 3 !== 2)
        .join(""),
    alt: ["s = ''.join(s[i] for i in range(len(s)) if (i + 1) % 3)"],
    slips: [
      {
        mistake: "removes the 1st, 4th, 7th … characters (off by one)",
        python: "s = ''.join(c for i, c in enumerate(s) if i % 3 != 0)",
        apply: (s) =>
          chars(s)
            .filter((_, i) => i % 3 !== 0)
            .join(""),
      },
      {
        mistake: "removes every second character instead of every third",
        python: "s = ''.join(c for i, c in enumerate(s) if i % 2 != 1)",
        apply: (s) =>
          chars(s)
            .filter((_, i) => i % 2 !== 1)
            .join(""),
      },
    ],
  },
  {
    id: "underscores",
    description: "replace every space with an underscore",
    python: "s = s.replace(' ', '_')",
    apply: (s) => s.replaceAll(" ", "_"),
    alt: ["s = '_'.join(s.split(' '))"],
    slips: [
      {
        mistake: "deletes the spaces instead of replacing them",
        python: "s = s.replace(' ', '')",
        apply: (s) => s.replaceAll(" ", ""),
      },
      {
        mistake: "replaces only the first space",
        python: "s = s.replace(' ', '_', 1)",
        apply: (s) => s.replace(" ", "_"),
      },
    ],
  },
  {
    id: "reverse-words",
    description:
      "split the string at every single space into words (empty words included), reverse the order of the words, and join them again with single spaces",
    python: "s = ' '.join(s.split(' ')[::-1])",
    apply: (s) => s.split(" ").reverse().join(" "),
    alt: ["words = s.split(' ')", "words.reverse()", "s = ' '.join(words)"],
    slips: [
      {
        mistake: "splits at runs of spaces, losing the empty words",
        python: "s = ' '.join(s.split()[::-1])",
        apply: (s) =>
          s
            .split(" ")
            .filter((word) => word !== "")
            .reverse()
            .join(" "),
      },
      {
        mistake: "reverses the letters of each word instead of the order of the words",
        python: "s = ' '.join(w[::-1] for w in s.split(' '))",
        apply: reverseEachWord,
      },
    ],
  },
  {
    id: "rotate",
    description: "move the first character to the end (an empty string stays empty)",
    python: "s = s[1:] + s[:1]",
    apply: (s) => s.slice(1) + s.slice(0, 1),
    alt: ["if s:", "    s = s[1:] + s[0]"],
    slips: [
      {
        mistake: "moves the last character to the front (rotates the wrong way)",
        python: "s = s[-1:] + s[:-1]",
        apply: (s) => s.slice(-1) + s.slice(0, -1),
      },
      {
        mistake: "moves the first two characters to the end",
        python: "s = s[2:] + s[:2]",
        apply: (s) => s.slice(2) + s.slice(0, 2),
      },
    ],
  },
  {
    id: "alternate-caps",
    description: "make every other character upper case, starting with the first (the 1st, 3rd, 5th, ...)",
    python: "s = ''.join(c.upper() if i % 2 == 0 else c for i, c in enumerate(s))",
    apply: (s) =>
      chars(s)
        .map((c, i) => (i % 2 === 0 ? c.toUpperCase() : c))
        .join(""),
    alt: ["chars = list(s)", "chars[::2] = [c.upper() for c in chars[::2]]", "s = ''.join(chars)"],
    slips: [
      {
        mistake: "starts with the second character (off by one)",
        python: "s = ''.join(c.upper() if i % 2 == 1 else c for i, c in enumerate(s))",
        apply: (s) =>
          chars(s)
            .map((c, i) => (i % 2 === 1 ? c.toUpperCase() : c))
            .join(""),
      },
      {
        mistake: "swaps the case of every other character instead of making it upper case",
        python: "s = ''.join(c.swapcase() if i % 2 == 0 else c for i, c in enumerate(s))",
        apply: (s) =>
          chars(s)
            .map((c, i) => (i % 2 === 0 ? swapCase(c) : c))
            .join(""),
      },
    ],
  },
  {
    id: "append-length",
    description: "append the number of characters the string has at this point, written in decimal",
    python: "s = s + str(len(s))",
    apply: (s) => s + String(s.length),
    alt: ["s = f'{s}{len(s)}'"],
    slips: [
      {
        mistake: "appends the length plus one (off by one)",
        python: "s = s + str(len(s) + 1)",
        apply: (s) => s + String(s.length + 1),
      },
      {
        mistake: "puts the length in front instead of at the end",
        python: "s = str(len(s)) + s",
        apply: (s) => String(s.length) + s,
      },
    ],
  },
  {
    id: "digit-complement",
    description: "replace every digit d with the digit 9 - d",
    python: "s = ''.join(str(9 - int(c)) if c.isdigit() else c for c in s)",
    apply: (s) => mapDigits(s, (d) => 9 - d),
    alt: ["s = s.translate(str.maketrans('0123456789', '9876543210'))"],
    slips: [
      {
        mistake: "uses 10 - d instead of 9 - d",
        python: "s = ''.join(str(10 - int(c)) if c.isdigit() else c for c in s)",
        apply: (s) => mapDigits(s, (d) => 10 - d),
      },
      {
        mistake: "uses (10 - d) modulo 10 instead of 9 - d",
        python: "s = ''.join(str((10 - int(c)) % 10) if c.isdigit() else c for c in s)",
        apply: (s) => mapDigits(s, (d) => (10 - d) % 10),
      },
    ],
  },
  {
    id: "wrap",
    description: "put a '<' before the first character and a '>' after the last",
    python: "s = '<' + s + '>'",
    apply: (s) => `<${s}>`,
    alt: ["s = f'<{s}>'"],
    slips: [
      {
        mistake: "puts the brackets the wrong way round",
        python: "s = '>' + s + '<'",
        apply: (s) => `>${s}<`,
      },
      {
        mistake: "leaves an empty string unwrapped",
        python: "s = '<' + s + '>' if s else s",
        apply: (s) => (s ? `<${s}>` : s),
      },
    ],
  },
  {
    id: "first-half",
    description:
      "keep only the first half of the characters (for an odd length, the middle character goes too)",
    python: "s = s[:len(s) // 2]",
    apply: (s) => s.slice(0, Math.floor(s.length / 2)),
    alt: ["s = s[:len(s) - (len(s) + 1) // 2]"],
    slips: [
      {
        mistake: "keeps the middle character of an odd length (rounds up)",
        python: "s = s[:(len(s) + 1) // 2]",
        apply: (s) => s.slice(0, Math.ceil(s.length / 2)),
      },
      {
        mistake: "keeps the second half instead of the first",
        python: "s = s[len(s) // 2:]",
        apply: (s) => s.slice(Math.floor(s.length / 2)),
      },
    ],
  },
  {
    id: "double",
    description: "write every character twice in a row",
    python: "s = ''.join(c * 2 for c in s)",
    apply: (s) =>
      chars(s)
        .map((c) => c + c)
        .join(""),
    alt: ["s = ''.join(a + b for a, b in zip(s, s))"],
    slips: [
      {
        mistake: "writes the whole string twice instead of each character",
        python: "s = s + s",
        apply: (s) => s + s,
      },
      {
        mistake: "writes every character three times",
        python: "s = ''.join(c * 3 for c in s)",
        apply: (s) =>
          chars(s)
            .map((c) => c + c + c)
            .join(""),
      },
    ],
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
