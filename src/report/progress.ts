// Progress on stderr while an evaluation runs: a redrawn bar with rate and ETA on a TTY, a plain
// line every few seconds otherwise (CI logs, pipes). One renderer owns the terminal meanwhile.
import type { EvaluateEvent } from "../evaluate/types.js";
import { count, duration } from "./format.js";

/** Where progress goes; `isTTY` decides between the bar and plain lines. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Returns an `onEvent` handler that draws progress, and `finish()` to clear the bar. */
export function createProgress(
  stream: ProgressStream,
  options: { intervalMs?: number; now?: () => number } = {},
): { onEvent: (event: EvaluateEvent) => void; finish: () => void } {
  const now = options.now ?? (() => performance.now());
  const interval = options.intervalMs ?? (stream.isTTY ? 100 : 5000);
  let startedAt = now();
  let lastDraw = -Infinity;
  let baseline = 0;
  let passed = 0;
  let drawn = false;

  const line = (done: number, total: number): string => {
    const elapsed = (now() - startedAt) / 1000;
    const rate = elapsed > 0 ? (done - baseline) / elapsed : 0;
    const eta = rate > 0 ? (total - done) / rate : Number.NaN;
    const stats = `${count(done)}/${count(total)} · ${rate.toFixed(0)}/s · ${count(passed)} passed · ETA ${duration(eta)}`;
    if (!stream.isTTY) return `passk: ${stats}\n`;
    const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - stats.length - 4));
    const filled = total > 0 ? Math.round((done / total) * width) : width;
    return `\r[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${stats}\u001b[K`;
  };

  return {
    onEvent(event) {
      if (event.type === "warning" || event.type === "note") {
        if (drawn) stream.write("\r\u001b[K");
        stream.write(`passk: ${event.type}: ${event.message}\n`);
        drawn = false;
      } else if (event.type === "start") {
        startedAt = now();
        baseline = event.alreadyDone;
        if (event.alreadyDone > 0) {
          stream.write(
            `passk: resuming: ${count(event.alreadyDone)} of ${count(event.total)} samples already done\n`,
          );
        }
        stream.write(
          `passk: ${count(event.toRun)} samples to run (${count(event.unique)} distinct programs) · isolation ${event.isolation.level}\n`,
        );
      } else {
        if (event.record.passed) passed++;
        const t = now();
        if (t - lastDraw >= interval || event.done === event.total) {
          lastDraw = t;
          stream.write(line(event.done, event.total));
          drawn = Boolean(stream.isTTY);
        }
      }
    },
    finish() {
      if (drawn) stream.write("\n");
      drawn = false;
    },
  };
}
