// Progress on stderr while samples are generated: done / total, rate, ETA, tokens in and out,
// retries so far — a redrawn line on a TTY, a plain line every few seconds otherwise. Retries and
// warnings are printed as lines of their own (retries at most one line per interval, so a storm of
// 429s does not flood the terminal).
import type { GenerateEvent } from "../generate/generate.js";
import { count, duration } from "./format.js";
import type { ProgressStream } from "./progress.js";

/** Returns an `onEvent` handler for generation events, and `finish()` to end the line. */
export function createGenerateProgress(
  stream: ProgressStream,
  options: { intervalMs?: number; now?: () => number } = {},
): { onEvent: (event: GenerateEvent) => void; finish: () => void } {
  const now = options.now ?? (() => performance.now());
  const interval = options.intervalMs ?? (stream.isTTY ? 100 : 5000);
  let startedAt = now();
  let baseline = 0;
  let lastDraw = -Infinity;
  let lastRetryLine = -Infinity;
  let retriesUnsaid = 0;
  let drawn = false;

  const say = (text: string) => {
    if (drawn) stream.write("\r\u001b[K");
    drawn = false;
    stream.write(`passk: ${text}\n`);
  };
  const draw = (event: Extract<GenerateEvent, { type: "progress" }>) => {
    const elapsed = (now() - startedAt) / 1000;
    const rate = elapsed > 0 ? (event.done - baseline) / elapsed : 0;
    const eta = rate > 0 ? (event.total - event.done) / rate : Number.NaN;
    const stats =
      `${count(event.done)}/${count(event.total)} samples · ${rate.toFixed(1)}/s · ETA ${duration(eta)}` +
      ` · tokens ${compact(event.tokensIn)} in / ${compact(event.tokensOut)} out · ${count(event.retries)} retries`;
    if (!stream.isTTY) {
      stream.write(`passk: generating: ${stats}\n`);
      return;
    }
    stream.write(`\r${stats}\u001b[K`);
    drawn = true;
  };

  return {
    onEvent(event) {
      if (event.type === "start") {
        startedAt = now();
        baseline = event.resumed + event.cached;
        const reused = [
          event.resumed > 0 ? `${count(event.resumed)} already in the run folder` : "",
          event.cached > 0 ? `${count(event.cached)} from the cache` : "",
        ].filter(Boolean);
        say(
          `${count(event.total)} samples wanted${reused.length > 0 ? ` (${reused.join(", ")})` : ""}; ${count(event.toRequest)} to request`,
        );
      } else if (event.type === "progress") {
        const t = now();
        if (t - lastDraw >= interval || event.done === event.total) {
          lastDraw = t;
          draw(event);
        }
      } else if (event.type === "retry") {
        retriesUnsaid++;
        const t = now();
        if (t - lastRetryLine >= Math.max(interval, 1000)) {
          lastRetryLine = t;
          const more = retriesUnsaid > 1 ? ` (+${retriesUnsaid - 1} more retries)` : "";
          say(
            `retry ${event.attempt} for ${event.taskId} in ${event.delaySeconds.toFixed(1)} s: ${event.message}${more}`,
          );
          retriesUnsaid = 0;
        }
      } else if (event.type === "warning") {
        say(`warning: ${event.message}`);
      }
    },
    finish() {
      if (drawn) stream.write("\n");
      drawn = false;
    },
  };
}

function compact(value: number): string {
  if (value < 10_000) return count(value);
  if (value < 10_000_000) return `${(value / 1000).toFixed(1)}k`;
  return `${(value / 1_000_000).toFixed(1)}M`;
}
