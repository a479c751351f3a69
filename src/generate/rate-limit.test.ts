// Tests of the rate limiter with a 200 ms "minute": when requests and tokens are admitted, the shared
// pause, aborting a waiting request, and a request bigger than the whole token budget.
import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limit.js";

const WINDOW = 200;
// Timers may fire a millisecond or two early relative to Date.now; late is fine up to a loaded machine.
const EARLY = 5;
const LATE = 250;

function limiter(limits: ConstructorParameters<typeof RateLimiter>[0]): RateLimiter {
  return new RateLimiter(limits, Date.now, WINDOW);
}

/** Milliseconds from `t0` until `acquire` resolves. */
async function admittedAfter(t0: number, acquire: Promise<unknown>): Promise<number> {
  await acquire;
  return Date.now() - t0;
}

describe("RateLimiter", () => {
  it("admits at once when no limit is set", async () => {
    const rl = limiter({});
    const t0 = Date.now();
    for (let i = 0; i < 50; i++) await rl.acquire(1_000_000);
    expect(Date.now() - t0).toBeLessThan(50);
  });

  it("requests per minute: the (rpm+1)-th request waits until the first leaves the window", async () => {
    const rl = limiter({ requestsPerMinute: 2 });
    const t0 = Date.now();
    const times = await Promise.all([0, 1, 2, 3, 4].map(() => admittedAfter(t0, rl.acquire(1))));
    expect(times[0]).toBeLessThan(50);
    expect(times[1]).toBeLessThan(50);
    for (const later of [times[2], times[3]]) {
      expect(later).toBeGreaterThanOrEqual(WINDOW - EARLY);
      expect(later).toBeLessThan(WINDOW + LATE);
    }
    expect(times[4]).toBeGreaterThanOrEqual(2 * WINDOW - EARLY);
    expect(times[4]).toBeLessThan(2 * WINDOW + LATE);
  });

  it("tokens per minute: a request waits until enough tokens have left the window", async () => {
    const rl = limiter({ tokensPerMinute: 100 });
    const t0 = Date.now();
    const first = await admittedAfter(t0, rl.acquire(60));
    const second = await admittedAfter(t0, rl.acquire(30)); // 90 ≤ 100: fits
    const third = await admittedAfter(t0, rl.acquire(20)); // 110 > 100: waits for the 60 to leave
    expect(first).toBeLessThan(50);
    expect(second).toBeLessThan(50);
    expect(third).toBeGreaterThanOrEqual(WINDOW - EARLY);
    expect(third).toBeLessThan(WINDOW + LATE);
  });

  it("counts the tokens a request really used once it reports them", async () => {
    const rl = limiter({ tokensPerMinute: 100 });
    const t0 = Date.now();
    const settle = await rl.acquire(90);
    settle(10); // the estimate was far too high
    expect(await admittedAfter(t0, rl.acquire(85))).toBeLessThan(50);
    const grown = await rl.acquire(1);
    grown(500); // and this one far too low: the window is now over budget
    expect(await admittedAfter(t0, rl.acquire(1))).toBeGreaterThanOrEqual(WINDOW - EARLY);
  });

  it("lets a request larger than the whole budget go alone, once the window is empty", async () => {
    const rl = limiter({ tokensPerMinute: 100 });
    const t0 = Date.now();
    expect(await admittedAfter(t0, rl.acquire(500))).toBeLessThan(50); // empty window: at once
    const small = await admittedAfter(t0, rl.acquire(5)); // waits for the big one to leave
    expect(small).toBeGreaterThanOrEqual(WINDOW - EARLY);
    expect(small).toBeLessThan(WINDOW + LATE);
    const t1 = Date.now();
    const big = await admittedAfter(t1, rl.acquire(1000)); // the small one must leave first
    expect(big).toBeGreaterThanOrEqual(WINDOW - EARLY - 10);
    expect(big).toBeLessThan(WINDOW + LATE);
  });

  it("admits in order: a small request does not overtake a big one that waits", async () => {
    const rl = limiter({ tokensPerMinute: 100 });
    await rl.acquire(90);
    const order: string[] = [];
    await Promise.all([
      rl.acquire(90).then(() => order.push("big")),
      rl.acquire(5).then(() => order.push("small")), // would fit now, but comes second
    ]);
    expect(order).toEqual(["big", "small"]);
  });

  it("pause() holds every request until the given time", async () => {
    const rl = limiter({});
    const t0 = Date.now();
    rl.pause(t0 + 150);
    rl.pause(t0 + 50); // an earlier end does not shorten the pause
    const times = await Promise.all([admittedAfter(t0, rl.acquire(1)), admittedAfter(t0, rl.acquire(1))]);
    for (const time of times) {
      expect(time).toBeGreaterThanOrEqual(150 - EARLY);
      expect(time).toBeLessThan(150 + LATE);
    }
  });

  it("rejects a waiting request when its signal aborts, and the queue goes on without it", async () => {
    const rl = limiter({ requestsPerMinute: 1 });
    const t0 = Date.now();
    await rl.acquire(1);
    const controller = new AbortController();
    const reason = new Error("stop");
    const aborted = rl.acquire(1, controller.signal);
    const next = admittedAfter(t0, rl.acquire(1));
    setTimeout(() => controller.abort(reason), 30);
    await expect(aborted).rejects.toBe(reason);
    expect(Date.now() - t0).toBeLessThan(WINDOW - EARLY);
    // The aborted request took no slot: the next one goes after one window, not two.
    const time = await next;
    expect(time).toBeGreaterThanOrEqual(WINDOW - EARLY);
    expect(time).toBeLessThan(2 * WINDOW - EARLY);
  });
});
