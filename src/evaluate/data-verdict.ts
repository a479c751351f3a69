// Judging a data run: the sandbox returned the candidate's outputs, case by case; compare them here,
// outside the sandbox, with expected values the sample never saw.
import { renderCall } from "../problems/render.js";
import type { ProblemData } from "../problems/types.js";
import { multisetEqual, toPython, type Value, validateValue, valuesEqual } from "../problems/values.js";
import type { Sandbox } from "../sandbox/pool.js";
import type { DataRun, Execution, Limits } from "../sandbox/types.js";

const MAX_SHOWN = 300;

/** How a failure message writes a call and a value: in the problem's language. */
export interface Show {
  call(entryPoint: string, args: readonly Value[]): string;
  value(value: Value): string;
}

/** Python's syntax, for Python problems. */
export const PYTHON_SHOW: Show = { call: renderCall, value: toPython };

/**
 * Turns an execution that ran every case into "passed" only if every output equals its expected
 * value; otherwise "failed: case i: f(args) returned X, expected Y" for the first mismatch.
 */
export function judgeData(data: ProblemData, execution: Execution, show: Show = PYTHON_SHOW): Execution {
  if (execution.status !== "passed") return execution;
  const outputs = execution.cases ?? [];
  if (outputs.length !== data.tests.length) {
    return fail(execution, `the sample reported ${outputs.length} of ${data.tests.length} case results`);
  }
  for (const [i, testCase] of data.tests.entries()) {
    try {
      const verdict = judgeCase(data, i, testCase, outputs[i] as string, execution, show);
      if (verdict) return verdict;
    } catch (error) {
      // Whatever the sample sent, it never stops the run: one more way to fail this sample.
      return fail(execution, `case ${i}: unreadable output (${(error as Error).message.slice(0, 100)})`);
    }
  }
  return execution;
}

const MAX_DEPTH = 200;

/** Why a case output (what the sample's process sent) is not a value of the encoding, or null. */
export function outputProblem(value: unknown, depth = 0): string | null {
  if (depth > MAX_DEPTH) return "nested too deeply";
  if (typeof value === "number" && !Number.isFinite(value)) {
    return 'a number too large for a float (infinities are written {"$float": "inf"})';
  }
  if (value === null || typeof value !== "object") return validateValue(value, "output");
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = outputProblem(item, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 2 && "$repr" in value && "$type" in value) {
    const { $repr, $type } = value as Record<string, unknown>;
    return typeof $repr === "string" && typeof $type === "string" ? null : "a malformed $repr";
  }
  const tagged = entries.length === 1 && (entries[0] as [string, unknown])[0].startsWith("$");
  if (tagged) {
    const [tag, body] = entries[0] as [string, unknown];
    if (["$tuple", "$set", "$frozenset", "$dict"].includes(tag)) {
      const shallow = validateValue({ [tag]: Array.isArray(body) ? [] : body }, "output");
      if (shallow) return shallow;
      if (tag === "$dict" && (body as unknown[]).some((p) => !Array.isArray(p) || p.length !== 2)) {
        return validateValue({ $dict: [0] }, "output");
      }
      return outputProblem(body, depth + 1);
    }
    return validateValue(value, "output");
  }
  for (const [key, item] of entries) {
    if (key.startsWith("$")) return `output: unknown tag ${key.slice(0, 40)}`;
    const problem = outputProblem(item, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/** The verdict on case `i` if the sample fails it, null if it passes. */
function judgeCase(
  data: ProblemData,
  i: number,
  testCase: ProblemData["tests"][number],
  text: string,
  execution: Execution,
  show: Show,
): Execution | null {
  const call = show.call(data.entryPoint, testCase.args);
  let output: { ok?: Value; error?: string };
  try {
    output = JSON.parse(text) as { ok?: Value; error?: string };
  } catch {
    return fail(execution, `case ${i}: unreadable output`);
  }
  if (output === null || typeof output !== "object" || Array.isArray(output)) {
    return fail(execution, `case ${i}: unreadable output`);
  }
  const shape = "ok" in output ? outputProblem(output.ok) : null;
  if (shape) return fail(execution, `case ${i}: unreadable output (${shape})`);
  if (output.error !== undefined || !("ok" in output)) {
    return fail(execution, `case ${i}: ${shorten(call)} raised ${shorten(String(output.error))}`);
  }
  const actual = output.ok as Value;
  const options = data.tolerance === undefined ? {} : { tolerance: data.tolerance };
  const same =
    data.checker === "unordered"
      ? Array.isArray(actual) &&
        Array.isArray(testCase.expected) &&
        multisetEqual(testCase.expected, actual, options)
      : valuesEqual(testCase.expected, actual, options);
  if (same) return null;
  const order = data.checker === "unordered" ? " (in any order)" : "";
  return fail(
    execution,
    `case ${i}: ${shorten(call)} returned ${shorten(show.value(actual))}, expected ${shorten(show.value(testCase.expected))}${order}`,
  );
}

function fail(execution: Execution, message: string): Execution {
  return { ...execution, status: "failed", result: `failed: ${message}` };
}

function shorten(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/** The request for the sandbox: entry point and each case's arguments, never the expected values. */
export function dataRun(data: ProblemData): DataRun {
  return { entryPoint: data.entryPoint, inputs: data.tests.map((test) => JSON.stringify(test.args)) };
}

/** Runs `program` on the cases of `data` in the sandbox and judges the outputs here. */
export async function runDataCases(
  sandbox: Sandbox,
  program: string,
  data: ProblemData,
  limits: Limits,
  run: DataRun = dataRun(data),
): Promise<Execution> {
  return judgeData(data, await sandbox.run(program, limits, run));
}
