// A Node host: the process inside bubblewrap + seccomp that runs JavaScript samples, one at a time:
// a sample that needs nothing of Node's in a fresh V8 context of the long-lived context worker, any
// other in a fresh worker thread of its own (its own V8 isolate, heap limit and event loop). Either
// serves the test's calls, while a long-lived tester thread runs the test and this main thread only
// supervises: CPU and wall clock, the sample's end, clean-up, and the signed verdict. Started by
// launch.py; see docs/javascript.md for why the sample cannot reach the verdict nor the next sample.
//
// Protocol: stdin: the HMAC key (first line), then one HostRequest per line; fd 3: signed lines, the
// HostReady first, then one HostAnswer per request.
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, rmSync, writeSync } from "node:fs";
import { getPriority } from "node:os";
import { createInterface } from "node:readline";
import { MessageChannel } from "node:worker_threads";
import { needsNode } from "./context-worker.js";
import {
  type ContextRun,
  type ContextThread,
  control,
  type ProgramEnd,
  type SampleThread,
  startContextRun,
  startContextThread,
  startSample,
  startTester,
} from "./host-threads.js";
import type { HostAnswer, HostReady, HostRequest } from "./protocol.js";
import { signLine } from "./protocol.js";
import { SERVE } from "./sample-worker.js";
import type { Described, TesterJob, TesterResult } from "./tester-worker.js";

const ANSWERS_FD = 3;
const TMP = "/tmp";
const WORKDIR = `${TMP}/run`;
/** How long a stopped thread may take to end before the host asks to be replaced. */
const STOP_GRACE_MS = 1000;
/** How often the limits are checked while a sample runs. */
const CHECK_MS = 20;
/** The context worker is replaced after this many samples, or once its heap holds this much. */
const CONTEXT_RUNS = 1000;
const CONTEXT_HEAP = 96 * 2 ** 20;

const key = readKeyLine();
const launch = JSON.parse(process.argv.at(-1) ?? "{}") as Omit<HostReady, "ready" | "node">;

function readKeyLine(): Buffer {
  const bytes: number[] = [];
  const one = Buffer.alloc(1);
  while (readSync(0, one, 0, 1, null) === 1 && one[0] !== 0x0a) bytes.push(one[0] as number);
  if (bytes.length < 32) throw new Error("no key on stdin");
  return Buffer.from(Buffer.from(bytes).toString("ascii"), "hex");
}

function send(value: object): void {
  const line = signLine(key, JSON.stringify(value));
  let written = 0;
  const data = Buffer.from(line);
  while (written < data.length) written += writeSync(ANSWERS_FD, data, written);
}

// ------------------------------------------------------------------ one request

let tester = startTester();
let context: ContextThread | null = null;
let runs = 0;

function lowestFreeFd(): number {
  const fd = openSync("/dev/null", "r");
  closeSync(fd);
  return fd;
}

/**
 * The lowest file descriptor free while no sample thread exists (the tester and the context worker
 * hold theirs). A descriptor the sample left open (Node closes those it tracks when the thread ends;
 * raw ones it does not) takes the lowest number free at the time, so after the thread has ended one of
 * the next few numbers is open. Counted again whenever the long-lived threads change.
 */
let firstFree = 0;
/** The main thread's scheduling priority: a sample can lower it (os.setPriority), and every later thread would inherit it. */
const priority = getPriority();
const LEAK_WINDOW = 16;

function leftOpen(): boolean {
  for (let fd = firstFree; fd < firstFree + LEAK_WINDOW; fd++) {
    try {
      fstatSync(fd);
      return true;
    } catch {}
  }
  return false;
}

/** Everything the sample may have written goes; the working directory is fresh. */
function resetTmp(): boolean {
  try {
    process.chdir(TMP);
    for (const entry of readdirSync(TMP)) rmSync(`${TMP}/${entry}`, { recursive: true, force: true });
    return readdirSync(TMP).length === 0;
  } catch {
    return false;
  }
}

function text(described: Described | undefined, fallback: string): string {
  if (!described) return fallback;
  const head = described.name ? `${described.name}${described.code ? ` [${described.code}]` : ""}: ` : "";
  const where = described.line !== undefined ? ` (line ${described.line})` : "";
  return `${head}${described.message}`.replace(/\s+/g, " ").trim().slice(0, 2000) + where;
}

function describeThrown(error: unknown): Described {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { name: error.name, code: typeof code === "string" ? code : null, message: error.message };
  }
  return { name: null, code: null, message: String(error) };
}

type Verdict = Pick<HostAnswer, "status" | "result" | "limit" | "cases">;
/** The sample has to run again in a worker of its own: it reached for Node, or a value had no text form. */
const AGAIN = Symbol("again");
type Limit = "cpu" | "wall" | "again";

/** Set when a thread would not end: its descriptors may still be open, so the host is replaced. */
let unsettled = false;

/** Ends the context worker (waking it if it waits) and counts the descriptors again without it. */
async function endContext(): Promise<void> {
  const thread = context;
  if (!thread) return;
  context = null;
  const ended = thread.worker.terminate();
  const flag = thread.current?.flag;
  if (flag) Atomics.notify(flag, 0);
  if ((await within(ended, STOP_GRACE_MS)) === LATE) unsettled = true;
  firstFree = lowestFreeFd();
}

/** Set when the context worker could not start (a Node without what it needs): workers from then on. */
let noContext = false;

/** The context worker for a heap limit, started (and the descriptors counted again) when needed. */
async function contextFor(heapMb: number): Promise<ContextThread | null> {
  if (noContext) return null;
  if (context && (context.dead || context.heapMb !== heapMb)) await endContext();
  if (!context) {
    context = startContextThread(heapMb);
    if (!(await context.ready)) {
      context = null;
      noContext = true;
      firstFree = lowestFreeFd();
      return null;
    }
    firstFree = lowestFreeFd();
  }
  return context;
}

async function runRequest(request: HostRequest): Promise<HostAnswer> {
  if (!/^[A-Za-z_$][\w$]*$/.test(request.entry)) throw new Error(`not a function name: ${request.entry}`);
  const heapMb = Math.max(16, Math.floor(request.limits.memoryBytes / 2 ** 20));
  if (request.isolate !== "worker" && !needsNode(request.module)) {
    const thread = await contextFor(heapMb);
    if (thread) {
      const answer = await attempt(request, heapMb, thread);
      if (answer !== AGAIN) return answer;
    }
  }
  const answer = await attempt(request, heapMb, null);
  return answer === AGAIN ? sandboxError(request.id, "a sample in a worker asked for a worker") : answer;
}

function sandboxError(id: number, why: string): HostAnswer {
  return {
    id,
    status: "error",
    result: `failed: passk sandbox error: ${why}`,
    cpu: 0,
    wall: 0,
    replace: true,
  };
}

/**
 * Runs the sample once: in the context worker when `thread` is given (AGAIN when it must run in a
 * worker of its own instead), else in a fresh worker thread.
 */
async function attempt(
  request: HostRequest,
  heapMb: number,
  thread: ContextThread | null,
): Promise<HostAnswer | typeof AGAIN> {
  const { limits } = request;
  let sample: SampleThread | null = null;
  if (!thread) {
    sample = startSample(heapMb, limits.outputBytes);
    if (!(await sample.ready)) return sandboxError(request.id, "the sample thread did not start");
  }
  await tester.ready;
  if (sample) {
    process.chdir(TMP);
    try {
      rmSync(WORKDIR, { recursive: true, force: true });
    } catch {}
    mkdirSync(WORKDIR);
    process.chdir(WORKDIR);
  }

  const runId = ++runs;
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const cpuNow = () => {
    const used = process.cpuUsage(cpu0);
    return (used.user + used.system) / 1e6;
  };
  const wallNow = () => (performance.now() - started) / 1000;

  Atomics.store(control, 0, 0);
  // [0] calls made by the tester, [1] answers given, [2] set by this thread to abandon a context run.
  const calls = new Int32Array(new SharedArrayBuffer(12));
  const { port1, port2 } = new MessageChannel();
  const testerResult = new Promise<TesterResult | null>((resolve) => {
    if (tester.dead) resolve(null);
    else tester.results.set(runId, resolve);
  });
  let run: ContextRun | null = null;
  if (thread) {
    const job = {
      runId,
      source: `${request.module}\nreturn () => ${request.entry};\n`,
      filename: `${WORKDIR}/program.js`,
      dirname: WORKDIR,
      entry: request.entry,
      port: port2,
      calls,
    };
    run = startContextRun(thread, job, limits.outputBytes);
  } else {
    sample?.worker.postMessage(
      {
        source: `${request.module}\n${SERVE}(() => ${request.entry});\n`,
        filename: `${WORKDIR}/program.js`,
        entry: request.entry,
        port: port2,
        calls,
      },
      [port2],
    );
  }
  const job: TesterJob = { runId, tests: request.tests, entry: request.entry, port: port1, calls, control };
  if (request.program !== undefined) job.program = request.program;
  if (request.calls !== undefined) job.data = request.calls;
  if (thread) job.wire = true;
  tester.worker.postMessage(job, [port1]);
  const ended: Promise<ProgramEnd> = run ? run.ended : (sample as SampleThread).ended;

  // The limits, checked while anything of this sample runs; and whether it reached for Node.
  let timer: NodeJS.Timeout | undefined;
  const limitHit = new Promise<Limit>((resolve) => {
    const check = () => {
      if (run?.flag && Atomics.load(run.flag, 0) !== 0) resolve("again");
      else if (cpuNow() >= limits.timeout) resolve("cpu");
      else if (wallNow() >= limits.wall) resolve("wall");
      else timer = setTimeout(check, CHECK_MS);
    };
    timer = setTimeout(check, CHECK_MS);
  });
  const stop = () => {
    Atomics.store(control, 0, 1);
    Atomics.notify(calls, 1);
  };
  // Termination takes effect when the thread runs JavaScript again: one blocked in Atomics.wait for
  // the next call (or, in a context, halted on its flag) is woken up for it.
  const terminate = (): Promise<unknown> => {
    if (thread) {
      const ending = endContext();
      Atomics.add(calls, 0, 1);
      Atomics.notify(calls, 0);
      return ending;
    }
    const ending = (sample as SampleThread).worker.terminate();
    Atomics.add(calls, 0, 1);
    Atomics.notify(calls, 0);
    return ending;
  };

  let verdict: Verdict | typeof AGAIN;
  let testerStuck = false;
  const first = await Promise.race([
    testerResult.then((r) => ({ kind: "tester" as const, r })),
    ended.then((e) => ({ kind: "ended" as const, e })),
    limitHit.then((l) => ({ kind: "limit" as const, l })),
  ]);
  if (first.kind === "limit") {
    stop();
    void terminate();
    testerStuck = (await within(testerResult, STOP_GRACE_MS)) === LATE;
    verdict = first.l === "again" ? AGAIN : { status: "timeout", result: "timed out", limit: first.l };
  } else if (first.kind === "ended") {
    stop();
    const late = await within(testerResult, STOP_GRACE_MS);
    testerStuck = late === LATE;
    verdict =
      late !== LATE && late !== null && late.outcome !== "stopped"
        ? await afterTest(late, ended, limitHit)
        : endedEarly(first.e, heapMb);
  } else {
    verdict = await afterTest(first.r, ended, limitHit);
  }
  clearTimeout(timer);
  tester.results.delete(runId);
  const cpu = cpuNow();
  const wall = wallNow();

  // Put the host back as it was; anything that cannot be means a fresh host for the next sample.
  let replace = false;
  if (thread) {
    // The context worker serves the next sample only after a run it ended cleanly, or abandoned
    // while it waited for a call; anything else ends it.
    const halted = run?.flag ? Atomics.load(run.flag, 0) !== 0 : false;
    const alive = () => context === thread && !thread.dead && !halted;
    if (alive() && !(await settled(ended))) {
      Atomics.store(calls, 2, 1);
      Atomics.add(calls, 0, 1);
      Atomics.notify(calls, 0);
      await within(ended, STOP_GRACE_MS);
    }
    const reusable = alive() && (await settled(ended));
    thread.runs++;
    if (!reusable || thread.runs >= CONTEXT_RUNS || thread.heap >= CONTEXT_HEAP) await endContext();
    thread.current = null;
  } else if ((await within(terminate(), STOP_GRACE_MS)) === LATE) replace = true;
  if (testerStuck || tester.dead) {
    await within(tester.worker.terminate(), STOP_GRACE_MS);
    tester = startTester();
    await tester.ready;
    firstFree = lowestFreeFd();
  }
  if (verdict === AGAIN) return AGAIN;
  if (unsettled) replace = true;
  if (sample) {
    if (!resetTmp()) replace = true;
    if (leftOpen() || getPriority() !== priority) replace = true;
  }
  const answer: HostAnswer = {
    id: request.id,
    ...verdict,
    cpu: round(cpu),
    wall: round(wall),
    isolate: thread ? "context" : "worker",
  };
  const output = Buffer.concat(run ? run.output : (sample as SampleThread).output).toString("utf8");
  if (output) answer.output = output;
  if (replace) answer.replace = true;
  return answer;
}

/** Whether a promise has settled by now (after the callbacks already queued). */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  const pending = Symbol("pending");
  return (
    (await Promise.race([promise, new Promise((resolve) => setImmediate(() => resolve(pending)))])) !==
    pending
  );
}

/** The verdict once the tester has spoken: a passing test also needs the program to end cleanly. */
async function afterTest(
  result: TesterResult | null,
  ended: Promise<ProgramEnd>,
  limitHit: Promise<Limit>,
): Promise<Verdict | typeof AGAIN> {
  if (result === null)
    return { status: "error", result: "failed: passk sandbox error: the tester thread died" };
  switch (result.outcome) {
    case "syntax":
      return { status: "failed", result: `failed: ${text(result.error, "SyntaxError")}` };
    case "failed":
      return { status: "failed", result: `failed: ${text(result.error, "the test failed")}` };
    case "stopped":
      return { status: "error", result: "failed: passk sandbox error: the test stopped unasked" };
    case "classic":
      return AGAIN;
    case "data":
    case "passed": {
      // After the test, Node would run what the program left to do (timers, promise callbacks) and
      // exit: the run passes only if that ends, without an uncaught exception and with code 0.
      const end = await Promise.race([ended, limitHit]);
      if (end === "again") return AGAIN;
      if (end === "cpu" || end === "wall") return { status: "timeout", result: "timed out", limit: end };
      if (end.error !== undefined) {
        return {
          status: "failed",
          result: `failed: ${text(describeThrown(end.error), "an exception")} (after the test)`,
        };
      }
      if (end.code !== 0)
        return {
          status: "failed",
          result: `failed: the program exited with code ${end.code} after the test`,
        };
      // Tests as data: every case was called; passk compares what came back.
      return result.outcome === "data"
        ? { status: "passed", result: "passed", cases: result.cases }
        : { status: "passed", result: "passed" };
    }
  }
}

/** The sample's thread ended before the test was done. */
function endedEarly(end: ProgramEnd, heapMb: number): Verdict {
  const error = end.error as { code?: unknown } | undefined;
  if (error?.code === "ERR_WORKER_OUT_OF_MEMORY") {
    return {
      status: "failed",
      result: `failed: out of memory (the sample's JavaScript heap limit is ${heapMb} MiB)`,
    };
  }
  if (end.error !== undefined)
    return { status: "failed", result: `failed: ${text(describeThrown(end.error), "an exception")}` };
  return {
    status: "crashed",
    result: `failed: the program exited with code ${end.code} before the test finished`,
  };
}

const LATE = Symbol("late");

/** `promise`'s value, or LATE when it takes longer than `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof LATE> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<typeof LATE>((resolve) => {
      timer = setTimeout(() => resolve(LATE), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function round(seconds: number): number {
  return Math.round(seconds * 1e4) / 1e4;
}

// ------------------------------------------------------------------ main loop

async function main(): Promise<void> {
  resetTmp();
  // Reading stdin opens a spare descriptor (libuv's reserve for EMFILE): before the count starts.
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  await tester.ready;
  await contextFor(1024);
  firstFree = lowestFreeFd();
  const ready: HostReady = { ready: true, node: process.version, ...launch };
  send(ready);
  for await (const line of lines) {
    const request = JSON.parse(line) as HostRequest;
    let answer: HostAnswer;
    try {
      answer = await runRequest(request);
    } catch (error) {
      answer = {
        id: request.id,
        status: "error",
        result: `failed: passk sandbox error: ${String((error as Error)?.message ?? error)}`,
        cpu: 0,
        wall: 0,
        replace: true,
      };
    }
    send(answer);
    if (answer.replace) break;
  }
  process.exit(0);
}

void main();
