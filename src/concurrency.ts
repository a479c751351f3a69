// The one way passk runs many tasks at once (requests to a model, samples in the sandbox, scores):
// at most `concurrency` in flight, taken in order from a queue the tasks may add to, stopped by a
// signal, and every task settled before it returns. What a task achieved is its own business (it
// records outcomes as data). A task that throws is a failure of the whole run, reported one way: no
// new task starts, the tasks in flight are told through their signal, and the first error is thrown
// once every one of them has settled, so a caller never closes a file under a task still writing.
import { setMaxListeners } from "node:events";

/** Options of {@link runBounded}. */
export interface BoundedOptions {
  /** Tasks in flight at most (at least 1). */
  concurrency: number;
  /** Aborted: no new task starts; the tasks in flight see it on their own signal and finish. */
  signal?: AbortSignal;
}

/** What a task is handed beside its item. */
export interface TaskContext<T> {
  /** Aborted when the caller's signal aborts or another task has thrown. */
  readonly signal: AbortSignal;
  /** Puts an item at the front of the queue (the rest of a request answered in part). */
  requeue(item: T): void;
  /** No new task starts; the ones in flight finish (a failure that makes the rest pointless). */
  stop(): void;
}

/** How a {@link runBounded} call ended (it rejects only when a task threw). */
export interface BoundedResult {
  /** Items never started: the signal aborted, or a task called `stop`. */
  notStarted: number;
}

/**
 * Runs `task` on every item, at most `options.concurrency` at a time, in queue order. Resolves when
 * every started task has settled; rejects with the first error a task threw, also only then.
 */
export async function runBounded<T>(
  items: Iterable<T>,
  options: BoundedOptions,
  task: (item: T, context: TaskContext<T>) => Promise<void>,
): Promise<BoundedResult> {
  // The queue is read from `head` on: Array.shift() copies the whole array once it is large (tens of
  // thousands of samples), which made each take linear in the queue's length.
  const queue = [...items];
  let head = 0;
  const failed = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, failed.signal]) : failed.signal;
  // Every task in flight may listen on this one signal (hundreds of requests): expected, not a leak.
  setMaxListeners(0, signal);
  let failure: { error: unknown } | undefined;
  let stopped = false;
  const context: TaskContext<T> = {
    signal,
    requeue: (item) => {
      if (head > 0) queue[--head] = item;
      else queue.unshift(item);
    },
    stop: () => {
      stopped = true;
    },
  };
  const lane = async (): Promise<void> => {
    while (!stopped && !signal.aborted && head < queue.length) {
      const item = queue[head] as T;
      queue[head++] = undefined as T; // the queue does not keep a started item alive
      try {
        await task(item, context);
      } catch (error) {
        if (failure) continue;
        failure = { error };
        failed.abort(error);
      }
    }
  };
  // A lane ends when the queue is empty; an item requeued later is taken by the lane that requeued it.
  const lanes = Math.max(1, Math.min(Math.floor(options.concurrency) || 1, queue.length - head));
  await Promise.all(Array.from({ length: lanes }, lane));
  if (failure) throw failure.error;
  return { notStarted: queue.length - head };
}
