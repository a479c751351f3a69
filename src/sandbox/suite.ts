// Runs a project's test command inside bubblewrap for `passk harvest`: the project's tests are
// untrusted code like any sample, so they run only enclosed (never without bubblewrap), on a read-only
// copy, with no network, under limits, and whatever they leave is killed with the sandbox. What comes
// back is the launcher's JSON lines, capped in size; the caller parses them as untrusted data.
import { spawn } from "node:child_process";
import { randomInt } from "node:crypto";
import { PasskError } from "../errors.js";
import { ownPath } from "../paths.js";
import { findBubblewrap, suiteBubblewrapArgs } from "./bubblewrap.js";
import type { PythonInfo } from "./python.js";

/** The most the launcher may send back (trace records of every function), in bytes. */
export const MAX_SUITE_OUTPUT_BYTES = 128 * 1024 * 1024;

/** What to run, and how. */
export interface SuiteRun {
  /** The copy of the project (a folder passk made; bound read-only). */
  project: string;
  /** Shell command run in the project's folder: `python -m pytest -q`, `python -m unittest`. */
  command: string;
  python: PythonInfo;
  /** A prepared environment (a venv folder), bound read-only; its bin/ comes first on PATH. */
  venv?: string;
  /** More folders bound read-only (the venv's base interpreter). */
  readOnly?: readonly string[];
  /** Wall-clock seconds before the whole sandbox is killed. */
  timeoutSeconds: number;
  /** PYTHONHASHSEED of the run: two runs with different seeds show order-dependent results. */
  hashSeed: number;
  /** Also read the traced functions' source (the first run only). */
  analyze: boolean;
  /** Address-space limit of each process of the suite, in bytes. */
  memoryBytes?: number;
  signal?: AbortSignal;
}

/** The launcher's output: one JSON text per line, not yet trusted. */
export interface SuiteOutput {
  lines: string[];
  /** The end of what bubblewrap and the launcher wrote on stderr. */
  stderr: string;
  seconds: number;
}

const file = (name: string) => ownPath(`sandbox/${name}`);

/** passk's files inside the sandbox: the launcher, its helpers, and the tracer as sitecustomize. */
function enclosureFiles(): Record<string, string> {
  return {
    "/passk/suite_launcher.py": file("suite_launcher.py"),
    "/passk/suite_static.py": file("suite_static.py"),
    "/passk/seccomp_filter.py": file("seccomp_filter.py"),
    "/passk/site/sitecustomize.py": file("suite_trace.py"),
    "/passk/site/_passk_wire.py": file("wire.py"),
  };
}

/**
 * Runs the suite once and returns the launcher's lines.
 * @throws PasskError SANDBOX_UNAVAILABLE without bubblewrap; BAD_INPUT when the suite outlives the
 * timeout or floods the output; INTERNAL when the launcher ends without its last line.
 */
export async function runSuite(run: SuiteRun): Promise<SuiteOutput> {
  const bwrap = await findBubblewrap();
  if (!bwrap.path) {
    throw new PasskError(
      "SANDBOX_UNAVAILABLE",
      `passk harvest runs a project's tests only inside bubblewrap, and ${"reason" in bwrap ? bwrap.reason : "it is unavailable"}`,
    );
  }
  const asRoot = process.getuid?.() === 0;
  const path = [run.venv ? `${run.venv}/bin` : null, "/passk/bin", "/usr/bin", "/bin"].filter(Boolean);
  const suiteEnv: Record<string, string> = {
    PATH: path.join(":"),
    HOME: "/tmp",
    TMPDIR: "/tmp",
    LANG: "C.UTF-8",
    PYTHONPATH: "/passk/site",
    PYTHONDONTWRITEBYTECODE: "1",
    PYTHONHASHSEED: String(run.hashSeed),
    PASSK_TRACE_PROJECT: "/project",
    PASSK_TRACE_DIR: "/passk-trace",
    ...(run.venv ? { VIRTUAL_ENV: run.venv } : {}),
  };
  const settings = {
    command: run.command,
    env: suiteEnv,
    // As root the suite gets a uid of its own, so that RLIMIT_NPROC bounds its processes.
    uid: asRoot ? 1_000_000_000 + randomInt(0, 1_000_000_000) : null,
    processes: 512,
    cpu: Math.ceil(run.timeoutSeconds),
    memory: run.memoryBytes ?? 4 * 1024 ** 3,
    seccomp: process.arch === "x64",
    static: run.analyze,
  };
  const args = suiteBubblewrapArgs(
    run.python,
    {
      project: run.project,
      files: enclosureFiles(),
      readOnly: [...(run.venv ? [run.venv] : []), ...(run.readOnly ?? [])],
      env: { PASSK_SUITE: JSON.stringify(settings) },
    },
    asRoot,
  );
  return await collect(bwrap.path, args, run);
}

function collect(bwrap: string, args: string[], run: SuiteRun): Promise<SuiteOutput> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(bwrap, args, { env: {}, stdio: ["ignore", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = "";
    let failure: PasskError | null = null;
    const stop = (error: PasskError) => {
      failure ??= error;
      child.kill("SIGKILL");
    };
    const timer = setTimeout(
      () =>
        stop(
          new PasskError(
            "BAD_INPUT",
            `the test command did not finish within ${run.timeoutSeconds} s in the sandbox; raise --timeout or run fewer tests`,
          ),
        ),
      run.timeoutSeconds * 1000,
    );
    const onAbort = () =>
      stop(new PasskError("INTERNAL", "interrupted: the test run was stopped and nothing was written"));
    run.signal?.addEventListener("abort", onAbort, { once: true });
    child.stdout.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_SUITE_OUTPUT_BYTES) {
        stop(
          new PasskError(
            "BAD_INPUT",
            `the sandbox sent more than ${MAX_SUITE_OUTPUT_BYTES / 1024 ** 2} MiB of trace records; the project's tests may be tampering with the tracer`,
          ),
        );
        return;
      }
      chunks.push(chunk);
    });
    child.stderr.setEncoding("utf8").on("data", (text: string) => {
      stderr = (stderr + text).slice(-4000);
    });
    child.on("error", (error) =>
      stop(new PasskError("SANDBOX_UNAVAILABLE", `cannot start bubblewrap: ${error.message}`)),
    );
    child.on("close", () => {
      clearTimeout(timer);
      run.signal?.removeEventListener("abort", onAbort);
      if (failure) {
        reject(failure);
        return;
      }
      const lines = Buffer.concat(chunks).toString("utf8").split("\n");
      if (lines.at(-1) === "") lines.pop();
      resolve({ lines, stderr, seconds: (performance.now() - started) / 1000 });
    });
  });
}
