// EvalPlus problems (HumanEval+ and MBPP+ release files): lines with `base_input` and `plus_input`.
// Such a problem is judged on those inputs, as EvalPlus judges it (docs/evalplus.md), never by its
// `test` alone; this file reads what that takes from a line: each input's JSON text as the dataset
// wrote it (Python reads it in the sandbox), the tolerance, and which dataset's rules apply.
import { arrayElementTexts, PyJsonError, parsePythonJson } from "./pyjson.js";

/** What judging a problem on EvalPlus's inputs needs, read from its line. */
export interface EvalPlusInputs {
  /** The JSON text of each base input (an argument list), exactly as in the file. */
  base: string[];
  /** The JSON text of each extra input. */
  plus: string[];
  /** The problem's `atol`: the absolute tolerance of float comparisons (0: none asked). */
  atol: number;
  /** "mbpp" for task ids `Mbpp/<n>`: MBPP+ inputs are rebuilt and its special oracles apply. */
  dataset: "humaneval" | "mbpp";
  /** The number of an MBPP+ task, which selects how its inputs are rebuilt. */
  mbppTask?: number;
}

const INPUT_FIELDS = ["base_input", "plus_input"] as const;

/** True for a line of an EvalPlus file (it has base or extra inputs). */
export function isEvalPlusLine(value: Record<string, unknown>): boolean {
  return INPUT_FIELDS.some((field) => field in value);
}

/**
 * A line JSON.parse refused, read as Python's json reads it (EvalPlus files are written by Python,
 * and may hold NaN or Infinity); undefined when it is not that either, or not an EvalPlus line.
 */
export function parseEvalPlusLine(text: string): Record<string, unknown> | undefined {
  if (!text.includes('"plus_input"') && !text.includes('"base_input"')) return undefined;
  try {
    const value = parsePythonJson(text);
    return value !== null && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch (error) {
    if (error instanceof PyJsonError) return undefined;
    throw error;
  }
}

/** The inputs of an EvalPlus line (`value` parsed from `text`), or the faults that prevent judging it. */
export function evalPlusInputs(
  value: Record<string, unknown>,
  text: string,
): { inputs: EvalPlusInputs } | { faults: string[] } {
  const faults: string[] = [];
  let texts: Map<string, string[]>;
  try {
    texts = arrayElementTexts(text, INPUT_FIELDS);
  } catch (error) {
    return { faults: [`invalid JSON: ${(error as Error).message}`] };
  }
  const lists: Record<string, string[]> = {};
  for (const field of INPUT_FIELDS) {
    const given = value[field];
    if (given === undefined) {
      faults.push(`field "${field}": missing (an EvalPlus problem has both base_input and plus_input)`);
      continue;
    }
    // MBPP+ v0.2.0 writes one empty input list as {}: EvalPlus iterates it as no inputs.
    if (isEmptyObject(given)) {
      lists[field] = [];
      continue;
    }
    const elements = texts.get(field);
    if (!Array.isArray(given) || !elements) {
      faults.push(`field "${field}": expected a list of inputs, got ${kindOf(given)}`);
      continue;
    }
    const notList = elements.findIndex((element) => !element.startsWith("["));
    if (notList >= 0) {
      faults.push(
        `field "${field}": input ${notList} is not a list of arguments (${elements[notList]?.slice(0, 40)})`,
      );
      continue;
    }
    lists[field] = elements;
  }
  const atol = value.atol;
  if (typeof atol !== "number" || !Number.isFinite(atol) || atol < 0) {
    faults.push(`field "atol": expected a number ≥ 0 (EvalPlus's float tolerance), got ${kindOf(atol)}`);
  }
  if (typeof value.canonical_solution !== "string" || value.canonical_solution.trim() === "") {
    faults.push(
      'field "canonical_solution": missing or empty; EvalPlus problems need it, since their expected outputs are its outputs',
    );
  }
  const taskId = typeof value.task_id === "string" ? value.task_id : "";
  const mbpp = taskId.startsWith("Mbpp/");
  const mbppTask = mbpp ? Number(taskId.slice("Mbpp/".length)) : undefined;
  if (mbppTask !== undefined && !Number.isSafeInteger(mbppTask)) {
    faults.push(`field "task_id": an MBPP+ task id is Mbpp/<number>, got ${JSON.stringify(taskId)}`);
  }
  if (faults.length > 0) return { faults };
  const inputs: EvalPlusInputs = {
    base: lists.base_input as string[],
    plus: lists.plus_input as string[],
    atol: atol as number,
    dataset: mbpp ? "mbpp" : "humaneval",
  };
  if (mbppTask !== undefined) inputs.mbppTask = mbppTask;
  return { inputs };
}

/**
 * MBPP+ lines carry `assertion` (MBPP's own asserts, calling the function by name) instead of
 * `test`: as a `check(candidate)` it is the test other paths of passk expect. It is not what
 * judges the problem (its inputs are), and says so.
 */
export function testFromAssertion(assertion: string): string {
  const body = assertion
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => `    ${line}`);
  return `# MBPP's own asserts (judging uses base_input and plus_input)\ndef check(candidate):\n${body.join("\n") || "    pass"}\n`;
}

function isEmptyObject(value: unknown): boolean {
  return (
    value !== null && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0
  );
}

function kindOf(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
