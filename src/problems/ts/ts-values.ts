// Test values between passk's encoding (values.ts, Python's data model) and JavaScript's, steered by
// the parameter's or the return's Python type: a tuple becomes an array, a dict a plain object
// (string keys) or a Map, a set a Set. The wire form is JSON in which every object is tagged with
// "$", so that a sample's result cannot pose as a tag: it is what the sandbox sends both ways.
import type { Value } from "../values.js";
import { isRecordKey, type PyType } from "./py-types.js";

/** A JavaScript value as JSON: primitives and arrays as themselves, everything else tagged. */
export type Wire =
  | null
  | boolean
  | number
  | string
  | Wire[]
  | { $: "undefined" | "nan" | "inf" | "-inf" }
  | { $: "bigint"; v: string }
  | { $: "set"; v: Wire[] }
  | { $: "map" | "object"; v: [Wire, Wire][] }
  | { $: "other"; v: string };

/** A test value that TypeScript cannot hold as the problem's types say (a big integer, bytes, …). */
export class NotRepresentable extends Error {
  readonly code = "TS_VALUE";
}

const ANY: PyType = { kind: "any" };

function tagOf(value: Value): string | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  if (keys.includes("$repr")) return "$repr";
  return keys.length === 1 && (keys[0] as string).startsWith("$") ? (keys[0] as string) : null;
}

/** The passk value as JavaScript data of the given type (for a call's arguments and for prompts). */
export function toWire(value: Value, type: PyType): Wire {
  const shape = option(value, type);
  if (value === null) return null;
  if (typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "number") return value;
  if (Array.isArray(value)) return value.map((item, i) => toWire(item, itemType(shape, i)));
  const tag = tagOf(value);
  const body = tag ? (value as Record<string, Value>)[tag] : undefined;
  switch (tag) {
    case "$int": {
      const n = Number(body);
      if (!Number.isSafeInteger(n))
        throw new NotRepresentable(`integer ${String(body)} is beyond a number's ±2^53`);
      return n;
    }
    case "$float":
      return typeof body === "number"
        ? body
        : { $: body === "nan" ? "nan" : body === "inf" ? "inf" : "-inf" };
    case "$tuple":
      return (body as Value[]).map((item, i) => toWire(item, itemType(shape, i)));
    case "$set":
    case "$frozenset":
      return { $: "set", v: (body as Value[]).map((item) => toWire(item, itemType(shape, 0))) };
    case "$dict":
      return dictWire(body as [Value, Value][], shape);
    case null:
      return dictWire(Object.entries(value), shape);
    default:
      throw new NotRepresentable(`a ${tag} value has no JavaScript form`);
  }
}

function dictWire(pairs: [Value, Value][], type: PyType): Wire {
  const key = type.kind === "dict" ? type.key : ANY;
  const value = type.kind === "dict" ? type.value : ANY;
  const entries = pairs.map(([k, v]): [Wire, Wire] => [toWire(k, key), toWire(v, value)]);
  if (!isRecordKey(key)) return { $: "map", v: entries };
  if (entries.some(([k]) => typeof k !== "string")) {
    throw new NotRepresentable("a dict with keys that are not strings, where the type says string keys");
  }
  return { $: "object", v: entries };
}

/** The member of a union this value is (the type itself when it is no union). */
function option(value: Value, type: PyType): PyType {
  if (type.kind !== "union") return type;
  const fits = (candidate: PyType): boolean => {
    const tag = tagOf(value);
    if (value === null) return candidate.kind === "none";
    if (typeof value === "boolean") return candidate.kind === "bool";
    if (typeof value === "string") return candidate.kind === "str";
    if (typeof value === "number" || tag === "$int" || tag === "$float")
      return candidate.kind === "int" || candidate.kind === "float";
    if (Array.isArray(value)) return candidate.kind === "list" || candidate.kind === "tuple-of";
    if (tag === "$tuple") return candidate.kind === "tuple" || candidate.kind === "tuple-of";
    if (tag === "$set" || tag === "$frozenset") return candidate.kind === "set";
    return candidate.kind === "dict";
  };
  return type.options.find(fits) ?? type.options.find((o) => o.kind === "any") ?? ANY;
}

function itemType(type: PyType, index: number): PyType {
  switch (type.kind) {
    case "list":
    case "tuple-of":
    case "set":
      return type.item;
    case "tuple":
      return type.items[index] ?? ANY;
    default:
      return ANY;
  }
}

/** The wire value as a TypeScript expression, as prompts and examples show it. */
export function tsLiteral(wire: Wire): string {
  if (wire === null) return "null";
  if (typeof wire === "number") return Object.is(wire, -0) ? "-0" : String(wire);
  if (typeof wire !== "object") return JSON.stringify(wire);
  if (Array.isArray(wire)) return `[${wire.map(tsLiteral).join(", ")}]`;
  switch (wire.$) {
    case "undefined":
      return "undefined";
    case "nan":
      return "NaN";
    case "inf":
      return "Infinity";
    case "-inf":
      return "-Infinity";
    case "bigint":
      return `${wire.v}n`;
    case "set":
      return wire.v.length ? `new Set([${wire.v.map(tsLiteral).join(", ")}])` : "new Set()";
    case "map":
      return wire.v.length
        ? `new Map([${wire.v.map(([k, v]) => `[${tsLiteral(k)}, ${tsLiteral(v)}]`).join(", ")}])`
        : "new Map()";
    case "object":
      return wire.v.length
        ? `{${wire.v.map(([k, v]) => `${propertyName(String(k))}: ${tsLiteral(v)}`).join(", ")}}`
        : "{}";
    case "other":
      return wire.v;
  }
}

function propertyName(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}

const MAX_DEPTH = 500;

/**
 * What a TypeScript sample returned, in passk's encoding, read as the declared type says (an array
 * where a tuple is declared is that tuple). Total: anything malformed or opaque becomes a `$repr`,
 * which equals no expected value. `wire` comes from inside the sandbox and is hostile.
 */
export function fromWire(wire: unknown, type: PyType, depth = 0): Value {
  if (depth > MAX_DEPTH) return opaque("a value nested too deeply");
  if (wire === null || typeof wire === "boolean" || typeof wire === "string") return wire;
  if (typeof wire === "number") {
    return Number.isInteger(wire) && !Number.isSafeInteger(wire) ? { $float: wire } : wire;
  }
  if (Array.isArray(wire)) {
    const shape = arrayType(type);
    const items = wire.map((item, i) => fromWire(item, itemType(shape, i), depth + 1));
    return shape.kind === "tuple" ? { $tuple: items } : items;
  }
  if (typeof wire !== "object") return opaque("not a value");
  const tagged = wire as { $?: unknown; v?: unknown };
  switch (tagged.$) {
    case "undefined":
      return opaque("undefined");
    case "nan":
      return { $float: "nan" };
    case "inf":
      return { $float: "inf" };
    case "-inf":
      return { $float: "-inf" };
    case "bigint":
      return typeof tagged.v === "string" && /^-?\d{1,4300}$/.test(tagged.v)
        ? { $int: tagged.v }
        : opaque("bigint");
    case "set": {
      if (!Array.isArray(tagged.v)) return opaque("set");
      const item = setItem(type);
      return { $set: tagged.v.map((x) => fromWire(x, item, depth + 1)) };
    }
    case "map":
    case "object": {
      if (!Array.isArray(tagged.v) || !tagged.v.every((pair) => Array.isArray(pair) && pair.length === 2)) {
        return opaque(String(tagged.$));
      }
      const dict = dictType(type);
      return {
        $dict: (tagged.v as [unknown, unknown][]).map(([k, v]): [Value, Value] => [
          fromWire(k, dict.key, depth + 1),
          fromWire(v, dict.value, depth + 1),
        ]),
      };
    }
    case "other":
      return opaque(typeof tagged.v === "string" ? tagged.v.slice(0, 200) : "object");
    default:
      return opaque("object");
  }
}

function opaque(what: string): Value {
  return { $repr: what, $type: "javascript" };
}

/** Which array-like member of the (union) type an array stands for: a tuple or a list. */
function arrayType(type: PyType): PyType {
  const options = type.kind === "union" ? type.options : [type];
  return options.find((o) => o.kind === "tuple" || o.kind === "list" || o.kind === "tuple-of") ?? ANY;
}

function setItem(type: PyType): PyType {
  const options = type.kind === "union" ? type.options : [type];
  const set = options.find((o) => o.kind === "set");
  return set?.kind === "set" ? set.item : ANY;
}

function dictType(type: PyType): { key: PyType; value: PyType } {
  const options = type.kind === "union" ? type.options : [type];
  const dict = options.find((o) => o.kind === "dict");
  return dict?.kind === "dict" ? { key: dict.key, value: dict.value } : { key: ANY, value: ANY };
}
