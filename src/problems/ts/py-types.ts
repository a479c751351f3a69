// Python type hints, as passk-core signatures write them, read into a small tree and mapped to
// TypeScript types (docs/typescript.md has the table). The same tree steers how test values are
// written as TypeScript literals and how a TypeScript sample's results are read back.

/** A Python type hint. `unknown` is what has no faithful TypeScript type (Any, a bare `list`). */
export type PyType =
  | { kind: "int" | "float" | "str" | "bool" | "none" | "any" }
  | { kind: "list"; item: PyType }
  | { kind: "tuple"; items: PyType[] }
  | { kind: "tuple-of"; item: PyType }
  | { kind: "dict"; key: PyType; value: PyType }
  | { kind: "set"; item: PyType }
  | { kind: "union"; options: PyType[] };

/** A signature that does not read as a typed Python function, or a hint with no TypeScript form. */
export class TypeHintError extends Error {
  readonly code = "TS_TYPE_HINT";
}

const ANY: PyType = { kind: "any" };
const SIMPLE: Record<string, PyType> = {
  int: { kind: "int" },
  float: { kind: "float" },
  str: { kind: "str" },
  bool: { kind: "bool" },
  None: { kind: "none" },
  NoneType: { kind: "none" },
  Any: ANY,
  object: ANY,
  list: { kind: "list", item: ANY },
  List: { kind: "list", item: ANY },
  tuple: { kind: "tuple-of", item: ANY },
  Tuple: { kind: "tuple-of", item: ANY },
  dict: { kind: "dict", key: ANY, value: ANY },
  Dict: { kind: "dict", key: ANY, value: ANY },
  set: { kind: "set", item: ANY },
  Set: { kind: "set", item: ANY },
  frozenset: { kind: "set", item: ANY },
  FrozenSet: { kind: "set", item: ANY },
};
const SEQUENCES = new Set(["list", "List", "Sequence", "Iterable", "Iterator", "Collection"]);
const MAPPINGS = new Set(["dict", "Dict", "Mapping", "MutableMapping"]);
const SETS = new Set(["set", "Set", "frozenset", "FrozenSet", "AbstractSet"]);

/** Reads one hint (`Optional[Tuple[int, int]]`, `list[str] | None`, …). */
export function parseHint(text: string): PyType {
  const tokens = text.match(/[A-Za-z_][\w.]*|\.\.\.|[[\],|()]|\S/g) ?? [];
  let at = 0;
  const peek = () => tokens[at];
  const take = (expected?: string): string => {
    const token = tokens[at++];
    if (token === undefined || (expected !== undefined && token !== expected)) {
      throw new TypeHintError(`type hint ${JSON.stringify(text)}: expected ${expected ?? "a type"}`);
    }
    return token;
  };

  const union = (): PyType => {
    const options = [single()];
    while (peek() === "|") {
      take("|");
      options.push(single());
    }
    return options.length === 1 ? (options[0] as PyType) : unionOf(options);
  };

  const single = (): PyType => {
    const name = take().replace(/^(typing|collections\.abc)\./, "");
    if (peek() !== "[") {
      const simple = SIMPLE[name];
      if (!simple)
        throw new TypeHintError(`type hint ${JSON.stringify(text)}: ${name} has no TypeScript form`);
      return simple;
    }
    take("[");
    const args: (PyType | "...")[] = [];
    if (peek() === "(") {
      take("(");
      take(")"); // Tuple[()]: the empty tuple
    } else {
      for (;;) {
        if (peek() === "...") {
          take("...");
          args.push("...");
        } else args.push(union());
        if (peek() !== ",") break;
        take(",");
      }
    }
    take("]");
    return generic(name, args, text);
  };

  const hint = union();
  if (at !== tokens.length)
    throw new TypeHintError(`type hint ${JSON.stringify(text)}: unexpected ${peek()}`);
  return hint;
}

function generic(name: string, args: (PyType | "...")[], text: string): PyType {
  const types = args.filter((arg): arg is PyType => arg !== "...");
  const arity = (n: number) => {
    if (types.length !== n || types.length !== args.length) {
      throw new TypeHintError(`type hint ${JSON.stringify(text)}: ${name} takes ${n} type(s)`);
    }
  };
  if (SEQUENCES.has(name)) {
    arity(1);
    return { kind: "list", item: types[0] as PyType };
  }
  if (SETS.has(name)) {
    arity(1);
    return { kind: "set", item: types[0] as PyType };
  }
  if (MAPPINGS.has(name)) {
    arity(2);
    return { kind: "dict", key: types[0] as PyType, value: types[1] as PyType };
  }
  if (name === "tuple" || name === "Tuple") {
    if (args.length === 2 && args[1] === "...") return { kind: "tuple-of", item: types[0] as PyType };
    if (types.length !== args.length)
      throw new TypeHintError(`type hint ${JSON.stringify(text)}: misplaced ...`);
    return { kind: "tuple", items: types };
  }
  if (name === "Optional") {
    arity(1);
    return unionOf([types[0] as PyType, { kind: "none" }]);
  }
  if (name === "Union") return unionOf(types);
  throw new TypeHintError(`type hint ${JSON.stringify(text)}: ${name}[…] has no TypeScript form`);
}

/** A union, flattened, with repeats dropped; a union of one type is that type. */
function unionOf(options: PyType[]): PyType {
  const flat = options.flatMap((option) => (option.kind === "union" ? option.options : [option]));
  const seen = new Set<string>();
  const kept = flat.filter((option) => {
    const key = JSON.stringify(option);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return kept.length === 1 ? (kept[0] as PyType) : { kind: "union", options: kept };
}

/** A parameter of a typed Python function. */
export interface PyParam {
  name: string;
  type: PyType;
}

/** A typed Python signature: `def name(a: T, …) -> R:`. */
export interface PySignature {
  name: string;
  params: PyParam[];
  returns: PyType;
}

/** Reads `def name(a: T, b: U) -> R:`; every parameter and the return must carry a hint. */
export function parseSignature(signature: string): PySignature {
  const match = /^\s*def\s+([A-Za-z_]\w*)\s*\((.*)\)\s*->\s*(.+?)\s*:\s*$/s.exec(signature);
  if (!match)
    throw new TypeHintError(`signature ${JSON.stringify(signature)}: expected def name(a: T, …) -> R:`);
  const [, name, params, returns] = match as unknown as [string, string, string, string];
  return {
    name,
    params: splitTopLevel(params)
      .filter((part) => part.trim() !== "")
      .map((part) => {
        const param = /^\s*([A-Za-z_]\w*)\s*:\s*(.+?)\s*$/s.exec(part);
        if (!param || param[2]?.includes("=")) {
          throw new TypeHintError(
            `signature of ${name}: parameter ${JSON.stringify(part.trim())} needs a type hint and no default`,
          );
        }
        return { name: param[1] as string, type: parseHint(param[2] as string) };
      }),
    returns: parseHint(returns),
  };
}

/** Splits on the commas outside brackets. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "[" || ch === "(") depth++;
    else if (ch === "]" || ch === ")") depth--;
    else if (ch === "," && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * True when a dict with these keys is a plain object in TypeScript, else a Map. A bare `dict` is
 * taken as string-keyed (JSON-like data); a test value with other keys then needs care.
 */
export function isRecordKey(key: PyType): boolean {
  return key.kind === "str" || key.kind === "any";
}

/** The TypeScript type of a hint. */
export function tsType(type: PyType): string {
  switch (type.kind) {
    case "int":
    case "float":
      return "number";
    case "str":
      return "string";
    case "bool":
      return "boolean";
    case "none":
      return "null";
    case "any":
      return "any";
    case "list":
    case "tuple-of":
      return `${element(type.item)}[]`;
    case "tuple":
      return `[${type.items.map(tsType).join(", ")}]`;
    case "set":
      return `Set<${tsType(type.item)}>`;
    case "dict":
      return isRecordKey(type.key)
        ? `Record<string, ${tsType(type.value)}>`
        : `Map<${tsType(type.key)}, ${tsType(type.value)}>`;
    case "union": {
      // int | float is one TypeScript type
      const names = [...new Set(type.options.map(tsType))];
      const none = names.includes("null");
      return [...names.filter((n) => n !== "null"), ...(none ? ["null"] : [])].join(" | ");
    }
  }
}

/** An array's element type, in parentheses when it is a union (`(number | null)[]`). */
function element(type: PyType): string {
  const text = tsType(type);
  return text.includes(" | ") ? `(${text})` : text;
}
