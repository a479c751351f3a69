// LiveCodeBench's code_generation_lite (release files test.jsonl … test6.jsonl): one problem per
// line with question_title, question_content, platform, question_id, contest_id, contest_date,
// starter_code, difficulty, public_test_cases (a JSON list), private_test_cases and metadata (JSON
// with func_name for LeetCode problems). Tests are {input, output, testtype}: "stdin" tests are
// program input and output; "functional" ones hold one JSON value per line of input (the arguments)
// and a JSON output.
//
// private_test_cases is JSON, or base64 over zlib over a pickle of the JSON text. It is decoded
// here without unpickling (pickle.ts reads only the opcodes of a str), inflated with a size cap.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
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
} from "./common.js";
import { parsePythonJson } from "./json-value.js";
import { PickleError, readPickledString } from "./pickle.js";

/** The most bytes private tests may inflate to (zlib bombs stop here). */
export const MAX_INFLATED_BYTES = 256 * 1024 ** 2;

/** Reads a release file, or every test*.jsonl of a folder (in name order). */
export async function readLiveCodeBench(path: string): Promise<SourceRead> {
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((name) => /^test\d*\.jsonl(\.gz)?$/.test(name))
        .sort((a, b) => releaseNumber(a) - releaseNumber(b))
        .map((name) => join(path, name))
    : [path];
  const total: SourceRead = { problems: [], read: 0, skipped: [], faults: [] };
  if (files.length === 0) total.faults.push(`${path}: no test*.jsonl release files in this folder`);
  for (const file of files) {
    const faults: string[] = [];
    const rows = await readRows(file, faults);
    const read = readEach(rows, readProblem);
    total.problems.push(...read.problems);
    total.read += read.read + faults.length;
    total.skipped.push(...read.skipped);
    total.faults.push(...byLine([...faults, ...read.faults]));
  }
  return total;
}

function releaseNumber(name: string): number {
  return Number(/^test(\d*)/.exec(name)?.[1] || 1);
}

interface RawTest {
  input: string;
  output: string;
  testtype: "stdin" | "functional";
}

function readProblem(row: Record<string, unknown>): ImportedProblem | string {
  const questionId = stringOf(row, "question_id");
  const statement = stringOf(row, "question_content");
  const platform = stringOf(row, "platform");
  const date = contestDate(stringOf(row, "contest_date"));
  const starter = optionalString(row, "starter_code") ?? "";
  const difficulty = optionalString(row, "difficulty");
  const metadata = jsonField(row, "metadata", "{}");
  const tests = [
    ...testList("public_test_cases", jsonField(row, "public_test_cases", "[]"), "public"),
    ...testList("private_test_cases", privateTests(row), "private"),
  ];
  if (tests.length === 0) return "no tests";
  const types = new Set(tests.map((test) => test.testtype));
  if (types.size > 1) throw new FieldError("public_test_cases", "mixes stdin and functional tests");
  const spec = {
    id: slug(questionId),
    title: optionalString(row, "question_title")?.trim() || questionId,
    statement,
    ...(difficulty ? { difficulty } : {}),
    contest_date: date,
    source: {
      format: "livecodebench",
      id: questionId,
      platform,
      ...(typeof row.contest_id === "string" ? { contest_id: row.contest_id } : {}),
    },
  };
  const solution = null; // the release has no reference solutions
  if (types.has("stdin")) {
    const stdio: StdioTest[] = tests.map(({ input, output, origin }) => ({ input, output, origin }));
    // LiveCodeBench's judge compares numbers as decimals ("1.0" is "1"): float mode, tolerance 0.
    return {
      spec: { ...spec, kind: "stdio", judge: { compare: "float", tolerance: 0 } },
      tests: stdio,
      solution,
    };
  }
  const name =
    typeof metadata === "object" && metadata !== null && !Array.isArray(metadata)
      ? (metadata as Record<string, unknown>).func_name
      : undefined;
  if (typeof name !== "string" || !/^[A-Za-z_]\w*$/.test(name)) {
    throw new FieldError(
      "metadata",
      `functional tests need "func_name" (a Python identifier), got ${jsonTypeOf(name)}`,
    );
  }
  const calls: CallTest[] = tests.map((test, i) => functionalTest(test, i));
  return {
    spec: {
      ...spec,
      kind: "call",
      starter_code: starter,
      call: { name, ...(/^\s*class\s+Solution\b/m.test(starter) ? { className: "Solution" } : {}) },
    },
    tests: calls,
    solution,
  };
}

/** "2023-08-21T00:00:00" (or a date alone) → "2023-08-21". */
function contestDate(text: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text.trim());
  if (!match || Number.isNaN(Date.parse(match[1] as string))) {
    throw new FieldError(
      "contest_date",
      `expected a date like 2023-08-21T00:00:00, got ${JSON.stringify(text.slice(0, 40))}`,
    );
  }
  return match[1] as string;
}

function jsonField(row: Record<string, unknown>, name: string, absent: string): unknown {
  const value = row[name];
  if (value === undefined || value === null || value === "") return JSON.parse(absent);
  if (typeof value !== "string") return value; // already a JSON value (a converted dump)
  try {
    return JSON.parse(value);
  } catch (error) {
    throw new FieldError(name, `not JSON: ${(error as Error).message}`);
  }
}

/** JSON text, or base64(zlib(pickle(JSON text))): decoded without unpickling. */
function privateTests(row: Record<string, unknown>): unknown {
  const value = row.private_test_cases;
  if (typeof value !== "string" || value === "" || /^\s*\[/.test(value))
    return jsonField(row, "private_test_cases", "[]");
  return decodeCompressedTests(value);
}

/**
 * base64(zlib(pickle(JSON text))) → the JSON value, never unpickling: the pickle must be one str
 * (pickle.ts), and the inflated bytes at most `maxBytes`.
 * @throws FieldError (field private_test_cases) saying which layer is wrong.
 */
export function decodeCompressedTests(value: string, maxBytes = MAX_INFLATED_BYTES): unknown {
  const field = "private_test_cases";
  if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(value)) throw new FieldError(field, "neither JSON nor base64");
  let inflated: Buffer;
  try {
    inflated = inflateSync(Buffer.from(value, "base64"), { maxOutputLength: maxBytes });
  } catch (error) {
    const why =
      (error as Error).name === "RangeError" ? `inflates beyond ${maxBytes} bytes` : "not zlib data";
    throw new FieldError(field, `base64 ${why}`);
  }
  let text: string;
  try {
    text = readPickledString(inflated);
  } catch (error) {
    if (!(error instanceof PickleError)) throw error;
    throw new FieldError(field, `not a pickled str: ${error.message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FieldError(field, `the pickled text is not JSON: ${(error as Error).message}`);
  }
}

function testList(
  field: string,
  list: unknown,
  origin: "public" | "private",
): (RawTest & { origin: "public" | "private" })[] {
  if (!Array.isArray(list)) throw new FieldError(field, `expected a list of tests, got ${jsonTypeOf(list)}`);
  return list.map((test, i) => {
    if (typeof test !== "object" || test === null)
      throw new FieldError(`${field}[${i}]`, "expected an object");
    const { input, output, testtype } = test as Record<string, unknown>;
    if (typeof input !== "string")
      throw new FieldError(`${field}[${i}].input`, `expected a string, got ${jsonTypeOf(input)}`);
    if (typeof output !== "string")
      throw new FieldError(`${field}[${i}].output`, `expected a string, got ${jsonTypeOf(output)}`);
    if (testtype !== "stdin" && testtype !== "functional") {
      throw new FieldError(
        `${field}[${i}].testtype`,
        `expected "stdin" or "functional", got ${JSON.stringify(testtype)}`,
      );
    }
    return { input, output, testtype, origin };
  });
}

/** One JSON value per line of input (the arguments), a JSON output (the expected value). */
function functionalTest(test: RawTest & { origin: "public" | "private" }, i: number): CallTest {
  const args: Value[] = [];
  for (const [n, line] of test.input.split("\n").entries()) {
    if (line.trim() === "") continue;
    try {
      args.push(parsePythonJson(line));
    } catch (error) {
      throw new FieldError(`test ${i + 1} input line ${n + 1}`, `not JSON: ${(error as Error).message}`);
    }
  }
  let expected: Value;
  try {
    expected = parsePythonJson(test.output);
  } catch (error) {
    throw new FieldError(`test ${i + 1} output`, `not JSON: ${(error as Error).message}`);
  }
  return { args, expected, origin: test.origin };
}
