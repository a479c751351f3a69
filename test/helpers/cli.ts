// Runs the BUILT command line (`node dist/passk.js …`, what `passk` runs) as a child process, the way a user would,
// for the end-to-end tests. Run `npm run build` first (`npm test` does).
import { type ChildProcessByStdio, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import type { Readable } from "node:stream";
import { fileURLToPath } from "node:url";

export const CLI = fileURLToPath(new URL("../../dist/passk.js", import.meta.url));

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunningCli {
  child: ChildProcessByStdio<null, Readable, Readable>;
  pid: number;
  done: Promise<CliResult>;
}

/** For `beforeAll`: fails the file at once, with the fix, when the CLI has not been built. */
export function assertCliBuilt(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
}

/**
 * Starts `passk <args>` in `cwd` (default: this process's); `done` settles when it exits, whatever
 * the exit code. `env` is added to this process's environment.
 */
export function startPassk(args: readonly string[], cwd?: string, env: NodeJS.ProcessEnv = {}): RunningCli {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const done = new Promise<CliResult>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  if (child.pid === undefined) throw new Error(`cannot start ${process.execPath} ${CLI}`);
  return { child, pid: child.pid, done };
}

/** Runs `passk <args>` in `cwd` (default: this process's) to its end. */
export const passk = (args: readonly string[], cwd?: string, env?: NodeJS.ProcessEnv) =>
  startPassk(args, cwd, env).done;

/** Starts `passk evaluate <args>` in `cwd`. */
export const startCli = (args: readonly string[], cwd: string) => startPassk(["evaluate", ...args], cwd);

/** Runs `passk evaluate <args>` in `cwd` to its end. */
export const runCli = (args: readonly string[], cwd: string) => startCli(args, cwd).done;

/** The `--json` summary on stdout (stdout must hold nothing else). */
export function jsonOf(result: CliResult): Record<string, unknown> & {
  executed: number;
  deduplicated: number;
  resumed: number;
  isolation: { level: string };
  passAtK: { entries: { k: number }[]; skipped: { k: number; reason: string }[] };
} {
  return JSON.parse(result.stdout);
}
