// Tests of the generation progress display: what a plain (non-TTY) stream gets, in order.
import { describe, expect, it } from "vitest";
import { createGenerateProgress } from "./generate-progress.js";

function capture(isTTY: boolean) {
  const lines: string[] = [];
  return { stream: { isTTY, write: (text: string) => lines.push(text) }, lines };
}

describe("createGenerateProgress", () => {
  it("says what is reused, then done / total, rate, ETA, tokens and retries, and each retry at most once a second", () => {
    let now = 0;
    const { stream, lines } = capture(false);
    const progress = createGenerateProgress(stream, { intervalMs: 1000, now: () => now });
    progress.onEvent({ type: "start", total: 100, resumed: 10, cached: 20, toRequest: 70 });
    expect(lines[0]).toBe(
      "passk: 100 samples wanted (10 already in the run folder, 20 from the cache); 70 to request\n",
    );
    now = 2000;
    progress.onEvent({
      type: "progress",
      done: 50,
      total: 100,
      requests: 4,
      retries: 1,
      tokensIn: 1200,
      tokensOut: 34_000,
    });
    expect(lines[1]).toBe(
      "passk: generating: 50/100 samples · 10.0/s · ETA 5.0 s · tokens 1,200 in / 34.0k out · 1 retries\n",
    );
    progress.onEvent({ type: "retry", taskId: "t/1", attempt: 1, delaySeconds: 2, message: "HTTP 429" });
    progress.onEvent({ type: "retry", taskId: "t/2", attempt: 1, delaySeconds: 2, message: "HTTP 429" });
    now = 3500;
    progress.onEvent({ type: "retry", taskId: "t/3", attempt: 2, delaySeconds: 4, message: "HTTP 503" });
    expect(lines.slice(2)).toEqual([
      "passk: retry 1 for t/1 in 2.0 s: HTTP 429\n",
      "passk: retry 2 for t/3 in 4.0 s: HTTP 503 (+1 more retries)\n",
    ]);
    progress.onEvent({ type: "warning", message: "the server refused log-probabilities" });
    expect(lines.at(-1)).toBe("passk: warning: the server refused log-probabilities\n");
  });

  it("redraws one line on a TTY and ends it on finish", () => {
    const { stream, lines } = capture(true);
    const progress = createGenerateProgress(stream, { intervalMs: 0, now: () => 1000 });
    progress.onEvent({ type: "start", total: 2, resumed: 0, cached: 0, toRequest: 2 });
    progress.onEvent({
      type: "progress",
      done: 1,
      total: 2,
      requests: 1,
      retries: 0,
      tokensIn: 1,
      tokensOut: 2,
    });
    const line = lines.at(-1) ?? "";
    expect(line.startsWith("\r1/2 samples ")).toBe(true);
    expect(line.endsWith("\u001b[K")).toBe(true);
    progress.finish();
    expect(lines.at(-1)).toBe("\n");
  });
});
