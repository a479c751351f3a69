// Tests of the sampling loop when the server fails: every retryable fault is retried until exactly n
// samples are written, Retry-After is honoured (up to a limit), a request that keeps failing is
// reported as not generated while the others complete, and a permanent refusal stops the run with
// the samples kept. Offline providers report what they cannot serve the same way.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rejection } from "../../test/helpers/errors.js";
import type { FakeLlm, Fault } from "../../test/helpers/fake-llm-server.js";
import {
  expectExact,
  FAST,
  openai,
  PROBLEMS,
  problem,
  useGenerateKit,
} from "../../test/helpers/generate-kit.js";
import { ReferenceProvider, ReplayProvider } from "../providers/offline.js";
import type { GenerateEvent } from "./generate.js";

const { ws, start, run, readSamples } = useGenerateKit();

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

  it("stops at once on an exhausted quota (a 429 that no wait helps), with the server's message, samples kept", async () => {
    const quota = JSON.stringify({
      error: {
        message: "You exceeded your current quota, please check your plan and billing details.",
        type: "insufficient_quota",
        param: null,
        code: "insufficient_quota",
      },
    });
    let served = 0;
    const server: FakeLlm = await start({
      reply: () => {
        if (served++ === 3) server.faults.push({ kind: "status", status: 429, body: quota });
        return "    return a + b\n";
      },
    });
    const events: GenerateEvent[] = [];
    const started = performance.now();
    const error = await rejection(
      run(openai(server), {
        concurrency: 1,
        retry: { ...FAST, baseDelaySeconds: 5, maxDelaySeconds: 5 },
        onEvent: (event) => events.push(event),
      }),
    );
    expect(performance.now() - started).toBeLessThan(3000); // not one 5 s backoff
    expect(error.code).toBe("MODEL_ERROR");
    expect(error.message).toContain(
      "HTTP 429: You exceeded your current quota, please check your plan and billing details. (insufficient_quota",
    );
    expect(error.message).toContain(`4 samples are kept in ${join(ws.dir, "samples.jsonl")}`);
    expect(error.message).not.toContain("\n");
    expect(events.filter((e) => e.type === "retry")).toEqual([]);
    expect(server.requests).toHaveLength(2); // the quota was asked once, never again
    expectExact(readSamples(), 4, PROBLEMS.slice(0, 1));
  });

  it("stops when the server says x-should-retry: false, and retries a 4xx it says to retry", async () => {
    const stopped = await start();
    stopped.faults.push({ kind: "status", status: 503, headers: { "x-should-retry": "false" } });
    const error = await rejection(run(openai(stopped), { concurrency: 1 }));
    expect(error.code).toBe("MODEL_ERROR");
    expect(error.message).toMatch(/HTTP 503: .*the server says not to retry\)/);
    expect(stopped.requests).toHaveLength(1);

    const retried = await start();
    retried.faults.push({ kind: "status", status: 409, headers: { "x-should-retry": "true" } });
    retried.faults.push({ kind: "status", status: 400, headers: { "x-should-retry": "true" } });
    const { stats } = await run(openai(retried), { concurrency: 1 });
    expect(stats.retries).toBe(2);
    expect(stats.notGenerated).toEqual([]);
  });

  it("stops within firstContactSeconds when the server was never reached, naming it and what to do", async () => {
    const server = await start();
    const url = server.url;
    await server.close();
    const started = performance.now();
    const error = await rejection(
      run(openai(server), {
        retry: { ...FAST, firstContactSeconds: 0.3 },
        serverHint: "start it with `vllm serve fake-model`",
      }),
    );
    expect(performance.now() - started).toBeLessThan(5000);
    expect(error.code).toBe("MODEL_ERROR");
    expect(error.message).toContain(`${url}/v1/completions: connection refused`);
    expect(error.message).toMatch(
      /no request has reached the server \(\d+ tried\) — start it with `vllm serve fake-model`/,
    );
    expect(readSamples()).toEqual([]);
  });

  it("retries a refused connection as usual once the server has answered", async () => {
    let served = 0;
    const server: FakeLlm = await start({
      reply: () => {
        // The first problem is answered; then the server goes away. A request that reaches it on
        // the kept-alive connection before it has closed is dropped, never answered.
        if (++served === 4) {
          server.faults.push({ kind: "drop" });
          setTimeout(() => void server.close(), 0);
        }
        return "    return a + b\n";
      },
    });
    const { stats } = await run(openai(server), {
      concurrency: 1,
      retry: { ...FAST, maxAttempts: 3, firstContactSeconds: 0 },
    });
    expectExact(readSamples(), 4, PROBLEMS.slice(0, 1));
    expect(stats.notGenerated.map((entry) => entry.task_id)).toEqual(["demo/sub", "demo/mul"]);
    expect(stats.notGenerated[0]?.reason).toMatch(/connection refused.*gave up after 3 attempts/);
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
