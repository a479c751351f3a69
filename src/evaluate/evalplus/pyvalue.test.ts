// Python's comparisons on encoded values, checked against the real interpreter: for every pair of a
// pool of values chosen to be nearly equal (1, 1.0, True, -0.0, NaN, big ints and their floats,
// list and tuple, set and frozenset, dicts keyed by 1 and True…), `a == b` and `set(a) == set(b)` as
// Python answers them, with the values encoded by the sandbox's own wire.encode.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { Value } from "../../problems/values.js";
import { resolvePython } from "../../sandbox/python.js";
import { allclose, decode, hashKey, isFloats, PyError, pyEqual, setEqual } from "./pyvalue.js";

const SANDBOX_DIR = fileURLToPath(new URL("../../sandbox/", import.meta.url));

const POOL = `
import json, sys
sys.path.insert(0, sys.argv[1])
from wire import encode
def make():
  nan = float("nan")
  return [
    0, 1, -1, 1.0, -0.0, 0.0, True, False, 1.5, nan, float("inf"), -float("inf"),
    2**53 + 1, float(2**53), 2**53, 2**70, float(2**70), 1 + 0j, complex(1, 1), complex(1.5, 0),
    "a", "ab", b"a", None, [], [1], [1.0], [True], (1,), (1.0,), [1, 2], [2, 1], (1, [2]),
    {1}, {1.0}, frozenset({1}), {1, 2}, {2, 1}, {True, 2}, {1: "a"}, {True: "a"}, {1.0: "a"},
    {"a": 1}, {"a": 1.0}, {"a": [1]}, {(1, 2): 3}, {(1.0, 2): 3}, [nan], [[1, 2], [3]], [(1, 2)],
    [1, 1, 2], [2, 1], "ba", "aab", ("a", "b"), ["a", "b"], {"b", "a"}, [frozenset({1}), 2],
  ]
# Two separate pools: Python compares containers by identity first, and values that crossed from
# a sample's process are never the very objects of the expected values.
pool, other = make(), make()
def set_eq(a, b):
    try:
        return set(a) == set(b)
    except TypeError:
        return "error"
out = {"values": [encode(v) for v in pool],
       "eq": [[a == b for b in other] for a in pool],
       "set": [[set_eq(a, b) for b in other] for a in pool]}
print(json.dumps(out))
`;

interface Truth {
  values: Value[];
  eq: boolean[][];
  set: (boolean | "error")[][];
}

describe("Python's == and set() on encoded values", () => {
  let truth: Truth;
  beforeAll(async () => {
    const { executable } = await resolvePython();
    truth = JSON.parse(execFileSync(executable, ["-c", POOL, SANDBOX_DIR], { encoding: "utf8" })) as Truth;
  });

  it("answers a == b as Python does for every pair of the pool", () => {
    const values = truth.values.map(decode);
    const wrong: string[] = [];
    values.forEach((a, i) => {
      values.forEach((b, j) => {
        if (pyEqual(a, b) !== truth.eq[i]?.[j]) {
          wrong.push(`${JSON.stringify(truth.values[i])} == ${JSON.stringify(truth.values[j])}`);
        }
      });
    });
    expect(values.length).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });

  it("answers set(a) == set(b) as Python does, raising where Python raises", () => {
    const values = truth.values.map(decode);
    const wrong: string[] = [];
    values.forEach((a, i) => {
      values.forEach((b, j) => {
        let ours: boolean | "error";
        try {
          ours = setEqual(a, b);
        } catch (error) {
          if (!(error instanceof PyError)) throw error;
          ours = "error";
        }
        if (ours !== truth.set[i]?.[j]) {
          wrong.push(`set(${JSON.stringify(truth.values[i])}) == set(${JSON.stringify(truth.values[j])})`);
        }
      });
    });
    expect(wrong).toEqual([]);
  });
});

describe("EvalPlus's is_floats", () => {
  it("is a float, or a non-empty list or tuple of floats only", () => {
    expect(isFloats(decode(1.5))).toBe(true);
    expect(isFloats(decode({ $float: 2 }))).toBe(true);
    expect(isFloats(decode([1.5, { $float: "nan" }]))).toBe(true);
    expect(isFloats(decode({ $tuple: [0.5] }))).toBe(true);
    expect(isFloats(decode([]))).toBe(false);
    expect(isFloats(decode([1.5, 2]))).toBe(false);
    expect(isFloats(decode([[1.5]]))).toBe(false);
    expect(isFloats(decode(true))).toBe(false);
  });
});

describe("numpy.allclose as EvalPlus calls it (rtol 1e-7)", () => {
  const close = (a: Value, b: Value, atol = 1e-6) => allclose(decode(a), decode(b), 1e-7, atol);

  it("compares within atol + rtol × |expected|", () => {
    expect(close(1.0000005, { $float: 1 })).toBe(true);
    expect(close(1.000002, { $float: 1 })).toBe(false);
    expect(close(1e9 + 50, 1e9 + 0.5, 1e-6)).toBe(true); // rtol × 1e9 = 100
    expect(close([1.0000001, 2.5], [{ $float: 1 }, 2.5])).toBe(true);
    expect(close({ $tuple: [0.1, 0.2] }, { $tuple: [0.1, 0.2000001] })).toBe(true);
  });

  it("equals infinities only to themselves and NaN to nothing", () => {
    expect(close({ $float: "inf" }, { $float: "inf" })).toBe(true);
    expect(close({ $float: "-inf" }, { $float: "inf" })).toBe(false);
    expect(close({ $float: 1e308 }, { $float: "inf" })).toBe(false);
    expect(close({ $float: "nan" }, { $float: "nan" })).toBe(false);
  });

  it("broadcasts shapes as numpy does, and raises on ragged, mismatched or non-numeric arrays", () => {
    expect(
      close(
        [[1.5], [2.5]],
        [
          [1.5, 1.5],
          [2.5, 2.5],
        ],
      ),
    ).toBe(true);
    expect(close([[1.5, 1.5]], [[1.5], [1.5], [1.5]])).toBe(true);
    expect(() => close([1.5, 2.5, 3.5], [1.5, 2.5])).toThrow(PyError);
    expect(() => close([[1.5], [1.5, 2.5]], [[1.5], [1.5, 2.5]])).toThrow(PyError);
    expect(() => close(["a"], ["a"])).toThrow(PyError);
    expect(() => close({ $int: "99999999999999999999" }, 1.5)).toThrow(PyError);
    expect(close([], [])).toBe(true);
  });

  it("takes bools and ints as numbers, and complex numbers by their modulus", () => {
    expect(close(true, 1.0000001)).toBe(true);
    expect(close(3, 3.0000001)).toBe(true);
    expect(close({ $complex: [1, 1] }, { $complex: [1, 1.0000001] })).toBe(true);
    expect(close({ $complex: [1, 1] }, { $complex: [1, 1.1] })).toBe(false);
  });
});

describe("hash keys", () => {
  it("match exactly the values Python's lookups match", () => {
    expect(hashKey(decode(1))).toBe(hashKey(decode(true)));
    expect(hashKey(decode({ $float: 1 }))).toBe(hashKey(decode(1)));
    expect(hashKey(decode({ $float: -0 }))).toBe(hashKey(decode(0)));
    expect(hashKey(decode({ $float: "nan" }))).not.toBe(hashKey(decode({ $float: "nan" })));
    expect(hashKey(decode([1]))).toBeNull();
    expect(hashKey(decode({ $frozenset: [1, 2] }))).toBe(hashKey(decode({ $frozenset: [2, { $float: 1 }] })));
  });
});
