// What every contest-format reader gives `passk problems import`, and the small helpers they share:
// reading rows of a JSON/JSONL file, and the faults each reader reports with its file and field.
import { closeSync, openSync, readSync } from "node:fs";
import { isJsonObject, jsonTypeOf, readJsonDocument, readJsonl } from "../../io/jsonl.js";
import type { CallTest, ProgramSpec, StdioTest } from "../program-types.js";

/** One problem read from a source, in passk's terms. */
export interface ImportedProblem {
  spec: ProgramSpec;
  tests: StdioTest[] | CallTest[];
  /** A known-correct Python 3 program from the source, written as solution.py. */
  solution: string | null;
}

/** What a reader found: the problems, those it left out (and why), and the faults of bad entries. */
export interface SourceRead {
  problems: ImportedProblem[];
  /** Entries read (problems kept, skipped and faulty). */
  read: number;
  /** Entries left out for a reason that is not a fault: "<where>: <why>" (no tests, file I/O, …). */
  skipped: string[];
  /** Entries that are malformed: "<file>[:line]: field "<name>": <what is wrong>". */
  faults: string[];
}

/**
 * A fault of one field of one entry, found while reading it; the reader records it and goes on.
 * `file`: for sources split in files (APPS folders), the file the field is the whole of.
 */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
    readonly file?: string,
  ) {
    super(message);
  }
}

/** The field `name` of `row` as a string, or a FieldError. */
export function stringOf(
  row: Record<string, unknown>,
  name: string,
  options: { empty?: boolean } = {},
): string {
  const value = row[name];
  if (typeof value !== "string") throw new FieldError(name, `expected a string, got ${jsonTypeOf(value)}`);
  if (!options.empty && value.trim() === "") throw new FieldError(name, "must not be empty");
  return value;
}

/** An optional string field: undefined when absent or null. */
export function optionalString(row: Record<string, unknown>, name: string): string | undefined {
  const value = row[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new FieldError(name, `expected a string, got ${jsonTypeOf(value)}`);
  return value;
}

/** Lowercase words joined by "-", as a passk problem id: "1548_C. The Pigs" → "1548-c-the-pigs". */
export function slug(text: string): string {
  const words = text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return words.slice(0, 60).replace(/-+$/, "") || "problem";
}

/** Makes ids unique in the order given: a repeated one gets "-2", "-3", … */
export function uniqueIds(problems: ImportedProblem[]): void {
  const seen = new Map<string, number>();
  for (const problem of problems) {
    const base = problem.spec.id;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    if (count > 1) problem.spec.id = `${base}-${count}`;
  }
}

/** The first line of a statement, as a title. */
export function titleOf(statement: string, fallback: string): string {
  const first = statement
    .split("\n")
    .map((line) => line.trim())
    .find((line) => line !== "");
  if (!first) return fallback;
  return first.length > 80 ? `${first.slice(0, 79)}…` : first;
}

/** A row of a JSONL file (or of a JSON array), with its line (1-based; the index for an array). */
export interface Row {
  where: string;
  value: Record<string, unknown>;
}

/**
 * The rows of a JSONL file (plain or gzip), or of a file holding one JSON array of objects. Lines
 * that are not JSON objects are faults.
 */
export async function readRows(path: string, faults: string[]): Promise<Row[]> {
  const rows: Row[] = [];
  if (firstByte(path) === "[") {
    const document = await readJsonDocument(path);
    if (!Array.isArray(document)) {
      faults.push(`${path}: not a JSON array (expected one object per problem, or JSONL)`);
      return rows;
    }
    document.forEach((value, i) => {
      if (isJsonObject(value)) rows.push({ where: `${path}: entry ${i}`, value });
      else faults.push(`${path}: entry ${i}: expected a JSON object, got ${jsonTypeOf(value)}`);
    });
    return rows;
  }
  for (const line of await readJsonl(path)) {
    if ("error" in line) faults.push(`${path}:${line.line}: ${line.error}`);
    else if (!isJsonObject(line.value))
      faults.push(`${path}:${line.line}: expected a JSON object, got ${jsonTypeOf(line.value)}`);
    else rows.push({ where: `${path}:${line.line}`, value: line.value });
  }
  return rows;
}

function firstByte(path: string): string {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(64);
    const read = readSync(fd, buffer, 0, 64, 0);
    return (
      buffer
        .subarray(0, read)
        .toString("utf8")
        .replace(/^\uFEFF/, "")
        .trimStart()[0] ?? ""
    );
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads each row with `read`; a FieldError becomes a fault naming the row and field, and a row
 * `read` returns a string for is skipped for that reason.
 */
export function readEach(
  rows: Row[],
  read: (row: Record<string, unknown>) => ImportedProblem | string,
): SourceRead {
  const result: SourceRead = { problems: [], read: rows.length, skipped: [], faults: [] };
  for (const row of rows) {
    try {
      const problem = read(row.value);
      if (typeof problem === "string") result.skipped.push(`${row.where}: ${problem}`);
      else result.problems.push(problem);
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      result.faults.push(`${row.where}: field "${error.field}": ${error.message}`);
    }
  }
  return result;
}

/** Faults in the order of the file's lines ("file:2: …" before "file:10: …"). */
export function byLine(faults: string[]): string[] {
  return [...faults].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
}
