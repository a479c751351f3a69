// One sample of an EvalPlus problem, judged as EvalPlus judges it: the base inputs, then (if they
// all pass) the extra ones, each list in one sandboxed child that runs the inputs in order under
// their own time limits. The child reports outputs; each is judged here (oracle.ts), in order,
// with the canonical solution's outputs the child never saw. By default the judging stops at the
// first failing input, as EvalPlus's fast check does; with `testDetails` every input is run.
import { DEFAULTS } from "../../defaults.js";
import type { EvalPlusInputs } from "../../problems/evalplus.js";
import { arrayElementTexts, pythonLiteral } from "../../problems/pyjson.js";
import { toPython, type Value } from "../../problems/values.js";
import type { ExecStatus, Execution } from "../../sandbox/types.js";
import {
  type CaseOutput,
  type ExpectedCase,
  expectedPy,
  type InputVerdict,
  isFindZero,
  judgeInput,
  type OracleProblem,
  readCase,
  sameText,
} from "./oracle.js";
import { type Py, PyError } from "./pyvalue.js";

/** EvalPlus's time limits and its two modes. */
export interface EvalPlusSettings {
  /** Seconds every input may take at least (EvalPlus's --min-time-limit, default 1). */
  minTimeLimit: number;
  /** Each input may take this many times what the canonical solution took (--gt-time-limit-factor, default 4). */
  gtTimeLimitFactor: number;
  /** Run every input, instead of stopping at the first that fails (EvalPlus's --test-details). */
  testDetails: boolean;
}

/** EvalPlus's defaults (evalplus/config.py), kept with passk's others in src/defaults.ts. */
export const EVALPLUS_DEFAULTS: EvalPlusSettings = {
  minTimeLimit: DEFAULTS.minTimeLimit,
  gtTimeLimitFactor: DEFAULTS.gtTimeLimitFactor,
  testDetails: DEFAULTS.testDetails,
};

/** EvalPlus bounds the whole run of one list at min(60, Σ limits) + 1 seconds (+ 1 with details). */
const RUN_CAP_SECONDS = 60;

export type ListName = "base" | "plus";

/** How the sandbox is asked to run things for one sample (sandbox-runner.ts; fakes in tests). */
export interface Runner {
  /** The sample on inputs `from`… of a list: the per-input limits, the CPU budget of the run. */
  sample(
    list: ListName,
    from: number,
    caseLimits: number[],
    budget: number,
    stopOnError: boolean,
  ): Promise<Execution>;
  /** The sample's output on one input, sent whole unless it is very large. */
  sampleFull(list: ListName, index: number, limit: number): Promise<Execution>;
  /** The canonical solution's output on one input, whole unless very large. */
  expectedFull(list: ListName, index: number): Promise<ExpectedCase>;
  /** Trusted Python (oracle.ts's POLYNOMIAL_PROGRAM) on `[xs, x]` inputs: find_zero's oracle. */
  polynomial(inputs: string[]): Promise<Execution>;
}

/** The verdict on one list of inputs. */
export interface ListVerdict {
  status: ExecStatus;
  /** "passed", "timed out" or "failed: <why>", as result strings go. */
  result: string;
  /** Indices of the inputs that failed (the first only, unless every input was run). */
  failed: number[];
  cpu: number;
  wall: number;
  output: string;
  limit?: "cpu" | "wall";
}

/** The problem a sample is judged on. */
export interface JudgedProblem {
  entryPoint: string;
  inputs: EvalPlusInputs;
  expected: Record<ListName, ExpectedCase[]>;
}

/** The per-input limits of a list: max(min_time_limit, factor × the canonical solution's time). */
export function timeLimits(expected: ExpectedCase[], settings: EvalPlusSettings): number[] {
  return expected.map((e) => Math.max(settings.minTimeLimit, settings.gtTimeLimitFactor * e.time));
}

/** A sample's verdicts: on the base inputs, on the extra ones (when run), and "plus" (both lists). */
export interface SampleVerdicts {
  base: ListVerdict;
  /** The extra inputs' own verdict; null when the base inputs failed and they were not run. */
  extra: ListVerdict | null;
  /** What pass@k plus counts: base and extra inputs all pass. */
  plus: ListVerdict;
}

/** Judges a sample: the base inputs, then the extra ones (always with `testDetails`). */
export async function judgeSample(
  problem: JudgedProblem,
  runner: Runner,
  settings: EvalPlusSettings,
): Promise<SampleVerdicts> {
  const base = await judgeList(problem, "base", runner, settings);
  // The plus verdict needs both lists to pass: after a base failure it is decided.
  if (base.status !== "passed" && !settings.testDetails) return { base, extra: null, plus: base };
  const extra = await judgeList(problem, "plus", runner, settings);
  const plus: ListVerdict = {
    ...(base.status !== "passed" ? base : extra),
    cpu: base.cpu + extra.cpu,
    wall: base.wall + extra.wall,
    output: (base.output + extra.output).slice(0, 2048),
  };
  return { base, extra, plus };
}

/** Judges one list: runs it (again after an input that stopped the child, with details), input by input. */
export async function judgeList(
  problem: JudgedProblem,
  list: ListName,
  runner: Runner,
  settings: EvalPlusSettings,
): Promise<ListVerdict> {
  const inputs = problem.inputs[list === "base" ? "base" : "plus"];
  const expected = problem.expected[list];
  const limits = timeLimits(expected, settings);
  const extra = settings.testDetails ? 2 : 1;
  const budget =
    Math.min(
      RUN_CAP_SECONDS,
      limits.reduce((sum, t) => sum + t, 0),
    ) + extra;
  const verdict: ListVerdict = {
    status: "passed",
    result: "passed",
    failed: [],
    cpu: 0,
    wall: 0,
    output: "",
  };
  const failAt = (index: number, status: ExecStatus, result: string, limit?: "cpu" | "wall") => {
    verdict.failed.push(index);
    if (verdict.status === "passed") {
      verdict.status = status;
      verdict.result = result;
      if (limit) verdict.limit = limit;
    }
  };
  let atol = problem.inputs.atol;
  let from = 0;
  while (from < inputs.length) {
    const left = budget - verdict.cpu;
    if (left <= 0) {
      for (let index = from; index < inputs.length; index++) failAt(index, "timeout", "timed out", "cpu");
      return verdict;
    }
    const run = await runner.sample(list, from, limits.slice(from), left, !settings.testDetails);
    verdict.cpu += run.cpu;
    verdict.wall += run.wall;
    if (verdict.output.length < 2048) verdict.output += run.output;
    const cases = run.cases ?? [];
    const polynomials = isFindZero(oracleOf(problem))
      ? await polynomialValues(problem, list, from, cases.map(readCase), runner)
      : [];
    for (const [offset, text] of cases.entries()) {
      const index = from + offset;
      const poly = polynomials[offset];
      const judged = await judgeOne(problem, list, index, text, atol, runner, limits[index] as number, poly);
      atol = judged.atol;
      if (judged.why !== null) {
        failAt(index, "failed", `failed: ${describeFailure(problem, list, index, judged.why)}`);
        if (!settings.testDetails) return verdict;
      }
    }
    const reached = from + cases.length;
    if (run.status === "passed") {
      if (reached < inputs.length) {
        // Every input that raised has been judged and ended a fast check: the child cut its report short.
        failAt(
          reached,
          "failed",
          `failed: the sample reported ${reached} of ${inputs.length} ${list} outputs`,
        );
      }
      return verdict;
    }
    if (run.status === "timeout" && run.caseTimeout === undefined) {
      // The whole run's limit (EvalPlus's outer timeout): nothing more is run.
      for (let index = reached; index < inputs.length; index++)
        failAt(index, "timeout", "timed out", run.limit);
      return verdict;
    }
    if (run.status === "timeout") failAt(reached, "timeout", "timed out", run.limit);
    else if (reached === 0 && from === 0 && run.status === "failed") {
      // The module itself failed (or the entry point is missing): every input fails.
      for (let index = 0; index < inputs.length; index++) failAt(index, "failed", run.result);
      return verdict;
    } else
      failAt(reached, run.status, `failed: ${list} input ${reached}: ${run.result.replace(/^failed: /, "")}`);
    if (!settings.testDetails) return verdict;
    from = reached + 1;
  }
  return verdict;
}

const MAX_SHOWN = 300;

/** One input's verdict; a digest that cannot decide it fetches the whole outputs. */
async function judgeOne(
  problem: JudgedProblem,
  list: ListName,
  index: number,
  text: string,
  atol: number,
  runner: Runner,
  limit: number,
  poly: PolynomialValue | undefined,
): Promise<{ why: string | null; atol: number }> {
  const oracle = oracleOf(problem);
  let expected = problem.expected[list][index] as ExpectedCase;
  const same = sameText(oracle, text, expected, atol);
  if (same !== null) return { why: null, atol: same };
  const read = readCase(text);
  if (read.kind === "unreadable") return { why: `unreadable output (${read.why})`, atol };
  let out: CaseOutput = read;
  let judged = judgeInput(oracle, out, expected, atol, polynomialOf(poly));
  if ("full" in judged.verdict) {
    // A digest could not decide: the whole outputs, from runs of this input alone.
    expected = await runner.expectedFull(list, index);
    const again = readCase((await runner.sampleFull(list, index, limit)).cases?.[0] ?? "");
    out =
      again.kind === "unreadable"
        ? { kind: "error", message: `(on its own) unreadable output (${again.why})` }
        : again;
    const polyAgain = isFindZero(oracle)
      ? (await polynomialValues(problem, list, index, [out], runner))[0]
      : undefined;
    judged = judgeInput(oracle, out, expected, atol, polynomialOf(polyAgain));
    if ("full" in judged.verdict) {
      // Outputs too large to send whole, with different digests: different values.
      judged = { verdict: { pass: false, why: "" }, atol: judged.atol };
    }
  }
  const verdict = judged.verdict as Exclude<InputVerdict, { full: true }>;
  if (verdict.pass) return { why: null, atol: judged.atol };
  return { why: verdict.why || mismatch(out, expected), atol: judged.atol };
}

function oracleOf(problem: JudgedProblem): OracleProblem {
  return { entryPoint: problem.entryPoint, dataset: problem.inputs.dataset };
}

/** The polynomial's value at a find_zero output, or why Python could not compute it. */
type PolynomialValue = { value: number } | { error: string };

function polynomialOf(poly: PolynomialValue | undefined): () => number {
  return () => {
    if (poly === undefined) throw new PyError("no value of the polynomial");
    if ("error" in poly) throw new PyError(poly.error);
    return poly.value;
  };
}

/**
 * find_zero: the polynomial of each input at the output the sample gave for it, in one run of
 * trusted Python. Outputs that are not numbers raise there, as math.pow raises in EvalPlus.
 */
async function polynomialValues(
  problem: JudgedProblem,
  list: ListName,
  from: number,
  outputs: ReturnType<typeof readCase>[],
  runner: Runner,
): Promise<(PolynomialValue | undefined)[]> {
  const inputs = problem.inputs[list === "base" ? "base" : "plus"];
  const asked: number[] = [];
  const texts: string[] = [];
  const values: (PolynomialValue | undefined)[] = outputs.map((out, offset) => {
    if (out.kind !== "value") return undefined;
    const x = numberText(out.value);
    if (x === null) return { error: `must be real number, not ${out.value.t}` };
    const xs = argumentTexts(inputs[from + offset] as string)[0] ?? "[]";
    asked.push(offset);
    texts.push(`[${xs}, ${x}]`);
    return undefined;
  });
  if (texts.length === 0) return values;
  const run = await runner.polynomial(texts);
  for (const [position, offset] of asked.entries()) {
    const read = readCase(run.cases?.[position] ?? "");
    if (read.kind === "value") {
      const py = read.value;
      values[offset] =
        py.t === "float" || py.t === "int" ? { value: Number(py.v) } : { error: "not a number" };
    } else {
      values[offset] = {
        error: read.kind === "error" ? read.message : `the polynomial could not be computed (${run.result})`,
      };
    }
  }
  return values;
}

/** A number as JSON text Python reads back to the same value; null for anything else. */
function numberText(py: Py): string | null {
  if (py.t === "bool") return py.v ? "true" : "false";
  if (py.t === "int") return String(py.v);
  if (py.t !== "float") return null;
  if (Number.isNaN(py.v)) return "NaN";
  if (!Number.isFinite(py.v)) return py.v > 0 ? "Infinity" : "-Infinity";
  return Number.isInteger(py.v) ? `${py.v.toExponential()}` : String(py.v);
}

/** The texts of the arguments in an input's JSON text. */
function argumentTexts(input: string): string[] {
  return arrayElementTexts(`{"a": ${input}}`, ["a"]).get("a") ?? [];
}

function mismatch(out: CaseOutput, expected: ExpectedCase): string {
  const shown = (py: CaseOutput) =>
    py.kind === "value"
      ? shorten(toPython(encodeBack(py.value)))
      : py.kind === "digest"
        ? `a ${bytes(py.size)} value`
        : "";
  const value = expectedPy(expected);
  const want = value !== null ? shorten(toPython(encodeBack(value))) : `a ${bytes(expected.size ?? 0)} value`;
  return `returned ${shown(out)}, expected ${want}`;
}

function describeFailure(problem: JudgedProblem, list: ListName, index: number, why: string): string {
  const input = problem.inputs[list === "base" ? "base" : "plus"][index] as string;
  const call = `${problem.entryPoint}(${shorten(pythonLiteral(input).slice(1, -1))})`;
  if (why.startsWith("raised ")) return `${list} input ${index}: ${call} ${shorten(why)}`;
  return `wrong output on ${list} input ${index}: ${call} ${why.startsWith("returned") ? why : `returned a value that ${why}`}`;
}

/** A decoded value back in the wire encoding, to print it as Python would. */
function encodeBack(py: Py): Value {
  switch (py.t) {
    case "none":
      return null;
    case "bool":
      return py.v;
    case "int":
      return py.v >= -(2n ** 53n) && py.v <= 2n ** 53n ? Number(py.v) : { $int: String(py.v) };
    case "float":
      return Number.isFinite(py.v) && !Number.isInteger(py.v)
        ? py.v
        : { $float: Number.isNaN(py.v) ? "nan" : Number.isFinite(py.v) ? py.v : py.v > 0 ? "inf" : "-inf" };
    case "complex":
      return { $complex: [encodeBack({ t: "float", v: py.re }), encodeBack({ t: "float", v: py.im })] };
    case "str":
      return py.v;
    case "bytes":
      return { $bytes: py.v };
    case "list":
      return py.items.map(encodeBack);
    case "tuple":
      return { $tuple: py.items.map(encodeBack) };
    case "set":
    case "frozenset":
      return { [py.t === "set" ? "$set" : "$frozenset"]: py.items.map(encodeBack) };
    case "dict":
      return { $dict: py.entries.map(([k, v]) => [encodeBack(k), encodeBack(v)]) };
    case "opaque":
      return { $repr: py.repr, $type: py.type };
  }
}

function shorten(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

function bytes(size: number): string {
  return size >= 1 << 20 ? `${(size / (1 << 20)).toFixed(1)} MB` : `${size} B`;
}
