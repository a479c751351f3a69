// The threads of a Node host (host.ts): the long-lived tester, the long-lived context worker (a fresh V8
// context per sample), and a fresh worker for each sample that needs Node's APIs. All run stringified
// code (tester-worker.ts, context-worker.ts, sample-worker.ts) in isolates of their own, with an empty
// environment; the host's main thread only talks to them.
import { Worker } from "node:worker_threads";
import { CONTEXT_WORKER_SOURCE, type ContextJob, type ContextMessage } from "./context-worker.js";
import { SAMPLE_WORKER_SOURCE } from "./sample-worker.js";
import { TESTER_WORKER_SOURCE, type TesterResult } from "./tester-worker.js";

/** The tester thread, the runs waiting for its results, and whether it has ended. */
export interface Tester {
  worker: Worker;
  ready: Promise<void>;
  results: Map<number, (result: TesterResult | null) => void>;
  /** Resolves when the thread has ended (it never should). */
  died: Promise<void>;
  dead: boolean;
}

/** Shared with the tester only: [0] = 1 while the host stops the current run. */
export const control = new Int32Array(new SharedArrayBuffer(4));

/** Starts the tester thread (ready once its isolate is bootstrapped). */
export function startTester(): Tester {
  const worker = new Worker(TESTER_WORKER_SOURCE, {
    eval: true,
    env: {},
    argv: [],
    stdout: true,
    stderr: true,
  });
  worker.stdout.resume();
  worker.stderr.resume();
  const tester: Tester = {
    worker,
    ready: Promise.resolve(),
    results: new Map(),
    died: new Promise((resolve) => worker.once("exit", () => resolve())),
    dead: false,
  };
  tester.ready = new Promise((resolve, reject) => {
    worker.once("error", reject);
    worker.on("message", (message: "ready" | TesterResult) => {
      if (message === "ready") resolve();
      else tester.results.get(message.runId)?.(message);
    });
  });
  void tester.died.then(() => {
    tester.dead = true;
    for (const resolve of tester.results.values()) resolve(null);
  });
  return tester;
}

/** A sample's worker thread: its heap limit, when it is ready and when it ended, its output so far. */
export interface SampleThread {
  worker: Worker;
  heapMb: number;
  ready: Promise<boolean>;
  ended: Promise<{ code: number; error: unknown }>;
  output: Buffer[];
  outputBytes: number;
  outputCap: number;
}

/**
 * A worker for samples (a sample's own, or the context worker): no environment or arguments, its
 * output captured, its heap limited; a stack of about Node's main-thread default, so recursion depth
 * matches `node program.js`; a 64 MiB code range keeps the isolate's address-space reservation small.
 */
function sampleWorker(source: string, heapMb: number): Worker {
  return new Worker(source, {
    eval: true,
    env: {},
    argv: [],
    stdout: true,
    stderr: true,
    resourceLimits: { maxOldGenerationSizeMb: heapMb, stackSizeMb: 1, codeRangeSizeMb: 64 },
  });
}

/**
 * Keeps what the worker writes (stdout and stderr together) in the sink `to()` names at that
 * moment, up to its cap; the rest is dropped, and so is output while there is no sink.
 */
function captureOutput(
  worker: Worker,
  to: () => { output: Buffer[]; outputBytes: number; outputCap: number } | null,
): void {
  const keep = (chunk: Buffer) => {
    const sink = to();
    if (!sink || sink.outputBytes >= sink.outputCap) return;
    const part = chunk.subarray(0, sink.outputCap - sink.outputBytes);
    sink.output.push(part);
    sink.outputBytes += part.length;
  };
  worker.stdout.on("data", keep);
  worker.stderr.on("data", keep);
}

/** Starts a sample's worker thread ahead of need; it waits for its job once ready. */
export function startSample(heapMb: number, outputCap: number): SampleThread {
  const worker = sampleWorker(SAMPLE_WORKER_SOURCE, heapMb);
  const thread: SampleThread = {
    worker,
    heapMb,
    ready: Promise.resolve(false),
    ended: Promise.resolve({ code: 0, error: undefined }),
    output: [],
    outputBytes: 0,
    outputCap,
  };
  captureOutput(worker, () => thread);
  let error: unknown;
  worker.on("error", (e) => {
    error ??= e;
  });
  thread.ended = new Promise((resolve) => worker.once("exit", (code) => resolve({ code, error })));
  thread.ready = Promise.race([
    new Promise<boolean>((resolve) => worker.once("message", () => resolve(true))),
    thread.ended.then(() => false),
  ]);
  return thread;
}

/** How a sample's program ended: its exit code and what was thrown, if anything. */
export interface ProgramEnd {
  code: number;
  error: unknown;
}

/** The host's context worker (context-worker.ts) and the run it is serving, if any. */
export interface ContextThread {
  worker: Worker;
  heapMb: number;
  ready: Promise<boolean>;
  dead: boolean;
  /** Samples it has run. */
  runs: number;
  /** Its heap after the last run (garbage included), bytes. */
  heap: number;
  current: ContextRun | null;
}

/** One sample in the context worker. */
export interface ContextRun {
  runId: number;
  /** The flag the sample's context raises when it reaches for Node (known once the context exists). */
  flag: Int32Array | null;
  ended: Promise<ProgramEnd>;
  /** Whether the program ran to its end after a passed test (the thread may serve the next sample). */
  clean: boolean;
  output: Buffer[];
  outputBytes: number;
  outputCap: number;
  settle: (end: ProgramEnd) => void;
}

/** Starts the context worker, with a heap limit for every sample it will run. */
export function startContextThread(heapMb: number): ContextThread {
  const worker = sampleWorker(CONTEXT_WORKER_SOURCE, heapMb);
  const thread: ContextThread = {
    worker,
    heapMb,
    ready: Promise.resolve(false),
    dead: false,
    runs: 0,
    heap: 0,
    current: null,
  };
  captureOutput(worker, () => thread.current);
  let error: unknown;
  worker.on("error", (e) => {
    error ??= e;
  });
  const exited = new Promise<void>((resolve) =>
    worker.once("exit", (code) => {
      thread.dead = true;
      thread.current?.settle({ code, error });
      resolve();
    }),
  );
  worker.on("message", (message: ContextMessage | "ready") => {
    const run = thread.current;
    if (message === "ready" || !run || message.runId !== run.runId) return;
    if ("flag" in message) run.flag = new Int32Array(message.flag);
    else if ("uncaught" in message) {
      const { name, code, message: text } = message.uncaught;
      const thrown = name === null ? text : Object.assign(new Error(text), { name, code: code ?? undefined });
      error ??= thrown;
    } else {
      run.clean = message.clean;
      thread.heap = message.heap;
      run.settle({ code: 0, error: undefined });
    }
  });
  thread.ready = Promise.race([
    new Promise<boolean>((resolve) => worker.once("message", () => resolve(true))),
    exited.then(() => false),
  ]);
  return thread;
}

/** Hands a sample to the context worker; its answers go to the tester over `job.port`. */
export function startContextRun(thread: ContextThread, job: ContextJob, outputCap: number): ContextRun {
  let settle: (end: ProgramEnd) => void = () => {};
  const run: ContextRun = {
    runId: job.runId,
    flag: null,
    ended: new Promise((resolve) => {
      settle = resolve;
    }),
    clean: false,
    output: [],
    outputBytes: 0,
    outputCap,
    settle: (end) => settle(end),
  };
  thread.current = run;
  thread.worker.postMessage(job, [job.port]);
  return run;
}
