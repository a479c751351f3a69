// EvalPlus's verdict on one input (evalplus/eval/__init__.py, unsafe_execute), made here, outside
// the sandbox, on the output the sample's process reported and the canonical solution's output:
// Python `==`; the special oracles of HumanEval/32 (find_zero) and of the MBPP+ tasks that have
// one; then, for floats, numpy's allclose with EvalPlus's tolerance. Line for line as EvalPlus
// orders it, including its one piece of state: once an expected output is a float (or a list of
// floats) with no tolerance asked, 1e-6 holds for every later input of the same list.
import type { Value } from "../../problems/values.js";
import {
  allclose,
  asFloat,
  decode,
  isFloats,
  lengthOf,
  type Py,
  PyError,
  pyEqual,
  setEqual,
  typeName,
} from "./pyvalue.js";

/** What the canonical solution gave for one input. */
export interface ExpectedCase {
  /** Its output: the JSON text of its wire encoding, or, when too large to keep, `digest` instead. */
  text?: string;
  digest?: string;
  /** Bytes the digest was taken over. */
  size?: number;
  /** Whether it is a float or a non-empty list or tuple of floats (EvalPlus's is_floats). */
  floats: boolean;
  /** Whether a NaN is in it (then nothing equals it, not even the same text). */
  nan: boolean;
  /** CPU seconds the call took. */
  time: number;
  /** Mbpp/558 and Mbpp/581: the value of the task's second formula on this input (or why it raised). */
  alt?: Value;
  altError?: string;
}

/** What a sample's process reported for one input. */
export type CaseOutput =
  | { kind: "value"; value: Py }
  | { kind: "digest"; digest: string; size: number }
  | { kind: "error"; message: string };

/** The problem facts the oracle reads. */
export interface OracleProblem {
  entryPoint: string;
  dataset: "humaneval" | "mbpp";
}

/** The verdict on one input: pass, fail (why), or "full" when a digest cannot decide it. */
export type InputVerdict = { pass: true } | { pass: false; why: string } | { full: true };

// evalplus/eval/_special_oracle.py
const SET_EQUAL_TASKS = new Set([
  "similar_elements",
  "find_char_long",
  "common_in_nested_lists",
  "extract_singly",
  "larg_nnum",
  "intersection_array",
  "find_dissimilar",
  "Diff",
]);
/** MBPP+ tasks whose outputs (re.Match objects) are compared by whether they are None. */
export const NOT_NONE_TASKS = new Set(["check_str", "text_match_three", "text_starta_endb"]);

const RTOL = 1e-7;
const FLOAT_ATOL = 1e-6;

/** Reads one case line of the sample's process; never throws (whatever it wrote is a claim). */
export function readCase(text: string): CaseOutput | { kind: "unreadable"; why: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: "unreadable", why: "not JSON" };
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw))
    return { kind: "unreadable", why: "not an object" };
  const line = raw as Record<string, unknown>;
  if (typeof line.error === "string") return { kind: "error", message: line.error };
  if (typeof line.digest === "string" && /^[mj]:[0-9a-f]{40}$/.test(line.digest)) {
    const size = Number.isSafeInteger(line.size) ? (line.size as number) : 0;
    return { kind: "digest", digest: line.digest, size };
  }
  if (!("ok" in line)) return { kind: "unreadable", why: "neither a value nor an error" };
  try {
    return { kind: "value", value: decode(line.ok as Value) };
  } catch (error) {
    // A malformed tag, a value nested past the stack: the sample's doing, one more way to fail.
    return { kind: "unreadable", why: (error as Error).message.slice(0, 100) };
  }
}

const decoded = new WeakMap<ExpectedCase, Py>();

/** The expected output, decoded once. */
export function expectedPy(expected: ExpectedCase): Py | null {
  if (expected.text === undefined) return null;
  let py = decoded.get(expected);
  if (!py) {
    py = decode(JSON.parse(expected.text) as Value);
    decoded.set(expected, py);
  }
  return py;
}

/** The expected output as the oracle compares it (MBPP+'s not-None tasks: whether it is not None). */
export function expectedValue(problem: OracleProblem, expected: ExpectedCase): Py | null {
  const value = expectedPy(expected);
  if (value === null) return null;
  if (problem.dataset === "mbpp" && NOT_NONE_TASKS.has(problem.entryPoint))
    return { t: "bool", v: value.t !== "none" };
  return value;
}

/** Problems whose outputs are judged by something else than `==` and EvalPlus's tolerance. */
export function hasSpecialOracle(problem: OracleProblem): boolean {
  if (problem.dataset === "humaneval") return problem.entryPoint === "find_zero";
  return (
    SPECIAL_MBPP.has(problem.entryPoint) ||
    SET_EQUAL_TASKS.has(problem.entryPoint) ||
    NOT_NONE_TASKS.has(problem.entryPoint)
  );
}

const SPECIAL_MBPP = new Set(["are_equivalent", "sum_div", "surface_Area", "digit_distance_nums"]);

/**
 * The common case, decided on text alone: the sample's line is `{"ok": <value>}` with exactly the
 * expected value's text (the same encoding of the same value) and no special oracle applies. Then
 * `out == exp` holds; what remains of EvalPlus's check is the tolerance state. Null: judge in full.
 */
export function sameText(
  problem: OracleProblem,
  line: string,
  expected: ExpectedCase,
  atol: number,
): number | null {
  if (expected.text === undefined || expected.nan || hasSpecialOracle(problem)) return null;
  const head = '{"ok": ';
  if (!line.startsWith(head) || line.length !== head.length + expected.text.length + 1) return null;
  if (!line.endsWith("}") || line.slice(head.length, -1) !== expected.text) return null;
  return atol === 0 && expected.floats ? FLOAT_ATOL : atol;
}

/**
 * EvalPlus's check of one input. `atol` is the list's tolerance state (see the file's header); the
 * returned `atol` is the state for the next input. For find_zero, `polynomial` is the polynomial's
 * value at the sample's output, computed by Python (or why Python raised): the root is accepted
 * near enough to zero, and only Python's own math.pow gives the very value EvalPlus sees.
 */
export function judgeInput(
  problem: OracleProblem,
  out: CaseOutput,
  expected: ExpectedCase,
  atol: number,
  polynomial: () => number,
): { verdict: InputVerdict; atol: number } {
  if (out.kind === "error") return { verdict: { pass: false, why: `raised ${out.message}` }, atol };
  const exp = expectedValue(problem, expected);
  try {
    return check(problem, out, exp, expected, atol, polynomial);
  } catch (error) {
    if (error instanceof PyError)
      return { verdict: { pass: false, why: `the comparison raised ${error.message}` }, atol };
    throw error;
  }
}

function check(
  problem: OracleProblem,
  out: CaseOutput & { kind: "value" | "digest" },
  exp: Py | null,
  expected: ExpectedCase,
  atol: number,
  polynomial: () => number,
): { verdict: InputVerdict; atol: number } {
  const full = { verdict: { full: true } as InputVerdict, atol };
  const value = out.kind === "value" ? out.value : null;
  if (isFindZero(problem)) {
    if (value === null) return full;
    const at = polynomial();
    return {
      verdict: Math.abs(at) <= atol ? { pass: true } : { pass: false, why: `gives the polynomial ${at}` },
      atol,
    };
  }
  // exact_match = out == exp
  let exact: boolean;
  if (value !== null && exp !== null) exact = pyEqual(value, exp);
  else if (out.kind === "digest" && expected.digest !== undefined) {
    if (out.digest !== expected.digest || expected.nan) return full;
    exact = true;
  } else return full;

  if (problem.dataset === "mbpp") {
    const entry = problem.entryPoint;
    if (entry === "are_equivalent")
      exact = true; // Mbpp/164: every answer is accepted
    else if (entry === "sum_div") exact = exact || (value !== null && pyEqual(value, { t: "int", v: 0n }));
    else if (entry === "surface_Area") exact = exact || nearAlt(value, expected, atol);
    else if (entry === "digit_distance_nums") exact = exact || equalsAlt(value, expected);
    else if (SET_EQUAL_TASKS.has(entry)) {
      if (value === null || exp === null) return full;
      exact = setEqual(value, exp);
    } else if (NOT_NONE_TASKS.has(entry)) {
      if (value === null || exp === null) return full;
      exact = value.t === "bool" ? pyEqual(value, exp) : pyEqual(exp, { t: "bool", v: value.t !== "none" });
    }
  }

  const floats = exp !== null ? isFloats(exp) : expected.floats;
  const next = atol === 0 && floats ? FLOAT_ATOL : atol;
  if (!exact && next !== 0) {
    if (value === null || exp === null) return { ...full, atol };
    if (typeName(value) !== typeName(exp))
      return fail(`has type ${typeName(value)}, expected ${typeName(exp)}`, next);
    const length = lengthOf(exp);
    if (length !== null && lengthOf(value) !== length) return fail("has another length", next);
    return {
      verdict: allclose(value, exp, RTOL, next) ? { pass: true } : { pass: false, why: "" },
      atol: next,
    };
  }
  return { verdict: exact ? { pass: true } : { pass: false, why: "" }, atol: next };
}

function fail(why: string, atol: number): { verdict: InputVerdict; atol: number } {
  return { verdict: { pass: false, why }, atol };
}

/** HumanEval/32: the output is a root, checked by the polynomial's value there, not compared. */
export function isFindZero(problem: OracleProblem): boolean {
  return problem.dataset === "humaneval" && problem.entryPoint === "find_zero";
}

/** The Python that computes EvalPlus's _poly(xs, x) (its oracle of HumanEval/32), in the sandbox. */
export const POLYNOMIAL_PROGRAM = `import math


def passk_poly(xs, x):
    return sum([coeff * math.pow(x, i) for i, coeff in enumerate(xs)])
`;

/** Mbpp/581: abs(out - alt) <= atol (a subtraction that raises fails the input). */
function nearAlt(value: Py | null, expected: ExpectedCase, atol: number): boolean {
  if (expected.alt === undefined)
    throw new PyError(`the second oracle raised ${expected.altError ?? "an error"}`);
  if (value === null) return false;
  return Math.abs(asFloat(value) - asFloat(decode(expected.alt))) <= atol;
}

/** Mbpp/558: out == alt. */
function equalsAlt(value: Py | null, expected: ExpectedCase): boolean {
  if (expected.alt === undefined)
    throw new PyError(`the second oracle raised ${expected.altError ?? "an error"}`);
  return value !== null && pyEqual(value, decode(expected.alt));
}
