// Python's own comparisons on values in the wire encoding (docs/problem-format.md, "Values"), as
// EvalPlus's evaluator makes them on live objects: `==` (1 == 1.0 == True, -0.0 == 0.0, NaN equal
// to nothing, sets and dicts by hash and equality), `set(x)`, and numpy's `allclose`. passk's own
// data mode (problems/values.ts) deliberately differs from Python; EvalPlus's verdicts need Python.
import type { Value } from "../../problems/values.js";

/** A decoded value: the Python type of each part, numbers exact. */
export type Py =
  | { t: "none" }
  | { t: "bool"; v: boolean }
  | { t: "int"; v: bigint }
  | { t: "float"; v: number }
  | { t: "complex"; re: number; im: number }
  | { t: "str"; v: string }
  | { t: "bytes"; v: string }
  | { t: "list" | "tuple"; items: Py[] }
  | { t: "set" | "frozenset"; items: Py[] }
  | { t: "dict"; entries: [Py, Py][] }
  /** Anything the encoding could not say (a generator, an instance of the sample's class). */
  | { t: "opaque"; type: string; repr: string };

/** Raised where Python would raise (TypeError, ValueError): the input fails. */
export class PyError extends Error {}

/** The encoded value as Python types. Plain integers are ints: the encoding tags integral floats. */
export function decode(value: Value): Py {
  if (value === null) return { t: "none" };
  if (typeof value === "boolean") return { t: "bool", v: value };
  if (typeof value === "number") {
    return Number.isInteger(value) ? { t: "int", v: BigInt(value) } : { t: "float", v: value };
  }
  if (typeof value === "string") return { t: "str", v: value };
  if (Array.isArray(value)) return { t: "list", items: value.map(decode) };
  const keys = Object.keys(value);
  if (keys.length === 2 && "$repr" in value && "$type" in value) {
    return { t: "opaque", type: String(value.$type), repr: String(value.$repr) };
  }
  if (keys.length === 1 && (keys[0] as string).startsWith("$")) {
    const tag = keys[0] as string;
    const body = value[tag] as Value;
    switch (tag) {
      case "$int":
        return { t: "int", v: BigInt(body as string) };
      case "$float":
        return { t: "float", v: floatOf(body) };
      case "$complex": {
        const [re, im] = (body as Value[]).map((part) => {
          const py = decode(part);
          return py.t === "float" ? py.v : py.t === "int" ? Number(py.v) : Number.NaN;
        });
        return { t: "complex", re: re as number, im: im as number };
      }
      case "$tuple":
        return { t: "tuple", items: (body as Value[]).map(decode) };
      case "$set":
      case "$frozenset":
        return { t: tag === "$set" ? "set" : "frozenset", items: (body as Value[]).map(decode) };
      case "$dict":
        return { t: "dict", entries: (body as [Value, Value][]).map(([k, v]) => [decode(k), decode(v)]) };
      case "$bytes":
        return { t: "bytes", v: body as string };
      default:
        throw new PyError(`unknown value tag ${tag}`);
    }
  }
  return { t: "dict", entries: Object.entries(value).map(([k, v]) => [{ t: "str", v: k }, decode(v)]) };
}

function floatOf(body: Value): number {
  if (typeof body === "number") return body;
  if (body === "inf") return Number.POSITIVE_INFINITY;
  if (body === "-inf") return Number.NEGATIVE_INFINITY;
  return Number.NaN;
}

type Real = { kind: "int"; v: bigint } | { kind: "float"; v: number };

/** A number's value for comparisons (bool is an int), or null for anything else. */
function realOf(py: Py): Real | null {
  if (py.t === "bool") return { kind: "int", v: py.v ? 1n : 0n };
  if (py.t === "int") return { kind: "int", v: py.v };
  if (py.t === "float") return { kind: "float", v: py.v };
  if (py.t === "complex" && py.im === 0) return { kind: "float", v: py.re };
  return null;
}

function isNumber(py: Py): boolean {
  return py.t === "bool" || py.t === "int" || py.t === "float" || py.t === "complex";
}

/** int == float compares exactly in Python (not after rounding the int to a float). */
function realsEqual(a: Real, b: Real): boolean {
  if (a.kind === "int" && b.kind === "int") return a.v === b.v;
  if (a.kind === "float" && b.kind === "float") return a.v === b.v;
  const [i, f] = a.kind === "int" ? [a.v, b.v as number] : [b.v as bigint, a.v];
  return Number.isInteger(f) && BigInt(f) === i;
}

/** Python's `a == b` on plain values. */
export function pyEqual(a: Py, b: Py): boolean {
  if (isNumber(a) || isNumber(b)) {
    if (!isNumber(a) || !isNumber(b)) return false;
    if (a.t === "complex" && b.t === "complex") return a.re === b.re && a.im === b.im;
    if (a.t === "complex" || b.t === "complex") {
      const [c, other] = (a.t === "complex" ? [a, b] : [b, a]) as [{ re: number; im: number }, Py];
      return c.im === 0 && realsEqual({ kind: "float", v: c.re }, realOf(other) as Real);
    }
    return realsEqual(realOf(a) as Real, realOf(b) as Real);
  }
  switch (a.t) {
    case "none":
      return b.t === "none";
    case "str":
    case "bytes":
      return b.t === a.t && b.v === a.v;
    case "list":
    case "tuple":
      return b.t === a.t && sequencesEqual(a.items, b.items);
    case "set":
    case "frozenset":
      return (b.t === "set" || b.t === "frozenset") && setsEqual(a.items, b.items);
    case "dict":
      return b.t === "dict" && dictsEqual(a.entries, b.entries);
    default:
      // An object the encoding could not say never equals anything: its __eq__ is the sample's.
      return false;
  }
}

function sequencesEqual(a: Py[], b: Py[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!pyEqual(a[i] as Py, b[i] as Py)) return false;
  return true;
}

let unique = 0;

/**
 * A string that two hashable values share exactly when Python's hash-and-== lookup finds one for
 * the other (a set's or a dict's keys); null for an unhashable value (a list, a dict, a set).
 */
export function hashKey(py: Py): string | null {
  switch (py.t) {
    case "none":
      return "N";
    case "bool":
    case "int":
    case "float":
    case "complex": {
      if (py.t === "complex" && py.im !== 0) {
        return Number.isNaN(py.re) || Number.isNaN(py.im) ? `x${unique++}` : `c${py.re},${py.im}`;
      }
      const real = realOf(py) as Real;
      if (real.kind === "int") return `n${real.v}`;
      if (Number.isNaN(real.v)) return `x${unique++}`; // NaN equals nothing, not even itself
      if (Number.isInteger(real.v)) return `n${BigInt(real.v)}`; // -0.0 and 0.0 included
      return `f${real.v}`;
    }
    case "str":
      return `s${py.v}`;
    case "bytes":
      return `b${py.v}`;
    case "tuple": {
      const parts: string[] = [];
      for (const item of py.items) {
        const key = hashKey(item);
        if (key === null) return null;
        parts.push(JSON.stringify(key));
      }
      return `t[${parts.join(",")}]`;
    }
    case "frozenset": {
      const parts: string[] = [];
      for (const item of py.items) {
        const key = hashKey(item);
        if (key === null) return null;
        parts.push(JSON.stringify(key));
      }
      return `S[${[...new Set(parts)].sort().join(",")}]`;
    }
    case "opaque":
      return `x${unique++}`;
    default:
      return null;
  }
}

function setsEqual(a: Py[], b: Py[]): boolean {
  const keys = (items: Py[]) => new Set(items.map((item) => hashKey(item) ?? `x${unique++}`));
  const ka = keys(a);
  const kb = keys(b);
  if (ka.size !== kb.size) return false;
  for (const key of ka) if (!kb.has(key)) return false;
  return true;
}

function dictsEqual(a: [Py, Py][], b: [Py, Py][]): boolean {
  if (a.length !== b.length) return false;
  const index = new Map<string, Py>();
  for (const [key, value] of b) index.set(hashKey(key) ?? `x${unique++}`, value);
  for (const [key, value] of a) {
    const other = index.get(hashKey(key) ?? `x${unique++}`);
    if (other === undefined || !pyEqual(value, other)) return false;
  }
  return true;
}

/** Python's `set(x) == set(y)`. @throws PyError where `set()` would raise (not iterable, unhashable). */
export function setEqual(x: Py, y: Py): boolean {
  const keys = (py: Py): Set<string> => {
    const out = new Set<string>();
    for (const item of iterate(py)) {
      const key = hashKey(item);
      if (key === null) throw new PyError(`unhashable type: '${item.t}'`);
      out.add(key);
    }
    return out;
  };
  const kx = keys(x);
  const ky = keys(y);
  return kx.size === ky.size && [...kx].every((key) => ky.has(key));
}

/** What `for item in py` gives. @throws PyError for a value that is not iterable. */
function iterate(py: Py): Py[] {
  switch (py.t) {
    case "list":
    case "tuple":
    case "set":
    case "frozenset":
      return py.items;
    case "dict":
      return py.entries.map(([key]) => key);
    case "str":
      return Array.from(py.v, (ch) => ({ t: "str", v: ch }));
    case "bytes":
      return Array.from(Buffer.from(py.v, "base64"), (byte) => ({ t: "int", v: BigInt(byte) }));
    default:
      throw new PyError(`'${py.t === "opaque" ? py.type : py.t}' object is not iterable`);
  }
}

/** EvalPlus's is_floats: a float, or a non-empty list or tuple of floats. */
export function isFloats(py: Py): boolean {
  if (py.t === "float") return true;
  if ((py.t === "list" || py.t === "tuple") && py.items.length > 0)
    return py.items.every((i) => i.t === "float");
  return false;
}

/** The name `type(x)` gives, to compare the types of two values as EvalPlus does. */
export function typeName(py: Py): string {
  return py.t === "opaque" ? `opaque:${py.type}` : py.t;
}

/** The length of a list or tuple. */
export function lengthOf(py: Py): number | null {
  return py.t === "list" || py.t === "tuple" ? py.items.length : null;
}

/** A number as a float (an int too large for a float raises OverflowError in Python). */
export function asFloat(py: Py): number {
  const real = realOf(py);
  if (real === null || (py.t === "complex" && py.im !== 0))
    throw new PyError(`must be real number, not ${py.t}`);
  if (real.kind === "float") return real.v;
  const value = Number(real.v);
  if (!Number.isFinite(value)) throw new PyError("int too large to convert to float");
  return value;
}

// ---------------------------------------------------------------- numpy.allclose

type Element = { re: number; im: number };
interface NdArray {
  shape: number[];
  data: Element[];
}

const INT64 = 2n ** 63n;

/** numpy.asarray of a numeric value: nested lists and tuples of one shape. @throws PyError otherwise. */
function toArray(py: Py): NdArray {
  switch (py.t) {
    case "bool":
      return { shape: [], data: [{ re: py.v ? 1 : 0, im: 0 }] };
    case "int":
      if (py.v >= INT64 || py.v < -INT64) throw new PyError("an int beyond int64 makes an object array");
      return { shape: [], data: [{ re: Number(py.v), im: 0 }] };
    case "float":
      return { shape: [], data: [{ re: py.v, im: 0 }] };
    case "complex":
      return { shape: [], data: [{ re: py.re, im: py.im }] };
    case "list":
    case "tuple": {
      const parts = py.items.map(toArray);
      const inner = parts[0]?.shape ?? [];
      for (const part of parts) {
        if (part.shape.length !== inner.length || part.shape.some((d, i) => d !== inner[i])) {
          throw new PyError("setting an array element with a sequence: inhomogeneous shape");
        }
      }
      return { shape: [parts.length, ...inner], data: parts.flatMap((part) => part.data) };
    }
    default:
      throw new PyError(`ufunc 'isfinite' not supported for ${py.t}`);
  }
}

/** numpy.allclose(actual, expected, rtol, atol), with numpy's broadcasting. @throws PyError where numpy raises. */
export function allclose(actual: Py, expected: Py, rtol: number, atol: number): boolean {
  const a = toArray(actual);
  const b = toArray(expected);
  const rank = Math.max(a.shape.length, b.shape.length);
  const pad = (shape: number[]) => [...Array<number>(rank - shape.length).fill(1), ...shape];
  const sa = pad(a.shape);
  const sb = pad(b.shape);
  const shape = sa.map((d, i) => {
    const e = sb[i] as number;
    if (d !== e && d !== 1 && e !== 1) throw new PyError("operands could not be broadcast together");
    return d === 1 ? e : d;
  });
  const total = shape.reduce((n, d) => n * d, 1);
  const strides = (s: number[]) => {
    const out = new Array<number>(rank).fill(0);
    let stride = 1;
    for (let i = rank - 1; i >= 0; i--) {
      out[i] = s[i] === 1 ? 0 : stride;
      stride *= s[i] as number;
    }
    return out;
  };
  const stA = strides(sa);
  const stB = strides(sb);
  for (let flat = 0; flat < total; flat++) {
    let ia = 0;
    let ib = 0;
    let rest = flat;
    for (let d = rank - 1; d >= 0; d--) {
      const size = shape[d] as number;
      const at = rest % size;
      rest = Math.floor(rest / size);
      ia += at * (stA[d] as number);
      ib += at * (stB[d] as number);
    }
    if (!isClose(a.data[ia] as Element, b.data[ib] as Element, rtol, atol)) return false;
  }
  return true;
}

function isClose(x: Element, y: Element, rtol: number, atol: number): boolean {
  const finite = (e: Element) => Number.isFinite(e.re) && Number.isFinite(e.im);
  if (finite(x) && finite(y)) {
    return Math.hypot(x.re - y.re, x.im - y.im) <= atol + rtol * Math.hypot(y.re, y.im);
  }
  return x.re === y.re && x.im === y.im; // infinities equal only themselves; NaN nothing
}
