// The one retry policy of passk's model requests: exponential backoff with full jitter, a bounded
// number of attempts, and the server's Retry-After honoured when it asks for longer.

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
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 6,
  baseDelaySeconds: 1,
  maxDelaySeconds: 60,
  maxRetryAfterSeconds: 600,
};

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

/**
 * Parses Retry-After (delta-seconds or an HTTP date) and OpenAI's `retry-after-ms`; undefined when
 * absent or unreadable.
 */
export function parseRetryAfter(
  headers: { get(name: string): string | null },
  now: number = Date.now(),
): number | undefined {
  const ms = headers.get("retry-after-ms");
  if (ms !== null && /^\d+(\.\d+)?$/.test(ms.trim())) return Number(ms) / 1000;
  const value = headers.get("retry-after");
  if (value === null) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  // Only an HTTP date (IMF-fixdate, "Wed, 21 Oct 2026 07:28:00 GMT"): V8's Date.parse accepts much else.
  if (!/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(value.trim())) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
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
