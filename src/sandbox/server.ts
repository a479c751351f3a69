// One warm Python fork server: a child process speaking JSON lines, one request in flight at a time.
// The pool (pool.ts) supervises servers; this file only talks to one.
import { type ChildProcess, spawn } from "node:child_process";
import { LineSplitter } from "./lines.js";
import {
  CHECK_REQUESTS,
  readyProblem,
  requestProblem,
  responseProblem,
  type WireRequest,
  type WireResponse,
} from "./protocol.js";
import type { DataRun, EvalPlusRun, Execution, Limits, SplitRun, StdioRun } from "./types.js";

/** What a server can be asked to run. */
export type ServerJob =
  | { kind: "program"; program: string }
  | { kind: "data"; program: string; data: DataRun }
  | { kind: "split"; split: SplitRun }
  | { kind: "stdio"; program: string; stdio: StdioRun };

/** A server's answer: the execution, and whether the server must be replaced before its next job. */
export interface ServerAnswer {
  execution: Execution;
  replace: boolean;
}

/** How to start a server process (bwrap or python, with its argv). */
export interface LaunchSpec {
  command: string;
  args: string[];
  env: Record<string, string>;
}

/** The first line a server writes: what it could set up. */
export interface ReadyInfo {
  python: string;
  seccomp: boolean;
  seccomp_reason: string | null;
  uid_drop: boolean;
  uid_drop_reason: string | null;
}

/**
 * Thrown when the server process dies or stops answering; the pool restarts it. `started`: whether
 * the server had begun this job (false for one still waiting behind another).
 */
export class ServerDiedError extends Error {
  constructor(
    message: string,
    readonly started = true,
  ) {
    super(message);
  }
}

/** A job sent to the server and not answered yet. */
interface Pending {
  id: number;
  /** Seconds the server may take to answer once it has begun the job (answerDeadline). */
  deadline: number;
  resolve: (answer: ServerAnswer) => void;
  reject: (error: ServerDiedError) => void;
}

/** Extra seconds the server gets beyond a sample's wall limit before it is presumed hung. */
const RESPONSE_GRACE_S = 10;

/** Tests a server holds at most (then it is told to forget them, and is sent them again as needed). */
const MAX_TESTS = 512;

export class ForkServer {
  readonly ready: Promise<ReadyInfo>;
  /** Settles when the server process has exited. */
  readonly gone: Promise<void>;
  private markGone: () => void = () => {};
  private readonly child: ChildProcess;
  private readonly lines = new LineSplitter((line) => this.receive(line));
  private nextId = 1;
  private stderrTail = "";
  private exited = false;
  /** The first line's handler (the ready record). */
  private onLine: ((line: string) => void) | null = null;
  private onExit: ((why: string) => void) | null = null;
  /** Jobs sent, in order: the server answers them one by one, the first is the one it is running. */
  private readonly pending: Pending[] = [];
  /** The server asked to be replaced: it runs nothing more (the jobs waiting behind are not started). */
  private retired = false;
  /**
   * The tests this server process holds (each sent once, then named by its id): by test code, then
   * prompt and entry point.
   */
  private readonly tests = new Map<string, { prompt: string; entryPoint: string; id: number }[]>();
  private testCount = 0;
  private nextTestId = 1;
  /** The timer that watches the job the server runs (see startClock); null while none runs. */
  private clock: NodeJS.Timeout | null = null;
  /** When the running job's answer is due, and when the clock fires (performance.now() ms). */
  private due = 0;
  private clockAt = 0;

  constructor(spec: LaunchSpec) {
    this.gone = new Promise((resolve) => {
      this.markGone = resolve;
    });
    this.child = spawn(spec.command, spec.args, { env: spec.env, stdio: ["pipe", "pipe", "pipe"] });
    this.child.stdout?.setEncoding("utf8");
    this.child.stdout?.on("data", (chunk: string) => this.lines.push(chunk));
    this.child.stderr?.setEncoding("utf8");
    this.child.stderr?.on("data", (chunk: string) => {
      this.stderrTail = (this.stderrTail + chunk).slice(-2000);
    });
    this.child.stdin?.on("error", () => {}); // reported through "exit"
    this.child.on("error", (error) => this.died(`cannot start: ${error.message}`));
    this.child.on("exit", (code, signal) => this.died(`exited (${signal ?? `code ${code}`})`));
    this.ready = new Promise<ReadyInfo>((resolve, reject) => {
      this.onLine = (line) => {
        this.onLine = null;
        this.onExit = null;
        let problem: string | undefined;
        try {
          const ready: unknown = JSON.parse(line);
          problem = readyProblem(ready);
          if (problem === undefined) return resolve(ready as ReadyInfo);
        } catch {}
        this.kill();
        const shown = problem === undefined ? "" : ` (${problem})`;
        reject(new ServerDiedError(`unexpected first line from the server${shown}: ${line.slice(0, 200)}`));
      };
      this.onExit = (why) => reject(new ServerDiedError(why));
    });
    this.ready.catch(() => {}); // observed by whoever awaits it
  }

  /**
   * Runs one job; resolves with the server's judgement or rejects with ServerDiedError. A job may be
   * sent while another runs: the server reads it as soon as it has answered the one before, without
   * waiting for passk to hear that answer.
   */
  run(job: ServerJob, limits: Limits): Promise<ServerAnswer> {
    if (this.exited) return Promise.reject(new ServerDiedError("server is not running", false));
    const id = this.nextId++;
    // Built by stores rather than `{ id, ...fields, timeout, … }`: V8 gives every object made by such
    // a spread a hidden class of its own, which costs microseconds per request (and garbage).
    const fields: Record<string, unknown> = { id };
    if (job.kind === "split") this.splitFields(job.split, fields);
    else Object.assign(fields, jobFields(job));
    fields.timeout = limits.timeout;
    fields.wall = limits.wallTimeout;
    fields.memory = limits.memoryBytes;
    fields.file_size = limits.fileSizeBytes;
    fields.processes = limits.processes;
    fields.output_cap = limits.outputBytes;
    const request = fields as unknown as WireRequest;
    const problem = CHECK_REQUESTS ? requestProblem(request) : undefined;
    if (problem !== undefined) return Promise.reject(new Error(`protocol: bad request ${id}: ${problem}`));
    return new Promise<ServerAnswer>((resolve, reject) => {
      const entry: Pending = { id, deadline: answerDeadline(job, limits), resolve, reject };
      this.pending.push(entry);
      if (this.pending.length === 1) this.startClock(entry);
      this.child.stdin?.write(`${JSON.stringify(request)}\n`);
    });
  }

  /** Jobs sent and not answered yet. */
  get inFlight(): number {
    return this.pending.length;
  }

  /**
   * The server is presumed hung if the job it runs (`entry`, the first pending) gets no answer within
   * its wall limit and a grace. One timer watches every job in turn: set for an earlier job, it fires
   * early and is set again for what is left, so a job answered in time costs no timer of its own.
   */
  private startClock(entry: Pending): void {
    this.due = performance.now() + entry.deadline * 1000;
    if (this.clock) {
      if (this.clockAt <= this.due) return;
      clearTimeout(this.clock); // it would fire too late for this job (a longer one ran before)
    }
    this.setClock();
  }

  private setClock(): void {
    this.clockAt = this.due;
    this.clock = setTimeout(() => this.clockFired(), this.due - performance.now());
  }

  private clockFired(): void {
    this.clock = null;
    const entry = this.pending[0];
    if (!entry) return;
    if (performance.now() < this.due) {
      this.setClock();
      return;
    }
    this.pending.shift();
    entry.reject(new ServerDiedError(`no answer within ${entry.deadline} s`));
    this.kill();
  }

  private stopClock(): void {
    if (this.clock) clearTimeout(this.clock);
    this.clock = null;
  }

  private answer(line: string): void {
    const entry = this.pending.shift();
    if (!entry) return;
    const next = this.pending[0];
    if (next) this.startClock(next);
    else this.stopClock();
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      this.kill();
      entry.reject(
        new ServerDiedError(`protocol error: unreadable answer ${JSON.stringify(line.slice(0, 200))}`),
      );
      return;
    }
    const problem = responseProblem(raw);
    if (problem !== undefined) {
      this.kill();
      entry.reject(new ServerDiedError(`protocol error: bad answer to request ${entry.id}: ${problem}`));
      return;
    }
    const response = raw as WireResponse; // checked just above against protocol.json
    if (response.id !== entry.id) {
      this.kill();
      entry.reject(new ServerDiedError(`protocol error: answer ${response.id} to request ${entry.id}`));
      return;
    }
    if (response.replace === true) this.retired = true;
    entry.resolve({ execution: toExecution(response), replace: response.replace === true });
  }

  /**
   * Adds a split run's fields to `fields`: its test's id, with the test itself only if this server
   * does not hold it.
   */
  private splitFields(split: SplitRun, fields: Record<string, unknown>): void {
    fields.kind = "split";
    fields.module = split.module;
    const known = this.tests.get(split.test);
    const found = known?.find((t) => t.prompt === split.prompt && t.entryPoint === split.entryPoint);
    if (found) {
      fields.test_id = found.id;
      return;
    }
    if (this.testCount >= MAX_TESTS) {
      this.tests.clear();
      this.testCount = 0;
      fields.forget_tests = true;
    }
    const id = this.nextTestId++;
    const entry = { prompt: split.prompt, entryPoint: split.entryPoint, id };
    const same = this.tests.get(split.test);
    if (same) same.push(entry);
    else this.tests.set(split.test, [entry]);
    this.testCount++;
    fields.test_id = id;
    fields.prompt = split.prompt;
    fields.test = split.test;
    fields.entry_point = split.entryPoint;
  }

  /** The last lines the server wrote to stderr (for diagnosing a dead server). */
  get diagnostics(): string {
    return this.stderrTail.trim();
  }

  kill(): void {
    if (!this.exited) this.child.kill("SIGKILL");
  }

  /** Closes stdin so the server exits after its current request. */
  close(): void {
    this.child.stdin?.end();
  }

  private receive(line: string): void {
    if (this.onLine) this.onLine(line);
    else this.answer(line);
  }

  private died(why: string): void {
    if (this.exited) return;
    this.exited = true;
    this.markGone();
    const detail = this.stderrTail.trim().split("\n").slice(-3).join(" | ");
    const message = detail ? `${why}: ${detail}` : why;
    this.onExit?.(message);
    this.onExit = null;
    this.onLine = null;
    this.stopClock();
    for (const [i, entry] of this.pending.splice(0).entries()) {
      entry.reject(new ServerDiedError(message, i === 0 && !this.retired));
    }
  }
}

/** Seconds the server may take to answer: a stdio job runs its tests one after another. */
function answerDeadline(job: ServerJob, limits: Limits): number {
  const runs = job.kind === "stdio" ? job.stdio.inputs.length : 1;
  return runs * (limits.wallTimeout + (runs > 1 ? 1 : 0)) + RESPONSE_GRACE_S;
}

function jobFields(job: ServerJob): Record<string, unknown> {
  switch (job.kind) {
    case "program":
      return { kind: "program", program: job.program };
    case "data":
      return {
        kind: "data",
        program: job.program,
        entry_point: job.data.entryPoint,
        inputs: job.data.inputs,
        ...(job.data.evalplus ? { evalplus: evalplusFields(job.data.evalplus) } : {}),
      };
    case "split":
      throw new Error("split runs are sent with ForkServer.splitFields");
    case "stdio":
      return {
        kind: "stdio",
        program: job.program,
        inputs: job.stdio.inputs,
        stdout_caps: job.stdio.stdoutCaps,
        ...(job.stdio.entryPoint === undefined ? {} : { entry_point: job.stdio.entryPoint }),
        ...(job.stdio.memoryBytes === undefined ? {} : { test_memory: job.stdio.memoryBytes }),
      };
  }
}

function evalplusFields(run: EvalPlusRun): Record<string, unknown> {
  return {
    stop_on_error: run.stopOnError,
    digest_above: run.digestAbove,
    ...(run.mbppTask !== undefined ? { mbpp_task: run.mbppTask } : {}),
    ...(run.caseLimits ? { case_limits: run.caseLimits } : {}),
    ...(run.reference ? { reference: true } : {}),
  };
}

function toExecution(raw: WireResponse): Execution {
  const execution: Execution = {
    status: raw.status === "unsplittable" ? "error" : raw.status,
    result: raw.result,
    cpu: raw.cpu,
    wall: raw.wall,
    exitCode: raw.exit_code ?? null,
    output: raw.output ?? "",
  };
  if (raw.verdict) execution.verdict = raw.verdict;
  if (raw.status === "unsplittable") execution.unsplittable = raw.result.replace(/^failed: /, "");
  if (raw.limit) execution.limit = raw.limit;
  if (raw.cases) execution.cases = raw.cases;
  if (raw.tests) execution.tests = raw.tests;
  if (raw.case !== undefined) execution.caseTimeout = raw.case;
  return execution;
}
