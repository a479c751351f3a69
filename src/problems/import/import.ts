// `passk problems import <format> <path> --out <folder>`: reads a contest dataset in its own format
// and writes a passk program set (set.json + one folder per problem), which every command then takes
// like any set: reviewable, hashed, versioned, checked with `passk problems check`. Nothing is
// written unless the whole import succeeds (written beside the target, then renamed into place).
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { PasskError } from "../../errors.js";
import { VERSION } from "../../version.js";
import { type ImportRecord, loadProgramSet, type ProgramSetManifest } from "../program-set.js";
import { readApps } from "./apps.js";
import { readCodeContests } from "./codecontests.js";
import { type ImportedProblem, type SourceRead, uniqueIds } from "./common.js";
import { readLiveCodeBench } from "./livecodebench.js";

/** The formats `passk problems import` reads. */
export const IMPORT_FORMATS = ["apps", "codecontests", "livecodebench"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const READERS: Record<ImportFormat, (path: string) => Promise<SourceRead>> = {
  apps: readApps,
  codecontests: readCodeContests,
  livecodebench: readLiveCodeBench,
};

/** Formats whose problems carry a contest date (`--since` filters on it). */
const DATED: ReadonlySet<ImportFormat> = new Set(["livecodebench"]);

/** Options of {@link importProblems}. */
export interface ImportOptions {
  format: ImportFormat;
  /** The dataset: a file or folder, as the format is distributed. */
  path: string;
  /** The set folder to write; must not exist, or be empty. */
  out: string;
  /** The set's name (default: the format's name). */
  name?: string;
  /** Keep only problems whose contest date is on or after this day (YYYY-MM-DD). */
  since?: string;
  /** Leave malformed problems out (listed in the result) instead of refusing the import. */
  skipInvalid?: boolean;
}

/** What was imported. */
export interface ImportResult {
  out: string;
  record: ImportRecord;
  kinds: { stdio: number; call: number };
  /** "<where>: <why>" for each problem left out (no tests, file I/O, before --since, invalid). */
  skipped: string[];
}

/**
 * Reads the dataset and writes the set.
 * @throws PasskError BAD_OPTION for a bad --since or --out; FILE_NOT_FOUND; BAD_INPUT listing every
 *   malformed problem (file, field) unless `skipInvalid`.
 */
export async function importProblems(options: ImportOptions): Promise<ImportResult> {
  const name = options.name ?? options.format;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
    throw new PasskError(
      "BAD_OPTION",
      `--name ${name}: a set name is lowercase words joined by '-' (e.g. lcb-2024)`,
    );
  }
  if (options.since !== undefined) checkSince(options.since, options.format);
  const out = resolve(options.out);
  if (existsSync(out) && readdirSync(out).length > 0) {
    throw new PasskError(
      "BAD_OPTION",
      `--out ${options.out}: the folder exists and is not empty; name a new folder`,
    );
  }
  if (!existsSync(options.path)) {
    throw new PasskError(
      "FILE_NOT_FOUND",
      `${options.path}: no such file or folder (the ${options.format} dataset)`,
    );
  }
  const source = await READERS[options.format](options.path);
  if (source.faults.length > 0 && !options.skipInvalid) {
    throw new PasskError(
      "BAD_INPUT",
      `${options.path}: ${source.faults.length} malformed ${source.faults.length === 1 ? "problem" : "problems"} in the ${options.format} data; fix them, or pass --skip-invalid to leave them out:`,
      source.faults,
    );
  }
  const skipped = [...source.skipped, ...source.faults.map((fault) => `${fault} (invalid, skipped)`)];
  const kept: ImportedProblem[] = [];
  for (const problem of source.problems) {
    const date = problem.spec.contest_date;
    if (options.since !== undefined && (date === undefined || date < options.since)) {
      skipped.push(
        `${problem.spec.source.id}: contest date ${date ?? "unknown"} is before --since ${options.since}`,
      );
    } else kept.push(problem);
  }
  if (kept.length === 0) {
    throw new PasskError(
      "BAD_INPUT",
      `${options.path}: no problem to import (${source.read} read, ${skipped.length} left out); nothing was written`,
      skipped.slice(0, 20),
    );
  }
  uniqueIds(kept);
  const record: ImportRecord = {
    format: options.format,
    path: resolve(options.path),
    ...(options.since !== undefined ? { since: options.since } : {}),
    imported: new Date().toISOString(),
    read: source.read,
    kept: kept.length,
  };
  const manifest: ProgramSetManifest = {
    name,
    version: "1.0.0",
    description: `Imported from ${options.format} (${basename(options.path)}) by passk ${VERSION}${options.since ? `, contest date on or after ${options.since}` : ""}.`,
    kind: "programs",
    source: record,
  };
  writeSet(out, manifest, kept);
  return {
    out,
    record,
    kinds: {
      stdio: kept.filter((p) => p.spec.kind === "stdio").length,
      call: kept.filter((p) => p.spec.kind === "call").length,
    },
    skipped,
  };
}

function checkSince(since: string, format: ImportFormat): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(since) || Number.isNaN(Date.parse(since))) {
    throw new PasskError("BAD_OPTION", `--since ${since}: expected a date like 2024-05-01`);
  }
  if (!DATED.has(format)) {
    throw new PasskError(
      "BAD_OPTION",
      `--since: ${format} problems carry no contest date, so they cannot be filtered by one (only livecodebench's can); leave --since out`,
    );
  }
}

/** Writes the set into a fresh folder beside `out`, then renames it into place. */
function writeSet(out: string, manifest: ProgramSetManifest, problems: ImportedProblem[]): void {
  mkdirSync(dirname(out), { recursive: true });
  const temp = join(dirname(out), `.${basename(out)}.importing-${process.pid}`);
  rmSync(temp, { recursive: true, force: true });
  try {
    mkdirSync(temp);
    writeFileSync(join(temp, "set.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    for (const problem of problems) {
      const dir = join(temp, problem.spec.id);
      mkdirSync(dir);
      writeFileSync(join(dir, "problem.json"), `${JSON.stringify(problem.spec, null, 2)}\n`);
      // One test per line: readable, and a diff between two imports shows which tests changed.
      writeFileSync(
        join(dir, "tests.json"),
        `[\n${problem.tests.map((t) => JSON.stringify(t)).join(",\n")}\n]\n`,
      );
      if (problem.solution !== null) writeFileSync(join(dir, "solution.py"), problem.solution);
    }
    loadProgramSet(temp); // what was written loads as a set: a fault here is passk's own
    if (existsSync(out)) rmSync(out, { recursive: true }); // an empty folder (checked above)
    renameSync(temp, out);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
}
