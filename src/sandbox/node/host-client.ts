// passk's side of one Node host (host.ts): starts it, gives it its key, sends one request at a time
// and takes an answer only when its signature verifies. A line that does not verify was written by
// the sample itself (it shares the host's process): the host is killed and the sample fails.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import type { Readable } from "node:stream";
import { LineSplitter } from "../lines.js";
import type { HostAnswer, HostReady, HostRequest } from "./protocol.js";
import { verifiedJson } from "./protocol.js";

/** Thrown when the host dies or stops answering; the pool replaces it and retries the sample once. */
export class HostDiedError extends Error {}

/** Thrown when a line on the answer channel does not verify: the sample forged it. Not retried. */
export class HostForgedError extends Error {}

/** Seconds a host gets beyond a sample's wall limit before it is presumed hung. */
const RESPONSE_GRACE_S = 10;
/** Seconds a host may take to start (a loaded machine starts Node slowly). */
const START_TIMEOUT_S = 60;

export class NodeHost {
  readonly ready: Promise<HostReady>;
  private readonly child: ChildProcess;
  private readonly key = randomBytes(32);
  // A line that never ends is as much a forgery as a wrong one; the host's own lines are bounded.
  private readonly lines = new LineSplitter(
    (line) => this.receive(line),
    64 << 20,
    () => {
      this.onLine?.("");
      this.kill();
    },
  );
  private stderrTail = "";
  private exited = false;
  private onLine: ((line: string) => void) | null = null;
  private onExit: ((why: string) => void) | null = null;

  constructor(command: string, args: string[]) {
    this.child = spawn(command, args, { stdio: ["pipe", "ignore", "pipe", "pipe"] });
    const answers = this.child.stdio[3] as Readable;
    answers.setEncoding("utf8");
    answers.on("data", (chunk: string) => this.lines.push(chunk));
    answers.on("error", () => {});
    this.child.stderr?.setEncoding("utf8");
    this.child.stderr?.on("data", (chunk: string) => {
      this.stderrTail = (this.stderrTail + chunk).slice(-2000);
    });
    this.child.stdin?.on("error", () => {});
    this.child.on("error", (error) => this.died(`cannot start: ${error.message}`));
    this.child.on("exit", (code, signal) => this.died(`exited (${signal ?? `code ${code}`})`));
    this.child.stdin?.write(`${this.key.toString("hex")}\n`);
    this.ready = new Promise<HostReady>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.kill();
        reject(new HostDiedError(`did not start within ${START_TIMEOUT_S} s`));
      }, START_TIMEOUT_S * 1000);
      this.onLine = (line) => {
        clearTimeout(timer);
        this.onLine = null;
        this.onExit = null;
        const json = verifiedJson(this.key, line);
        if (json === null) {
          this.kill();
          reject(new HostDiedError(`unexpected first line from the host: ${line.slice(0, 200)}`));
          return;
        }
        resolve(JSON.parse(json) as HostReady);
      };
      this.onExit = (why) => {
        clearTimeout(timer);
        reject(new HostDiedError(why));
      };
    });
    this.ready.catch(() => {});
  }

  /** Runs one request; resolves with the host's verified answer, rejects with HostDiedError or HostForgedError. */
  run(request: HostRequest): Promise<HostAnswer> {
    if (this.exited) return Promise.reject(new HostDiedError("the host is not running"));
    return new Promise<HostAnswer>((resolve, reject) => {
      const timer = setTimeout(
        () => {
          this.kill();
          reject(new HostDiedError(`no answer within ${request.limits.wall + RESPONSE_GRACE_S} s`));
        },
        (request.limits.wall + RESPONSE_GRACE_S) * 1000,
      );
      this.onExit = (why) => {
        clearTimeout(timer);
        reject(new HostDiedError(why));
      };
      this.onLine = (line) => {
        clearTimeout(timer);
        this.onLine = null;
        this.onExit = null;
        const json = verifiedJson(this.key, line);
        let answer: HostAnswer | null = null;
        try {
          answer = json === null ? null : (JSON.parse(json) as HostAnswer);
        } catch {}
        if (answer === null || answer.id !== request.id) {
          this.kill();
          reject(new HostForgedError("a line on the sandbox's answer channel was not the host's"));
          return;
        }
        resolve(answer);
      };
      this.child.stdin?.write(`${JSON.stringify(request)}\n`);
    });
  }

  /** The last lines the host wrote to stderr (for diagnosing a dead host). */
  get diagnostics(): string {
    return this.stderrTail.trim();
  }

  kill(): void {
    if (!this.exited) this.child.kill("SIGKILL");
  }

  /** Closes stdin so the host exits after its current request. */
  close(): void {
    this.child.stdin?.end();
  }

  private receive(line: string): void {
    if (this.onLine) this.onLine(line);
    else if (!this.exited) {
      // Nothing was asked: only a sample could have written this. Whatever runs next is suspect.
      this.kill();
    }
  }

  private died(why: string): void {
    if (this.exited) return;
    this.exited = true;
    const detail = this.stderrTail.trim().split("\n").slice(-3).join(" | ");
    this.onExit?.(detail ? `${why}: ${detail}` : why);
    this.onExit = null;
    this.onLine = null;
  }
}
