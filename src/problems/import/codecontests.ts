// DeepMind's CodeContests (contest_problem.proto), as JSON: the Hugging Face release's rows (JSONL:
// public_tests, private_tests and generated_tests each {"input": [...], "output": [...]},
// time_limit {"seconds", "nanos"}, solutions {"language": [...], "solution": [...]}), or the
// repository's convert_riegeli_to_json.py output (a JSON array: tests as [{"input", "output"}],
// solutions as [{"language", "solution"}], time_limit as the Duration's text "seconds: 2\n").
// Every problem reads stdin and writes stdout; the three test lists are all used, each test marked
// with the list it came from. Problems that read or write named files are left out.
import { jsonTypeOf } from "../../io/jsonl.js";
import type { StdioTest, TestOrigin } from "../program-types.js";
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

const SOURCES = ["unknown", "codechef", "codeforces", "hackerearth", "codejam", "", "atcoder", "aizu"];
const DIFFICULTIES: Record<number, string> = {
  0: "unknown",
  1: "easy",
  2: "medium",
  3: "hard",
  4: "harder",
  5: "hardest",
  6: "external",
};
const PYTHON3 = 3;

/** Reads a JSONL file of rows, or a JSON array of problems. */
export async function readCodeContests(path: string): Promise<SourceRead> {
  const faults: string[] = [];
  const rows = await readRows(path, faults);
  const read = readEach(rows, readProblem);
  return { ...read, read: read.read + faults.length, faults: byLine([...faults, ...read.faults]) };
}

function readProblem(row: Record<string, unknown>): ImportedProblem | string {
  const name = stringOf(row, "name");
  const description = stringOf(row, "description");
  for (const field of ["input_file", "output_file"]) {
    if (optionalString(row, field))
      return `reads or writes a named file (${field}); only stdin/stdout problems are imported`;
  }
  const tests: StdioTest[] = [
    ...testList(row, "public_tests", "public"),
    ...testList(row, "private_tests", "private"),
    ...testList(row, "generated_tests", "generated"),
  ];
  if (tests.length === 0) return "no tests";
  const timeLimit = seconds(row.time_limit);
  const memory = row.memory_limit_bytes;
  if (memory !== undefined && memory !== null && (typeof memory !== "number" || memory < 0)) {
    throw new FieldError("memory_limit_bytes", `expected a number of bytes, got ${jsonTypeOf(memory)}`);
  }
  const source = typeof row.source === "number" ? SOURCES[row.source] : undefined;
  const difficulty =
    typeof row.difficulty === "number" ? difficultyName(row.difficulty) : optionalString(row, "difficulty");
  const tags = Array.isArray(row.cf_tags)
    ? row.cf_tags.filter((t): t is string => typeof t === "string" && t !== "")
    : [];
  const contest =
    typeof row.cf_contest_id === "number" && row.cf_contest_id > 0 ? String(row.cf_contest_id) : undefined;
  return {
    spec: {
      id: slug(name),
      title: name,
      kind: "stdio",
      statement: description,
      judge: { compare: "tokens" },
      ...(timeLimit !== undefined ? { time_limit: timeLimit } : {}),
      ...(typeof memory === "number" && memory >= 16 * 1024 ** 2 ? { memory_limit: memory } : {}),
      ...(difficulty ? { difficulty } : {}),
      ...(tags.length > 0 ? { tags } : {}),
      source: {
        format: "codecontests",
        id: name,
        ...(source ? { platform: source } : {}),
        ...(contest ? { contest_id: contest } : {}),
      },
    },
    tests,
    solution: pythonSolution(row.solutions),
  };
}

function difficultyName(value: number): string {
  // A..V (7..29, 18 unused) are Codeforces-style problem letters.
  if (value >= 7 && value <= 29) return String.fromCharCode(65 + value - 7 - (value > 18 ? 1 : 0));
  return DIFFICULTIES[value] ?? "unknown";
}

/** A test list as {input: [...], output: [...]} or as [{input, output}, ...]; absent is empty. */
function testList(row: Record<string, unknown>, field: string, origin: TestOrigin): StdioTest[] {
  const value = row[field];
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) {
    return value.map((test, i) => {
      const { input, output } = (typeof test === "object" && test !== null ? test : {}) as Record<
        string,
        unknown
      >;
      if (typeof input !== "string" || typeof output !== "string") {
        throw new FieldError(`${field}[${i}]`, "expected {input: string, output: string}");
      }
      return { input, output, origin };
    });
  }
  if (typeof value !== "object")
    throw new FieldError(field, `expected {input: [...], output: [...]}, got ${jsonTypeOf(value)}`);
  const { input, output } = value as Record<string, unknown>;
  if (!Array.isArray(input) || !Array.isArray(output)) {
    throw new FieldError(field, "expected {input: [...], output: [...]} (two lists)");
  }
  if (input.length !== output.length)
    throw new FieldError(`${field}.output`, `${output.length} outputs for ${input.length} inputs`);
  return input.map((text, i) => {
    if (typeof text !== "string")
      throw new FieldError(`${field}.input[${i}]`, `expected a string, got ${jsonTypeOf(text)}`);
    const expected = output[i];
    if (typeof expected !== "string")
      throw new FieldError(`${field}.output[${i}]`, `expected a string, got ${jsonTypeOf(expected)}`);
    return { input: text, output: expected, origin };
  });
}

/** time_limit as {seconds, nanos}, the Duration's text ("seconds: 2\nnanos: 5e8"), or a number; undefined when unknown. */
function seconds(value: unknown): number | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  let total: number;
  if (typeof value === "number") total = value;
  else if (typeof value === "string") {
    const s = /seconds:\s*(\d+)/.exec(value);
    const n = /nanos:\s*(\d+)/.exec(value);
    if (!s && !n)
      throw new FieldError("time_limit", `expected "seconds: N", got ${JSON.stringify(value.slice(0, 40))}`);
    total = Number(s?.[1] ?? 0) + Number(n?.[1] ?? 0) / 1e9;
  } else if (typeof value === "object" && !Array.isArray(value)) {
    const { seconds: s = 0, nanos = 0 } = value as Record<string, unknown>;
    if (typeof s !== "number" || typeof nanos !== "number")
      throw new FieldError("time_limit", "expected {seconds, nanos} numbers");
    total = s + nanos / 1e9;
  } else {
    throw new FieldError("time_limit", `expected {seconds, nanos}, got ${jsonTypeOf(value)}`);
  }
  if (!Number.isFinite(total) || total < 0 || total > 600)
    throw new FieldError("time_limit", `${total} s is not a time limit`);
  return total === 0 ? undefined : total;
}

/** The first Python 3 solution, from either shape of the solutions field. */
function pythonSolution(value: unknown): string | null {
  if (Array.isArray(value)) {
    const found = value.find(
      (s) => typeof s === "object" && s !== null && (s as Record<string, unknown>).language === PYTHON3,
    ) as Record<string, unknown> | undefined;
    return typeof found?.solution === "string" ? found.solution : null;
  }
  if (typeof value === "object" && value !== null) {
    const { language, solution } = value as Record<string, unknown>;
    if (Array.isArray(language) && Array.isArray(solution)) {
      const index = language.indexOf(PYTHON3);
      const text = index >= 0 ? solution[index] : undefined;
      return typeof text === "string" ? text : null;
    }
  }
  return null;
}
