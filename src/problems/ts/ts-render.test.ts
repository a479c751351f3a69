// Python hints to TypeScript types, test values both ways, and the rendered TypeScript prompt.
import { describe, expect, it } from "vitest";
import { loadPasskSet } from "../set.js";
import { type Value, valuesEqual } from "../values.js";
import { parseHint, parseSignature, TypeHintError, tsType } from "./py-types.js";
import { renderTsPrompt } from "./render-ts.js";
import { fromWire, NotRepresentable, toWire, tsLiteral } from "./ts-values.js";

describe("Python type hints in TypeScript", () => {
  it.each([
    ["int", "number"],
    ["List[int]", "number[]"],
    ["list[str]", "string[]"],
    ["Optional[Tuple[int, int]]", "[number, number] | null"],
    ["Tuple[int, ...]", "number[]"],
    ["Tuple[()]", "[]"],
    ["Dict[str, List[int]]", "Record<string, number[]>"],
    ["Dict[int, int]", "Map<number, number>"],
    ["Set[str]", "Set<string>"],
    ["FrozenSet[Tuple[int, int]]", "Set<[number, number]>"],
    ["Union[str, list]", "string | any[]"],
    ["Union[int, float]", "number"],
    ["List[Optional[int]]", "(number | null)[]"],
    ["int | None", "number | null"],
    ["Optional[dict]", "Record<string, any> | null"],
    ["typing.List[bool]", "boolean[]"],
    ["Dict[str, Any]", "Record<string, any>"],
  ])("%s is %s", (hint, ts) => {
    expect(tsType(parseHint(hint))).toBe(ts);
  });

  it.each(["Callable[[int], int]", "List[int", "Dict[str]", "Foo", "List[int]]", "Tuple[int, ..., int]"])(
    "refuses %s with the hint in the message",
    (hint) => {
      expect(() => parseHint(hint)).toThrow(TypeHintError);
      expect(() => parseHint(hint)).toThrow(JSON.stringify(hint));
    },
  );

  it("reads a signature, and refuses an untyped parameter or a default", () => {
    const signature = parseSignature("def f(rows: List[List[str]], k: int) -> Dict[str, int]:");
    expect(signature.name).toBe("f");
    expect(signature.params.map((p) => [p.name, tsType(p.type)])).toEqual([
      ["rows", "string[][]"],
      ["k", "number"],
    ]);
    expect(() => parseSignature("def f(x) -> int:")).toThrow(/needs a type hint/);
    expect(() => parseSignature("def f(x: int = 3) -> int:")).toThrow(/no default/);
    expect(() => parseSignature("def f(x: int):")).toThrow(TypeHintError);
  });
});

describe("test values in TypeScript", () => {
  const literal = (value: Value, hint: string) => tsLiteral(toWire(value, parseHint(hint)));

  it("writes each value as the type says", () => {
    expect(literal({ $tuple: [1, "a"] }, "Tuple[int, str]")).toBe('[1, "a"]');
    expect(literal({ a: 1, "b c": 2 }, "Dict[str, int]")).toBe('{a: 1, "b c": 2}');
    expect(literal({ $dict: [[1, 2]] }, "Dict[int, int]")).toBe("new Map([[1, 2]])");
    expect(literal({ $set: [] }, "Set[str]")).toBe("new Set()");
    expect(literal({ $set: [{ $tuple: [1, 2] }] }, "Set[Tuple[int, int]]")).toBe("new Set([[1, 2]])");
    expect(literal(null, "Optional[List[int]]")).toBe("null");
    expect(literal([[1, null]], "List[List[Optional[int]]]")).toBe("[[1, null]]");
    expect(literal({ $float: "-inf" }, "float")).toBe("-Infinity");
    expect(literal("a\nb", "str")).toBe('"a\\nb"');
  });

  it("refuses what a number or a string-keyed object cannot hold", () => {
    expect(() => literal({ $int: "12345678901234567890" }, "int")).toThrow(NotRepresentable);
    expect(() => literal({ $dict: [[1, 2]] }, "Dict[str, int]")).toThrow(NotRepresentable);
    expect(() => literal({ $bytes: "AA==" }, "Any")).toThrow(NotRepresentable);
  });

  it("reads a result back as the declared type, so it compares with the expected value", () => {
    const back = (wire: unknown, hint: string) => fromWire(wire, parseHint(hint));
    expect(valuesEqual({ $tuple: [1, 3] }, back([1, 3], "Optional[Tuple[int, int]]"))).toBe(true);
    expect(valuesEqual([1, 3], back([1, 3], "Optional[Tuple[int, int]]"))).toBe(false);
    expect(valuesEqual({ a: [1] }, back({ $: "object", v: [["a", [1]]] }, "Dict[str, List[int]]"))).toBe(
      true,
    );
    expect(valuesEqual({ $dict: [[2, 1]] }, back({ $: "map", v: [[2, 1]] }, "Dict[int, int]"))).toBe(true);
    expect(valuesEqual({ $set: ["x", "y"] }, back({ $: "set", v: ["y", "x"] }, "Set[str]"))).toBe(true);
    expect(valuesEqual({ $float: 2.5 }, back(2.5, "float"))).toBe(true);
    expect(valuesEqual(null, back({ $: "undefined" }, "Optional[int]"))).toBe(false);
    expect(valuesEqual(true, back(1, "bool"))).toBe(false);
  });

  it("reads any hostile wire value without throwing, and it equals nothing expected", () => {
    const hostile: unknown[] = [
      { $: "map", v: 3 },
      { $: "map", v: [[1]] },
      { $: "bigint", v: "1e5" },
      { $: "set" },
      { $: "object", v: [["$int", "5"]] },
      { $int: "5" },
      { $: "other", v: "x".repeat(10_000) },
      { $: "nonsense" },
      undefined,
      () => 1,
    ];
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = [deep];
    hostile.push(deep);
    for (const wire of hostile) {
      const value = fromWire(wire, parseHint("Any"));
      expect(valuesEqual(5, value)).toBe(false);
    }
    // A key that looks like a tag is still a key: the object is a dict, not the int 5.
    expect(
      valuesEqual(
        { $dict: [["$int", "5"]] },
        fromWire({ $: "object", v: [["$int", "5"]] }, parseHint("Any")),
      ),
    ).toBe(true);
  });
});

describe("passk-core rendered for TypeScript", () => {
  const set = loadPasskSet("passk-core");

  it("renders every problem's signature, and its examples in TypeScript syntax", () => {
    for (const problem of set.problems) {
      const rendering = renderTsPrompt(problem);
      expect(rendering.prompt.startsWith("/**\n")).toBe(true);
      expect(rendering.prompt.endsWith(`${rendering.signatureLine}\n`)).toBe(true);
      expect(rendering.signatureLine).toMatch(
        new RegExp(`^function ${problem.spec.entry_point}\\(.*\\): .+ \\{$`),
      );
      expect(rendering.prompt).not.toMatch(/\bNone\b|\bTrue\b|\bFalse\b|\$tuple|\$set/);
    }
  });

  it("shows a busiest-window example as TypeScript", () => {
    const problem = set.problems.find((p) => p.spec.id === "busiest-window");
    const rendering = renderTsPrompt(problem as (typeof set.problems)[number]);
    expect(rendering.signatureLine).toBe(
      "function busiest_window(arrivals: number[], width: number): [number, number] | null {",
    );
    expect(rendering.prompt).toContain(" * >>> busiest_window([5, 1, 12, 3, 13, 14], 5)\n * [1, 3]\n");
    expect(rendering.prompt).toContain("If there are no arrivals, return null.");
  });
});
