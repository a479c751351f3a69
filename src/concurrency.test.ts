// Tests of the one concurrency primitive: the bound, queue order, requeued items, stopping by signal
// and by `stop`, and a throwing task failing the whole run only after every task in flight settled.
import { describe, expect, it } from "vitest";
import { runBounded } from "./concurrency.js";

const tick = (ms = 2) => new Promise((resolve) => setTimeout(resolve, ms));

/** A task that records starts and ends and the largest number in flight. */
function recorder(delay = (_item: number) => 2) {
  const log = { started: [] as number[], ended: [] as number[], inFlight: 0, maxInFlight: 0 };
  const task = async (item: number) => {
    log.started.push(item);
    log.maxInFlight = Math.max(log.maxInFlight, ++log.inFlight);
    await tick(delay(item));
    log.inFlight--;
    log.ended.push(item);
  };
  return { log, task };
}

describe("runBounded", () => {
  it("runs every item, in queue order, never more than the bound at once", async () => {
    const { log, task } = recorder((item) => 1 + (item % 3));
    const result = await runBounded([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], { concurrency: 3 }, task);
    expect(result).toEqual({ notStarted: 0 });
    expect(log.started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(log.ended.sort((a, b) => a - b)).toEqual(log.started);
    expect(log.maxInFlight).toBe(3);
  });

  it("treats a bound below 1 (or not a number) as 1", async () => {
    for (const concurrency of [0, Number.NaN, -2]) {
      const { log, task } = recorder();
      await runBounded([1, 2, 3], { concurrency }, task);
      expect(log).toMatchObject({ started: [1, 2, 3], maxInFlight: 1 });
    }
  });

  it("runs a requeued item, first in the queue, even when the other lanes have ended", async () => {
    const seen: string[] = [];
    await runBounded(["a", "b"], { concurrency: 4 }, async (item, { requeue }) => {
      seen.push(item);
      await tick(item === "a" ? 10 : 1);
      if (item === "a") requeue("a-rest");
    });
    expect(seen).toEqual(["a", "b", "a-rest"]);
  });

  it("runs items requeued midway through a long queue next, in the order they were put back", async () => {
    const items = Array.from({ length: 1000 }, (_, i) => String(i));
    const seen: string[] = [];
    await runBounded(items, { concurrency: 1 }, async (item, { requeue }) => {
      seen.push(item);
      if (item === "500") {
        requeue("500-b");
        requeue("500-a");
      }
    });
    expect(seen.slice(499, 504)).toEqual(["499", "500", "500-a", "500-b", "501"]);
    expect(seen).toHaveLength(1002);
  });

  it("starts nothing new once the signal aborts; the tasks in flight finish and see it", async () => {
    const controller = new AbortController();
    const sawAbort: number[] = [];
    const { log, task } = recorder(() => 5);
    const result = await runBounded(
      [0, 1, 2, 3, 4, 5],
      { concurrency: 2, signal: controller.signal },
      async (item, { signal }) => {
        if (item === 1) setTimeout(() => controller.abort(), 1);
        await task(item);
        if (signal.aborted) sawAbort.push(item);
      },
    );
    expect(log.started).toEqual([0, 1]);
    expect(log.ended.sort()).toEqual([0, 1]);
    expect(sawAbort.sort()).toEqual([0, 1]);
    expect(result.notStarted).toBe(4);
  });

  it("stop(): nothing new starts, the tasks in flight finish undisturbed", async () => {
    const aborted: boolean[] = [];
    const { log, task } = recorder(() => 5);
    const result = await runBounded([0, 1, 2, 3], { concurrency: 2 }, async (item, { signal, stop }) => {
      const done = task(item);
      if (item === 0) {
        await tick(1);
        stop();
      }
      await done;
      aborted.push(signal.aborted);
    });
    expect(log.ended.sort()).toEqual([0, 1]);
    expect(aborted).toEqual([false, false]);
    expect(result.notStarted).toBe(2);
  });

  it("a task that throws: the others are told, nothing new starts, and the first error comes after all settled", async () => {
    const settled: number[] = [];
    const sawAbort: number[] = [];
    const run = runBounded([0, 1, 2, 3, 4, 5], { concurrency: 3 }, async (item, { signal }) => {
      if (item === 1) {
        await tick(1);
        throw new Error("bug in task 1");
      }
      if (item === 2) {
        await tick(1);
        throw new Error("a later failure");
      }
      // Ignores its signal on purpose for a while: the failure must still wait for it.
      await tick(30);
      if (signal.aborted) sawAbort.push(item);
      settled.push(item);
    });
    await expect(run).rejects.toThrow("bug in task 1");
    expect(settled).toEqual([0]);
    expect(sawAbort).toEqual([0]);
  });

  it("a task that throws synchronously is reported the same way", async () => {
    const run = runBounded([1], { concurrency: 1 }, (() => {
      throw new Error("sync");
    }) as () => Promise<void>);
    await expect(run).rejects.toThrow("sync");
  });
});
