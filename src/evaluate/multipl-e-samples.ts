// MultiPL-E's completions files as passk's samples: one JSON document per problem (`<name>.json` or
// `.json.gz`) with the problem's `name`, `prompt`, `tests`, … and a `completions` list, each the code
// after the prompt. A samples path may be one such file or the folder MultiPL-E writes them to.
// MultiPL-E runs each file's own prompt and tests, so a file whose prompt or tests differ from the
// problem file's is refused: its verdicts would not mean what MultiPL-E's mean.
import type { Hash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { PasskError } from "../errors.js";
import { isJsonObject, type JsonlLine, jsonTypeOf } from "../io/jsonl.js";
import type { ProblemSet } from "../problems/types.js";
import type { DocumentSamples } from "./sample-formats.js";

/** True for a MultiPL-E completions document: a `name` and a `completions` list. */
export function isCompletionsDocument(value: unknown): value is Record<string, unknown> & { name: string } {
  return isJsonObject(value) && typeof value.name === "string" && Array.isArray(value.completions);
}

/**
 * The samples of one completions document, numbered from `firstLine`.
 * @throws PasskError BAD_INPUT when a completion is not a string, or the prompt or tests differ from the problem file's
 */
export function completionsSamples(
  file: string,
  document: Record<string, unknown> & { name: string },
  problems: ProblemSet,
  firstLine = 1,
): JsonlLine[] {
  const completions = document.completions as unknown[];
  const bad = completions
    .map((item, j) =>
      typeof item === "string"
        ? null
        : `${file}: completion ${j + 1}: expected a string, got ${jsonTypeOf(item)}`,
    )
    .filter((fault): fault is string => fault !== null);
  if (bad.length > 0) {
    throw new PasskError("BAD_INPUT", `${file}: ${bad.length} completions are not strings`, bad);
  }
  const problem = problems.problems.get(document.name);
  if (problem) {
    for (const [field, theirs, ours] of [
      ["prompt", document.prompt, problem.prompt],
      ["tests", document.tests, problem.test],
    ] as const) {
      if (typeof theirs === "string" && theirs !== ours) {
        throw new PasskError(
          "BAD_INPUT",
          `${file}: field "${field}" differs from ${document.name}'s in ${problems.path}; MultiPL-E runs a completions file's own prompt and tests, so pass the problem file these completions were made from`,
        );
      }
    }
  }
  return completions.map((completion, j) => ({
    line: firstLine + j,
    value: { task_id: document.name, completion_id: j, completion },
  }));
}

/**
 * Reads a folder of MultiPL-E completions files (`*.json`, `*.json.gz`; not `*.results.json*` nor
 * `*.run.json`), in
 * name order, hashing every file's bytes into `hash`. Null when `path` is not a folder.
 * @throws PasskError BAD_INPUT for a folder without completions files, or a file that is not one
 */
export async function completionsFolder(
  path: string,
  problems: ProblemSet,
  hash: Hash,
): Promise<DocumentSamples | null> {
  let names: string[];
  try {
    names = await readdir(path);
  } catch {
    return null;
  }
  const files = names
    // Not MultiPL-E's results files, nor the manifest passk writes beside results (`<out>.run.json`).
    .filter((name) => /\.json(\.gz)?$/.test(name) && !/\.results\.json(\.gz)?$|\.run\.json$/.test(name))
    .sort();
  if (files.length === 0) {
    throw new PasskError(
      "BAD_INPUT",
      `${path}: a folder without MultiPL-E completions files (<name>.json or <name>.json.gz); pass a samples file or that folder`,
    );
  }
  const entries: JsonlLine[] = [];
  for (const name of files) {
    const file = join(path, name);
    let bytes = await readFile(file);
    hash.update(name).update(bytes);
    let document: unknown;
    try {
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
      document = JSON.parse(bytes.toString("utf8"));
    } catch (error) {
      throw new PasskError("BAD_INPUT", `${file}: not a JSON document (${(error as Error).message})`);
    }
    if (!isCompletionsDocument(document)) {
      throw new PasskError(
        "BAD_INPUT",
        `${file}: not a MultiPL-E completions file (expected an object with "name" and a "completions" list)`,
      );
    }
    entries.push(...completionsSamples(file, document, problems, entries.length + 1));
  }
  return {
    entries,
    notes: [
      `${path}: ${files.length} MultiPL-E completions files, ${entries.length} completions, numbered in file-name order`,
    ],
  };
}
