// The code of a host's tester thread: a long-lived worker (its own isolate, never shared with a
// sample) that runs each test the way MultiPL-E's program runs it after the sample's code, with the
// candidate a proxy whose every call crosses to the sample's thread as data and blocks until the
// answer comes back: a structured clone for a sample in a worker of its own, the text encoding of
// context-wire.ts for a sample in the context worker. What comes back is data: the test's own
// assertions, in the tester's isolate, decide. Stringified into the worker, so it uses only what it
// declares itself (and the codec it is given).
import type { ContextWire } from "./context-wire.js";
import { contextWire } from "./context-wire.js";

/** A test to run: the whole program to parse (JavaScript), the test code, and the channel to the sample. */
export interface TesterJob {
  runId: number;
  program?: string;
  tests: string;
  entry: string;
  port: import("node:worker_threads").MessagePort;
  /** Shared with the sample: [0] calls made, [1] answers given. */
  calls: Int32Array;
  /** Shared with the host only: [0] is set (and `calls[1]` notified) when the host stops the run. */
  control: Int32Array;
  /**
   * Tests as data: each item the JSON text of one call's arguments in the wire form of
   * src/problems/ts/ts-values.ts. The tester calls the candidate with each and reports what came
   * back (`cases`), to be compared outside the sandbox; `tests` is then unused.
   */
  data?: string[];
  /** The sample runs in the context worker: calls and answers cross as context-wire.ts text. */
  wire?: boolean;
}

/** A thrown value as data. */
export interface Described {
  name: string | null;
  code: string | null;
  message: string;
  /** 1-based line of a syntax error, when the engine said. */
  line?: number;
}

/** What the tester reports for a run. */
export type TesterResult =
  | { runId: number; outcome: "passed" }
  | { runId: number; outcome: "data"; cases: string[] }
  | { runId: number; outcome: "syntax"; error: Described }
  | { runId: number; outcome: "failed"; error: Described }
  | { runId: number; outcome: "stopped" }
  /** A value crossed that the text encoding has no form for: run the sample in a worker of its own. */
  | { runId: number; outcome: "classic" };

function testerWorker(makeWire: () => ContextWire): void {
  const { parentPort, receiveMessageOnPort } =
    require("node:worker_threads") as typeof import("node:worker_threads");
  const { compileFunction } = require("node:vm") as typeof import("node:vm");
  const { createRequire } = require("node:module") as typeof import("node:module");
  const testRequire = createRequire("/tmp/test.js");
  const MODULE_PARAMETERS = ["exports", "require", "module", "__filename", "__dirname"];
  const STANDARD: Record<string, ErrorConstructor> = {
    Error,
    TypeError,
    RangeError,
    ReferenceError,
    SyntaxError,
    EvalError,
    URIError,
  };

  /** Stops the test when the host says so (a limit, or the sample's thread ended). */
  class Stopped extends Error {}
  /** Stops the test when a value has no text form; the sample then runs in a worker of its own. */
  class Classic extends Error {}
  const codec = makeWire();

  const describe = (error: unknown): Described => {
    try {
      if (error instanceof Error) {
        const code: unknown = (error as { code?: unknown }).code;
        const described: Described = {
          name: error.name,
          code: typeof code === "string" ? code : null,
          message: String(error.message),
        };
        const line = /:(\d+)\n/.exec(String(error.stack ?? ""));
        if (error instanceof SyntaxError && line) described.line = Number(line[1]);
        return described;
      }
      return { name: null, code: null, message: String(error) };
    } catch {
      return { name: null, code: null, message: "an exception that could not be printed" };
    }
  };

  /**
   * Rebuilds what the sample threw, from its description (only data crosses; the class by name). A
   * thrown value that was not an error crosses as its text, as Node prints it.
   */
  const rebuild = (value: unknown): unknown => {
    const d = (typeof value === "object" && value !== null ? value : {}) as Partial<Described>;
    const message = typeof d.message === "string" ? d.message : "an exception without a message";
    const name = typeof d.name === "string" ? d.name : null;
    if (name === null) return message;
    const error = new (Object.hasOwn(STANDARD, name) ? (STANDARD[name] as ErrorConstructor) : Error)(message);
    if (!Object.hasOwn(STANDARD, name)) error.name = name;
    if (typeof d.code === "string") (error as { code?: string }).code = d.code;
    return error;
  };

  const run = (job: TesterJob): TesterResult => {
    const { runId, program, tests, entry, port, calls, control, wire } = job;
    if (program !== undefined) {
      try {
        compileFunction(program, MODULE_PARAMETERS, { filename: "program.js" });
      } catch (error) {
        return { runId, outcome: "syntax", error: describe(error) };
      }
    }
    let seq = 0;
    // Once a value had no text form, every later call says so too (a test that caught the signal
    // does not get to go on in the context).
    let wentClassic = false;
    let hostStopped = false;
    const classic = () => {
      wentClassic = true;
      return new Classic("passk: run again in a worker of its own");
    };
    /** The context worker's answer text: a value, an exception to rethrow, or "run it in a worker". */
    const answerOf = (text: unknown): unknown => {
      let parsed: { ok?: unknown; error?: unknown; classic?: unknown };
      try {
        parsed = JSON.parse(String(text));
      } catch {
        throw new Error("the sample broke the call protocol");
      }
      if (typeof parsed !== "object" || parsed === null)
        throw new Error("the sample broke the call protocol");
      if (Object.hasOwn(parsed, "classic")) throw classic();
      if (Object.hasOwn(parsed, "error")) throw rebuild(parsed.error);
      if (!Object.hasOwn(parsed, "ok")) throw new Error("the sample broke the call protocol");
      try {
        return codec.revive(parsed.ok);
      } catch {
        throw new Error("the sample broke the call protocol");
      }
    };
    const candidate = (...args: unknown[]): unknown => {
      if (wentClassic) throw classic();
      seq++;
      if (wire) {
        const text = codec.encode(args);
        if (text === null) throw classic();
        port.postMessage({ seq, wire: text });
      } else port.postMessage({ seq, args });
      Atomics.add(calls, 0, 1);
      Atomics.notify(calls, 0);
      for (;;) {
        const answered = Atomics.load(calls, 1);
        const received = receiveMessageOnPort(port);
        if (received) {
          const answer = received.message as {
            seq?: unknown;
            ok?: unknown;
            error?: unknown;
            fatal?: unknown;
          };
          if (typeof answer !== "object" || answer === null)
            throw new Error("the sample broke the call protocol");
          if (Object.hasOwn(answer, "fatal")) {
            if (wire) answerOf(answer.fatal);
            throw rebuild(answer.fatal);
          }
          if (answer.seq !== seq) continue; // an earlier call's answer, or a forgery: not this call's
          if (wire) return answerOf((answer as { wire?: unknown }).wire);
          if (Object.hasOwn(answer, "error")) throw rebuild(answer.error);
          if (Object.hasOwn(answer, "ok")) return answer.ok;
          throw new Error("the sample broke the call protocol");
        }
        if (Atomics.load(control, 0) !== 0) {
          hostStopped = true;
          throw new Stopped();
        }
        Atomics.wait(calls, 1, answered, 1000);
      }
    };
    if (job.data !== undefined) return runData(runId, job.data, candidate, port, calls);
    let test: (...args: unknown[]) => unknown;
    try {
      test = compileFunction(tests, ["require", entry], { filename: "test.js" }) as typeof test;
    } catch (error) {
      return { runId, outcome: "failed", error: describe(error) };
    }
    try {
      test.call(undefined, testRequire, candidate);
    } catch (error) {
      if (wentClassic) return { runId, outcome: "classic" };
      // (Only a call the host stopped: an answer that came before the stop is the sample's.)
      if (hostStopped) return { runId, outcome: "stopped" };
      return { runId, outcome: "failed", error: describe(error) };
    }
    if (wentClassic) return { runId, outcome: "classic" };
    // Let the sample's module finish (its serving stub returns), as the program would after the test.
    port.postMessage({ done: true });
    Atomics.add(calls, 0, 1);
    Atomics.notify(calls, 0);
    return { runId, outcome: "passed" };
  };

  // ---- tests as data: the wire form of src/problems/ts/ts-values.ts, both ways

  /** A call's arguments, from the wire form passk wrote (trusted: passk made it). */
  const decode = (wire: unknown): unknown => {
    if (wire === null || typeof wire !== "object") return wire;
    if (Array.isArray(wire)) return wire.map(decode);
    const tagged = wire as { $: string; v?: unknown };
    const pairs = () => (tagged.v as [unknown, unknown][]).map(([k, v]) => [decode(k), decode(v)] as const);
    switch (tagged.$) {
      case "nan":
        return Number.NaN;
      case "inf":
        return Number.POSITIVE_INFINITY;
      case "-inf":
        return Number.NEGATIVE_INFINITY;
      case "undefined":
        return undefined;
      case "bigint":
        return BigInt(tagged.v as string);
      case "set":
        return new Set((tagged.v as unknown[]).map(decode));
      case "map":
        return new Map(pairs());
      case "object":
        return Object.fromEntries(pairs());
      default:
        throw new Error(`passk wrote an unknown wire tag ${String(tagged.$)}`);
    }
  };

  /** Most of a run's results that is kept: beyond it a case fails instead of filling the host's memory. */
  const RESULT_BUDGET = 8 * 1024 * 1024;
  const MAX_DEPTH = 200;

  /**
   * What the candidate returned (a structured clone made in the sample's isolate: plain data, Maps,
   * Sets, …) in the wire form. Bounded in size and depth; what has no wire form is "other".
   */
  const encode = (value: unknown, budget: { left: number }, depth: number): unknown => {
    budget.left -= 8;
    if (budget.left < 0 || depth > MAX_DEPTH)
      throw new RangeError("a result too large or too deeply nested to compare");
    if (value === null || typeof value === "boolean") return value;
    if (typeof value === "string") {
      budget.left -= value.length * 2;
      if (budget.left < 0) throw new RangeError("a result too large to compare");
      return value;
    }
    if (typeof value === "number") {
      if (Number.isNaN(value)) return { $: "nan" };
      if (value === Number.POSITIVE_INFINITY) return { $: "inf" };
      if (value === Number.NEGATIVE_INFINITY) return { $: "-inf" };
      return value;
    }
    if (value === undefined) return { $: "undefined" };
    if (typeof value === "bigint") return { $: "bigint", v: value.toString() };
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      for (let i = 0; i < value.length; i++) out.push(encode(value[i], budget, depth + 1));
      return out;
    }
    if (value instanceof Set) return { $: "set", v: [...value].map((x) => encode(x, budget, depth + 1)) };
    if (value instanceof Map) {
      return {
        $: "map",
        v: [...value].map(([k, v]) => [encode(k, budget, depth + 1), encode(v, budget, depth + 1)]),
      };
    }
    if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
      return {
        $: "object",
        v: Object.entries(value).map(([k, v]) => [k, encode(v, budget, depth + 1)]),
      };
    }
    return { $: "other", v: Object.prototype.toString.call(value) };
  };

  /** Calls the candidate once per case; each case's JSON text is {"ok": wire} or {"error": text}. */
  const runData = (
    runId: number,
    data: string[],
    candidate: (...args: unknown[]) => unknown,
    port: import("node:worker_threads").MessagePort,
    calls: Int32Array,
  ): TesterResult => {
    const cases: string[] = [];
    const budget = { left: RESULT_BUDGET };
    for (const text of data) {
      const args = decode(JSON.parse(text)) as unknown[];
      const left = budget.left; // a case that fails keeps nothing, so it uses none of the budget
      try {
        const value = candidate(...args);
        cases.push(JSON.stringify({ ok: encode(value, budget, 0) }));
      } catch (error) {
        if (error instanceof Classic) return { runId, outcome: "classic" };
        if (error instanceof Stopped) return { runId, outcome: "stopped" };
        budget.left = left;
        const d = describe(error);
        cases.push(JSON.stringify({ error: `${d.name ?? "Error"}: ${d.message}`.slice(0, 2000) }));
      }
    }
    port.postMessage({ done: true });
    Atomics.add(calls, 0, 1);
    Atomics.notify(calls, 0);
    return { runId, outcome: "data", cases };
  };

  parentPort?.on("message", (job: TesterJob) => {
    let result: TesterResult;
    try {
      result = run(job);
    } catch (error) {
      result = { runId: job.runId, outcome: "failed", error: describe(error) };
    } finally {
      job.port.close(); // and with it whatever the sample queued on it
    }
    parentPort.postMessage(result);
  });
  parentPort?.postMessage("ready");
}

/** The worker's source, as `new Worker(source, { eval: true })` takes it. */
export const TESTER_WORKER_SOURCE = `(${testerWorker.toString()})(${contextWire.toString()})`;
