// JSON as Python's json module reads it (NaN, Infinity and -Infinity allowed), for EvalPlus files:
// their inputs are Python values dumped by Python, and one MBPP+ line holds an Infinity that
// JSON.parse refuses. EvalPlus's inputs must reach Python as the dataset wrote them (integers past
// 2^53, 1.0 apart from 1, "$" keys), so besides parsing, this finds the exact text of each element
// of an array field: that text, not a value rebuilt in JavaScript, is what the sandbox reads.
import { pythonString } from "./values.js";

/** A syntax error at a character offset. */
export class PyJsonError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at position ${offset}`);
  }
}

const MAX_DEPTH = 10_000;

/** A recursive-descent parser of Python's JSON. */
class Parser {
  pos = 0;

  constructor(readonly text: string) {}

  document(): unknown {
    const value = this.value(0);
    this.space();
    if (this.pos !== this.text.length) throw new PyJsonError("unexpected text after the value", this.pos);
    return value;
  }

  private space(): void {
    const { text } = this;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
      this.pos++;
    }
  }

  private value(depth: number): unknown {
    if (depth > MAX_DEPTH) throw new PyJsonError("nested too deeply", this.pos);
    this.space();
    const c = this.text[this.pos];
    if (c === "{") return this.object(depth);
    if (c === "[") return this.array(depth);
    if (c === '"') return this.string();
    return this.scalar();
  }

  private object(depth: number): unknown {
    const out: Record<string, unknown> = {};
    this.pos++;
    this.space();
    if (this.text[this.pos] === "}") {
      this.pos++;
      return out;
    }
    for (;;) {
      this.space();
      if (this.text[this.pos] !== '"') throw new PyJsonError("expected a string key", this.pos);
      const key = this.string();
      this.space();
      if (this.text[this.pos] !== ":") throw new PyJsonError("expected ':'", this.pos);
      this.pos++;
      this.space();
      out[key] = this.value(depth + 1);
      this.space();
      const next = this.text[this.pos++];
      if (next === "}") return out;
      if (next !== ",") throw new PyJsonError("expected ',' or '}'", this.pos - 1);
    }
  }

  private array(depth: number): unknown {
    const out: unknown[] = [];
    this.pos++;
    this.space();
    if (this.text[this.pos] === "]") {
      this.pos++;
      return out;
    }
    for (;;) {
      out.push(this.value(depth + 1));
      this.space();
      const next = this.text[this.pos++];
      if (next === "]") return out;
      if (next !== ",") throw new PyJsonError("expected ',' or ']'", this.pos - 1);
    }
  }

  private string(): string {
    const { text } = this;
    const start = this.pos;
    this.pos++;
    let escaped = false;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos++);
      if (c === 0x5c) {
        escaped = true;
        this.pos++;
      } else if (c === 0x22) {
        const token = text.slice(start, this.pos);
        if (!escaped) return token.slice(1, -1);
        try {
          return JSON.parse(token) as string;
        } catch {
          throw new PyJsonError("invalid string escape", start);
        }
      } else if (c < 0x20) {
        throw new PyJsonError("control character in a string", this.pos - 1);
      }
    }
    throw new PyJsonError("unterminated string", start);
  }

  private scalar(): unknown {
    for (const [word, value] of LITERALS) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) throw new PyJsonError("expected a value", this.pos);
    this.pos += match[0].length;
    return Number(match[0]);
  }
}

/** True when the character at `index` is escaped (an odd number of backslashes before it). */
function escapedAt(text: string, index: number): boolean {
  let count = 0;
  for (let i = index - 1; i >= 0 && text.charCodeAt(i) === 0x5c; i--) count++;
  return count % 2 === 1;
}

const LITERALS: readonly [string, unknown][] = [
  ["true", true],
  ["false", false],
  ["null", null],
  ["NaN", Number.NaN],
  ["Infinity", Number.POSITIVE_INFINITY],
  ["-Infinity", Number.NEGATIVE_INFINITY],
];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Parses `text` as Python's json.loads does (numbers become JavaScript numbers: integers past 2^53
 * lose digits there, which is why the element texts are kept).
 * @throws PyJsonError on a syntax error
 */
export function parsePythonJson(text: string): unknown {
  return new Parser(text).document();
}

/** {@link parsePythonJson}'s value, or undefined when `text` is not Python's JSON. */
export function readPythonJson(text: string): unknown {
  try {
    return parsePythonJson(text);
  } catch (error) {
    if (error instanceof PyJsonError) return undefined;
    throw error;
  }
}

/**
 * The text of each element of the array fields `keys` of the JSON object `text` (top level only),
 * as they are written in it; fields that are not arrays are left out. `text` must already be known
 * to be valid (JSON.parse or {@link parsePythonJson} read it): this only finds boundaries, in one
 * tight pass (an EvalPlus file is megabytes of inputs).
 */
export function arrayElementTexts(text: string, keys: readonly string[]): Map<string, string[]> {
  const wanted = new Set(keys);
  const out = new Map<string, string[]>();
  let depth = 0;
  let key: string | null = null;
  let expectKey = false;
  let elements: string[] | null = null;
  let start = 0;
  const take = (end: number) => {
    const element = text.slice(start, end).trim();
    if (element !== "") elements?.push(element);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      let end = text.indexOf('"', i + 1);
      while (end > 0 && escapedAt(text, end)) end = text.indexOf('"', end + 1);
      if (end < 0) break;
      if (depth === 1 && expectKey) key = JSON.parse(text.slice(i, end + 1)) as string;
      i = end;
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth === 1) expectKey = true;
      if (depth === 2 && c === 0x5b && key !== null && wanted.has(key)) {
        elements = [];
        out.set(key, elements);
        start = i + 1;
      }
    } else if (c === 0x7d || c === 0x5d) {
      if (depth === 2 && elements) {
        take(i);
        elements = null;
      }
      depth--;
    } else if (c === 0x2c) {
      if (depth === 1) {
        expectKey = true;
        key = null;
      } else if (depth === 2 && elements) {
        take(i);
        start = i + 1;
      }
    } else if (c === 0x3a && depth === 1) {
      expectKey = false;
    }
  }
  return out;
}

/**
 * A JSON text (Python's flavour) written as the Python literal json.loads would read it back as:
 * true/false/null as True/False/None, strings in Python's quotes, numbers as they are. For
 * messages; `text` must be valid.
 */
export function pythonLiteral(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; ) {
    const c = text[i] as string;
    if (c === '"') {
      let end = text.indexOf('"', i + 1);
      while (end > 0 && escapedAt(text, end)) end = text.indexOf('"', end + 1);
      if (end < 0) return out + text.slice(i);
      out += pythonString(JSON.parse(text.slice(i, end + 1)) as string);
      i = end + 1;
      continue;
    }
    const word = WORDS.find(([json]) => text.startsWith(json, i));
    if (word) {
      out += word[1];
      i += word[0].length;
      continue;
    }
    out += c === "," ? ", " : c === ":" ? ": " : /\s/.test(c) ? "" : c;
    i++;
  }
  return out;
}

const WORDS: readonly [string, string][] = [
  ["true", "True"],
  ["false", "False"],
  ["null", "None"],
  ["NaN", "float('nan')"],
  ["-Infinity", "-float('inf')"],
  ["Infinity", "float('inf')"],
];
