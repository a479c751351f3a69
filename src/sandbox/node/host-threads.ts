// The threads of a Node host (host.ts): the long-lived tester, and one fresh worker per sample. Both
// run stringified code (tester-worker.ts, sample-worker.ts) in isolates of their own, with an empty
// environment; the host's main thread only talks to them.
import { Worker } from "node:worker_threads";
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
}

/** Starts a sample's worker thread ahead of need; it waits for its job once ready. */
export function startSample(heapMb: number, outputCap: number): SampleThread {
  const worker = new Worker(SAMPLE_WORKER_SOURCE, {
    eval: true,
    env: {},
    argv: [],
    stdout: true,
    stderr: true,
    // A stack of about Node's main-thread default, so recursion depth matches `node program.js`;
    // a 64 MiB code range keeps the isolate's address-space reservation small.
    resourceLimits: { maxOldGenerationSizeMb: heapMb, stackSizeMb: 1, codeRangeSizeMb: 64 },
  });
  const thread: SampleThread = {
    worker,
    heapMb,
    ready: Promise.resolve(false),
    ended: Promise.resolve({ code: 0, error: undefined }),
    output: [],
    outputBytes: 0,
  };
  const keep = (chunk: Buffer) => {
    if (thread.outputBytes >= outputCap) return;
    const part = chunk.subarray(0, outputCap - thread.outputBytes);
    thread.output.push(part);
    thread.outputBytes += part.length;
  };
  worker.stdout.on("data", keep);
  worker.stderr.on("data", keep);
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
