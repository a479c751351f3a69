// Tests of the sampling loop with the real OpenAI provider against the fake server (completion mode):
// exactly n samples per problem whatever the server does — fewer choices than asked, every retryable
// fault, attempts exhausted, a permanent refusal, an abort — and the cache, resuming, the concurrency
// bound, stop sequences and log-probs as they end up in samples.jsonl.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rejection } from "../../test/helpers/errors.js";
import {
  DEFAULT_REPLY,
  type FakeLlm,
  type Fault,
  fakeLogprob,
  tokenize,
  useFakeLlm,
} from "../../test/helpers/fake-llm-server.js";
import { useWorkspace } from "../../test/helpers/workspace.js";
import { ReferenceProvider, ReplayProvider } from "../providers/offline.js";
import { type OpenAIOptions, OpenAIProvider } from "../providers/openai.js";
import type { PromptProblem, Provider, SamplingParams } from "../providers/types.js";
import { promptKey, samplingParams } from "../run/config.js";
import type { SampleRecord } from "../run/types.js";
import { CompletionCache } from "./cache.js";
import { consecutiveRuns, type GenerateEvent, type GenerateOptions, generate } from "./generate.js";
import type { RetryPolicy } from "./retry.js";

const ws = useWorkspace();

const start = useFakeLlm();

const problem = (name: string): PromptProblem => ({
  task_id: `demo/${name}`,
  prompt: `def ${name}(a, b):\n    """Combine a and b."""\n`,
  entry_point: name,
  canonical_solution: "    return a + b\n",
});
const PROBLEMS = ["add", "sub", "mul"].map(problem);

const PARAMS: SamplingParams = { ...samplingParams({ seed: 1000 }, "completion"), maxTokens: 100 };
// Tiny backoff: the tests wait for Retry-After and deadlines, not for jitter.
const FAST: RetryPolicy = {
  maxAttempts: 10,
  baseDelaySeconds: 0.01,
  maxDelaySeconds: 0.02,
  maxRetryAfterSeconds: 600,
};

function openai(server: FakeLlm, extra: Partial<OpenAIOptions> = {}): OpenAIProvider {
  return new OpenAIProvider({
    spec: "vllm:fake-model",
    model: "fake-model",
    baseUrl: `${server.url}/v1`,
    mode: "completion",
    maxN: 20,
    maxStop: 4,
    timeoutSeconds: 10,
    ...extra,
  });
}

/** Runs generate() with the test defaults; the events it emitted are returned beside the result. */
async function run(provider: Provider, extra: Partial<GenerateOptions> = {}) {
  const events: GenerateEvent[] = [];
  const params = extra.params ?? PARAMS;
  const result = await generate({
    provider,
    problems: PROBLEMS,
    n: 4,
    params,
    samplesPath: join(ws.dir, "samples.jsonl"),
    keyOf: (p) => promptKey(provider.info, params, p),
    retry: FAST,
    random: () => 0.5,
    onEvent: (event) => events.push(event),
    ...extra,
  });
  return { ...result, events };
}

function readSamples(path = join(ws.dir, "samples.jsonl")): SampleRecord[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as SampleRecord);
}

/** Every problem has exactly the ids 0 … n−1, once each. */
function expectExact(
  records: SampleRecord[],
  n: number,
  problems: readonly PromptProblem[] = PROBLEMS,
): void {
  for (const p of problems) {
    const ids = records.filter((r) => r.task_id === p.task_id).map((r) => r.completion_id);
    expect(
      ids.sort((a, b) => a - b),
      p.task_id,
    ).toEqual(Array.from({ length: n }, (_, i) => i));
  }
  expect(records).toHaveLength(n * problems.length);
}

const bodies = (server: FakeLlm) =>
  server.requests.map((r) => r.body as { n: number; seed: number; prompt: string });

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
    expect(events.at(-1)).toMatchObject({ type: "progress", done: 12, total: 12, requests: 3 });
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

describe("generate: faults", () => {
  const faults: [string, Fault][] = [
    ["HTTP 500", { kind: "status", status: 500 }],
    ["HTTP 503", { kind: "status", status: 503 }],
    ["HTTP 429 without Retry-After", { kind: "status", status: 429 }],
    ["a dropped connection", { kind: "drop" }],
    ["a body that is not JSON", { kind: "malformed" }],
    ["a body cut short", { kind: "truncated" }],
    ["a hung request (provider deadline 0.5 s)", { kind: "hang", ms: 5000 }],
    ["fewer choices than asked (half)", { kind: "shortN" }],
  ];
  for (const [what, fault] of faults) {
    it(`recovers from ${what}`, async () => {
      const server = await start();
      server.faults.push(fault);
      const { stats } = await run(openai(server, { timeoutSeconds: fault.kind === "hang" ? 0.5 : 10 }));
      expectExact(readSamples(), 4);
      expect(stats.notGenerated).toEqual([]);
      // shortN is not an error: the missing half is simply asked for again.
      expect(stats.retries).toBe(fault.kind === "shortN" ? 0 : 1);
    });
  }

  it("counts one retry per fault when many faults hit many requests", async () => {
    const server = await start();
    const injected: Fault[] = [
      { kind: "status", status: 500 },
      { kind: "status", status: 503 },
      { kind: "drop" },
      { kind: "malformed" },
      { kind: "truncated" },
      { kind: "hang", ms: 5000 },
      { kind: "status", status: 502 },
    ];
    server.faults.push(...injected);
    const { stats, events } = await run(openai(server, { timeoutSeconds: 0.5 }), { n: 6 });
    expectExact(readSamples(), 6);
    expect(stats.retries).toBe(injected.length);
    expect(events.filter((e) => e.type === "retry")).toHaveLength(injected.length);
    expect(server.faults).toEqual([]);
  });

  it("waits at least the Retry-After of a 429 before trying that request again", async () => {
    const arrivals: number[] = [];
    const server = await start({
      reply: () => {
        arrivals.push(performance.now());
        return "    return a + b\n";
      },
    });
    server.faults.push({ kind: "status", status: 429, retryAfter: "1" });
    let failedAt = 0;
    const { stats } = await run(openai(server), {
      problems: PROBLEMS.slice(0, 1),
      n: 1,
      random: () => 0, // no jitter: any wait comes from Retry-After
      onEvent: (event) => {
        if (event.type === "retry") failedAt = performance.now();
      },
    });
    expect(failedAt).toBeGreaterThan(0);
    expect(arrivals).toHaveLength(1);
    // The retry event comes after the 429 arrived, so this is a lower bound on the real gap.
    expect((arrivals[0] as number) - failedAt).toBeGreaterThanOrEqual(995);
    expect(stats.retries).toBe(1);
    expectExact(readSamples(), 1, PROBLEMS.slice(0, 1));
  });

  it("reports a retry with its attempt, delay and the server's message", async () => {
    const server = await start();
    server.faults.push({ kind: "status", status: 429, retryAfter: "0.05" });
    const events: GenerateEvent[] = [];
    await run(openai(server), { problems: PROBLEMS.slice(0, 1), n: 1, onEvent: (e) => events.push(e) });
    const retry = events.find((e) => e.type === "retry");
    expect(retry).toMatchObject({ type: "retry", taskId: "demo/add", attempt: 1 });
    expect(retry?.type === "retry" && retry.delaySeconds).toBeGreaterThanOrEqual(0.05);
    expect(retry?.type === "retry" && retry.message).toContain("HTTP 429");
  });

  it("gives up after maxAttempts, reports why, and completes the other problems", async () => {
    const server = await start();
    server.faults.push(...Array.from({ length: 3 }, (): Fault => ({ kind: "status", status: 500 })));
    const { stats, interrupted } = await run(openai(server), {
      retry: { ...FAST, maxAttempts: 3 },
      concurrency: 1, // the first problem's request takes all three faults
    });
    expect(interrupted).toBe(false);
    expect(stats.notGenerated).toHaveLength(1);
    const [missing] = stats.notGenerated;
    expect(missing?.task_id).toBe("demo/add");
    expect(missing?.completion_ids).toEqual([0, 1, 2, 3]);
    expect(missing?.reason).toContain("HTTP 500");
    expect(missing?.reason).toContain("gave up after 3 attempts");
    expect(stats.retries).toBe(2);
    expectExact(readSamples(), 4, PROBLEMS.slice(1));
    expect(stats.generated).toBe(8);
  });

  it("does not wait for a Retry-After longer than maxRetryAfterSeconds", async () => {
    const server = await start();
    server.faults.push({ kind: "status", status: 429, retryAfter: "3600" });
    const started = performance.now();
    const { stats } = await run(openai(server), {
      retry: { ...FAST, maxRetryAfterSeconds: 60 },
      concurrency: 1,
    });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(stats.notGenerated).toEqual([
      {
        task_id: "demo/add",
        completion_ids: [0, 1, 2, 3],
        reason: expect.stringContaining("asked to wait 3600 s"),
      },
    ]);
    expectExact(readSamples(), 4, PROBLEMS.slice(1));
  });

  it("stops on a permanent refusal (401) with MODEL_ERROR, without the key the server echoed", async () => {
    const key = "sk-proj-wrongKEY0123456789";
    const server = await start({ apiKey: "the-right-key" });
    const error = await rejection(run(openai(server, { apiKey: key })));
    expect(error.code).toBe("MODEL_ERROR");
    expect(error.message).toContain("vllm:fake-model");
    expect(error.message).toContain("HTTP 401");
    expect(error.message).not.toContain(key);
    expect(error.message).not.toContain("wrongKEY");
    expect(error.message).toContain("Incorrect API key provided: [redacted]"); // the echo was there
    // It stopped: no request was retried.
    expect(server.requests.length).toBeLessThanOrEqual(PROBLEMS.length);
  });

  it("keeps the samples written before a permanent refusal, and says how many", async () => {
    let served = 0;
    const server: FakeLlm = await start({
      reply: () => {
        // After the first problem's request, the next one is refused.
        if (served++ === 3) server.faults.push({ kind: "status", status: 403 });
        return "    return a + b\n";
      },
    });
    const error = await rejection(run(openai(server), { concurrency: 1 }));
    expect(error.code).toBe("MODEL_ERROR");
    expect(error.message).toContain("HTTP 403");
    expect(error.message).toContain(`4 samples are kept in ${join(ws.dir, "samples.jsonl")}`);
    expectExact(readSamples(), 4, PROBLEMS.slice(0, 1));
  });

  it("reports a problem the provider cannot serve as not generated, and goes on", async () => {
    const problems = [{ ...problem("none"), canonical_solution: "" }, ...PROBLEMS];
    const { stats } = await run(new ReferenceProvider(), { problems });
    expect(stats.notGenerated).toEqual([
      {
        task_id: "demo/none",
        completion_ids: [0, 1, 2, 3],
        reason: "demo/none: the problem file has no canonical_solution",
      },
    ]);
    expectExact(readSamples(), 4);
  });

  it("reports the samples a replay file is short of", async () => {
    const file = ws.write(
      "replayed.jsonl",
      PROBLEMS.flatMap((p, i) =>
        Array.from(
          { length: i === 0 ? 2 : 4 },
          (_, id) => `${JSON.stringify({ task_id: p.task_id, completion: `c${id}` })}\n`,
        ),
      ).join(""),
    );
    const { stats } = await run(await ReplayProvider.open(file));
    expect(stats.notGenerated).toEqual([
      {
        task_id: "demo/add",
        completion_ids: [2, 3],
        reason: expect.stringContaining("fewer than the 4 asked for"),
      },
    ]);
    expect(
      readSamples()
        .filter((r) => r.task_id === "demo/add")
        .map((r) => r.completion),
    ).toEqual(["c0", "c1"]);
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
    expect(error.details[0]).toContain("made with another model, parameters or prompt");
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

describe("consecutiveRuns", () => {
  it("splits ascending ids into runs of consecutive ids, each at most max long", () => {
    expect(consecutiveRuns([0, 1, 2, 4, 5, 7], 2)).toEqual([[0, 1], [2], [4, 5], [7]]);
    expect(consecutiveRuns([0, 1, 2, 3], 10)).toEqual([[0, 1, 2, 3]]);
    expect(consecutiveRuns([3], 1)).toEqual([[3]]);
    expect(consecutiveRuns([], 5)).toEqual([]);
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
