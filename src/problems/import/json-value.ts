// JSON text as Python's json module reads it, straight into passk's value encoding
// (docs/problem-format.md, "Values"): `2.0` stays a float ({"$float": 2}), integers beyond ±2^53
// keep their digits ({"$int": "…"}), NaN and Infinity (which Python writes) become {"$float": …},
// and an object whose keys start with "$" becomes {"$dict": …}. JSON.parse would lose the first two.
import type { Value } from "../values.js";

const MAX_DEPTH = 500;

/**
 * The value `text` holds, as Python's `json.loads` reads it.
 * @throws Error saying where the text is not JSON.
 */
export function parsePythonJson(text: string): Value {
  let pos = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at character ${pos}`);
  };
  const space = () => {
    while (pos < text.length && " \t\n\r".includes(text[pos] as string)) pos++;
  };
  const value = (depth: number): Value => {
    if (depth > MAX_DEPTH) fail(`nested more than ${MAX_DEPTH} deep`);
    space();
    const ch = text[pos];
    if (ch === "{") return object(depth);
    if (ch === "[") return array(depth);
    if (ch === '"') return string();
    for (const [word, result] of WORDS) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return result;
      }
    }
    return number();
  };
  const array = (depth: number): Value => {
    pos++;
    const items: Value[] = [];
    space();
    if (text[pos] === "]") {
      pos++;
      return items;
    }
    for (;;) {
      items.push(value(depth + 1));
      space();
      if (text[pos] === ",") pos++;
      else if (text[pos] === "]") {
        pos++;
        return items;
      } else fail("expected ',' or ']'");
    }
  };
  const object = (depth: number): Value => {
    pos++;
    const entries: [string, Value][] = [];
    space();
    if (text[pos] === "}") {
      pos++;
      return {};
    }
    for (;;) {
      space();
      if (text[pos] !== '"') fail("expected a string key");
      const key = string();
      space();
      if (text[pos] !== ":") fail("expected ':'");
      pos++;
      entries.push([key, value(depth + 1)]);
      space();
      if (text[pos] === ",") pos++;
      else if (text[pos] === "}") {
        pos++;
        break;
      } else fail("expected ',' or '}'");
    }
    // As Python's json: a repeated key keeps its last value.
    const byKey = new Map(entries);
    if ([...byKey.keys()].some((key) => key.startsWith("$")))
      return { $dict: [...byKey].map(([k, v]) => [k, v]) };
    return Object.fromEntries(byKey);
  };
  const match = (pattern: RegExp, what: string): RegExpExecArray => {
    pattern.lastIndex = pos;
    const found = pattern.exec(text);
    if (!found) return fail(what);
    pos += found[0].length;
    return found;
  };
  const string = (): string => JSON.parse(match(STRING, "malformed string")[0]) as string;
  const number = (): Value => {
    const [literal, fraction, exponent] = match(NUMBER, "unexpected character");
    const parsed = Number(literal);
    if (fraction === undefined && exponent === undefined) {
      return Number.isSafeInteger(parsed) ? parsed : { $int: BigInt(literal).toString() };
    }
    if (!Number.isFinite(parsed)) return { $float: parsed > 0 ? "inf" : "-inf" };
    return Number.isInteger(parsed) ? { $float: parsed } : parsed;
  };
  const result = value(0);
  space();
  if (pos !== text.length) fail("text after the value");
  return result;
}

// Sticky: each matches at `lastIndex` only, without copying the rest of the text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON strings may not hold raw control characters
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

const WORDS: [string, Value][] = [
  ["null", null],
  ["true", true],
  ["false", false],
  ["NaN", { $float: "nan" }],
  ["Infinity", { $float: "inf" }],
  ["-Infinity", { $float: "-inf" }],
];
