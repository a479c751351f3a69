// Tests of choosing the most varied recorded calls (select.ts).
import { describe, expect, it } from "vitest";
import type { TestCase } from "../problems/set-types.js";
import { selectCases, shapeOf, spreadOrder } from "./select.js";

describe("shapeOf", () => {
  it("names types with sizes and magnitudes bucketed", () => {
    expect(shapeOf("")).toBe("str0");
    expect(shapeOf("abcde")).toBe("str4-9");
    expect(shapeOf(-3)).toBe("int-<10");
    expect(shapeOf(0)).toBe("int0");
    expect(shapeOf(0.25)).toBe("float+<1");
    expect(shapeOf({ $float: "nan" })).toBe("float:nan");
    expect(shapeOf({ $tuple: [1, 2] })).toBe("tuple2-3");
    expect(shapeOf([["a"]])).toBe("list1<list1<str1>>");
    expect(shapeOf({ a: 1 })).toBe("dict1");
    expect(shapeOf(null)).toBe("None");
  });
});

describe("spreadOrder", () => {
  it("takes the ends first, then midpoints, each index once", () => {
    expect(spreadOrder(0)).toEqual([]);
    expect(spreadOrder(1)).toEqual([0]);
    expect(spreadOrder(5)).toEqual([0, 4, 2, 1, 3]);
    const order = spreadOrder(37);
    expect([...order].sort((a, b) => a - b)).toEqual([...Array(37).keys()]);
  });
});

describe("selectCases", () => {
  const call = (text: string): TestCase => ({ args: [text], expected: text.length });

  it("keeps the rare shapes: 300 short strings and one empty one give the empty one a place", () => {
    const cases = [...Array.from({ length: 300 }, (_, i) => call(`w${i}`)), call("")];
    const chosen = selectCases(cases, 5);
    expect(chosen).toHaveLength(5);
    expect(chosen).toContainEqual(call(""));
  });

  it("never exceeds the cap and never repeats a case; fewer cases than the cap are all kept", () => {
    const cases = Array.from({ length: 40 }, (_, i) => call("x".repeat(i)));
    const chosen = selectCases(cases, 12);
    expect(chosen).toHaveLength(12);
    expect(new Set(chosen.map((c) => c.args[0])).size).toBe(12);
    expect(selectCases(cases.slice(0, 3), 12)).toHaveLength(3);
  });

  it("is deterministic", () => {
    const cases = Array.from({ length: 50 }, (_, i) => call(String(i * 7919)));
    expect(selectCases(cases, 9)).toEqual(selectCases(cases, 9));
  });
});
