// The context worker of a Node host: one long-lived worker thread that runs samples one after the
// other, each in a fresh V8 context (its own global object and builtins) that is thrown away after it.
// A fresh context costs well under a millisecond where a fresh worker costs about 30 ms of Node's
// bootstrap. It serves only samples that need nothing of Node's (no require, console, process, timers,
// …): `needsNode` routes the others, by their text, to a worker of their own (sample-worker.ts), and a
// sample that reaches for Node anyway halts at once and is run again in such a worker.
//
// The sample's context is kept free of every object of this worker's realm (docs/javascript.md, "The
// context worker"): this thread calls into the context only with strings (the call's arguments in the
// encoding of context-wire.ts) and takes back only strings; the context has no dynamic import (the
// module's text holds no `import`), no code from strings, and no stack traces (Node formats those in
// this realm). Both functions here are stringified: `contextBoot` into the context, `contextWorker`
// into the thread.
import type { ContextWire } from "./context-wire.js";
import { contextWire } from "./context-wire.js";

/**
 * Node's globals in a worker (and the V8 builtins that start work outside the sample's run: timers of
 * the engine, shared memory, WebAssembly), which a context does not have: reading or setting any of
 * them halts the sample so that it runs again in a worker. `enumerable` are those Node enumerates.
 */
const NODE_NAMES = {
  enumerable: [
    "global",
    "clearImmediate",
    "setImmediate",
    "clearInterval",
    "clearTimeout",
    "setInterval",
    "setTimeout",
    "queueMicrotask",
    "structuredClone",
    "atob",
    "btoa",
    "performance",
    "fetch",
    "crypto",
  ],
  hidden: [
    "process",
    "Buffer",
    "console",
    "URL",
    "URLSearchParams",
    "DOMException",
    "AbortController",
    "AbortSignal",
    "Event",
    "EventTarget",
    "TextEncoder",
    "TextDecoder",
    "TransformStream",
    "TransformStreamDefaultController",
    "WritableStream",
    "WritableStreamDefaultController",
    "WritableStreamDefaultWriter",
    "ReadableStream",
    "ReadableStreamDefaultReader",
    "ReadableStreamBYOBReader",
    "ReadableStreamBYOBRequest",
    "ReadableByteStreamController",
    "ReadableStreamDefaultController",
    "ByteLengthQueuingStrategy",
    "CountQueuingStrategy",
    "TextEncoderStream",
    "TextDecoderStream",
    "CompressionStream",
    "DecompressionStream",
    "BroadcastChannel",
    "MessageChannel",
    "MessagePort",
    "MessageEvent",
    "Blob",
    "File",
    "Performance",
    "PerformanceEntry",
    "PerformanceMark",
    "PerformanceMeasure",
    "PerformanceObserver",
    "PerformanceObserverEntryList",
    "PerformanceResourceTiming",
    "FormData",
    "Headers",
    "Request",
    "Response",
    "Crypto",
    "CryptoKey",
    "SubtleCrypto",
    "CustomEvent",
    "FinalizationRegistry",
    "Atomics",
    "SharedArrayBuffer",
    "WebAssembly",
    "eval",
    "Function",
  ],
};

const NEEDS_NODE = new RegExp(
  `import|\\.\\s*stack\\b|\\b(?:require|${[...NODE_NAMES.enumerable, ...NODE_NAMES.hidden].join("|")})\\b`,
);

/**
 * Whether a module must run in a worker of its own: it mentions Node's globals, `require`, code from
 * strings or an error's stack, anywhere in its text (comments too: a cheap and safe over-estimate).
 * The word `import` anywhere is a must, not an economy: a dynamic import would reach Node's module
 * loader in the worker's realm, and no code of the sample's context comes from anywhere but this text.
 */
export function needsNode(module: string): boolean {
  return NEEDS_NODE.test(module);
}

/** What the bootstrap gives the worker, all of it made in the sample's context. */
export interface ContextBoot {
  /** [0] becomes 1 when the sample reached for Node: the host stops it and runs it in a worker. */
  flag: SharedArrayBuffer;
  /** Runs the compiled module; "" when it reached its end, else the answer that fails the test's first call. */
  start(run: unknown, filename: string, dirname: string, entry: string): string;
  /** One call of the candidate: the arguments' encoding in, the answer's text out. */
  call(args: string): string;
}

/** Runs inside a fresh context, before the sample: its traps, its module objects, and the two entries. */
function contextBoot(makeWire: () => ContextWire, names: typeof NODE_NAMES): ContextBoot {
  // biome-ignore lint/suspicious/noRedundantUseStrict: stringified, this runs as a sloppy script
  "use strict";
  const global = globalThis;
  const { defineProperty, getPrototypeOf } = Object;
  const apply = Reflect.apply;
  const stringify = JSON.stringify;
  const store = Atomics.store;
  const wait = Atomics.wait;
  const NativeError = Error;
  const NativeTypeError = TypeError;
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const wire = makeWire();
  const functionPrototypes = [() => {}, async () => {}, function* () {}, async function* () {}].map((f) =>
    getPrototypeOf(f),
  );

  // The sample reached for something only a worker has: stop here for good (the host sees the flag,
  // ends this thread and runs the sample again in a worker of its own).
  const halt = (): never => {
    store(flag, 0, 1);
    for (;;) wait(flag, 0, 1);
  };
  const trap = (target: object, name: PropertyKey, enumerable: boolean, configurable = true) =>
    defineProperty(target, name, { get: halt, set: halt, enumerable, configurable });
  for (const name of names.enumerable) trap(global, name, true);
  for (const name of names.hidden) trap(global, name, false);
  // Code from strings is off in this context (it would bring code this worker did not read); these
  // are the ways to it, so that a sample using them runs in a worker instead of failing.
  for (const proto of functionPrototypes) trap(proto, "constructor", false);
  // No stack traces: V8 would have Node format them, with this worker's realm. Held for good.
  trap(NativeError, "stackTraceLimit", false, false);
  trap(NativeError, "captureStackTrace", false, false);
  trap(NativeError, "prepareStackTrace", false);

  // The CommonJS module the program sees: what it would need of Node halts.
  const module = {} as { exports: object };
  defineProperty(module, "exports", { value: {}, writable: true, enumerable: true, configurable: true });
  for (const key of ["id", "path", "filename", "loaded", "parent", "children", "paths", "require"])
    trap(module, key, true);
  const require = function require(): never {
    return halt();
  };
  for (const key of ["resolve", "main", "extensions", "cache"]) trap(require, key, true);

  const describe = (error: unknown): string => {
    try {
      if (
        error instanceof NativeError ||
        (typeof error === "object" && error !== null && "message" in error)
      ) {
        const e = error as { name?: unknown; code?: unknown; message?: unknown };
        return stringify({
          error: {
            name: typeof e.name === "string" ? e.name : null,
            code: typeof e.code === "string" ? e.code : null,
            message: `${e.message}`,
          },
        });
      }
      return stringify({ error: { name: null, code: null, message: `${error}` } });
    } catch {
      return '{"error":{"name":null,"code":null,"message":"an exception that could not be printed"}}';
    }
  };

  let entryOf: unknown = null;
  return {
    flag: flag.buffer as SharedArrayBuffer,
    start(run, filename, dirname, entry) {
      const exports = module.exports;
      try {
        entryOf = apply(run as (...args: unknown[]) => unknown, exports, [
          exports,
          require,
          module,
          filename,
          dirname,
        ]);
      } catch (error) {
        return describe(error);
      }
      if (typeof entryOf !== "function") {
        const message = `the program ended before the test could call ${entry}`;
        return stringify({ error: { name: null, code: null, message } });
      }
      return "";
    },
    call(text) {
      try {
        const args = wire.decode(text) as unknown[];
        const candidate = apply(entryOf as () => unknown, undefined, []);
        if (typeof candidate !== "function") throw new NativeTypeError("candidate is not a function");
        const encoded = wire.encode(apply(candidate as (...a: unknown[]) => unknown, undefined, args));
        return encoded === null ? '{"classic":true}' : `{"ok":${encoded}}`;
      } catch (error) {
        return describe(error);
      }
    },
  };
}

/** The source the context worker evaluates, in every fresh context, before the sample. */
const BOOT_SOURCE = `(${contextBoot.toString()})(${contextWire.toString()}, ${JSON.stringify(NODE_NAMES)})`;

/** A sample the host gives the context worker. */
export interface ContextJob {
  runId: number;
  /** The module's text, ending in `return () => <entry>;`. */
  source: string;
  filename: string;
  dirname: string;
  entry: string;
  port: import("node:worker_threads").MessagePort;
  /** Shared with the tester: [0] calls made, [1] answers given; [2] set by the host to abandon the run. */
  calls: Int32Array;
}

/** What the context worker tells the host about a run. */
export type ContextMessage =
  | { runId: number; flag: SharedArrayBuffer }
  | { runId: number; ended: true; clean: boolean; heap: number }
  | { runId: number; uncaught: { name: string | null; code: string | null; message: string } };

function contextWorker(bootSource: string): void {
  // biome-ignore lint/suspicious/noRedundantUseStrict: stringified into a sloppy script; strict code is never handed out as a function's caller
  "use strict";
  const { parentPort, receiveMessageOnPort } =
    require("node:worker_threads") as typeof import("node:worker_threads");
  const vm = require("node:vm") as typeof import("node:vm");
  const { getHeapStatistics } = require("node:v8") as typeof import("node:v8");
  const { createContext, compileFunction, Script } = vm;
  const bare = vm.constants.DONT_CONTEXTIFY;
  const boot = new Script(bootSource, { filename: "passk-context-boot.js" });
  const drain = new Script("", { filename: "passk-context-drain.js" });
  const PARAMETERS = ["exports", "require", "module", "__filename", "__dirname"];
  const BROKEN = '{"error":{"name":null,"code":null,"message":"the sample broke the call protocol"}}';
  const post = (message: ContextMessage | "ready") => parentPort?.postMessage(message);
  let current = 0;

  // Only reads: nothing of this realm is handed to what it describes.
  const describe = (error: unknown): { name: string | null; code: string | null; message: string } => {
    try {
      if (typeof error === "object" && error !== null) {
        const e = error as { name?: unknown; code?: unknown; message?: unknown };
        return {
          name: typeof e.name === "string" ? e.name : null,
          code: typeof e.code === "string" ? e.code : null,
          message: `${e.message}`,
        };
      }
      return { name: null, code: null, message: `${error}` };
    } catch {
      return { name: null, code: null, message: "an exception that could not be printed" };
    }
  };

  // An exception or rejection nobody handled ends the program, as under `node`; this thread goes
  // with it. The listeners also keep Node from inspecting the value in this realm.
  const died = (reason: unknown) => {
    try {
      post({ runId: current, uncaught: describe(reason) });
    } finally {
      process.exit(1);
    }
  };
  process.on("uncaughtException", died);
  process.on("unhandledRejection", died);

  const reply = (port: import("node:worker_threads").MessagePort, calls: Int32Array, message: object) => {
    port.postMessage(message);
    Atomics.add(calls, 1, 1);
    Atomics.notify(calls, 1);
  };

  const serve = (
    call: (text: string) => string,
    port: import("node:worker_threads").MessagePort,
    calls: Int32Array,
  ): "done" | "abandoned" => {
    let seen = 0;
    for (;;) {
      Atomics.wait(calls, 0, seen);
      const now = Atomics.load(calls, 0);
      if (now === seen) continue;
      seen = now;
      if (Atomics.load(calls, 2) !== 0) return "abandoned";
      const received = receiveMessageOnPort(port);
      if (!received) continue;
      const request = received.message as { seq?: unknown; wire?: unknown; done?: unknown };
      if (request.done === true) return "done";
      let answer = BROKEN;
      if (typeof request.wire === "string") {
        try {
          const text = call(request.wire);
          if (typeof text === "string") answer = text;
        } catch {
          // whatever the context threw stays untouched
        }
      }
      reply(port, calls, { seq: request.seq, wire: answer });
    }
  };

  parentPort?.on("message", (job: ContextJob) => {
    current = job.runId;
    const context = createContext(bare, {
      microtaskMode: "afterEvaluate",
      codeGeneration: { strings: false, wasm: false },
    });
    const api = boot.runInContext(context) as ContextBoot;
    const { flag, start, call } = api;
    post({ runId: current, flag });
    let fatal = "";
    try {
      const run = compileFunction(job.source, PARAMETERS, {
        parsingContext: context,
        filename: job.filename,
      });
      const text = start(run, job.filename, job.dirname, job.entry);
      fatal = typeof text === "string" ? text : BROKEN;
    } catch (error) {
      fatal = JSON.stringify({ error: describe(error) });
    }
    let outcome: "done" | "abandoned" = "abandoned";
    if (fatal !== "") reply(job.port, job.calls, { seq: 0, fatal });
    else outcome = serve(call, job.port, job.calls);
    job.port.close();
    // After a passed test the program goes on as Node would: its promise jobs (in the context's own
    // queue), then a rejection nobody handled fails it. A failed test ends the program there.
    if (outcome === "done") drain.runInContext(context);
    const runId = current;
    process.nextTick(() => {});
    setImmediate(() => {
      // (process.memoryUsage reads /proc, which the sandbox does not have.)
      const { used_heap_size, external_memory } = getHeapStatistics();
      post({ runId, ended: true, clean: outcome === "done", heap: used_heap_size + external_memory });
    });
  });
  post("ready");
}

/** The worker's source, as `new Worker(source, { eval: true })` takes it. */
export const CONTEXT_WORKER_SOURCE = `(${contextWorker.toString()})(${JSON.stringify(BOOT_SOURCE)})`;
