// The one path every request to a model takes, a sample as much as a score: admission by the rate
// limiter, the attempt, and on a failure the retry policy's decision (wait and try again, give up on
// this request, or stop the run). A run (one `generate()`, one back-translation study) makes one
// ModelCalls and sends every request through it, so its requests share the limits, the pauses a
// server asks for, and what is known about whether the server was ever reached; a stop aborts every
// request in flight at once.
import { setMaxListeners } from "node:events";
import { ProviderError } from "../providers/types.js";
import { RateLimiter, type RateLimits } from "./rate-limit.js";
import { DEFAULT_RETRY, decideRetry, type RetryPolicy, sleep } from "./retry.js";

/** Options of {@link ModelCalls}. */
export interface ModelCallsOptions {
  retry?: RetryPolicy;
  rateLimits?: RateLimits;
  /** The caller's stop (Ctrl-C): requests in flight are aborted, none is retried. */
  signal?: AbortSignal;
  /** Told of each retry when it is decided, before its wait. */
  onRetry?: (retry: RetryNotice) => void;
  /** For tests: the jitter source. */
  random?: () => number;
}

/** One retry, for progress displays. */
export interface RetryNotice {
  label: string;
  /** The attempt that failed (1-based). */
  attempt: number;
  delaySeconds: number;
  message: string;
}

/** One request: what it is for, what it may cost, and how to make one attempt. */
export interface CallRequest<T> {
  /** What the request is for (a task id), in retry notices and stop reasons. */
  label: string;
  /** Tokens it may use, held in the tokens-per-minute window until the answer says. */
  estimatedTokens: number;
  /** Tokens the answer says it used (default: the estimate). */
  tokensUsed?: (value: T) => number;
  /** Also stops this request (the caller's task signal); the run's own signal always does. */
  signal?: AbortSignal;
  /** One attempt; a failure is a ProviderError (anything else is a bug and is thrown as it is). */
  attempt: (signal: AbortSignal) => Promise<T>;
}

/** How a request ended. "stopped": the run stops ({@link ModelCalls.stopReason}) or was interrupted. */
export type CallOutcome<T> =
  | { status: "done"; value: T }
  | { status: "gave-up"; reason: string }
  | { status: "stopped" };

/** Why a run stopped: nothing more can succeed. */
export interface StopReason {
  error: ProviderError;
  /** No request ever reached the server (nobody there, or a wrong URL). */
  unreachable: boolean;
  /** The request whose failure stopped the run. */
  label: string;
}

const STOPPED = { status: "stopped" } as const;

/** The requests of one run to one model. */
export class ModelCalls {
  /** Aborted when the caller stops the run or a failure stops it. */
  readonly signal: AbortSignal;
  /** Attempts made (the first of each request and its retries). */
  requests = 0;
  retries = 0;
  /** Set by the first failure that stopped the run. */
  stopReason: StopReason | undefined;
  private readonly stop = new AbortController();
  private readonly limiter: RateLimiter;
  private readonly policy: RetryPolicy;
  private readonly random: () => number;
  /** Whether any request has reached the server: until then, "connection refused" means nobody is there. */
  private contacted = false;
  private firstRequestAt = 0;

  constructor(private readonly options: ModelCallsOptions = {}) {
    this.signal = options.signal ? AbortSignal.any([options.signal, this.stop.signal]) : this.stop.signal;
    // Every request in flight listens on this one signal: hundreds of listeners are expected.
    setMaxListeners(0, this.signal);
    this.limiter = new RateLimiter(options.rateLimits ?? {});
    this.policy = options.retry ?? DEFAULT_RETRY;
    this.random = options.random ?? Math.random;
  }

  /** Makes the request, retrying as the policy says; never throws for a model's failure. */
  async call<T>(request: CallRequest<T>): Promise<CallOutcome<T>> {
    const signal = request.signal ? AbortSignal.any([this.signal, request.signal]) : this.signal;
    for (let attempt = 1; ; attempt++) {
      let settle: (tokens: number) => void;
      try {
        settle = await this.limiter.acquire(request.estimatedTokens, signal);
      } catch {
        return STOPPED; // stopped while waiting for room
      }
      if (this.requests++ === 0) this.firstRequestAt = performance.now();
      try {
        const value = await request.attempt(signal);
        settle(request.tokensUsed ? request.tokensUsed(value) : request.estimatedTokens);
        this.contacted = true;
        return { status: "done", value };
      } catch (error) {
        settle(0); // a failed attempt used no tokens: its estimate must not hold the window
        if (signal.aborted) return STOPPED;
        if (!(error instanceof ProviderError)) throw error;
        if (!error.details.unreachable) this.contacted = true;
        const decision = decideRetry(
          this.policy,
          {
            error,
            attempt,
            contacted: this.contacted,
            elapsedSeconds: (performance.now() - this.firstRequestAt) / 1000,
          },
          this.random,
        );
        if (decision.action === "stop") {
          this.stopReason ??= { error, unreachable: decision.unreachable, label: request.label };
          this.stop.abort(error);
          return STOPPED;
        }
        if (decision.action === "give-up") return { status: "gave-up", reason: decision.reason };
        // A server that names a time to come back gets no requests from anyone until then.
        if (decision.pauseSeconds !== undefined)
          this.limiter.pause(Date.now() + decision.pauseSeconds * 1000);
        this.retries++;
        this.options.onRetry?.({
          label: request.label,
          attempt,
          delaySeconds: decision.delaySeconds,
          message: error.message,
        });
        try {
          await sleep(decision.delaySeconds, signal);
        } catch {
          return STOPPED;
        }
      }
    }
  }
}
