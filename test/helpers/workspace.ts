// Temp folders for the tests, the files written in them, and the JSONL files a run reads and writes.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach } from "vitest";

let dirs: string[] = [];

/** A fresh temp folder, removed by `removeWorkspaces` (register it with `afterEach`). */
export function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "passk-test-"));
  dirs.push(dir);
  return dir;
}

/** Removes every folder `workspace` made since the last call. */
export function removeWorkspaces(): void {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
}

/** A workspace of one's own for each test of the file: made before the test, removed after it. */
export interface TestWorkspace {
  /** The current test's folder. */
  readonly dir: string;
  /** Writes `content` to the file `name` in the folder; returns its path. */
  write(name: string, content: string | Buffer): string;
}

/** Call at the top of a test file (or a `describe`) whose every test needs a fresh temp folder. */
export function useWorkspace(): TestWorkspace {
  let dir: string | undefined;
  beforeEach(() => {
    dir = workspace();
  });
  afterEach(removeWorkspaces);
  const current = (): string => {
    if (dir === undefined) throw new Error("useWorkspace: no test is running");
    return dir;
  };
  return {
    get dir() {
      return current();
    },
    write(name, content) {
      const file = join(current(), name);
      writeFileSync(file, content);
      return file;
    },
  };
}

/** Records as JSONL text: one JSON value per line, each line ended. */
export function jsonl(records: readonly unknown[]): string {
  return records.map((r) => `${JSON.stringify(r)}\n`).join("");
}

export function writeJsonl(path: string, records: readonly unknown[]): string {
  writeFileSync(path, jsonl(records));
  return path;
}

export interface ResultRecord {
  task_id: string;
  result: string;
  passed: boolean;
  status: string;
  cpu_time: number;
  wall_time: number;
  sample_line: number;
  isolation: string;
  time_limit?: string;
  [field: string]: unknown;
}

export function readResults(path: string): ResultRecord[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as ResultRecord);
}

/** Lines of `path` that end in "\n" (a line torn by kill -9 has none); 0 if the file does not exist. */
export function completeLines(path: string): number {
  if (!existsSync(path)) return 0;
  return readFileSync(path, "utf8").split("\n").length - 1;
}

/** The files a run writes next to its samples: results and run manifest. */
export function runOutputs(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.includes("_results"));
}

/** Every file under `dir` (recursively) by relative path, with its content: to check nothing changed. */
export function filesOf(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    const path = join(dir, name);
    if (statSync(path).isFile()) files[name] = readFileSync(path, "utf8");
  }
  return files;
}
