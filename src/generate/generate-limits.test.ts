// Tests of what the sampling loop passes through from the server to samples.jsonl and the pace it
// keeps: rate limits (a failed attempt costs no tokens, no wait under the limits), stop sequences
// beyond the server's maximum cut client-side, and log-probs summed over the kept tokens or dropped
// when the server refuses them.
import { describe, expect, it } from "vitest";
import { fakeLogprob, tokenize } from "../../test/helpers/fake-llm-server.js";
import {
  bodies,
  expectExact,
  openai,
  PARAMS,
  PROBLEMS,
  useGenerateKit,
} from "../../test/helpers/generate-kit.js";

const { start, run, readSamples } = useGenerateKit();

describe("generate: rate limits", () => {
  it("does not charge a failed attempt's estimated tokens against the tokens-per-minute limit", async () => {
    const server = await start();
    server.faults.push({ kind: "status", status: 500 });
    const controller = new AbortController();
    const { stats, interrupted } = await run(openai(server), {
      problems: PROBLEMS.slice(0, 1),
      n: 1,
      rateLimits: { tokensPerMinute: 150 },
      signal: controller.signal,
      // The retry is due ~10 ms after the failure: half a second is plenty, a minute is the bug.
      onEvent: (event) => {
        if (event.type === "retry") setTimeout(() => controller.abort(), 500);
      },
    });
    expect(stats.retries).toBe(1);
    expect(interrupted).toBe(false);
    expect(stats.generated).toBe(1);
  });

  it("admits requests at once while under the limits", async () => {
    const server = await start();
    const started = performance.now();
    const { stats } = await run(openai(server), {
      rateLimits: { requestsPerMinute: 3, tokensPerMinute: 100_000 },
    });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(stats.requests).toBe(3);
    expectExact(readSamples(), 4);
  });
});

describe("generate: stop sequences and log-probs", () => {
  // "\nprint" comes before "\ndef": the server is sent only four stops and cuts at "\ndef".
  const REPLY = "    return a + b\nprint(add(1, 2))\ndef other():\n    pass\n";
  const KEPT = "    return a + b";

  it("sends at most 4 stops, cuts at the 5th client-side, and sums log-probs over the kept tokens", async () => {
    const server = await start({ maxStop: 4, reply: () => REPLY });
    expect(PARAMS.stop).toHaveLength(5);
    const { stats } = await run(openai(server));
    expect(stats.notGenerated).toEqual([]);
    for (const body of bodies(server)) expect((body as { stop?: string[] }).stop).toHaveLength(4);
    let offset = 0;
    let sum = 0;
    let tokens = 0;
    tokenize(REPLY).forEach((token, i) => {
      if (offset < KEPT.length) {
        sum += fakeLogprob(token, i);
        tokens++;
      }
      offset += token.length;
    });
    const records = readSamples();
    expectExact(records, 4);
    for (const record of records) {
      expect(record.completion).toBe(KEPT);
      expect(record.finish_reason).toBe("stop");
      expect(record.logprobs?.tokens).toBe(tokens);
      expect(record.logprobs?.sum).toBeCloseTo(sum, 9);
      expect(record.logprobs?.mean).toBeCloseTo(sum / tokens, 9);
    }
  });

  it("goes on without log-probs when the server refuses them, with one warning", async () => {
    const server = await start();
    server.faults.push({
      kind: "status",
      status: 400,
      body: JSON.stringify({
        error: { message: "logprobs is not supported for this model", type: "invalid_request_error" },
      }),
    });
    const warnings: string[] = [];
    const { stats } = await run(openai(server, { onWarning: (m) => warnings.push(m) }), { concurrency: 1 });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("logprobs is not supported");
    expect(stats.retries).toBe(0);
    expect(stats.notGenerated).toEqual([]);
    const records = readSamples();
    expectExact(records, 4);
    expect(records.every((r) => r.logprobs === null)).toBe(true);
    expect(bodies(server).map((b) => (b as { logprobs?: number }).logprobs)).toEqual([
      1,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
