// sacreBLEU's default "13a" tokenizer (the tokenization of WMT's mteval-v13a.pl), reproduced exactly
// so that our BLEU numbers can be compared with published sacreBLEU numbers. Also the two pieces of
// Python string semantics BLEU depends on: what `str.split()` and `str.rstrip()` count as whitespace.

// Python's `str.isspace()` set, which `str.split()` and `str.rstrip()` use. It is not JavaScript's
// `\s`: Python also counts U+001C–U+001F and U+0085 and does not count U+FEFF.
const PY_SPACE_CLASS =
  "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const PY_SPACES = new RegExp(`[${PY_SPACE_CLASS}]+`);
const PY_SPACE = new RegExp(`[${PY_SPACE_CLASS}]`);

// The four substitutions of mteval-v13a, in order, compiled once. Two differences from sacreBLEU's
// patterns that cannot change the tokens, for speed: the first rule leaves spaces alone (sacreBLEU
// pads each space with two more, but every later rule treats a run of spaces as it treats one
// space), and fixed characters are written out instead of copied from a group. The test compares
// this with the verbatim rules on random strings.
// They run without the `u` flag, so `[^0-9]` may match half of a surrogate pair; the spaces go on
// the far side of that half, so the output is the same as Python's code-point matching.
const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // every ASCII symbol and punctuation mark except the apostrophe, hyphen, period and comma
  [/[{-~[-`!-&(-+:-@/]/g, " $& "],
  // a period or comma not preceded by a digit
  [/([^0-9])([.,])/g, "$1 $2 "],
  // a period or comma not followed by a digit
  [/([.,])([^0-9])/g, " $1 $2"],
  // a dash preceded by a digit
  [/([0-9])-/g, "$1 - "],
];

/** Python's `line.split()`: the non-empty runs between Python whitespace. */
export function pySplit(line: string): string[] {
  const parts = line.split(PY_SPACES);
  // Leading or trailing whitespace leaves one empty string at that end, never in the middle.
  if (parts.length > 0 && parts[0] === "") parts.shift();
  if (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  return parts;
}

/** Python's `line.rstrip()`: `line` without trailing Python whitespace. */
export function pyRstrip(line: string): string {
  let end = line.length;
  while (end > 0 && PY_SPACE.test(line.charAt(end - 1))) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** The tokens of {@link tokenize13a}, as an array (what BLEU counts n-grams over). */
export function tokens13a(line: string): string[] {
  let s = line.includes("<skipped>") ? line.replaceAll("<skipped>", "") : line;
  if (s.includes("\n")) s = s.replaceAll("-\n", "").replaceAll("\n", " ");
  if (s.includes("&")) {
    // In mteval's order, one pass each: "&amp;lt;" ends as "<" but "&amp;quot;" as "&quot;".
    s = s.replaceAll("&quot;", '"').replaceAll("&amp;", "&").replaceAll("&lt;", "<").replaceAll("&gt;", ">");
  }
  s = ` ${s} `;
  for (const [pattern, replacement] of RULES) s = s.replace(pattern, replacement);
  return pySplit(s);
}

/**
 * sacreBLEU's "13a" tokenizer (`Tokenizer13a`, mteval-v13a semantics): drops `<skipped>`, joins
 * lines broken after a hyphen, unescapes `&quot; &amp; &lt; &gt;`, puts spaces around punctuation
 * and symbols (periods and commas only when not between digits, dashes only after a digit), and
 * returns the tokens joined by single spaces.
 *
 * Like sacreBLEU's tokenizer it does not lowercase and does not strip the line first; BLEU does
 * both before calling it (see `corpusBleu`).
 *
 * @example tokenize13a("It wasn't 3.5 km, (roughly).") === "It wasn't 3.5 km , ( roughly ) ."
 */
export function tokenize13a(line: string): string {
  return tokens13a(line).join(" ");
}
