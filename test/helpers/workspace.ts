// Temp folders for the end-to-end tests, and the JSONL files a run reads and writes in them.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let dirs: string[] = [];

/** A fresh temp folder, removed by `removeWorkspaces` (register it with `afterEach`). */
export function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "passk-cli-test-"));
  dirs.push(dir);
  return dir;
}

/** Removes every folder `workspace` made since the last call. */
export function removeWorkspaces(): void {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
}

export function writeJsonl(path: string, records: readonly unknown[]): string {
  writeFileSync(path, records.map((r) => `${JSON.stringify(r)}\n`).join(""));
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
