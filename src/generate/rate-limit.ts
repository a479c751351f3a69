// Optional requests-per-minute and tokens-per-minute limits, and the shared pause a 429 asks for.
// A sliding one-minute window: a request waits until both the requests and the tokens of the last
// 60 s leave room for it. Tokens are estimated before the request and corrected with the usage the
// server reports, so a long run converges on the real rate.
import { sleep } from "./retry.js";

const MINUTE_MS = 60_000;

/** Limits; undefined means unlimited. */
export interface RateLimits {
  requestsPerMinute?: number;
  tokensPerMinute?: number;
}

interface Entry {
  at: number;
  tokens: number;
}

/** Admission control shared by every request of a run. */
export class RateLimiter {
  private readonly entries: Entry[] = [];
  private pausedUntil = 0;
  private queue: Promise<void> = Promise.resolve();

  /** `windowMs` is a minute; tests shorten it to keep the same arithmetic fast. */
  constructor(
    private readonly limits: RateLimits,
    private readonly now: () => number = Date.now,
    private readonly windowMs: number = MINUTE_MS,
  ) {}

  /** Every request waits until `until` (epoch ms): set when a server says "slow down" with Retry-After. */
  pause(until: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, until);
  }

  /**
   * Waits for room for one request of about `estimatedTokens` tokens and records it; returns a
   * function to call with the tokens the request really used. Requests are admitted in order.
   */
  async acquire(estimatedTokens: number, signal?: AbortSignal): Promise<(actualTokens: number) => void> {
    // Without limits and without a pause there is nothing to count: admit at once.
    if (this.unlimited() && this.pausedUntil <= this.now()) return () => {};
    const entry: Entry = { at: 0, tokens: estimatedTokens };
    const turn = this.queue.then(() => this.waitForRoom(entry, signal));
    // The next caller waits for this one's admission, even if this one is aborted.
    this.queue = turn.catch(() => undefined);
    await turn;
    return (actualTokens: number) => {
      entry.tokens = actualTokens;
    };
  }

  private unlimited(): boolean {
    return this.limits.requestsPerMinute === undefined && this.limits.tokensPerMinute === undefined;
  }

  private async waitForRoom(entry: Entry, signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = this.now();
      while (this.entries.length > 0 && (this.entries[0] as Entry).at <= now - this.windowMs)
        this.entries.shift();
      let waitMs = Math.max(0, this.pausedUntil - now);
      const { requestsPerMinute: rpm, tokensPerMinute: tpm } = this.limits;
      if (rpm !== undefined && this.entries.length >= rpm) {
        waitMs = Math.max(waitMs, this.releaseTime(this.entries.length - rpm + 1) - now);
      }
      if (tpm !== undefined) {
        let used = this.entries.reduce((sum, e) => sum + e.tokens, 0);
        // A request bigger than the whole budget still goes, alone, once the window is empty.
        const need = Math.min(entry.tokens, tpm);
        let released = 0;
        while (used + need > tpm && released < this.entries.length) {
          used -= (this.entries[released] as Entry).tokens;
          released++;
        }
        if (released > 0) waitMs = Math.max(waitMs, this.releaseTime(released) - now);
      }
      if (waitMs <= 0) {
        entry.at = now;
        this.entries.push(entry);
        return;
      }
      await sleep(waitMs / 1000, signal);
    }
  }

  /** When the first `count` entries of the window will have left it. */
  private releaseTime(count: number): number {
    return (this.entries[count - 1] as Entry).at + this.windowMs + 1;
  }
}
