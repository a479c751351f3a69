// Reading JSON as Python's json module writes it, and finding each input's exact text.
import { describe, expect, it } from "vitest";
import { arrayElementTexts, PyJsonError, parsePythonJson, pythonLiteral } from "./pyjson.js";

describe("parsePythonJson", () => {
  it("reads NaN, Infinity and -Infinity where JSON.parse refuses them", () => {
    const value = parsePythonJson('{"a": [NaN, Infinity, -Infinity, -0.5e3, "x\\"y"], "b": {}}') as {
      a: unknown[];
      b: object;
    };
    expect(value.a.slice(1)).toEqual([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -500, 'x"y']);
    expect(Number.isNaN(value.a[0])).toBe(true);
    expect(value.b).toEqual({});
  });

  it("refuses what Python's json refuses, saying where", () => {
    for (const text of ["{", '{"a" 1}', "[1,]", "[1] 2", "nan", '"a\nb"', "[01]"]) {
      expect(() => parsePythonJson(text), text).toThrow(PyJsonError);
    }
  });
});

describe("arrayElementTexts", () => {
  it("gives each element of the wanted top-level arrays exactly as written", () => {
    const line =
      '{"task_id": "x", "base_input": [[1.0, 100000000000000000001], ["a]\\\\", "b\\",["], [{"$t": [1, 2]}]], ' +
      '"nested": {"plus_input": [[9]]}, "plus_input": [ [ 1 ] , [2]]}';
    const texts = arrayElementTexts(line, ["base_input", "plus_input"]);
    expect(texts.get("base_input")).toEqual([
      "[1.0, 100000000000000000001]",
      '["a]\\\\", "b\\",["]',
      '[{"$t": [1, 2]}]',
    ]);
    expect(texts.get("plus_input")).toEqual(["[ 1 ]", "[2]"]);
  });

  it("leaves out fields that are not arrays, and reads empty arrays as no elements", () => {
    const texts = arrayElementTexts('{"base_input": [], "plus_input": {}}', ["base_input", "plus_input"]);
    expect(texts.get("base_input")).toEqual([]);
    expect(texts.has("plus_input")).toBe(false);
  });
});

describe("pythonLiteral", () => {
  it("writes JSON's words and strings as Python's", () => {
    expect(pythonLiteral('[true, false, null, NaN, -Infinity, "it\'s", 1.0, {"a": [1]}]')).toBe(
      "[True, False, None, float('nan'), -float('inf'), \"it's\", 1.0, {'a': [1]}]",
    );
  });
});
