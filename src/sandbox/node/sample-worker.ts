// The code a sample's worker thread starts with (a fresh V8 isolate, one per sample). It waits for its
// job, runs the sample's module the way Node runs a CommonJS file, and when the module reaches the
// serving stub that stands where MultiPL-E puts the tests, answers the test's calls of the candidate
// one by one: arguments in, the return value or the exception out, as structured-clone data.
//
// Everything here runs in the sample's own isolate, so the sample can change any of it: nothing it
// sends is trusted. The tester (tester-worker.ts) treats every message as data, and the host
// (host.ts) decides the verdict. The function is stringified into the worker (`eval: true`), so it
// uses only what it declares itself.

/** The name of the serving function the host appends to the module (a CommonJS wrapper parameter). */
export const SERVE = "__passkServe$";

/**
 * The job a sample worker receives: the module (already ending in `SERVE(() => <entry>)`), the port
 * to the tester and the call counters ([0]: calls made by the tester, [1]: answers given).
 */
export interface SampleJob {
  source: string;
  filename: string;
  entry: string;
  port: import("node:worker_threads").MessagePort;
  calls: Int32Array;
}

function sampleWorker(): void {
  const { parentPort, receiveMessageOnPort } =
    require("node:worker_threads") as typeof import("node:worker_threads");
  const { compileFunction } = require("node:vm") as typeof import("node:vm");
  const { createRequire } = require("node:module") as typeof import("node:module");
  const { dirname } = require("node:path") as typeof import("node:path");
  const serveName = "__passkServe$";
  // V8's flags belong to the whole process (a sample that set --random-seed would make every later
  // sample's Math.random the same): a sample may not change them. Everything else a worker could
  // change for the whole process is closed by the permission model or checked by the host.
  Object.defineProperty(require("node:v8"), "setFlagsFromString", {
    value: () => {
      throw new Error(
        "v8.setFlagsFromString is not available in passk's sandbox (V8's flags are the process's)",
      );
    },
    writable: false,
    configurable: false,
  });

  const describe = (error: unknown): { name: string | null; code: string | null; message: string } => {
    try {
      if (error instanceof Error || (typeof error === "object" && error !== null && "message" in error)) {
        const e = error as { name?: unknown; code?: unknown; message?: unknown };
        return {
          name: typeof e.name === "string" ? e.name : null,
          code: typeof e.code === "string" ? e.code : null,
          message: String(e.message),
        };
      }
      return { name: null, code: null, message: String(error) };
    } catch {
      return { name: null, code: null, message: "an exception that could not be printed" };
    }
  };

  parentPort?.once("message", (job: SampleJob) => {
    const { source, filename, entry, port, calls } = job;
    const reply = (message: unknown): void => {
      try {
        port.postMessage(message);
      } catch (error) {
        port.postMessage({ seq: (message as { seq?: number }).seq ?? 0, error: describe(error) });
      }
      Atomics.add(calls, 1, 1);
      Atomics.notify(calls, 1);
    };
    let served = false;
    const serve = (candidateOf: () => unknown): void => {
      served = true;
      let seen = 0;
      for (;;) {
        Atomics.wait(calls, 0, seen);
        const now = Atomics.load(calls, 0);
        if (now === seen) continue;
        seen = now;
        const received = receiveMessageOnPort(port);
        if (!received) continue;
        const request = received.message as { seq: number; args?: unknown[]; done?: boolean };
        if (request.done) break;
        let answer: unknown;
        try {
          const candidate = candidateOf();
          if (typeof candidate !== "function") throw new TypeError("candidate is not a function");
          answer = { seq: request.seq, ok: candidate(...(request.args ?? [])) };
        } catch (error) {
          answer = { seq: request.seq, error: describe(error) };
        }
        reply(answer);
      }
      port.close();
    };

    const module = { exports: {} };
    let run: (...args: unknown[]) => unknown;
    try {
      run = compileFunction(source, ["exports", "require", "module", "__filename", "__dirname", serveName], {
        filename,
      }) as (...args: unknown[]) => unknown;
    } catch (error) {
      reply({ seq: 0, fatal: describe(error) });
      return;
    }
    // As `node program.js` sees it: the module is the main one.
    const requireFromProgram = Object.assign(createRequire(filename), { main: module });
    try {
      run.call(
        module.exports,
        module.exports,
        requireFromProgram,
        module,
        filename,
        dirname(filename),
        serve,
      );
    } catch (error) {
      // An exception from the module before it served (after serving, the module only returns).
      reply({ seq: 0, fatal: describe(error) });
      return;
    }
    if (!served) {
      reply({
        seq: 0,
        fatal: { name: null, code: null, message: `the program ended before the test could call ${entry}` },
      });
    }
  });
  // The host counts this worker's CPU only once it is ready; being ready means bootstrapped.
  parentPort?.postMessage("ready");
}

/** The worker's source, as `new Worker(source, { eval: true })` takes it. */
export const SAMPLE_WORKER_SOURCE = `(${sampleWorker.toString()})()`;
