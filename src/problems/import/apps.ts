// APPS (Hendrycks et al. 2021): one folder per problem holding question.txt, input_output.json
// ({"inputs": [...], "outputs": [...], "fn_name"?}), metadata.json ({"difficulty", "url"}),
// starter_code.py and solutions.json (a list of Python programs). Also read: the same problems as
// rows of a JSONL file (the Hugging Face release: question, input_output and solutions as JSON
// text, starter_code, difficulty, url, problem_id).
//
// Without fn_name the problem reads stdin: each input and output is a string (or a list of lines).
// With fn_name it is call-based: each input is the list of arguments, each output the expected
// value, which APPS also accepts wrapped in a one-element list (so `unwrapSingle`).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { jsonTypeOf } from "../../io/jsonl.js";
import type { CallTest, StdioTest } from "../program-types.js";
import type { Value } from "../values.js";
import {
  byLine,
  FieldError,
  type ImportedProblem,
  optionalString,
  readEach,
  readRows,
  type SourceRead,
  slug,
  stringOf,
  titleOf,
} from "./common.js";
import { parsePythonJson } from "./json-value.js";

/** Reads a folder of problem folders, one problem folder, or a JSONL file of rows. */
export async function readApps(path: string): Promise<SourceRead> {
  if (!statSync(path).isDirectory()) {
    const faults: string[] = [];
    const rows = await readRows(path, faults);
    const read = readEach(rows, (row) => fromRow(row));
    return { ...read, read: read.read + faults.length, faults: byLine([...faults, ...read.faults]) };
  }
  const dirs = existsSync(join(path, "question.txt"))
    ? [path]
    : readdirSync(path, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => join(path, entry.name))
        .sort();
  const result: SourceRead = { problems: [], read: dirs.length, skipped: [], faults: [] };
  if (dirs.length === 0)
    result.faults.push(`${path}: no problem folders (each holds question.txt and input_output.json)`);
  for (const dir of dirs) {
    let file = join(dir, "question.txt");
    try {
      if (!existsSync(file))
        throw new FieldError("(file)", "missing (each problem folder holds question.txt)");
      const question = readFileSync(file, "utf8");
      file = join(dir, "input_output.json");
      if (!existsSync(file)) {
        result.skipped.push(`${dir}: no input_output.json (no tests)`);
        continue;
      }
      const io = parseJsonFile(file);
      file = join(dir, "metadata.json");
      const metadata = existsSync(file) ? parseJsonFile(file) : {};
      file = join(dir, "solutions.json");
      const solutions = existsSync(file) ? parseJsonFile(file) : [];
      const starterFile = join(dir, "starter_code.py");
      const starter = existsSync(starterFile) ? readFileSync(starterFile, "utf8") : "";
      file = join(dir, "input_output.json");
      const problem = build(basename(dir), question, io, metadata, solutions, starter);
      if (typeof problem === "string") result.skipped.push(`${dir}: ${problem}`);
      else result.problems.push(problem);
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      const [where, field] = error.file ? [join(dir, error.file), "(top)"] : [file, error.field];
      result.faults.push(
        field === "(file)" ? `${where}: ${error.message}` : `${where}: field "${field}": ${error.message}`,
      );
    }
  }
  return result;
}

function parseJsonFile(file: string): Value {
  try {
    return parsePythonJson(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new FieldError("(top)", `not JSON: ${(error as Error).message}`);
  }
}

function fromRow(row: Record<string, unknown>): ImportedProblem | string {
  const id = row.problem_id;
  if (typeof id !== "number" && typeof id !== "string")
    throw new FieldError("problem_id", `expected a number, got ${jsonTypeOf(id)}`);
  const text = (name: string, absent: string): Value => {
    const value = optionalString(row, name);
    if (value === undefined || value.trim() === "") return parsePythonJson(absent);
    try {
      return parsePythonJson(value);
    } catch (error) {
      throw new FieldError(name, `not JSON: ${(error as Error).message}`);
    }
  };
  const io = text("input_output", "null");
  if (io === null) return "no input_output (no tests)";
  const metadata = {
    difficulty: optionalString(row, "difficulty") ?? null,
    url: optionalString(row, "url") ?? null,
  };
  return build(
    String(id).padStart(4, "0"),
    stringOf(row, "question"),
    io,
    metadata,
    text("solutions", "[]"),
    optionalString(row, "starter_code") ?? "",
  );
}

/** The problem from APPS's parts (faults name input_output.json's fields, or solutions.json). */
function build(
  folder: string,
  question: string,
  io: Value,
  metadata: Value,
  solutions: Value,
  starter: string,
): ImportedProblem | string {
  if (typeof io !== "object" || io === null || Array.isArray(io))
    throw new FieldError("(top)", `expected an object, got ${jsonTypeOf(io)}`);
  const { inputs, outputs, fn_name: fnName } = io as Record<string, Value>;
  if (!Array.isArray(inputs)) throw new FieldError("inputs", `expected a list, got ${jsonTypeOf(inputs)}`);
  if (!Array.isArray(outputs)) throw new FieldError("outputs", `expected a list, got ${jsonTypeOf(outputs)}`);
  if (inputs.length !== outputs.length) {
    throw new FieldError("outputs", `${outputs.length} outputs for ${inputs.length} inputs`);
  }
  if (inputs.length === 0) return "no tests";
  const meta =
    typeof metadata === "object" && metadata !== null && !Array.isArray(metadata)
      ? (metadata as Record<string, Value>)
      : {};
  const difficulty = typeof meta.difficulty === "string" ? meta.difficulty : undefined;
  const url = typeof meta.url === "string" ? meta.url : undefined;
  if (!Array.isArray(solutions) || solutions.some((s) => typeof s !== "string")) {
    throw new FieldError("solutions", "expected a list of programs (strings)", "solutions.json");
  }
  const spec = {
    id: slug(folder),
    title: titleOf(question, `APPS ${folder}`),
    statement: question,
    ...(difficulty ? { difficulty } : {}),
    source: { format: "apps", id: folder, ...(url ? { url } : {}) },
  };
  const solution = (solutions[0] as string | undefined) ?? null;
  if (fnName === undefined || fnName === null) {
    const tests: StdioTest[] = inputs.map((input, i) => ({
      input: lines(input, `inputs[${i}]`),
      output: lines(outputs[i] as Value, `outputs[${i}]`),
    }));
    return { spec: { ...spec, kind: "stdio", judge: { compare: "tokens" } }, tests, solution };
  }
  if (typeof fnName !== "string" || !/^[A-Za-z_]\w*$/.test(fnName)) {
    throw new FieldError("fn_name", `expected a Python identifier, got ${JSON.stringify(fnName)}`);
  }
  const tests: CallTest[] = inputs.map((input, i) => {
    if (!Array.isArray(input))
      throw new FieldError(`inputs[${i}]`, `expected the list of arguments, got ${jsonTypeOf(input)}`);
    return { args: input, expected: outputs[i] as Value };
  });
  const className = /^\s*class\s+Solution\b/m.test(starter) ? { className: "Solution" } : {};
  return {
    spec: {
      ...spec,
      kind: "call",
      starter_code: starter,
      call: { name: fnName, ...className, unwrapSingle: true },
    },
    tests,
    solution,
  };
}

/** A stdin input or expected output: a string, or a list of lines joined as APPS's harness joins them. */
function lines(value: Value, field: string): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((line) => typeof line === "string")) return value.join("\n");
  throw new FieldError(field, `expected a string or a list of lines, got ${jsonTypeOf(value)}`);
}
