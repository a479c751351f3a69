// Loads and validates a problem file: HumanEval, EvalPlus or MBPP JSONL, plain or gzip.
// Every fault in the file is reported at once, so a user can fix them all in one pass.

import { createHash } from "node:crypto";
import * as z from "zod";
import { PasskError } from "../errors.js";
import { isJsonObject, jsonTypeOf, readJsonl, stringField } from "../io/jsonl.js";
import { evalPlusInputs, isEvalPlusLine, parseEvalPlusLine, testFromAssertion } from "./evalplus.js";
import { fromMbppLine } from "./mbpp.js";
import type { Problem, ProblemSet } from "./types.js";

// Loose: EvalPlus adds base_input, plus_input, atol, contract…, which later steps need as they are.
const problemSchema = z.looseObject({
  task_id: stringField("task_id").min(1, { error: 'field "task_id": must not be empty' }),
  prompt: stringField("prompt"),
  // Interpolated into `check(<entry_point>)`: an empty one would call check() without a candidate.
  entry_point: stringField("entry_point").min(1, { error: 'field "entry_point": must not be empty' }),
  // Some third-party sets ship without reference solutions; only `passk check` of the set needs them.
  canonical_solution: stringField("canonical_solution")
    .nullish()
    .transform((value) => value ?? ""),
  test: stringField("test"),
});

// MBPP+ lines have `assertion` (MBPP's asserts) where HumanEval has `test`.
const assertionSchema = z.looseObject({ assertion: stringField("assertion") });

/**
 * Load a problem file (JSONL or JSONL.gz, one problem per line) and check every line.
 *
 * @throws PasskError FILE_NOT_FOUND if the file does not exist; BAD_INPUT if it is empty or any line is
 *   invalid, with one `<path>:<line>: <what is wrong>` entry per fault in `details`.
 */
export async function loadProblems(path: string): Promise<ProblemSet> {
  const hash = createHash("sha256");
  const lines = await readJsonl(path, { onBytes: (chunk) => hash.update(chunk), keepText: true });

  const problems = new Map<string, Problem>();
  const firstSeen = new Map<string, number>();
  const details: string[] = [];
  let badLines = 0;
  let sampleLike = 0; // lines that look like samples (a completion, no prompt): files passed the wrong way round

  for (const line of lines) {
    const entry = fromMbppLine(line); // MBPP's own format (text, code, test_list) read as a problem
    const faults: string[] = [];
    // EvalPlus files are written by Python's json, which may write NaN or Infinity.
    const pythonValue = "error" in entry && entry.text ? parseEvalPlusLine(entry.text) : undefined;
    const read = pythonValue ? { value: pythonValue } : entry;
    if ("error" in read) {
      faults.push(read.error);
    } else if (!isJsonObject(read.value)) {
      faults.push(`expected a JSON object (one problem per line), got ${jsonTypeOf(read.value)}`);
    } else {
      const value = read.value;
      if (!("prompt" in value) && ("completion" in value || "solution" in value)) sampleLike++;
      const evalplus = isEvalPlusLine(value) ? evalPlusInputs(value, entry.text ?? "") : null;
      if (evalplus && "faults" in evalplus) faults.push(...evalplus.faults);
      const assertion = !("test" in value) ? assertionSchema.safeParse(value) : null;
      const parsed = problemSchema.safeParse(
        assertion?.success ? { ...value, test: testFromAssertion(assertion.data.assertion) } : value,
      );
      if (!parsed.success) faults.push(...parsed.error.issues.map((issue) => issue.message));
      // Checked on invalid lines too, so a fix to one line does not reveal a new fault on another.
      const taskId = value.task_id;
      if (typeof taskId === "string") {
        const first = firstSeen.get(taskId);
        if (first === undefined) firstSeen.set(taskId, entry.line);
        else faults.push(`duplicate task_id ${JSON.stringify(taskId)} (first on line ${first})`);
      }
      if (parsed.success && faults.length === 0) {
        const problem: Problem = parsed.data;
        if (evalplus && "inputs" in evalplus) problem.evalplus = evalplus.inputs;
        problems.set(problem.task_id, problem);
      }
    }
    if (faults.length > 0) {
      badLines++;
      details.push(...faults.map((fault) => `${path}:${entry.line}: ${fault}`));
    }
  }

  if (details.length > 0) {
    const hint =
      sampleLike === lines.length
        ? "this looks like a samples file: pass the problem file instead"
        : "fix the lines listed below";
    throw new PasskError(
      "BAD_INPUT",
      `${path}: ${plural(details.length, "error")} on ${plural(badLines, "line")} of the problem file; ${hint}`,
      details,
    );
  }
  return { path, problems, sha256: hash.digest("hex") };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
