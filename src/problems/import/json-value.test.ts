// JSON as Python's json module reads it, into passk's value encoding: what JSON.parse would lose
// (2.0 a float, ints beyond 2^53, NaN/Infinity, "$" keys) is kept, and bad text says where.
import { describe, expect, it } from "vitest";
import { parsePythonJson } from "./json-value.js";

describe("parsePythonJson", () => {
  it("keeps integral floats as floats and big integers as their digits", () => {
    expect(parsePythonJson("[2.0, 2, 1.5, -0.0, 1e3, 12345678901234567890]")).toEqual([
      { $float: 2 },
      2,
      1.5,
      { $float: -0 },
      { $float: 1000 },
      { $int: "12345678901234567890" },
    ]);
  });

  it("reads Python's NaN and Infinity, and 1e999 as infinity", () => {
    expect(parsePythonJson("[NaN, Infinity, -Infinity, 1e999]")).toEqual([
      { $float: "nan" },
      { $float: "inf" },
      { $float: "-inf" },
      { $float: "inf" },
    ]);
  });

  it("reads objects, keeps the last of repeated keys, and tags objects with '$' keys", () => {
    expect(parsePythonJson('{"a": [true, false, null], "b": "x\\ny\\u00e9", "a": 1}')).toEqual({
      a: 1,
      b: "x\nyé",
    });
    expect(parsePythonJson('{"$int": 3}')).toEqual({ $dict: [["$int", 3]] });
  });

  it("says where text is not JSON", () => {
    expect(() => parsePythonJson("[1, 2")).toThrow("expected ',' or ']' at character 5");
    expect(() => parsePythonJson('{"a" 1}')).toThrow("expected ':'");
    expect(() => parsePythonJson("[01]")).toThrow("expected ',' or ']'");
    expect(() => parsePythonJson('"tab\there"')).toThrow("malformed string");
    expect(() => parsePythonJson("1 2")).toThrow("text after the value");
    expect(() => parsePythonJson("[".repeat(600) + "]".repeat(600))).toThrow("nested more than 500 deep");
  });
});
