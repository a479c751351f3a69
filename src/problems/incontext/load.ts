// Loads a task file in the format OpenAI released GPT-3's synthetic tasks in: JSONL, plain or gzip
// (told apart by content), one `{"context": "...", "completion": "..."}` object per line. Any such
// file is a task. Every bad line is reported at once, with its line number and field.
import { createHash } from "node:crypto";
import { basename } from "node:path";
import { PasskError } from "../../errors.js";
import { isJsonObject, jsonTypeOf, readJsonl } from "../../io/jsonl.js";
import type { IncontextItem, IncontextTask } from "./types.js";

/** A task's name from its file: `two_digit_addition.jsonl.gz` → `two_digit_addition`. */
export function taskNameOf(path: string): string {
  return basename(path)
    .replace(/\.gz$/i, "")
    .replace(/\.jsonl?$/i, "");
}

/**
 * Reads one task file. Other fields of a line are ignored; an item whose completion is blank (no
 * expected answer) is an error, since exact match against nothing would score every reply wrong.
 *
 * @throws PasskError FILE_NOT_FOUND; BAD_INPUT listing every bad line as `<file>:<line>: field …`.
 */
export async function loadIncontextFile(path: string, family: string | null = null): Promise<IncontextTask> {
  const hash = createHash("sha256");
  const lines = await readJsonl(path, { onBytes: (chunk) => hash.update(chunk) });
  const items: IncontextItem[] = [];
  const faults: string[] = [];
  for (const line of lines) {
    const where = `${path}:${line.line}`;
    if ("error" in line) {
      faults.push(`${where}: ${line.error}`);
      continue;
    }
    const value = line.value;
    if (!isJsonObject(value)) {
      faults.push(`${where}: expected an object {"context": …, "completion": …}, got ${jsonTypeOf(value)}`);
      continue;
    }
    const bad = (["context", "completion"] as const).filter((field) => typeof value[field] !== "string");
    for (const field of bad) {
      faults.push(`${where}: field "${field}": expected string, got ${jsonTypeOf(value[field])}`);
    }
    if (bad.length > 0) continue;
    const item = { context: value.context as string, completion: value.completion as string };
    if (item.completion.trim() === "") {
      faults.push(`${where}: field "completion": blank (it is the expected answer)`);
      continue;
    }
    items.push(item);
  }
  if (faults.length > 0) {
    const lines = new Set(faults.map((fault) => fault.slice(0, fault.indexOf(": ", path.length)))).size;
    throw new PasskError(
      "BAD_INPUT",
      `${path}: ${lines} bad ${lines === 1 ? "line" : "lines"} (a task file has one {"context": "…", "completion": "…"} object per line, as GPT-3's data files do); fix them and run again`,
      faults,
    );
  }
  return { name: taskNameOf(path), source: path, family, items, sha256: hash.digest("hex") };
}
