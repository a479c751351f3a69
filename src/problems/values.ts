// Test values as data (docs/problem-format.md): JSON with $-tags for what JSON cannot say.
// Rendered as Python literals for prompts and exported tests; compared here, outside the sandbox.

/** A value in passk's encoding. */
export type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

const TAGS = new Set(["$int", "$float", "$tuple", "$set", "$frozenset", "$dict", "$bytes", "$repr", "$type"]);

/** The tag of a tagged value ("$tuple", …), or null for plain JSON. */
function tagOf(value: Value): string | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  if (keys.length === 1 && TAGS.has(keys[0] as string)) return keys[0] as string;
  if (keys.includes("$repr")) return "$repr";
  return null;
}

/** Why `value` is not a valid encoding, or null. `where` prefixes messages ("case 3: expected"). */
export function validateValue(value: unknown, where: string): string | null {
  if (value === null || typeof value === "boolean" || typeof value === "string") return null;
  if (typeof value === "number") {
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
      return `${where}: integer ${value} is beyond ±2^53; write it as {"$int": "<digits>"}`;
    }
    return null;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const problem = validateValue(item, `${where}[${i}]`);
      if (problem) return problem;
    }
    return null;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    const dollar = entries.filter(([key]) => key.startsWith("$"));
    if (dollar.length === 0) {
      for (const [key, item] of entries) {
        const problem = validateValue(item, `${where}.${key}`);
        if (problem) return problem;
      }
      return null;
    }
    const [tag, body] = entries[0] as [string, unknown];
    if (entries.length !== 1)
      return `${where}: a tagged value has exactly one key (got ${entries.map(([k]) => k).join(", ")})`;
    switch (tag) {
      case "$int":
        return typeof body === "string" && /^-?\d+$/.test(body)
          ? null
          : `${where}: $int takes a string of digits`;
      case "$float":
        return typeof body === "number" || ["inf", "-inf", "nan"].includes(body as string)
          ? null
          : `${where}: $float takes a number or "inf", "-inf", "nan"`;
      case "$bytes":
        return typeof body === "string" ? null : `${where}: $bytes takes a base64 string`;
      case "$tuple":
      case "$set":
      case "$frozenset":
        return Array.isArray(body)
          ? validateValue(body, `${where}${tag}`)
          : `${where}: ${tag} takes an array`;
      case "$dict":
        if (!Array.isArray(body) || body.some((pair) => !Array.isArray(pair) || pair.length !== 2)) {
          return `${where}: $dict takes an array of [key, value] pairs`;
        }
        return validateValue(body, `${where}$dict`);
      default:
        return `${where}: unknown tag ${tag} (known: ${[...TAGS].slice(0, 7).join(", ")})`;
    }
  }
  return `${where}: not a JSON value`;
}

/** Python's repr of a finite float: shortest round-trip digits, exponent outside [1e-4, 1e16). */
export function pythonFloat(x: number): string {
  if (Number.isNaN(x)) return "float('nan')";
  if (!Number.isFinite(x)) return x > 0 ? "float('inf')" : "-float('inf')";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const [mantissa, exponentText] = x.toExponential().split("e") as [string, string];
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    return `${mantissa}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  const fixed = x.toFixed(Math.max(0, (mantissa.split(".")[1]?.length ?? 0) - exponent));
  return fixed.includes(".") ? fixed : `${fixed}.0`;
}

/** Python's repr of a str (quotes chosen as Python does; control characters escaped). */
export function pythonString(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const code = ch.codePointAt(0) as number;
    if (ch === "\\") out += "\\\\";
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else if ((code >= 0x80 && code < 0xa0) || code === 0xad)
      out += `\\x${code.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return out + quote;
}

/** The value as a Python literal (an expression that evaluates to it). */
export function toPython(value: Value): string {
  if (value === null) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : pythonFloat(value);
  if (typeof value === "string") return pythonString(value);
  if (Array.isArray(value)) return `[${value.map(toPython).join(", ")}]`;
  const tag = tagOf(value);
  const body = tag ? (value as Record<string, Value>)[tag] : undefined;
  switch (tag) {
    case "$int":
      return String(body);
    case "$float":
      return typeof body === "number" ? pythonFloat(body) : pythonSpecial(body as string);
    case "$tuple": {
      const items = (body as Value[]).map(toPython);
      return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
    }
    case "$set":
      return (body as Value[]).length === 0 ? "set()" : `{${(body as Value[]).map(toPython).join(", ")}}`;
    case "$frozenset":
      return (body as Value[]).length === 0
        ? "frozenset()"
        : `frozenset({${(body as Value[]).map(toPython).join(", ")}})`;
    case "$dict":
      return `{${(body as [Value, Value][]).map(([k, v]) => `${toPython(k)}: ${toPython(v)}`).join(", ")}}`;
    case "$bytes":
      return pythonBytes(Buffer.from(body as string, "base64"));
    case "$repr":
      // Not a literal: an object of a type the encoding does not know, shown with its type.
      return `<${String((value as Record<string, Value>).$type)}: ${String((value as Record<string, Value>).$repr)}>`;
    default:
      return `{${Object.entries(value)
        .map(([k, v]) => `${pythonString(k)}: ${toPython(v)}`)
        .join(", ")}}`;
  }
}

/** A bytes literal: printable ASCII as is, everything else escaped, as Python's repr does. */
function pythonBytes(bytes: Buffer): string {
  const quote = bytes.includes(0x27) && !bytes.includes(0x22) ? '"' : "'";
  let out = `b${quote}`;
  for (const byte of bytes) {
    const ch = String.fromCharCode(byte);
    if (ch === "\\" || ch === quote) out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (byte < 0x20 || byte >= 0x7f) out += `\\x${byte.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return out + quote;
}

function pythonSpecial(name: string): string {
  return name === "-inf" ? "-float('inf')" : `float('${name}')`;
}

type Num = { kind: "int"; value: bigint } | { kind: "float"; value: number };

function asNumber(value: Value): Num | null {
  if (typeof value === "number") {
    return Number.isInteger(value) ? { kind: "int", value: BigInt(value) } : { kind: "float", value };
  }
  const tag = tagOf(value);
  if (tag === "$int") return { kind: "int", value: BigInt((value as { $int: string }).$int) };
  if (tag === "$float") {
    const body = (value as { $float: number | string }).$float;
    const parsed =
      typeof body === "number" ? body : body === "nan" ? Number.NaN : body === "inf" ? Infinity : -Infinity;
    return { kind: "float", value: parsed };
  }
  return null;
}

/** Options of {@link valuesEqual}. */
export interface CompareOptions {
  /** Floats are equal when |a − b| ≤ tolerance × max(1, |b|). */
  tolerance?: number;
}

/**
 * Python `==` on encoded values, with three deliberate differences: a bool only equals a bool,
 * NaN equals NaN (an expected NaN must be produced), and floats may compare with a tolerance.
 * Ints and floats compare by value (1 == 1.0), as in Python.
 */
export function valuesEqual(expected: Value, actual: Value, options: CompareOptions = {}): boolean {
  const e = asNumber(expected);
  const a = asNumber(actual);
  if (e || a) {
    if (!e || !a) return false;
    if (e.kind === "int" && a.kind === "int") return e.value === a.value;
    const x = Number(e.value);
    const y = Number(a.value);
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) && Number.isNaN(y);
    if (e.kind === "int" && a.kind === "float" && Number.isInteger(y) && Number.isFinite(y)) {
      if (options.tolerance === undefined) return e.value === BigInt(y);
    }
    if (a.kind === "int" && e.kind === "float" && Number.isInteger(x) && Number.isFinite(x)) {
      if (options.tolerance === undefined) return a.value === BigInt(x);
    }
    if (options.tolerance !== undefined && Number.isFinite(x) && Number.isFinite(y)) {
      return Math.abs(x - y) <= options.tolerance * Math.max(1, Math.abs(x));
    }
    return x === y;
  }
  if (expected === null || typeof expected !== "object" || actual === null || typeof actual !== "object") {
    return expected === actual;
  }
  if (Array.isArray(expected) || Array.isArray(actual)) {
    return Array.isArray(expected) && Array.isArray(actual) && sequencesEqual(expected, actual, options);
  }
  // As in Python: a set equals a frozenset with the same elements; a dict is a dict however encoded.
  const kind = (tag: string | null) => (tag === "$frozenset" ? "$set" : tag === null ? "$dict" : tag);
  const te = tagOf(expected);
  const ta = tagOf(actual);
  if (te === "$repr" || ta === "$repr") return false; // an opaque object never equals an expected value
  if (kind(te) !== kind(ta)) return false;
  if (te === "$tuple") return sequencesEqual(expected.$tuple as Value[], actual.$tuple as Value[], options);
  if (kind(te) === "$set")
    return multisetEqual(expected[te as string] as Value[], actual[ta as string] as Value[], {});
  if (te === "$bytes") return expected.$bytes === actual.$bytes;
  const pairs = (value: { [key: string]: Value }, tag: string | null): [Value, Value][] =>
    tag === "$dict" ? (value.$dict as [Value, Value][]) : Object.entries(value);
  const pe = pairs(expected, te);
  const pa = pairs(actual, ta);
  if (pe.length !== pa.length) return false;
  return pe.every(([key, value]) => {
    const match = pa.find(([k]) => valuesEqual(key, k));
    return match !== undefined && valuesEqual(value, match[1], options);
  });
}

function sequencesEqual(e: Value[], a: Value[], options: CompareOptions): boolean {
  return e.length === a.length && e.every((item, i) => valuesEqual(item, a[i] as Value, options));
}

/** Equal as multisets: every expected item matched by a distinct actual item. */
export function multisetEqual(expected: Value[], actual: Value[], options: CompareOptions): boolean {
  if (expected.length !== actual.length) return false;
  const rest = [...actual];
  for (const item of expected) {
    const index = rest.findIndex((candidate) => valuesEqual(item, candidate, options));
    if (index < 0) return false;
    rest.splice(index, 1);
  }
  return true;
}

/**
 * A key equal for two encoded values exactly when they are the same Python value written two ways:
 * object keys, set elements and $dict pairs in any order. Used to find duplicate test cases.
 */
export function canonicalJson(value: Value): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const tag = tagOf(value);
  if (tag === "$set" || tag === "$frozenset" || tag === "$dict") {
    const items = (value[tag] as Value[]).map(canonicalJson).sort();
    return `{${JSON.stringify(tag)}:[${items.join(",")}]}`;
  }
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
}
