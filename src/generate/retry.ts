// The one retry policy of passk's model requests: exponential backoff with full jitter, a bounded
// number of attempts, the server's Retry-After honoured when it asks for longer, and what to do with
// each failure (retry, give up on the request, or stop the run) decided in one place.
import { DEFAULTS } from "../defaults.js";
import type { ProviderError } from "../providers/types.js";

/** Retry settings. */
export interface RetryPolicy {
  /** Attempts per request, the first included. */
  maxAttempts: number;
  /** Backoff before the second attempt, in seconds; doubles each time. */
  baseDelaySeconds: number;
  /** Longest wait between two attempts, in seconds (a longer Retry-After is still honoured up to maxRetryAfterSeconds). */
  maxDelaySeconds: number;
  /** A Retry-After longer than this is treated as "give up on this request" rather than waited for. */
  maxRetryAfterSeconds: number;
  /**
   * While nothing has answered yet, a server that cannot be reached (connection refused, host not
   * found) gets this many seconds from the first request before the run stops: it was most likely
   * never started, or the URL is wrong, and a backoff of minutes would only hide that. Once any
   * request has reached the server, the same failure is a transient one and retried as any other.
   */
  firstContactSeconds: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: DEFAULTS.maxAttempts,
  baseDelaySeconds: 1,
  maxDelaySeconds: 60,
  maxRetryAfterSeconds: 600,
  firstContactSeconds: 8,
};

/** One failed attempt of a request, and what the run knows when it failed. */
export interface FailedAttempt {
  error: ProviderError;
  /** 1-based: the attempt that just failed. */
  attempt: number;
  /** Whether any request of this run has reached the server (an answer, even an error status). */
  contacted: boolean;
  /** Seconds since the run's first request. */
  elapsedSeconds: number;
}

/** What to do after a failed attempt. */
export type RetryDecision =
  /** Wait `delaySeconds`, then try again; `pauseSeconds`: the server asked everyone to wait that long. */
  | { action: "retry"; delaySeconds: number; pauseSeconds?: number }
  /** This request's samples are not generated, for `reason`; the run goes on. */
  | { action: "give-up"; reason: string }
  /** Nothing more can succeed (bad key, unknown model, a server that was never there): stop the run. */
  | { action: "stop"; unreachable: boolean };

/**
 * The policy's decision on a failed attempt: permanent errors stop the run, unavailable samples are
 * given up at once, and retryable ones are retried with backoff until `maxAttempts` or an overlong
 * Retry-After — except that a server never reached stops the run after `firstContactSeconds`.
 */
export function decideRetry(
  policy: RetryPolicy,
  failure: FailedAttempt,
  random: () => number = Math.random,
): RetryDecision {
  const { error, attempt } = failure;
  if (error.kind === "permanent") return { action: "stop", unreachable: false };
  if (error.kind === "unavailable") return { action: "give-up", reason: error.message };
  if (error.details.unreachable && !failure.contacted) {
    const left = policy.firstContactSeconds - failure.elapsedSeconds;
    if (left <= 0 || attempt >= policy.maxAttempts) return { action: "stop", unreachable: true };
    // The last try lands at the end of the window, not one long backoff after it.
    return {
      action: "retry",
      delaySeconds: Math.min(backoffSeconds(policy, attempt, undefined, random), left),
    };
  }
  const retryAfter = error.details.retryAfterSeconds;
  if (attempt >= policy.maxAttempts) {
    return { action: "give-up", reason: `${error.message} (gave up after ${attempt} attempts)` };
  }
  if (retryAfter !== undefined && retryAfter > policy.maxRetryAfterSeconds) {
    return { action: "give-up", reason: `${error.message} (the server asked to wait ${retryAfter} s)` };
  }
  const delaySeconds = backoffSeconds(policy, attempt, retryAfter, random);
  return retryAfter === undefined
    ? { action: "retry", delaySeconds }
    : { action: "retry", delaySeconds, pauseSeconds: retryAfter };
}

/**
 * Seconds to wait before attempt `attempt + 1` (attempt is 1-based: the one that just failed).
 * Full jitter (uniform in [0, backoff]) spreads clients that failed together; a Retry-After from the
 * server is a lower bound, since it knows when capacity comes back.
 */
export function backoffSeconds(
  policy: RetryPolicy,
  attempt: number,
  retryAfterSeconds: number | undefined,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelaySeconds, policy.baseDelaySeconds * 2 ** (attempt - 1));
  const jittered = random() * ceiling;
  return retryAfterSeconds === undefined ? jittered : Math.max(retryAfterSeconds, jittered);
}

/** Resolves after `seconds`, or rejects when the signal aborts. */
export function sleep(seconds: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, seconds * 1000);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
