// The sandbox as the rest of passk sees it: a pool of supervised fork servers, one per worker,
// started inside bubblewrap when possible, with the isolation actually in force reported honestly.
import { randomInt } from "node:crypto";
import { chmodSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { basename, join } from "node:path";
import { PasskError } from "../errors.js";
import { ownPath } from "../paths.js";
import { bubblewrapArgs, bubblewrapPath, findBubblewrap, NOT_INSTALLED } from "./bubblewrap.js";
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
  /** Jobs to keep submitted per worker so that every worker stays busy (submit workers × depth). */
  readonly depth: number;
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
  "link.py",
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
].map((name) => ownPath(`sandbox/${name}`));

/**
 * The server's files with their bytecode (`__pycache__/<module>.<tag>.pyc`, written by the build:
 * scripts/sandbox-bytecode.mjs), which bubblewrap binds read-only beside them, so that Python inside
 * finds it there as it does outside. Read at each start: the bytecode may be written after passk loaded.
 */
export function serverFiles(): string[] {
  const cache = ownPath("sandbox/__pycache__/");
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
 * Starts the probe createSandbox() needs (the Python interpreter, which may sit behind a slow shim)
 * without waiting for it, so that it overlaps the caller's own start-up work. bubblewrap is not probed
 * before a start: the servers start in it, and only a failure asks why (see launchServers()).
 */
export function warmUpSandbox(options: SandboxOptions = {}): void {
  resolvePython(options.python).catch(() => {}); // createSandbox() reports a failure
}

/** Starts the fork servers and reports the isolation they achieved. */
export function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const start = startSandbox(options);
  return start.take(options, start.workers) as Promise<Sandbox>;
}

/**
 * Fork servers started before they are needed (`passk evaluate` starts its first while its modules and
 * files load), then taken or discarded: whoever starts them calls `discard()` once done, which kills
 * what was not taken, whatever stage the start had reached.
 */
export interface SandboxStart {
  /** The number of servers being started. */
  readonly workers: number;
  /**
   * The sandbox with `workers` servers: those started (surplus ones closed), and, when more are asked
   * for, more that join the pool as each becomes ready (one that fails to start is retried as a
   * replacement is). Null if it was taken or discarded already, or if `setup` (Python, bubblewrap,
   * seccomp) is not the one the servers were started with.
   */
  take(setup: Omit<SandboxOptions, "workers">, workers: number): Promise<Sandbox> | null;
  /** Unless taken: stops every server started (see undo()), removes their files, and settles once they are gone. */
  discard(): Promise<void>;
}

/**
 * Starts `options.workers` fork servers (default: the number of cores); see {@link SandboxStart}.
 * `expected`: the number the caller expects to take; those beyond `options.workers` start as soon as
 * the first is ready (passk evaluate starts one while its modules load, and the rest once that one no
 * longer needs a core of its own), unless take() asks for a number first.
 */
export function startSandbox(options: SandboxOptions = {}, expected?: number): SandboxStart {
  const workers = Math.max(1, options.workers ?? availableParallelism());
  const made: Made = {
    stopped: false,
    servers: new Set(),
    wanted: workers,
    expected: Math.max(workers, expected ?? workers),
    taken: false,
    startMore: null,
    early: [],
    pool: null,
    hostTmp: null,
  };
  const starting = launch(options, workers, made);
  starting.catch(() => {}); // reported by take(), or of no interest once discarded
  let done = false;
  let discarded: Promise<void> | null = null;
  return {
    workers,
    take: (setup, wanted) => {
      const same = setup.python === options.python && setup.bubblewrap === options.bubblewrap;
      if (done || !same || setup.seccomp !== options.seccomp) return null;
      done = true;
      // More servers than were started: they start now, not once the first is ready (each waits
      // for nothing but its own start). Fewer: the pool closes the surplus (resize()).
      made.taken = true;
      made.wanted = wanted;
      made.startMore?.();
      return starting.then(({ pool, isolation }) => {
        pool.resize(wanted);
        return asSandbox(pool, isolation, wanted, made);
      });
    },
    discard: () => {
      if (!done) {
        done = true;
        discarded = undo(made);
      }
      return discarded ?? Promise.resolve();
    },
  };
}

/**
 * What a start has made so far, for undo(): the server processes it started, the pool once they are
 * ready, and the host folder of their files (without bubblewrap).
 */
interface Made {
  stopped: boolean;
  servers: Set<ForkServer>;
  /** How many servers the start is to make: take() may raise it while the first ones start. */
  wanted: number;
  /** How many the caller expects to take: `wanted` becomes this once the first is ready, unless taken. */
  expected: number;
  /** Whether take() has said how many it wants. */
  taken: boolean;
  /** Once the launch command is known: starts servers up to `wanted` at once (into `early`). */
  startMore: (() => void) | null;
  /** Servers started beyond the first batch, not yet handed to the pool (it adopts them as they start). */
  early: ForkServer[];
  pool: Pool | null;
  hostTmp: string | null;
}

/**
 * Stops a start at whatever stage it is: no server is started after this, and none that was outlives it.
 * Each is told to exit (its stdin closed: it exits once it is up) rather than killed at once: bubblewrap
 * killed in its first milliseconds can leave the sandbox's first process waiting for ever for a word
 * from it (bubblewrap 0.8). One still there after UNDO_GRACE_MS is killed.
 */
async function undo(made: Made): Promise<void> {
  made.stopped = true;
  for (const server of made.servers) server.close();
  await Promise.race([
    Promise.all([...made.servers].map((server) => server.gone)),
    new Promise((resolve) => setTimeout(resolve, UNDO_GRACE_MS).unref()),
  ]);
  for (const server of made.servers) server.kill();
  await made.pool?.close();
  if (made.hostTmp) rmSync(made.hostTmp, { recursive: true, force: true });
}

/** How long undo() waits for starting servers to exit by themselves (a start takes about 0.1 s). */
const UNDO_GRACE_MS = 5000;

function asSandbox(pool: Pool, isolation: Isolation, workers: number, made: Made): Sandbox {
  return {
    isolation,
    workers,
    depth: JOBS_PER_SERVER,
    run: (program, limits, data) =>
      pool.run(data ? { kind: "data", program, data } : { kind: "program", program }, limits),
    runSplit: (split, limits) => pool.run({ kind: "split", split }, limits),
    runStdio: (program, stdio, limits) => pool.run({ kind: "stdio", program, stdio }, limits),
    close: async () => {
      await pool.close();
      if (made.hostTmp) rmSync(made.hostTmp, { recursive: true, force: true });
    },
  };
}

/** Starts `workers` servers and waits until every one is ready; on any failure, undoes all it made. */
async function launch(
  options: SandboxOptions,
  workers: number,
  made: Made,
): Promise<{ pool: Pool; isolation: Isolation }> {
  try {
    return await launchServers(options, workers, made);
  } catch (error) {
    await undo(made);
    throw error;
  }
}

async function launchServers(
  options: SandboxOptions,
  workers: number,
  made: Made,
): Promise<{ pool: Pool; isolation: Isolation }> {
  warmUpSandbox(options); // both probes at once
  const python = await resolvePython(options.python);
  const notes: string[] = [];
  const asRoot = process.getuid?.() === 0;
  const seccompEnv = options.seccomp === "off" ? "off" : "auto";

  const nextUids = uidAllocator();
  // Each server (and everything it forks) keeps to one core of its own, round robin: a sample's
  // processes hand work to each other many times, and on one core each hand-over is a cheap switch
  // instead of a wake-up on the other core (measured: 400 → 590 samples/s with 2 workers on 2 cores).
  let started = 0;
  const nextWorker = () => started++;
  const direct: Launcher = () => {
    made.hostTmp ??= mkdtempSync(join(tmpdir(), "passk-sandbox-"));
    // Children under their own uids must reach their own directory inside.
    chmodSync(made.hostTmp, 0o711);
    return {
      command: python.executable,
      args: ["-I", "-S", "-B", SCRIPTS[0] as string],
      env: {
        PASSK_TMP: made.hostTmp,
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
    const bwrapPath = bubblewrapPath();
    if (bwrapPath) {
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
      servers = startServers(candidate, workers, made);
      try {
        await servers[0];
        spec = candidate;
      } catch (error) {
        if (made.stopped) throw error;
        // The servers start without a probe of bubblewrap first (one more process at every start,
        // on the way to the first sample): a failure is explained by one now. A bubblewrap that cannot
        // create its namespaces here is a reason to run without it (or to refuse, if it is required).
        const bwrap = await findBubblewrap();
        if (made.stopped) throw error;
        if (!("reason" in bwrap)) {
          // bubblewrap works here, so this is a fault to fix, not a reason to quietly run with
          // weaker isolation.
          throw new PasskError(
            "SANDBOX_UNAVAILABLE",
            `the fork server failed to start inside bubblewrap: ${(error as Error).message}` +
              " (pass --no-bubblewrap to run without it, at a weaker isolation level)",
          );
        }
        notes.push(bwrap.reason);
        // Every one started in it failed or will: none may linger, or join the pool.
        for (const server of made.servers) server.kill();
        made.early = [];
      }
    } else {
      notes.push(NOT_INSTALLED);
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
    servers = startServers(spec, workers, made);
    await (servers[0] as Promise<unknown>).catch((error: Error) => {
      if (made.stopped) throw error;
      throw new PasskError("SANDBOX_UNAVAILABLE", `cannot start the Python fork server: ${error.message}`);
    });
  }
  const { info } = await (servers[0] as Promise<{ server: ForkServer; info: ReadyInfo }>);
  if (!made.taken) {
    made.wanted = Math.max(made.wanted, made.expected);
    made.startMore?.();
  }
  if (!info.seccomp) notes.push(`no seccomp filter: ${info.seccomp_reason ?? "unavailable"}`);
  if (options.seccomp === "require" && !info.seccomp) {
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
  const ready = await Promise.all(servers);
  // The pool owns the servers from here on, and starts any more itself.
  made.pool = new Pool(
    spec,
    ready.map((s) => s.server),
    made.wanted,
  );
  made.startMore = null; // the pool starts any more itself
  for (const server of made.early.splice(0)) made.pool.adopt(server);
  return { pool: made.pool, isolation };
}

function levelOf(bubblewrap: boolean, seccomp: boolean): IsolationLevel {
  if (bubblewrap) return seccomp ? "bubblewrap+seccomp" : "bubblewrap";
  return seccomp ? "seccomp" : "process";
}

/** Makes the launch command of one more server (each gets uids of its own). */
type Launcher = () => LaunchSpec;

/**
 * Starts `count` servers at once (each promise settles when that one is ready or has failed), each
 * noted in `made`; none once the start is stopped.
 */
function startServers(
  launch: Launcher,
  count: number,
  made: Made,
): Promise<{ server: ForkServer; info: ReadyInfo }>[] {
  if (made.stopped) throw new PasskError("SANDBOX_CLOSED", "the sandbox was discarded while it started");
  const servers = Array.from({ length: count }, () => {
    const server = new ForkServer(launch());
    made.servers.add(server);
    const starting = server.ready.then((info) => ({ server, info }));
    starting.catch(() => {}); // each failure is reported by whoever awaits it
    return starting;
  });
  // Those take() asks for beyond `count` start as soon as it asks; the pool adopts them.
  made.startMore = () => {
    for (let i = count + made.early.length; i < made.wanted && !made.stopped; i++) {
      const server = new ForkServer(launch());
      made.servers.add(server);
      made.early.push(server);
    }
  };
  made.startMore();
  return servers;
}

interface Job {
  job: ServerJob;
  limits: Limits;
  attempts: number;
  resolve: (execution: Execution) => void;
  reject: (error: Error) => void;
}

/**
 * Jobs each server holds at most: the one it runs, and those sent already so that the server starts
 * each the moment it has answered the one before, without waiting for passk to hear the answer (the
 * server's core would otherwise idle for that round trip on every sample). With several waiting, the
 * server also holds its answers back and sends them a few at a time (link.py), so that passk's
 * process wakes once for several samples rather than for each.
 */
export const JOBS_PER_SERVER = 16;

/**
 * Hands jobs to servers, up to JOBS_PER_SERVER each, the least busy first; replaces a server that
 * dies and retries its job once (a job that was only waiting behind it is simply sent elsewhere).
 * Every job settles: after `close()`, or once servers keep failing to start, waiting and new jobs
 * are rejected with the reason.
 */
class Pool {
  private readonly queue: Job[] = [];
  private readonly all = new Set<ForkServer>();
  /** Servers started by the pool (replacements, more workers) that are not ready yet. */
  private readonly starting = new Set<ForkServer>();
  private restartFailures = 0;
  private closed = false;
  /** How many servers the pool keeps (resize()); one that becomes ready beyond it is closed. */
  private target: number;
  /** Why no job can run any more (closed, or the servers keep failing to start). */
  private stopped: PasskError | null = null;

  constructor(
    private readonly spec: Launcher,
    servers: ForkServer[],
    target: number,
  ) {
    for (const server of servers) this.all.add(server);
    this.target = target;
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
    // One still starting exits once it is up (killed in its first milliseconds, bubblewrap may leave a
    // process behind: see undo()); replace() also kills it as soon as it is ready.
    for (const server of this.starting) server.close();
    for (const server of this.all) server.close();
    // Each exits once its stdin closes (within milliseconds); whatever has not after 20 ms is killed.
    await Promise.race([
      Promise.all([...this.all].map((server) => server.gone)),
      new Promise((resolve) => setTimeout(resolve, 20).unref()),
    ]);
    for (const server of this.all) server.kill();
  }

  /**
   * Keeps `count` servers: surplus ones are closed (those still starting, once ready), and missing ones
   * started, each joining once ready.
   */
  resize(count: number): void {
    this.target = count;
    for (const server of [...this.all].slice(count)) {
      this.all.delete(server);
      server.kill(); // it has run nothing
    }
    for (let i = this.all.size + this.starting.size; i < count; i++) void this.replace();
  }

  private dispatch(): void {
    // While servers start, the jobs they will take as soon as they are ready (JOBS_PER_SERVER each)
    // wait here rather than behind the one a ready server runs (sent behind a long sample, a job
    // would wait for it while a starting server became ready and idled); those beyond go now.
    const starting = Math.min(this.starting.size, Math.max(0, this.target - this.all.size));
    const kept = starting * JOBS_PER_SERVER;
    while (this.queue.length > 0) {
      let server: ForkServer | null = null;
      for (const candidate of this.all) {
        if (candidate.inFlight < JOBS_PER_SERVER && (!server || candidate.inFlight < server.inFlight))
          server = candidate;
      }
      if (!server || (server.inFlight > 0 && this.queue.length <= kept)) return;
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

  /** A server started before the pool existed (see startServers()): it joins once it is ready. */
  adopt(server: ForkServer): void {
    if (this.closed) server.close();
    else void this.join(() => server);
  }

  private replace(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return this.join(() => new ForkServer(this.spec()));
  }

  /** Adds the server `make` starts to the pool once it is ready; on failure, starts a replacement. */
  private async join(make: () => ForkServer): Promise<void> {
    let server: ForkServer | undefined;
    try {
      server = make();
      this.starting.add(server);
      await server.ready;
      if (this.closed || this.all.size >= this.target) {
        // Closed while it started (close() told it to exit), or not needed any more: it has run nothing.
        server.kill();
        return;
      }
      this.restartFailures = 0;
      this.starting.delete(server);
      this.all.add(server);
      this.dispatch();
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
      // Unless the others (this one aside) are as many as the pool keeps now.
      if (this.all.size + this.starting.size - (server ? 1 : 0) < this.target) await this.replace();
    } finally {
      if (server) this.starting.delete(server);
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
