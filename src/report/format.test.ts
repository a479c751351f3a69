import { describe, expect, it } from "vitest";
import { count } from "./format.js";

describe("count", () => {
  it("groups integers as en-US does", () => {
    const values = [0, 7, 999, 1000, 12345, 999999, 1000000, 2443, 123456789, Number.MAX_SAFE_INTEGER];
    for (let i = 0; i < 2000; i++) values.push(Math.floor(Math.random() * 10 ** (1 + (i % 15))));
    for (const value of values) {
      expect(count(value)).toBe(value.toLocaleString("en-US"));
      expect(count(-value || 0)).toBe((-value || 0).toLocaleString("en-US"));
    }
  });

  it("leaves other numbers to toLocaleString", () => {
    for (const value of [1.5, 1234.5678, 2 ** 60, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(count(value)).toBe(value.toLocaleString("en-US"));
    }
  });
});
