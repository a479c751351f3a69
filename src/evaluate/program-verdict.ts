// Judging a program problem's sample as a contest judge does: the sandbox runs the program once per
// test (each run a fresh process that sees only that test's input) and returns what each run
// printed or returned; here, outside the sandbox, each is compared with the expected output, which
// no sandboxed process ever holds. The verdict names the first test that fails and how:
// `failed: wrong answer on test 3: expected '7', got '8'`, a runtime error with the exception's
// last line, `time limit exceeded on test 5`.
import { Buffer } from "node:buffer";
import { CALL_SHIM, callProgram } from "../problems/program-prompt.js";
import type { CallTarget, CallTest, ProgramData } from "../problems/program-types.js";
import { renderCall } from "../problems/render.js";
import { toPython, type Value, valuesEqual } from "../problems/values.js";
import type { Sandbox } from "../sandbox/pool.js";
import type { Execution, Limits, StdioRun, TestRun } from "../sandbox/types.js";
import { outputProblem } from "./data-verdict.js";
import { compareOutput, describeDifference } from "./output-judge.js";

/**
 * A run may print four times the expected output plus this before it is stopped (an output limit):
 * room for numbers printed with more digits than the expected output's ("0.500000000" for "0.5").
 */
export const OUTPUT_SLACK_BYTES = 1024 * 1024;
const OUTPUT_FACTOR = 4;
const MAX_SHOWN = 200;

/**
 * The limits of one run: the problem's time and memory limits where it declares them, else the
 * run's (`--timeout`, and the memory limit, 1 GiB by default, which is also the most a problem may
 * have); the wall-clock backstop is twice the CPU limit.
 */
export function programLimits(data: ProgramData, limits: Limits): Limits {
  const timeout = data.timeLimit ?? limits.timeout;
  return {
    ...limits,
    timeout,
    wallTimeout: data.timeLimit === undefined ? limits.wallTimeout : 2 * timeout,
    memoryBytes: Math.min(data.memoryLimit ?? limits.memoryBytes, limits.memoryBytes),
  };
}

/** The request: each test's input (or its arguments, as JSON), never its expected output. */
export function stdioRun(data: ProgramData): StdioRun {
  if (data.kind === "call") {
    return {
      inputs: data.tests.map((test) => JSON.stringify(test.args)),
      stdoutCaps: data.tests.map(() => OUTPUT_SLACK_BYTES),
      entryPoint: CALL_SHIM,
    };
  }
  return {
    inputs: data.tests.map((test) => test.input),
    stdoutCaps: data.tests.map((test) => OUTPUT_FACTOR * Buffer.byteLength(test.output) + OUTPUT_SLACK_BYTES),
  };
}

/** The program the sandbox runs for `module` (the sample's code, or its whole `solution`). */
export function programFor(data: ProgramData, module: string): string {
  return data.kind === "call" ? callProgram(module, data.call) : module;
}

/** Runs the sample on every test in the sandbox and judges the outputs here. */
export async function runProgramTests(
  sandbox: Sandbox,
  module: string,
  data: ProgramData,
  limits: Limits,
  run: StdioRun = stdioRun(data),
): Promise<Execution> {
  const perTest = programLimits(data, limits);
  // The sandbox keeps the run's memory limit; each run of this problem gets its own below it.
  const tests = perTest.memoryBytes < limits.memoryBytes ? { ...run, memoryBytes: perTest.memoryBytes } : run;
  const execution = await sandbox.runStdio(programFor(data, module), tests, {
    ...perTest,
    memoryBytes: limits.memoryBytes,
  });
  return judgeProgram(data, execution, perTest);
}

/** The verdict on the runs the sandbox returned: the first failing test decides. */
export function judgeProgram(data: ProgramData, execution: Execution, limits: Limits): Execution {
  const runs = execution.tests;
  if (!runs || runs.length === 0) return execution; // a compilation error, or the sandbox's own
  for (const [index, run] of runs.entries()) {
    const test = index + 1;
    if (run.end !== "ok") {
      const failure = runFailure(data, run, test, limits);
      return { ...execution, ...failure, ...(run.limit ? { limit: run.limit } : {}) };
    }
    try {
      const wrong = data.kind === "stdio" ? wrongOutput(data, index, run) : wrongValue(data, index, run);
      if (wrong) return fail(execution, `wrong answer on test ${test}: ${wrong}`);
    } catch (error) {
      // Whatever the sample sent, it never stops the run: one more way to fail.
      return fail(execution, `unreadable output on test ${test} (${(error as Error).message.slice(0, 100)})`);
    }
  }
  if (execution.status !== "passed") return execution; // the sandbox could not go on (its message)
  if (runs.length !== data.tests.length) {
    return {
      ...execution,
      status: "error",
      result: `failed: passk sandbox error: ${runs.length} of ${data.tests.length} tests were run`,
    };
  }
  return { ...execution, status: "passed", result: "passed" };
}

function wrongOutput(
  data: Extract<ProgramData, { kind: "stdio" }>,
  index: number,
  run: TestRun,
): string | null {
  const test = data.tests[index];
  if (!test) throw new Error("more runs than tests");
  const difference = compareOutput(test.output, run.stdout, data.judge);
  return difference ? describeDifference(difference) : null;
}

function wrongValue(
  data: Extract<ProgramData, { kind: "call" }>,
  index: number,
  run: TestRun,
): string | null {
  const test = data.tests[index] as CallTest;
  const output = readCase(run.case);
  if ("error" in output) throw new Error(output.error);
  if (accepts(test.expected, output.ok, data.call)) return null;
  const call = shorten(renderCall(data.call.name, test.args));
  return `${call} returned ${shorten(toPython(output.ok))}, expected ${shorten(toPython(test.expected))}`;
}

/** `{"ok": value}`, checked to be a value of passk's encoding; or why it cannot be read. */
function readCase(text: string | undefined): { ok: Value } | { error: string } {
  let output: unknown;
  try {
    output = JSON.parse(text ?? "");
  } catch {
    return { error: "not JSON" };
  }
  if (output === null || typeof output !== "object" || Array.isArray(output) || !("ok" in output)) {
    return { error: "not a result" };
  }
  const problem = outputProblem(output.ok);
  return problem ? { error: problem } : { ok: output.ok as Value };
}

/**
 * Python `==` on the values (valuesEqual), as LiveCodeBench and APPS compare: a tuple reads as a
 * list (JSON has no tuples), and with APPS's `unwrapSingle` an expected one-element list also
 * accepts its element.
 */
function accepts(expected: Value, actual: Value, call: CallTarget): boolean {
  const got = tuplesAsLists(actual);
  if (valuesEqual(expected, got)) return true;
  return call.unwrapSingle === true && Array.isArray(expected) && expected.length === 1
    ? valuesEqual(expected[0] as Value, got)
    : false;
}

function tuplesAsLists(value: Value): Value {
  if (Array.isArray(value)) return value.map(tuplesAsLists);
  if (value === null || typeof value !== "object") return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === "$tuple") return (value.$tuple as Value[]).map(tuplesAsLists);
  return value;
}

function runFailure(
  data: ProgramData,
  run: TestRun,
  test: number,
  limits: Limits,
): Pick<Execution, "status" | "result"> {
  switch (run.end) {
    case "timeout":
      return {
        status: "timeout",
        result: `failed: time limit exceeded on test ${test} (${run.limit === "wall" ? `${limits.wallTimeout} s of wall-clock time` : `${limits.timeout} s of CPU`})`,
      };
    case "output":
      return { status: "failed", result: `failed: output limit exceeded on test ${test}` };
    case "signal":
      return {
        status: "crashed",
        result: `failed: runtime error on test ${test}: killed by ${run.message ?? "a signal"}`,
      };
    case "error":
      return { status: "error", result: `failed: ${run.message ?? "passk sandbox error"}` };
    default: {
      const message = runtimeMessage(data, run);
      const memory = /^MemoryError\b/.test(message)
        ? ` (the memory limit is ${mib(limits.memoryBytes)})`
        : "";
      return {
        status: "failed",
        result: `failed: runtime error on test ${test}: ${shorten(message)}${memory}`,
      };
    }
  }
}

function runtimeMessage(data: ProgramData, run: TestRun): string {
  if (data.kind === "call" && run.case !== undefined) {
    try {
      const parsed = JSON.parse(run.case) as { error?: unknown };
      if (typeof parsed.error === "string") return parsed.error;
    } catch {
      // not a case line: fall through to the exit status
    }
  }
  if (run.message) return run.message;
  return `exit code ${run.exit_code}`;
}

function mib(bytes: number): string {
  return `${Math.round(bytes / 1024 ** 2)} MiB`;
}

function fail(execution: Execution, message: string): Execution {
  return { ...execution, status: "failed", result: `failed: ${message}` };
}

function shorten(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}
