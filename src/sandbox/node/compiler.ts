// passk's side of the warm TypeScript compilers (compiler-server.ts, inside the sandbox): a few
// long-lived processes, one program at a time each. A program the compiler cannot finish within
// COMPILE_LIMIT_S, or that makes it crash, fails (MultiPL-E's evaluator counts a tsc that times out
// or dies as a failed compile too); the compiler is replaced and the next program is not affected.
import { type ChildProcess, spawn } from "node:child_process";
import { PasskError } from "../../errors.js";
import { LineSplitter } from "../lines.js";

/** Wall-clock seconds a compile may take (MultiPL-E gives tsc 15 s). */
export const COMPILE_LIMIT_S = 15;

/** A compile's outcome: the JavaScript to run, or tsc's first message. */
export type CompileOutcome =
  | { ok: true; module: string; tests: string }
  | { ok: false; code: string; message: string; line: number; column: number };

interface Job {
  program: string;
  module: string;
  tests: string;
  resolve: (outcome: CompileOutcome) => void;
  reject: (error: Error) => void;
}

interface Answer {
  id: number;
  ok: boolean;
  module?: string;
  tests?: string;
  error?: { code: string; message: string; line: number; column: number };
}

class Compiler {
  readonly ready: Promise<string>;
  private readonly child: ChildProcess;
  private nextId = 1;
  private pending: { id: number; done: (answer: Answer | string) => void } | null = null;
  private exited = false;
  private stderrTail = "";

  constructor(command: string, args: string[]) {
    this.child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"] });
    this.child.stdout?.setEncoding("utf8");
    this.child.stderr?.setEncoding("utf8");
    this.child.stderr?.on("data", (chunk: string) => {
      this.stderrTail = (this.stderrTail + chunk).slice(-1000);
    });
    this.child.stdin?.on("error", () => {});
    this.ready = new Promise((resolve, reject) => {
      let started = false;
      const lines = new LineSplitter((line) => {
        if (!started) {
          started = true;
          resolve((JSON.parse(line) as { typescript: string }).typescript);
        } else {
          const answer = JSON.parse(line) as Answer;
          if (this.pending?.id === answer.id) this.pending.done(answer);
        }
      });
      this.child.stdout?.on("data", (chunk: string) => lines.push(chunk));
      const end = (why: string) => {
        if (this.exited) return;
        this.exited = true;
        const detail = this.stderrTail.trim().split("\n").slice(-2).join(" | ");
        const reason = detail ? `${why}: ${detail}` : why;
        if (!started) reject(new Error(`the TypeScript compiler did not start (${reason})`));
        this.pending?.done(reason);
      };
      this.child.on("error", (error) => end(error.message));
      this.child.on("exit", (code, signal) => end(`exited (${signal ?? `code ${code}`})`));
    });
    this.ready.catch(() => {});
  }

  get alive(): boolean {
    return !this.exited;
  }

  compile(job: Job): Promise<CompileOutcome> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.kill();
        finish(`did not finish within ${COMPILE_LIMIT_S} s`);
      }, COMPILE_LIMIT_S * 1000);
      const finish = (answer: Answer | string) => {
        clearTimeout(timer);
        this.pending = null;
        if (typeof answer === "string") {
          resolve({
            ok: false,
            code: "crash",
            message: `the TypeScript compiler ${answer}`,
            line: 0,
            column: 0,
          });
        } else if (answer.ok) {
          resolve({ ok: true, module: answer.module ?? "", tests: answer.tests ?? "" });
        } else {
          const error = answer.error ?? { code: "TS", message: "unknown error", line: 0, column: 0 };
          resolve({ ok: false, ...error });
        }
      };
      this.pending = { id, done: finish };
      this.child.stdin?.write(
        `${JSON.stringify({ id, program: job.program, module: job.module, tests: job.tests })}\n`,
      );
    });
  }

  kill(): void {
    if (!this.exited) this.child.kill("SIGKILL");
  }
}

/** A few warm compilers; `compile` never rejects for anything a program does. */
export class Compilers {
  private readonly idle: Compiler[] = [];
  private readonly all = new Set<Compiler>();
  private readonly queue: Job[] = [];
  private started = 0;
  private closed = false;
  version: Promise<string> | null = null;

  constructor(
    private readonly launch: () => { command: string; args: string[] },
    private readonly size: number,
  ) {}

  /** Rejects only once the compilers are closed (as the host pool does with a sample it never ran). */
  compile(program: string, module: string, tests: string): Promise<CompileOutcome> {
    return new Promise((resolve, reject) => {
      if (this.closed) reject(closed());
      else {
        this.queue.push({ program, module, tests, resolve, reject });
        this.dispatch();
      }
    });
  }

  /** Starts the first compiler and waits until it is ready; its TypeScript version. */
  async warm(): Promise<string> {
    const compiler = this.start();
    this.idle.push(compiler);
    return compiler.ready;
  }

  /** Kills the compilers: a program being compiled fails ("crash"), one still waiting is rejected. */
  close(): void {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(closed());
    for (const compiler of this.all) compiler.kill();
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      let compiler = this.idle.pop();
      if (!compiler && this.started < this.size) compiler = this.start();
      if (!compiler) return;
      const job = this.queue.shift() as Job;
      void this.run(compiler, job);
    }
  }

  private start(): Compiler {
    const { command, args } = this.launch();
    const compiler = new Compiler(command, args);
    this.started++;
    this.all.add(compiler);
    this.version ??= compiler.ready;
    return compiler;
  }

  private async run(compiler: Compiler, job: Job): Promise<void> {
    let outcome: CompileOutcome;
    try {
      await compiler.ready;
      outcome = await compiler.compile(job);
    } catch (error) {
      outcome = { ok: false, code: "crash", message: (error as Error).message, line: 0, column: 0 };
    }
    job.resolve(outcome);
    if (compiler.alive) this.idle.push(compiler);
    else {
      this.all.delete(compiler);
      this.started--;
    }
    this.dispatch();
  }
}

function closed(): PasskError {
  return new PasskError("SANDBOX_CLOSED", "the sandbox was closed before this program could be compiled");
}
