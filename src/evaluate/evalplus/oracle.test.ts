// EvalPlus's check of one input, case by case as its evaluator orders it: equality, the tolerance
// state, the float comparison's type and length checks, and the special oracles of HumanEval/32
// and the MBPP+ tasks that have one.
import { describe, expect, it } from "vitest";
import type { Value } from "../../problems/values.js";
import {
  type CaseOutput,
  type ExpectedCase,
  judgeInput,
  type OracleProblem,
  readCase,
  sameText,
} from "./oracle.js";
import { decode } from "./pyvalue.js";

const HE: OracleProblem = { entryPoint: "f", dataset: "humaneval" };
const mbpp = (entryPoint: string): OracleProblem => ({ entryPoint, dataset: "mbpp" });

function expected(value: Value, extra: Partial<ExpectedCase> = {}): ExpectedCase {
  const py = decode(value);
  const floats =
    py.t === "float" ||
    ((py.t === "list" || py.t === "tuple") && py.items.length > 0 && py.items.every((i) => i.t === "float"));
  return { text: JSON.stringify(value), time: 0, floats, nan: false, ...extra };
}
const out = (value: Value): CaseOutput => ({ kind: "value", value: decode(value) });
const noPolynomial = () => {
  throw new Error("not find_zero");
};

function verdict(problem: OracleProblem, actual: CaseOutput, exp: ExpectedCase, atol = 0) {
  return judgeInput(problem, actual, exp, atol, noPolynomial);
}

describe("EvalPlus's check of one input", () => {
  it("passes Python-equal outputs: 1 == 1.0 == True, (1,) is not [1]", () => {
    expect(verdict(HE, out(true), expected(1)).verdict).toEqual({ pass: true });
    expect(verdict(HE, out({ $float: 1 }), expected(1)).verdict).toEqual({ pass: true });
    expect(verdict(HE, out([1]), expected({ $tuple: [1] })).verdict).toMatchObject({ pass: false });
  });

  it("fails an input that raised, whatever the expected output", () => {
    expect(verdict(HE, { kind: "error", message: "ValueError: x" }, expected(1)).verdict).toEqual({
      pass: false,
      why: "raised ValueError: x",
    });
  });

  it("compares floats with 1e-6 once an expected output is a float, and keeps that tolerance for later inputs", () => {
    const first = verdict(HE, out(0.3000001), expected(0.3));
    expect(first).toEqual({ verdict: { pass: true }, atol: 1e-6 });
    // An int output now compares with the carried tolerance (numpy.allclose), where 0 would need ==.
    expect(verdict(HE, out(7), expected(7.0000001), first.atol).verdict).toMatchObject({ pass: false });
    expect(verdict(HE, out(100000001), expected(100000000), first.atol).verdict).toEqual({ pass: true });
    expect(verdict(HE, out(100000001), expected(100000000), 0).verdict).toMatchObject({ pass: false });
  });

  it("requires the same type and length before comparing with a tolerance", () => {
    expect(verdict(HE, out({ $tuple: [0.1, 0.2] }), expected([0.1, 0.2])).verdict).toMatchObject({
      pass: false,
      why: "has type tuple, expected list",
    });
    expect(verdict(HE, out([0.1]), expected([0.1, 0.2])).verdict).toMatchObject({ pass: false });
    expect(verdict(HE, out(["a"]), expected([0.5]), 1e-6).verdict).toMatchObject({ pass: false });
  });

  it("uses the problem's own atol for every input", () => {
    expect(verdict(HE, out(1.00005), expected({ $float: 1 }), 1e-4).verdict).toEqual({ pass: true });
    expect(verdict(HE, out(1.0005), expected({ $float: 1 }), 1e-4).verdict).toMatchObject({ pass: false });
  });

  it("decides an input on equal digests, and asks for whole outputs otherwise", () => {
    const digested = { kind: "digest", digest: `m:${"a".repeat(40)}`, size: 99 } as const;
    const exp: ExpectedCase = { digest: `m:${"a".repeat(40)}`, size: 99, time: 0, floats: false, nan: false };
    expect(verdict(HE, digested, exp).verdict).toEqual({ pass: true });
    expect(verdict(HE, digested, { ...exp, digest: `m:${"b".repeat(40)}` }).verdict).toEqual({ full: true });
    expect(verdict(HE, digested, { ...exp, nan: true }).verdict).toEqual({ full: true });
    expect(verdict(HE, out(1), exp).verdict).toEqual({ full: true });
  });

  it("checks find_zero's output by the polynomial's value there, within the problem's atol", () => {
    const findZero: OracleProblem = { entryPoint: "find_zero", dataset: "humaneval" };
    const near = judgeInput(findZero, out(0.5), expected(9.9), 1e-4, () => 5e-5);
    expect(near.verdict).toEqual({ pass: true });
    const far = judgeInput(findZero, out(0.5), expected(0.5), 1e-4, () => 0.3);
    expect(far.verdict).toMatchObject({ pass: false });
  });
});

describe("MBPP+'s special oracles", () => {
  it("accepts any answer of are_equivalent (Mbpp/164) and 0 from sum_div (Mbpp/295)", () => {
    expect(verdict(mbpp("are_equivalent"), out("anything"), expected(true)).verdict).toEqual({ pass: true });
    expect(verdict(mbpp("sum_div"), out(0), expected(7)).verdict).toEqual({ pass: true });
    expect(verdict(mbpp("sum_div"), out(6), expected(7)).verdict).toMatchObject({ pass: false });
  });

  it("compares the set-equality tasks as sets, raising for an output that cannot be one", () => {
    expect(verdict(mbpp("similar_elements"), out([5, 4]), expected({ $tuple: [4, 5] })).verdict).toEqual({
      pass: true,
    });
    expect(verdict(mbpp("similar_elements"), out([5, 4, 4]), expected([4, 5])).verdict).toEqual({
      pass: true,
    });
    expect(verdict(mbpp("Diff"), out([[1]]), expected([1])).verdict).toMatchObject({ pass: false });
    // Outside MBPP+ the same name is compared with ==.
    expect(
      verdict({ entryPoint: "Diff", dataset: "humaneval" }, out([5, 4]), expected([4, 5])).verdict,
    ).toMatchObject({
      pass: false,
    });
  });

  it("compares the re.Match tasks by whether the output is None, or as a bool", () => {
    const match = { $repr: "<re.Match object; span=(0, 1), match='a'>", $type: "Match" };
    expect(verdict(mbpp("check_str"), out("yes"), expected(match)).verdict).toEqual({ pass: true });
    expect(verdict(mbpp("check_str"), out(null), expected(match)).verdict).toMatchObject({ pass: false });
    expect(verdict(mbpp("check_str"), out(true), expected(match)).verdict).toEqual({ pass: true });
    expect(verdict(mbpp("check_str"), out(false), expected(null)).verdict).toEqual({ pass: true });
  });

  it("accepts the second reading of surface_Area (Mbpp/581) and digit_distance_nums (Mbpp/558)", () => {
    const area = expected(33, { alt: 39 });
    expect(verdict(mbpp("surface_Area"), out(39), area, 1e-4).verdict).toEqual({ pass: true });
    expect(verdict(mbpp("surface_Area"), out(40), area, 1e-4).verdict).toMatchObject({ pass: false });
    expect(verdict(mbpp("digit_distance_nums"), out(7), expected(6, { alt: 7 })).verdict).toEqual({
      pass: true,
    });
    expect(
      verdict(mbpp("digit_distance_nums"), out(7), expected(6, { altError: "ValueError" })).verdict,
    ).toMatchObject({ pass: false });
  });
});

describe("reading a case line and the text fast path", () => {
  it("reads hostile lines as failures, never throwing", () => {
    for (const text of [
      "",
      "{",
      "[]",
      '{"ok": {"$tuple": 5}}',
      '{"ok": {"$int": "x"}}',
      '{"digest": "m:zz"}',
    ]) {
      const read = readCase(text);
      expect(read.kind === "unreadable" || read.kind === "error").toBe(true);
    }
    expect(readCase('{"error": "KeyError: 1"}')).toEqual({ kind: "error", message: "KeyError: 1" });
  });

  it("passes a line whose value text is the expected text, and carries the tolerance state", () => {
    // The texts as Python's json.dumps writes them.
    const pair = expected([1, 2], { text: "[1, 2]" });
    expect(sameText(HE, '{"ok": [1, 2]}', pair, 0)).toBe(0);
    expect(sameText(HE, '{"ok": 0.5}', expected(0.5), 0)).toBe(1e-6);
    expect(sameText(HE, '{"ok": [1, 3]}', pair, 0)).toBeNull();
    expect(sameText(HE, '{"ok": [1, 2]}', { ...pair, nan: true }, 0)).toBeNull();
    expect(sameText(mbpp("sum_div"), '{"ok": 3}', expected(3), 0)).toBeNull();
  });
});
