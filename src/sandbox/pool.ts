// The sandbox as the rest of passk sees it: a pool of supervised fork servers, one per worker,
// started inside bubblewrap when possible, with the isolation actually in force reported honestly.
import { randomInt } from "node:crypto";
import { chmodSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PasskError } from "../errors.js";
import { bubblewrapArgs, findBubblewrap } from "./bubblewrap.js";
import { resolvePython } from "./python.js";
import { ForkServer, type LaunchSpec, type ReadyInfo, ServerDiedError, type ServerJob } from "./server.js";
import type { DataRun, Execution, Isolation, IsolationLevel, Limits, SplitRun, StdioRun } from "./types.js";

/** How to set up the sandbox. "require" refuses to run without that layer; "off" skips it. */
export interface SandboxOptions {
  /** Number of fork servers (parallel samples). Default: the number of cores. */
  workers?: number;
  /** Python command to resolve (default: PASSK_PYTHON or python3). */
  python?: string;
  bubblewrap?: "auto" | "require" | "off";
  seccomp?: "auto" | "require" | "off";
}

/** A running sandbox. Call `close()` when done. */
export interface Sandbox {
  readonly isolation: Isolation;
  readonly workers: number;
  /**
   * Runs one Python program under `limits` (with `data`: then calls its entry point on each input);
   * never rejects for anything the program does.
   */
  run(program: string, limits: Limits, data?: DataRun): Promise<Execution>;
  /**
   * Runs a HumanEval-style test split in two processes (see {@link SplitRun}); never rejects for
   * anything the sample does. `unsplittable` is set on the result when the test cannot be split.
   */
  runSplit(split: SplitRun, limits: Limits): Promise<Execution>;
  /**
   * Runs a whole program once per input of `stdio` (a program problem), each run in a fresh process;
   * `limits` hold per run. Returns what each run printed (`tests`) for the caller to judge; never
   * rejects for anything the program does.
   */
  runStdio(program: string, stdio: StdioRun, limits: Limits): Promise<Execution>;
  close(): Promise<void>;
}

/** The fork server's files; forkserver.py is the entry point, bound read-only under /passk/. */
const SCRIPTS = [
  "forkserver.py",
  "lockdown.py",
  "sides.py",
  "evalplus_side.py",
  "zygote.py",
  "channel.py",
  "tester.py",
  "watch.py",
  "judge.py",
  "wire.py",
  "seccomp_filter.py",
  "stdio.py",
  "stdio_child.py",
  "protocol.py",
  "protocol.json",
].map((name) => fileURLToPath(new URL(name, import.meta.url)));

/**
 * The server's files with their bytecode (`__pycache__/<module>.<tag>.pyc`, written by the build:
 * scripts/sandbox-bytecode.mjs), which bubblewrap binds read-only beside them, so that Python inside
 * finds it there as it does outside. Read at each start: the bytecode may be written after passk loaded.
 */
export function serverFiles(): string[] {
  const cache = fileURLToPath(new URL("__pycache__/", import.meta.url));
  let compiled: string[];
  try {
    compiled = readdirSync(cache);
  } catch {
    return SCRIPTS; // no bytecode: Python compiles each module at each start
  }
  const modules = new Set(
    SCRIPTS.filter((file) => file.endsWith(".py")).map((file) => basename(file, ".py")),
  );
  const ours = compiled.filter((name) => name.endsWith(".pyc") && modules.has(name.split(".")[0] as string));
  return [...SCRIPTS, ...ours.map((name) => join(cache, name))];
}

/**
 * Each server's children get two uids of their own (samples, tests), drawn from a range chosen at
 * random per sandbox: rlimits counted per uid (processes, threads) are then per worker, and two passk
 * runs on one host do not share them either.
 */
function uidAllocator(): () => [number, number] {
  let next = 1_000_000_000 + 2 * randomInt(0, 500_000_000);
  return () => {
    const pair: [number, number] = [next, next + 1];
    next += 2;
    return pair;
  };
}

/**
 * Starts the probes createSandbox() needs (the Python interpreter, which may sit behind a slow shim,
 * and bubblewrap) without waiting for them, so that they overlap the caller's own start-up work.
 */
export function warmUpSandbox(options: SandboxOptions = {}): void {
  resolvePython(options.python).catch(() => {}); // createSandbox() reports a failure
  if (options.bubblewrap !== "off") void findBubblewrap();
}

/** Starts the fork servers and reports the isolation they achieved. */
export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const workers = Math.max(1, options.workers ?? availableParallelism());
  warmUpSandbox(options); // both probes at once
  const python = await resolvePython(options.python);
  const notes: string[] = [];
  const asRoot = process.getuid?.() === 0;
  const seccompEnv = options.seccomp === "off" ? "off" : "auto";
  let hostTmp: string | null = null;

  const nextUids = uidAllocator();
  // Each server (and everything it forks) keeps to one core of its own, round robin: a sample's
  // processes hand work to each other many times, and on one core each hand-over is a cheap switch
  // instead of a wake-up on the other core (measured: 400 → 590 samples/s with 2 workers on 2 cores).
  let started = 0;
  const nextWorker = () => started++;
  const direct: Launcher = () => {
    hostTmp ??= mkdtempSync(join(tmpdir(), "passk-sandbox-"));
    chmodSync(hostTmp, 0o711); // children under their own uids must reach their own directory inside
    return {
      command: python.executable,
      args: ["-I", "-S", "-B", SCRIPTS[0] as string],
      env: {
        PASSK_TMP: hostTmp,
        PASSK_SECCOMP: seccompEnv,
        PASSK_UIDS: nextUids().join(","),
        PASSK_WORKER: String(nextWorker()),
      },
    };
  };

  let spec: Launcher | null = null;
  // Every server starts at once; the first one says what isolation they got.
  let servers: Promise<{ server: ForkServer; info: ReadyInfo }>[] = [];
  if (options.bubblewrap !== "off") {
    const bwrap = await findBubblewrap();
    if (bwrap.path) {
      const bwrapPath = bwrap.path;
      const files = serverFiles();
      const candidate: Launcher = () => ({
        command: bwrapPath,
        args: bubblewrapArgs(python, files, asRoot, {
          PASSK_SECCOMP: seccompEnv,
          PASSK_UIDS: nextUids().join(","),
          PASSK_WORKER: String(nextWorker()),
        }),
        env: {},
      });
      servers = startServers(candidate, workers);
      try {
        await servers[0];
        spec = candidate;
      } catch (error) {
        await stopServers(servers);
        // bubblewrap works here (it was probed), so this is a fault to fix, not a reason to
        // quietly run with weaker isolation.
        throw new PasskError(
          "SANDBOX_UNAVAILABLE",
          `the fork server failed to start inside bubblewrap: ${(error as Error).message}` +
            " (pass --no-bubblewrap to run without it, at a weaker isolation level)",
        );
      }
    } else {
      if ("reason" in bwrap) notes.push(bwrap.reason);
    }
    if (!spec && options.bubblewrap === "require") {
      throw new PasskError(
        "SANDBOX_UNAVAILABLE",
        `bubblewrap is required but unavailable: ${notes.join("; ")}`,
      );
    }
  } else {
    notes.push("bubblewrap disabled by configuration");
  }
  if (!spec) {
    spec = direct;
    servers = startServers(spec, workers);
    await (servers[0] as Promise<unknown>).catch(async (error: Error) => {
      await stopServers(servers);
      throw new PasskError("SANDBOX_UNAVAILABLE", `cannot start the Python fork server: ${error.message}`);
    });
  }
  const { info } = await (servers[0] as Promise<{ server: ForkServer; info: ReadyInfo }>);
  if (!info.seccomp) notes.push(`no seccomp filter: ${info.seccomp_reason ?? "unavailable"}`);
  if (options.seccomp === "require" && !info.seccomp) {
    await stopServers(servers);
    throw new PasskError(
      "SANDBOX_UNAVAILABLE",
      `seccomp is required but unavailable: ${info.seccomp_reason}`,
    );
  }

  const bubblewrap = spec !== direct;
  if (!info.uid_drop && info.uid_drop_reason && asRoot) {
    notes.push(
      bubblewrap
        ? info.uid_drop_reason
        : `${info.uid_drop_reason}: samples run as root (without capabilities) and can read and change every file root owns; install bubblewrap`,
    );
  }
  const isolation: Isolation = {
    level: levelOf(bubblewrap, info.seccomp),
    bubblewrap,
    seccomp: info.seccomp,
    uidDrop: info.uid_drop,
    python: `${python.executable} (${info.python})`,
    notes,
  };
  const launch = spec;
  const ready = await Promise.all(servers).catch(async (error: Error) => {
    await stopServers(servers);
    throw error;
  });
  const pool = new Pool(
    launch,
    ready.map((s) => s.server),
  );
  return {
    isolation,
    workers,
    run: (program, limits, data) =>
      pool.run(data ? { kind: "data", program, data } : { kind: "program", program }, limits),
    runSplit: (split, limits) => pool.run({ kind: "split", split }, limits),
    runStdio: (program, stdio, limits) => pool.run({ kind: "stdio", program, stdio }, limits),
    close: async () => {
      await pool.close();
      if (hostTmp) rmSync(hostTmp, { recursive: true, force: true });
    },
  };
}

function levelOf(bubblewrap: boolean, seccomp: boolean): IsolationLevel {
  if (bubblewrap) return seccomp ? "bubblewrap+seccomp" : "bubblewrap";
  return seccomp ? "seccomp" : "process";
}

/** Makes the launch command of one more server (each gets uids of its own). */
type Launcher = () => LaunchSpec;

async function startServer(launch: Launcher): Promise<{ server: ForkServer; info: ReadyInfo }> {
  const server = new ForkServer(launch());
  const info = await server.ready;
  return { server, info };
}

/** Starts `count` servers at once (each promise settles when that one is ready or has failed). */
function startServers(launch: Launcher, count: number): Promise<{ server: ForkServer; info: ReadyInfo }>[] {
  return Array.from({ length: count }, () => {
    const starting = startServer(launch);
    starting.catch(() => {}); // each failure is reported by whoever awaits it
    return starting;
  });
}

/** Kills every server of `servers` that started (after a failure: none of them may linger). */
async function stopServers(servers: Promise<{ server: ForkServer }>[]): Promise<void> {
  const settled = await Promise.allSettled(servers);
  for (const result of settled) if (result.status === "fulfilled") result.value.server.kill();
}

interface Job {
  job: ServerJob;
  limits: Limits;
  attempts: number;
  resolve: (execution: Execution) => void;
  reject: (error: Error) => void;
}

/**
 * Jobs each server holds at most: the one it runs, and the next, sent already so that the server
 * starts it the moment it has answered, without waiting for passk to hear the answer (the server's
 * core would otherwise idle for that round trip on every sample).
 */
const DEPTH = 2;

/**
 * Hands jobs to servers, up to DEPTH each, the least busy first; replaces a server that dies and
 * retries its job once (a job that was only waiting behind it is simply sent elsewhere). Every job
 * settles: after `close()`, or once servers keep failing to start, waiting and new jobs are
 * rejected with the reason.
 */
class Pool {
  private readonly queue: Job[] = [];
  private readonly all = new Set<ForkServer>();
  private restartFailures = 0;
  private closed = false;
  /** Why no job can run any more (closed, or the servers keep failing to start). */
  private stopped: PasskError | null = null;

  constructor(
    private readonly spec: Launcher,
    servers: ForkServer[],
  ) {
    for (const server of servers) this.all.add(server);
  }

  run(job: ServerJob, limits: Limits): Promise<Execution> {
    return new Promise((resolve, reject) => {
      if (this.stopped) {
        reject(this.stopped);
        return;
      }
      this.queue.push({ job, limits, attempts: 0, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stop(new PasskError("SANDBOX_CLOSED", "the sandbox was closed before this sample could run"));
    for (const server of this.all) server.close();
    // Each exits once its stdin closes (within milliseconds); whatever has not after 20 ms is killed.
    await Promise.race([
      Promise.all([...this.all].map((server) => server.gone)),
      new Promise((resolve) => setTimeout(resolve, 20).unref()),
    ]);
    for (const server of this.all) server.kill();
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let server: ForkServer | null = null;
      for (const candidate of this.all) {
        if (candidate.inFlight < DEPTH && (!server || candidate.inFlight < server.inFlight))
          server = candidate;
      }
      if (!server) return;
      void this.execute(server, this.queue.shift() as Job);
    }
  }

  private async execute(server: ForkServer, job: Job): Promise<void> {
    try {
      const { execution, replace } = await server.run(job.job, job.limits);
      job.resolve(execution);
      if (replace && this.all.delete(server)) {
        // The server could not put its working directory back as it was: nothing of this sample
        // may reach the next one, so the server goes (it runs nothing more), and a fresh one
        // (fresh /tmp) takes its place.
        server.kill();
        await this.replace();
      }
    } catch (error) {
      // Whatever went wrong, this server is no longer trusted: replace it and retry the job once
      // (a job that had not started yet does not count).
      const gone = this.all.delete(server);
      if (gone) server.kill();
      const started = !(error instanceof ServerDiedError) || error.started;
      if (started) job.attempts++;
      if (this.stopped) job.reject(this.stopped);
      else if (job.attempts < 2) this.queue.unshift(job);
      else job.resolve(serverDied((error as Error).message));
      if (gone) await this.replace();
    }
    this.dispatch();
  }

  /** No job runs from now on: every waiting one is rejected with `reason`, and so is every new one. */
  private stop(reason: PasskError): void {
    this.stopped ??= reason;
    for (const job of this.queue.splice(0)) job.reject(this.stopped);
  }

  private async replace(): Promise<void> {
    if (this.closed) return;
    try {
      const { server } = await startServer(this.spec);
      if (this.closed) {
        // Closed while it started: close() never saw it, and it must not outlive the sandbox.
        server.kill();
        return;
      }
      this.restartFailures = 0;
      this.all.add(server);
    } catch (error) {
      this.restartFailures++;
      if (this.restartFailures >= 5) {
        if (this.all.size === 0) {
          // No server left to run anything: every waiting job, and every later one, fails now.
          this.stop(
            new PasskError(
              "SANDBOX_UNAVAILABLE",
              `the sandbox server keeps failing to start: ${(error as Error).message}`,
            ),
          );
        }
        return;
      }
      await this.replace();
    }
  }
}

function serverDied(why: string): Execution {
  return {
    status: "error",
    result: `failed: the sandbox server died while running this sample (${why})`,
    cpu: 0,
    wall: 0,
    exitCode: null,
    output: "",
  };
}
