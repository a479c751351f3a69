// The judge's comparison of printed output with the expected output, in its three modes.
import { describe, expect, it } from "vitest";
import { compareOutput, describeDifference } from "./output-judge.js";

const tokens = { compare: "tokens" } as const;

describe("compareOutput", () => {
  it("tokens: whitespace of any kind and amount separates words, and nothing else matters", () => {
    expect(compareOutput("1 2\n3\n", "1\t2 3", tokens)).toBeNull();
    expect(compareOutput("1 2\n3\n", "  1\r\n2\n\n3  \n", tokens)).toBeNull();
    expect(compareOutput("7\n", "8\n", tokens)).toEqual({ expected: "7", got: "8", at: 1, unit: "token" });
    expect(compareOutput("1 2 3", "1 2", tokens)).toEqual({ expected: "3", got: null, at: 3, unit: "token" });
    expect(compareOutput("1 2", "1 2 3", tokens)).toEqual({ expected: null, got: "3", at: 3, unit: "token" });
    expect(compareOutput("1.0", "1", tokens)).not.toBeNull();
    expect(compareOutput("YES", "yes", tokens)).not.toBeNull();
  });

  it("float: numbers within the tolerance, absolute or relative; words exactly", () => {
    const judge = { compare: "float", tolerance: 1e-6 } as const;
    expect(compareOutput("0.333333333", "0.3333334", judge)).toBeNull();
    expect(compareOutput("1000000", "1000000.5", judge)).toBeNull(); // relative: 5e-7
    expect(compareOutput("0.5", "0.5001", judge)).not.toBeNull();
    expect(compareOutput("YES 1.5", "YES 1.5000001", judge)).toBeNull();
    expect(compareOutput("YES 1.5", "NO 1.5", judge)).not.toBeNull();
    expect(compareOutput("inf", "inf", judge)).toBeNull();
    expect(compareOutput("nan", "1", judge)).not.toBeNull();
    expect(compareOutput("1.5", "1.5", { compare: "float" })).toBeNull(); // default tolerance
  });

  it("float with tolerance 0: the same decimal number, however written or long", () => {
    const judge = { compare: "float", tolerance: 0 } as const;
    expect(compareOutput("1.5 2 -0", "1.50 2.0e0 0.000", judge)).toBeNull();
    expect(compareOutput("50000000000000000", "50000000000000001", judge)).not.toBeNull();
    expect(compareOutput("1e2", "100", judge)).toBeNull();
    expect(compareOutput("0.1", "0.10000000000000001", judge)).not.toBeNull();
  });

  it("exact: the same text, line by line", () => {
    const judge = { compare: "exact" } as const;
    expect(compareOutput("a b\n", "a b\n", judge)).toBeNull();
    expect(compareOutput("a b\n", "a  b\n", judge)).toEqual({
      expected: "a b",
      got: "a  b",
      at: 1,
      unit: "line",
    });
    expect(compareOutput("a\n", "a", judge)).toEqual({ expected: "", got: null, at: 2, unit: "line" });
  });

  it("describes a difference as a judge does", () => {
    expect(describeDifference({ expected: "7", got: "8", at: 1, unit: "token" })).toBe(
      "expected '7', got '8'",
    );
    expect(describeDifference({ expected: "3", got: null, at: 3, unit: "token" })).toBe(
      "expected '3', got end of output (token 3)",
    );
    expect(describeDifference({ expected: "", got: null, at: 2, unit: "line" })).toBe(
      "expected '', got end of output (line 2)",
    );
    expect(describeDifference({ expected: "a\tb", got: "x".repeat(100), at: 2, unit: "line" })).toBe(
      `expected 'a\\x09b', got '${"x".repeat(60)}…' (line 2)`,
    );
  });
});
