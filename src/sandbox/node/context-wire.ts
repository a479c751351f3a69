// How a call's arguments and its answer cross between the tester thread and a sample that runs in a
// V8 context of its own (context-worker.ts): as text, never as objects. The context's side only ever
// receives strings from the worker that holds it and only ever hands strings back, so no object of the
// worker's realm reaches the sample. Used on both sides (stringified into the tester and into the
// context's bootstrap), so the factory uses only what it declares itself and captures the builtins it
// needs when it is called: inside the context that is before the sample's code runs.
//
// The text is JSON: null, booleans, strings and finite numbers as themselves, arrays as arrays, and
// everything else tagged: {"$":"u"} undefined, "nan", "inf", "-inf", "-0", {"$":"big","v":"12"},
// {"$":"o","v":[[key, value], …]} an object (its own enumerable string-keyed properties, as a
// structured clone takes them), {"$":"m","v":[[k, v], …]} a Map, {"$":"s","v":[…]} a Set,
// {"$":"d","v":<time>} a Date. What has no such form (a function, a symbol, a cycle, an array with
// holes or extra properties, an error, a typed array, …) is not encoded: `encode` answers null and the
// sample is run again in a worker of its own, where the structured clone takes it as before.

/**
 * The codec: `encode` returns null for a value it has no form for; `decode` (the text) and `revive` (the
 * text already parsed as JSON) throw on anything that is not the encoding.
 */
export interface ContextWire {
  encode(value: unknown): string | null;
  decode(text: string): unknown;
  revive(json: unknown): unknown;
}

export function contextWire(): ContextWire {
  const { defineProperty, keys, getOwnPropertyDescriptor } = Object;
  const apply = Reflect.apply;
  const isArray = Array.isArray;
  const parse = JSON.parse;
  const stringify = JSON.stringify;
  const hasOwn = Object.hasOwn;
  const toTag = Object.prototype.toString;
  const NativeMap = Map;
  const NativeSet = Set;
  const NativeDate = Date;
  const NativeBigInt = BigInt;
  const mapSize = getOwnPropertyDescriptor(Map.prototype, "size")?.get as () => number;
  const setSize = getOwnPropertyDescriptor(Set.prototype, "size")?.get as () => number;
  const mapForEach = Map.prototype.forEach;
  const setForEach = Set.prototype.forEach;
  const mapSet = Map.prototype.set;
  const setAdd = Set.prototype.add;
  const setHas = Set.prototype.has;
  const setDelete = Set.prototype.delete;
  const dateGetTime = Date.prototype.getTime;
  const bigintToString = BigInt.prototype.toString;
  const INFINITY = Number.POSITIVE_INFINITY;
  const notANumber = Number.isNaN;
  const DIGITS = /^-?\d+$/;
  const regexpTest = RegExp.prototype.test;
  const MAX_DEPTH = 1000;

  const branded = (getter: (...args: never[]) => unknown, value: object): boolean => {
    try {
      apply(getter, value, []);
      return true;
    } catch {
      return false;
    }
  };

  const encodeObject = (value: object, depth: number, ancestors: Set<object>): string | null => {
    if (isArray(value)) {
      const length = value.length;
      const own = keys(value);
      if (own.length !== length) return null; // holes or extra properties
      let text = "[";
      for (let i = 0; i < length; i++) {
        if (own[i] !== `${i}`) return null;
        const item = encodeValue(value[i], depth + 1, ancestors);
        if (item === null) return null;
        text += i === 0 ? item : `,${item}`;
      }
      return `${text}]`;
    }
    if (branded(mapSize, value)) {
      const pairs: string[] = [];
      let ok = true;
      apply(mapForEach, value, [
        (v: unknown, k: unknown) => {
          if (!ok) return;
          const key = encodeValue(k, depth + 1, ancestors);
          const item = key === null ? null : encodeValue(v, depth + 1, ancestors);
          if (key === null || item === null) ok = false;
          else pairs[pairs.length] = `[${key},${item}]`;
        },
      ]);
      return ok ? `{"$":"m","v":[${pairs.join(",")}]}` : null;
    }
    if (branded(setSize, value)) {
      const items: string[] = [];
      let ok = true;
      apply(setForEach, value, [
        (v: unknown) => {
          if (!ok) return;
          const item = encodeValue(v, depth + 1, ancestors);
          if (item === null) ok = false;
          else items[items.length] = item;
        },
      ]);
      return ok ? `{"$":"s","v":[${items.join(",")}]}` : null;
    }
    if (branded(dateGetTime, value)) {
      return `{"$":"d","v":${encodeValue(apply(dateGetTime, value, []), depth + 1, ancestors)}}`;
    }
    if (apply(toTag, value, []) !== "[object Object]") return null;
    let text = "";
    for (const key of keys(value)) {
      const item = encodeValue((value as Record<string, unknown>)[key], depth + 1, ancestors);
      if (item === null) return null;
      text += `${text === "" ? "" : ","}[${stringify(key)},${item}]`;
    }
    return `{"$":"o","v":[${text}]}`;
  };

  const encodeValue = (value: unknown, depth: number, ancestors: Set<object>): string | null => {
    switch (typeof value) {
      case "undefined":
        return '{"$":"u"}';
      case "boolean":
        return value ? "true" : "false";
      case "string":
        return stringify(value);
      case "number":
        if (notANumber(value)) return '{"$":"nan"}';
        if (value === INFINITY) return '{"$":"inf"}';
        if (value === -INFINITY) return '{"$":"-inf"}';
        if (value === 0 && 1 / value < 0) return '{"$":"-0"}';
        return stringify(value);
      case "bigint":
        return `{"$":"big","v":"${apply(bigintToString, value, [])}"}`;
      case "object":
        break;
      default:
        return null; // a function or a symbol
    }
    if (value === null) return "null";
    if (depth > MAX_DEPTH || apply(setHas, ancestors, [value])) return null;
    apply(setAdd, ancestors, [value]);
    try {
      return encodeObject(value, depth, ancestors);
    } finally {
      apply(setDelete, ancestors, [value]);
    }
  };

  const bad = (what: string): never => {
    throw new TypeError(`not passk's call encoding: ${what}`);
  };

  const decodeValue = (json: unknown, depth: number): unknown => {
    if (json === null || typeof json !== "object") return json;
    if (depth > MAX_DEPTH + 1) bad("nested too deeply");
    if (isArray(json)) {
      const out: unknown[] = [];
      for (let i = 0; i < json.length; i++) out[i] = decodeValue(json[i], depth + 1);
      return out;
    }
    const tagged = json as { $?: unknown; v?: unknown };
    const v = tagged.v;
    switch (hasOwn(tagged, "$") ? tagged.$ : undefined) {
      case "u":
        return undefined;
      case "nan":
        return 0 / 0;
      case "inf":
        return INFINITY;
      case "-inf":
        return -INFINITY;
      case "-0":
        return -0;
      case "big":
        if (typeof v !== "string" || !apply(regexpTest, DIGITS, [v])) bad("a bigint");
        return NativeBigInt(v as string);
      case "d":
        return new NativeDate(decodeValue(v, depth + 1) as number);
      case "o": {
        const out: Record<string, unknown> = {};
        for (const pair of pairsOf(v)) {
          if (typeof pair[0] !== "string") bad("an object's key");
          defineProperty(out, pair[0] as string, {
            value: decodeValue(pair[1], depth + 1),
            writable: true,
            enumerable: true,
            configurable: true,
          });
        }
        return out;
      }
      case "m": {
        const out = new NativeMap();
        for (const pair of pairsOf(v))
          apply(mapSet, out, [decodeValue(pair[0], depth + 1), decodeValue(pair[1], depth + 1)]);
        return out;
      }
      case "s": {
        const out = new NativeSet();
        if (!isArray(v)) bad("a set");
        for (const item of v as unknown[]) apply(setAdd, out, [decodeValue(item, depth + 1)]);
        return out;
      }
      default:
        return bad("an unknown tag");
    }
  };

  const pairsOf = (v: unknown): unknown[][] => {
    if (!isArray(v)) bad("pairs");
    for (const pair of v as unknown[]) if (!isArray(pair) || pair.length !== 2) bad("a pair");
    return v as unknown[][];
  };

  return {
    encode: (value) => encodeValue(value, 0, new NativeSet()),
    decode: (text) => decodeValue(parse(text), 0),
    revive: (json) => decodeValue(json, 0),
  };
}
