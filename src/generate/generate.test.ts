// Tests of the sampling loop with the real OpenAI provider against the fake server (completion mode):
// exactly n samples per problem — also when the server returns fewer choices than asked — and the
// cache, resuming, the concurrency bound and stopping on a signal. Faults and retries are in
// generate-faults.test.ts, rate limits, stop sequences and log-probs in generate-limits.test.ts.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rejection } from "../../test/helpers/errors.js";
import { DEFAULT_REPLY, tokenize } from "../../test/helpers/fake-llm-server.js";
import {
  bodies,
  expectExact,
  openai,
  PARAMS,
  PROBLEMS,
  problem,
  useGenerateKit,
} from "../../test/helpers/generate-kit.js";
import { ReferenceProvider } from "../providers/offline.js";
import type { PromptProblem } from "../providers/types.js";
import { promptKey } from "../run/config.js";
import { CompletionCache } from "./cache.js";
import { consecutiveRuns } from "./generate.js";

const { ws, start, run, readSamples } = useGenerateKit();

describe("generate: the normal case", () => {
  it("writes exactly n samples per problem, ids 0 … n−1, with the model, key and log-probs", async () => {
    const server = await start();
    const provider = openai(server);
    const { stats, interrupted, events } = await run(provider);
    expect(interrupted).toBe(false);
    const records = readSamples();
    expectExact(records, 4);
    for (const record of records) {
      const p = PROBLEMS.find((q) => q.task_id === record.task_id) as PromptProblem;
      expect(record.model).toBe("vllm:fake-model");
      expect(record.cache_key).toBe(promptKey(provider.info, PARAMS, p));
      // The default reply, cut at "\ndef" (by the server and by passk).
      expect(record.completion).toBe(DEFAULT_REPLY.slice(0, DEFAULT_REPLY.indexOf("\ndef")));
      expect(record.finish_reason).toBe("stop");
      expect(record.logprobs?.tokens).toBeGreaterThan(0);
    }
    expect(stats).toMatchObject({
      requested: 12,
      generated: 12,
      resumed: 0,
      cached: 0,
      requests: 3,
      retries: 0,
    });
    expect(stats.notGenerated).toEqual([]);
    expect(stats.tokensIn).toBe(PROBLEMS.reduce((sum, p) => sum + tokenize(p.prompt).length, 0));
    expect(stats.tokensOut).toBeGreaterThan(0);
    expect(events[0]).toEqual({ type: "start", total: 12, resumed: 0, cached: 0, toRequest: 12 });
    const progress = events.filter((e) => e.type === "progress");
    expect(progress.at(-1)).toMatchObject({ type: "progress", done: 12, total: 12, requests: 3 });
    // The counters after every settled request, for a caller that keeps them on disk.
    expect(events.at(-1)).toMatchObject({ type: "counters", stats: { generated: 12, requests: 3 } });
    // One request per problem, asking for all four, seeded from the base seed.
    expect(bodies(server).map((b) => [b.n, b.seed])).toEqual([
      [4, 1000],
      [4, 1000],
      [4, 1000],
    ]);
  });

  it("asks again for the rest when the server returns fewer choices than n, still exactly n", async () => {
    const server = await start({ maxN: 3 });
    const { stats } = await run(openai(server), { n: 7, concurrency: 1 });
    expectExact(readSamples(), 7);
    expect(stats.retries).toBe(0);
    expect(stats.requests).toBe(9);
    // Each later request starts at the first missing id: n and seed follow.
    expect(
      bodies(server)
        .slice(0, 3)
        .map((b) => [b.n, b.seed]),
    ).toEqual([
      [7, 1000],
      [4, 1003],
      [1, 1006],
    ]);
  });

  it("splits n into requests of at most the provider's maxN", async () => {
    const server = await start();
    await run(openai(server, { maxN: 3 }), { n: 7, concurrency: 1, problems: PROBLEMS.slice(0, 1) });
    expect(bodies(server).map((b) => [b.n, b.seed])).toEqual([
      [3, 1000],
      [3, 1003],
      [1, 1006],
    ]);
    expectExact(readSamples(), 7, PROBLEMS.slice(0, 1));
  });
});

describe("generate: cache and resume", () => {
  it("answers a second run into a new samples file from the cache, with no request", async () => {
    const server = await start();
    const provider = openai(server);
    const cache = new CompletionCache(join(ws.dir, "cache"));
    await run(provider, { cache });
    const requests = server.stats.requests;
    const first = readSamples();

    const second = join(ws.dir, "again", "samples.jsonl");
    const { stats, events } = await run(provider, { cache, samplesPath: second });
    expect(server.stats.requests).toBe(requests);
    expect(stats).toMatchObject({ cached: 12, generated: 0, requests: 0 });
    expect(events[0]).toMatchObject({ type: "start", cached: 12, toRequest: 0 });
    expect(readSamples(second)).toEqual(first);

    // A new cache object on the same folder reads the files.
    const third = join(ws.dir, "third", "samples.jsonl");
    await run(provider, { cache: new CompletionCache(join(ws.dir, "cache")), samplesPath: third });
    expect(server.stats.requests).toBe(requests);
    expectExact(readSamples(third), 4);
  });

  it("asks only for the samples the cache lacks when n grows", async () => {
    const server = await start();
    const provider = openai(server);
    const cache = new CompletionCache(join(ws.dir, "cache"));
    await run(provider, { cache, n: 2 });
    server.requests.length = 0;
    const { stats } = await run(provider, { cache, n: 5, samplesPath: join(ws.dir, "five.jsonl") });
    expect(stats).toMatchObject({ cached: 6, generated: 9 });
    expect(bodies(server).map((b) => [b.n, b.seed])).toEqual([
      [3, 1002],
      [3, 1002],
      [3, 1002],
    ]);
    expectExact(readSamples(join(ws.dir, "five.jsonl")), 5);
  });

  it("does not cache offline providers", async () => {
    const cacheDir = join(ws.dir, "cache");
    await run(new ReferenceProvider(), { cache: new CompletionCache(cacheDir) });
    expect(existsSync(cacheDir)).toBe(false);
  });

  it("resumes a samples file: only the missing samples are requested", async () => {
    const server = await start();
    const provider = openai(server);
    await run(provider);
    const path = join(ws.dir, "samples.jsonl");
    // Keep ids 0 and 2 of the first problem and every sample of the others.
    const kept = readSamples().filter((r) => r.task_id !== "demo/add" || r.completion_id % 2 === 0);
    writeFileSync(path, `${kept.map((r) => JSON.stringify(r)).join("\n")}\n{"task_id":"demo/add","compl`);
    server.requests.length = 0;
    const { stats } = await run(provider);
    expect(stats).toMatchObject({ resumed: 10, generated: 2, requests: 2 });
    expect(server.requests.map((r) => r.prompt)).toEqual([PROBLEMS[0]?.prompt, PROBLEMS[0]?.prompt]);
    expect(bodies(server).map((b) => [b.n, b.seed])).toEqual([
      [1, 1001],
      [1, 1003],
    ]);
    expectExact(readSamples(), 4);
  });

  it("refuses to resume a samples file of another configuration", async () => {
    const server = await start();
    const provider = openai(server);
    await run(provider);
    const error = await rejection(run(provider, { params: { ...PARAMS, temperature: 0.2 } }));
    expect(error.code).toBe("BAD_INPUT");
    expect(error.message).toContain("made with another model, parameters or prompt");
  });

  it("answers a smaller n from a file that holds more, without a request, and leaves the rest", async () => {
    const server = await start();
    const provider = openai(server);
    await run(provider, { n: 4 });
    server.requests.length = 0;
    const before = readSamples();
    const { stats } = await run(provider, { n: 2 });
    expect(server.requests).toEqual([]);
    expect(stats).toMatchObject({ requested: 6, resumed: 6, generated: 0, requests: 0 });
    expect(readSamples()).toEqual(before);
  });
});

describe("generate: concurrency and stopping", () => {
  it("keeps at most `concurrency` requests in flight", async () => {
    const server = await start({ latencyMs: 40 });
    const problems = ["a", "b", "c", "d", "e", "f"].map(problem);
    await run(openai(server, { maxN: 1 }), { problems, n: 2, concurrency: 3 });
    expect(server.stats.requests).toBe(12);
    expect(server.stats.maxInFlight).toBe(3);
    expectExact(readSamples(), 2, problems);
  });

  it("stops when the signal aborts: interrupted, no exception, and a re-run completes exactly", async () => {
    const server = await start({ latencyMs: 60 });
    const problems = ["a", "b", "c", "d", "e", "f", "g", "h"].map(problem);
    const provider = openai(server, { maxN: 1 });
    const controller = new AbortController();
    let stoppedAt = 0;
    const { interrupted, stats } = await run(provider, {
      problems,
      n: 2,
      concurrency: 2,
      signal: controller.signal,
      onEvent: (event) => {
        // Stop after the first answer, with the next requests in flight.
        if (event.type !== "progress" || stoppedAt) return;
        stoppedAt = performance.now();
        controller.abort();
      },
    });
    expect(performance.now() - stoppedAt).toBeLessThan(500);
    expect(interrupted).toBe(true);
    const partial = readSamples();
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(16);
    expect(stats.generated).toBe(partial.length);
    expect(stats.notGenerated).toEqual([]);

    const resumed = await run(provider, { problems, n: 2, concurrency: 4 });
    expect(resumed.interrupted).toBe(false);
    expect(resumed.stats.resumed).toBe(partial.length);
    expectExact(readSamples(), 2, problems);
  });

  it("stops promptly while waiting out a long Retry-After", async () => {
    const server = await start();
    server.faults.push({ kind: "status", status: 429, retryAfter: "30" });
    const controller = new AbortController();
    let waiting = 0;
    const { interrupted, stats } = await run(openai(server), {
      concurrency: 1,
      signal: controller.signal,
      onEvent: (event) => {
        // Stop once the loop has started waiting the 30 s out.
        if (event.type !== "retry") return;
        waiting = performance.now();
        setTimeout(() => controller.abort(), 50);
      },
    });
    expect(waiting).toBeGreaterThan(0);
    expect(performance.now() - waiting).toBeLessThan(1000);
    expect(interrupted).toBe(true);
    expect(stats.retries).toBe(1);
    expect(readSamples()).toEqual([]);
  });
});

describe("consecutiveRuns", () => {
  it("splits ascending ids into runs of consecutive ids, each at most max long", () => {
    expect(consecutiveRuns([0, 1, 2, 4, 5, 7], 2)).toEqual([[0, 1], [2], [4, 5], [7]]);
    expect(consecutiveRuns([0, 1, 2, 3], 10)).toEqual([[0, 1, 2, 3]]);
    expect(consecutiveRuns([3], 1)).toEqual([[3]]);
    expect(consecutiveRuns([], 5)).toEqual([]);
  });
});
