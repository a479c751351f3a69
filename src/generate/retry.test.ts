// Tests of the one retry policy: the bounds of full-jitter backoff, Retry-After as a lower bound,
// the decision on each failure (a server never reached stops the run within seconds), and a sleep
// that an abort cuts short.
import { describe, expect, it } from "vitest";
import { ProviderError } from "../providers/types.js";
import {
  backoffSeconds,
  DEFAULT_RETRY,
  decideRetry,
  type FailedAttempt,
  type RetryPolicy,
  sleep,
} from "./retry.js";

const POLICY: RetryPolicy = {
  maxAttempts: 6,
  baseDelaySeconds: 1,
  maxDelaySeconds: 10,
  maxRetryAfterSeconds: 600,
  firstContactSeconds: 8,
};

/** A jitter source that always returns `value` (Math.random's range is [0, 1)). */
const fixed = (value: number) => () => value;

describe("backoffSeconds", () => {
  it("is 0 with the lowest draw and the doubling ceiling with the highest", () => {
    const almostOne = 1 - Number.EPSILON;
    for (const [attempt, ceiling] of [
      [1, 1],
      [2, 2],
      [3, 4],
      [4, 8],
      [5, 10], // capped at maxDelaySeconds
      [12, 10],
    ] as const) {
      expect(backoffSeconds(POLICY, attempt, undefined, fixed(0))).toBe(0);
      expect(backoffSeconds(POLICY, attempt, undefined, fixed(almostOne))).toBeCloseTo(ceiling, 9);
      expect(backoffSeconds(POLICY, attempt, undefined, fixed(0.5))).toBeCloseTo(ceiling / 2, 9);
    }
  });

  it("stays within [0, min(max, base·2^(attempt−1))] for random draws", () => {
    const policy = { ...POLICY, baseDelaySeconds: 0.25, maxDelaySeconds: 3 };
    for (let attempt = 1; attempt <= 8; attempt++) {
      const ceiling = Math.min(3, 0.25 * 2 ** (attempt - 1));
      const delays = Array.from({ length: 200 }, () => backoffSeconds(policy, attempt, undefined));
      expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...delays)).toBeLessThanOrEqual(ceiling);
      // Full jitter spreads over the whole range, not a narrow band near the ceiling.
      expect(Math.min(...delays)).toBeLessThan(ceiling / 4);
    }
  });

  it("treats Retry-After as a lower bound: longer than the jitter wins, shorter does not", () => {
    expect(backoffSeconds(POLICY, 1, 30, fixed(0.5))).toBe(30); // beyond maxDelaySeconds too
    expect(backoffSeconds(POLICY, 4, 1, fixed(0.5))).toBe(4);
    expect(backoffSeconds(POLICY, 1, 0, fixed(0))).toBe(0);
  });

  it("has sane defaults", () => {
    expect(DEFAULT_RETRY.maxAttempts).toBeGreaterThan(1);
    expect(DEFAULT_RETRY.maxDelaySeconds).toBeGreaterThanOrEqual(DEFAULT_RETRY.baseDelaySeconds);
    expect(DEFAULT_RETRY.maxRetryAfterSeconds).toBeGreaterThanOrEqual(DEFAULT_RETRY.maxDelaySeconds);
  });
});

describe("decideRetry", () => {
  const refused = new ProviderError("http://localhost:8000/v1/completions: connection refused", "retryable", {
    unreachable: true,
  });
  const failure = (extra: Partial<FailedAttempt>): FailedAttempt => ({
    error: refused,
    attempt: 1,
    contacted: false,
    elapsedSeconds: 0,
    ...extra,
  });

  it("stops the run when a server that never answered is still unreachable after firstContactSeconds", () => {
    expect(decideRetry(POLICY, failure({ attempt: 3, elapsedSeconds: 8 }), fixed(0.5))).toEqual({
      action: "stop",
      unreachable: true,
    });
    // …or when that request has used its attempts, however early.
    expect(decideRetry(POLICY, failure({ attempt: 6, elapsedSeconds: 1 }), fixed(0.5)).action).toBe("stop");
  });

  it("retries a never-reached server within the window, the last try at its end", () => {
    expect(decideRetry(POLICY, failure({ attempt: 1, elapsedSeconds: 0 }), fixed(0.5))).toEqual({
      action: "retry",
      delaySeconds: 0.5,
    });
    // Backoff would be up to 8 s, but only 1 s of the window is left.
    expect(
      decideRetry(POLICY, failure({ attempt: 4, elapsedSeconds: 7 }), fixed(1 - Number.EPSILON)),
    ).toEqual({ action: "retry", delaySeconds: 1 });
  });

  it("keeps the ordinary policy for the same failure once the server has answered", () => {
    const late = failure({ attempt: 3, contacted: true, elapsedSeconds: 120 });
    expect(decideRetry(POLICY, late, fixed(0.5))).toEqual({ action: "retry", delaySeconds: 2 });
    expect(decideRetry(POLICY, { ...late, attempt: 6 }, fixed(0.5))).toEqual({
      action: "give-up",
      reason: `${refused.message} (gave up after 6 attempts)`,
    });
  });

  it("does not apply the first-contact rule to failures where something answered", () => {
    const status = new ProviderError("HTTP 503", "retryable", { status: 503 });
    expect(decideRetry(POLICY, failure({ error: status, elapsedSeconds: 60 }), fixed(0.5)).action).toBe(
      "retry",
    );
  });

  it("stops on a permanent error, gives up unavailable samples at once, and honours Retry-After", () => {
    const permanent = new ProviderError("HTTP 401", "permanent", { status: 401 });
    expect(decideRetry(POLICY, failure({ error: permanent, contacted: true }))).toEqual({
      action: "stop",
      unreachable: false,
    });
    const unavailable = new ProviderError("no such sample", "unavailable");
    expect(decideRetry(POLICY, failure({ error: unavailable }))).toEqual({
      action: "give-up",
      reason: "no such sample",
    });
    const busy = new ProviderError("HTTP 429", "retryable", { status: 429, retryAfterSeconds: 30 });
    expect(decideRetry(POLICY, failure({ error: busy, contacted: true }), fixed(0.5))).toEqual({
      action: "retry",
      delaySeconds: 30,
      pauseSeconds: 30,
    });
    const tooLong = new ProviderError("HTTP 429", "retryable", { status: 429, retryAfterSeconds: 3600 });
    expect(decideRetry(POLICY, failure({ error: tooLong, contacted: true }))).toEqual({
      action: "give-up",
      reason: "HTTP 429 (the server asked to wait 3600 s)",
    });
  });
});

describe("sleep", () => {
  it("resolves after about the time asked", async () => {
    const started = performance.now();
    await sleep(0.05);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });

  it("rejects at once with the reason when the signal is already aborted", async () => {
    const controller = new AbortController();
    const reason = new Error("stopped");
    controller.abort(reason);
    const started = performance.now();
    await expect(sleep(10, controller.signal)).rejects.toBe(reason);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it("rejects with the reason when the signal aborts while sleeping", async () => {
    const controller = new AbortController();
    const reason = new Error("stopped");
    setTimeout(() => controller.abort(reason), 30);
    const started = performance.now();
    await expect(sleep(10, controller.signal)).rejects.toBe(reason);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("resolves normally when a signal is given but never aborts", async () => {
    const controller = new AbortController();
    await expect(sleep(0.01, controller.signal)).resolves.toBeUndefined();
  });
});
