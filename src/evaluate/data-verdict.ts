// Judging a data run: the sandbox returned the candidate's outputs, case by case; compare them here,
// outside the sandbox, with expected values the sample never saw.
import { renderCall } from "../problems/render.js";
import type { ProblemData } from "../problems/types.js";
import { multisetEqual, toPython, type Value, valuesEqual } from "../problems/values.js";
import type { Sandbox } from "../sandbox/pool.js";
import type { DataRun, Execution, Limits } from "../sandbox/types.js";

const MAX_SHOWN = 300;

/**
 * Turns an execution that ran every case into "passed" only if every output equals its expected
 * value; otherwise "failed: case i: f(args) returned X, expected Y" for the first mismatch.
 */
export function judgeData(data: ProblemData, execution: Execution): Execution {
  if (execution.status !== "passed") return execution;
  const outputs = execution.cases ?? [];
  if (outputs.length !== data.tests.length) {
    return fail(execution, `the sample reported ${outputs.length} of ${data.tests.length} case results`);
  }
  for (const [i, testCase] of data.tests.entries()) {
    const call = renderCall(data.entryPoint, testCase.args);
    let output: { ok?: Value; error?: string };
    try {
      output = JSON.parse(outputs[i] as string) as { ok?: Value; error?: string };
    } catch {
      return fail(execution, `case ${i}: unreadable output`);
    }
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
    if (!same) {
      const order = data.checker === "unordered" ? " (in any order)" : "";
      return fail(
        execution,
        `case ${i}: ${shorten(call)} returned ${shorten(toPython(actual))}, expected ${shorten(toPython(testCase.expected))}${order}`,
      );
    }
  }
  return execution;
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
