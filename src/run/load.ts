// Reads a run folder back (run.json, samples, results, summary) for analyses and reports. Every
// analysis goes through here so that a folder written by an older or interrupted run is handled
// in one place: missing results mean "not evaluated yet", not a crash.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { PasskError } from "../errors.js";
import type { ResultRecord } from "../evaluate/types.js";
import { isJsonObject, readJsonl } from "../io/jsonl.js";
import { loadEvalPlusRun } from "./evalplus-run.js";
import { normalizeGeneration } from "./invocations.js";
import { RUN_FORMAT, type RunManifest, type RunSummary, type SampleRecord } from "./types.js";

/** File names inside a run folder. */
export const RUN_FILES = {
  manifest: "run.json",
  samples: "samples.jsonl",
  results: "results.jsonl",
  summary: "summary.json",
  report: "report.html",
} as const;

/** A run folder as read from disk. */
export interface LoadedRun {
  dir: string;
  manifest: RunManifest;
  samples: SampleRecord[];
  /** Empty when the run has not been evaluated yet. */
  results: ResultRecord[];
  summary: RunSummary | null;
}

/** Reads run.json alone (cheap: for listings and configuration checks). */
export function readManifest(dir: string): RunManifest {
  const path = join(dir, RUN_FILES.manifest);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new PasskError(
      "FILE_NOT_FOUND",
      `${dir}: no such run folder (pass the folder that \`passk run\` wrote)`,
    );
  }
  if (!existsSync(path)) {
    throw new PasskError(
      "BAD_INPUT",
      `${dir}: not a passk run folder (no ${RUN_FILES.manifest}); pass the folder that \`passk run\` wrote`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new PasskError("BAD_INPUT", `${path}: not valid JSON (${(error as Error).message})`);
  }
  if (!isJsonObject(value) || value.format !== RUN_FORMAT) {
    throw new PasskError(
      "BAD_INPUT",
      `${path}: field "format": expected "${RUN_FORMAT}" (this passk reads run folders of that format)`,
    );
  }
  const manifest = value as unknown as RunManifest;
  const generation = normalizeGeneration(manifest);
  return generation ? { ...manifest, generation } : manifest;
}

/**
 * Reads a whole run folder. Torn last lines (a run killed mid-write) are ignored. A file instead of a
 * folder is read as EvalPlus's eval_results.json (run/evalplus-run.ts).
 */
export async function loadRun(dir: string): Promise<LoadedRun> {
  if (existsSync(dir) && statSync(dir).isFile()) return loadEvalPlusRun(dir);
  const manifest = readManifest(dir);
  const samples = await readRecords<SampleRecord>(join(dir, RUN_FILES.samples));
  const results = await readRecords<ResultRecord>(join(dir, RUN_FILES.results));
  const summaryPath = join(dir, RUN_FILES.summary);
  const summary = existsSync(summaryPath)
    ? (JSON.parse(readFileSync(summaryPath, "utf8")) as RunSummary)
    : null;
  return { dir, manifest, samples, results, summary };
}

async function readRecords<T>(path: string): Promise<T[]> {
  if (!existsSync(path)) return [];
  const lines = await readJsonl(path, { allowTornLastLine: true, allowEmpty: true });
  const records: T[] = [];
  for (const line of lines) {
    if ("error" in line) throw new PasskError("BAD_INPUT", `${path}:${line.line}: ${line.error}`);
    if (!isJsonObject(line.value))
      throw new PasskError("BAD_INPUT", `${path}:${line.line}: not a JSON object`);
    records.push(line.value as T);
  }
  return records;
}
