// End-to-end tests of `passk run` / `passk generate` against a real server on 127.0.0.1 that
// misbehaves on purpose: a 600 MB answer, a chunked endless one, an answer of the wrong shape, and
// one dripped a byte a second. Each is a failed attempt with its reason, retried, then reported as
// not generated; the rest of the run goes on, and nothing crashes. Runs the BUILT CLI.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { assertCliBuilt, passk } from "./helpers/cli.js";
import { correctReply, DEMO_PROBLEMS, demoProblems } from "./helpers/demo-model.js";
import { type FakeLlm, type Fault, startFakeLlm } from "./helpers/fake-llm-server.js";
import { removeWorkspaces, workspace } from "./helpers/workspace.js";

beforeAll(assertCliBuilt);
let servers: FakeLlm[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  removeWorkspaces();
});

/** A server answering correctly, except that its first requests take `faults` (one each). */
async function serverWith(...faults: Fault[]): Promise<FakeLlm> {
  const server = await startFakeLlm({ reply: (request) => correctReply(request) });
  server.faults.push(...faults);
  servers.push(server);
  return server;
}

const readLines = (path: string) =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/**
 * `passk <stage>` of n = 1 against `server` with one request in flight and two attempts per request:
 * the first problem's request takes both of the server's faults, the others are answered.
 */
function args(stage: "run" | "generate", server: FakeLlm, dir: string, ...extra: string[]): string[] {
  return [
    stage,
    ...(stage === "run" ? ["-k", "1"] : []),
    ...["--model", "vllm:m", "--base-url", `${server.url}/v1`, "--set", DEMO_PROBLEMS, "--n", "1"],
    ...[
      "--concurrency",
      "1",
      "--max-attempts",
      "2",
      "--out",
      dir,
      "--cache-dir",
      workspace(),
      "--no-progress",
    ],
    ...extra,
  ];
}

/** The run went on: one problem not generated for `reason`, every other one generated. */
function expectOneNotGenerated(dir: string, stderr: string, reason: RegExp): void {
  expect(stderr).toMatch(/1 samples NOT generated/);
  expect(stderr).toMatch(reason);
  expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
  const manifest = JSON.parse(readFileSync(join(dir, "run.json"), "utf8"));
  expect(manifest.generation.notGenerated).toHaveLength(1);
  expect(manifest.generation.notGenerated[0].reason).toMatch(reason);
  expect(manifest.generation.retries).toBe(1);
  const samples = readLines(join(dir, "samples.jsonl"));
  expect(samples).toHaveLength(demoProblems.length - 1);
  expect(samples.every((s) => typeof s.completion === "string" && s.completion !== "")).toBe(true);
}

describe("an answer larger than the cap", () => {
  it("600 MB with a Content-Length: one failed attempt, retried, then not generated; the run evaluates the rest", async () => {
    const big: Fault = { kind: "oversized", bytes: 600_000_000 };
    const server = await serverWith(big, big);
    const dir = join(workspace(), "run");
    const result = await passk(args("run", server, dir));
    expect(result.code, result.stderr).toBe(1);
    const url = `${server.url}/v1/completions`.replace(/[./]/g, "\\$&");
    expectOneNotGenerated(
      dir,
      result.stderr,
      new RegExp(`answer larger than 32 MiB from ${url}.*gave up after 2 attempts`),
    );
    // Refused on its headers: the server got little of its 600 MB out.
    for (const request of server.requests.slice(0, 2)) expect(request.sent ?? 0).toBeLessThan(64 * 1024 ** 2);
    const results = readLines(join(dir, "results.jsonl"));
    expect(results).toHaveLength(demoProblems.length - 1);
    expect(results.every((r) => r.passed === true)).toBe(true);
  });

  it("chunked and endless, under --max-answer-size 1MiB: stopped at the cap", async () => {
    const endless: Fault = { kind: "oversized", bytes: Number.POSITIVE_INFINITY, chunked: true };
    const server = await serverWith(endless, endless);
    const dir = join(workspace(), "run");
    const result = await passk(args("generate", server, dir, "--max-answer-size", "1MiB"));
    expect(result.code, result.stderr).toBe(1);
    expectOneNotGenerated(
      dir,
      result.stderr,
      /answer larger than 1 MiB from http:\/\/127\.0\.0\.1:\d+\/v1\/completions/,
    );
  });

  it("refuses a cap too small to hold an answer, before any request", async () => {
    const server = await serverWith();
    const result = await passk(
      args("generate", server, join(workspace(), "run"), "--max-answer-size", "100"),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--max-answer-size.*expected at least 1KiB \(got "100"\)/);
    expect(server.requests).toHaveLength(0);
  });
});

describe("a back-translation score larger than the cap", () => {
  it("under `rank --max-answer-size 1MiB`: stopped at the cap, scoring stops with what to do", async () => {
    const server = await serverWith();
    const dir = join(workspace(), "run");
    const run = await passk(args("run", server, dir));
    expect(run.code, run.stderr).toBe(0);
    server.faults.push({ kind: "oversized", bytes: Number.POSITIVE_INFINITY, chunked: true });
    const result = await passk([
      "rank",
      dir,
      "--back-translation",
      ...["--max-answer-size", "1MiB", "--max-attempts", "1", "--concurrency", "1"],
    ]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(
      /back-translation: .*answer larger than 1 MiB from http:\/\/127\.0\.0\.1:\d+\/v1\/completions/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
    // Stopped at the cap, not at the default 32 MiB.
    const scoring = server.requests.at(-1);
    expect(scoring?.sent ?? 0).toBeLessThan(8 * 1024 ** 2);
  });
});

describe("an answer of the wrong shape", () => {
  const numberText: Fault = {
    kind: "status",
    status: 200,
    body: JSON.stringify({ choices: [{ index: 0, text: 12345, finish_reason: "stop" }] }),
  };

  it('"text": 12345 is never an empty sample: not generated, naming the field; a re-run completes it', async () => {
    const server = await serverWith(numberText, numberText);
    const dir = join(workspace(), "run");
    const first = await passk(args("generate", server, dir));
    expect(first.code, first.stderr).toBe(1);
    expectOneNotGenerated(
      dir,
      first.stderr,
      /malformed answer: choices\[0\]\.text: expected a string, got number.*gave up after 2 attempts/,
    );
    const second = await passk(args("generate", server, dir));
    expect(second.code, second.stderr).toBe(0);
    expect(readLines(join(dir, "samples.jsonl"))).toHaveLength(demoProblems.length);
  });

  it('"content": 12345 in chat mode likewise', async () => {
    const body = JSON.stringify({ choices: [{ index: 0, message: { role: "assistant", content: 12345 } }] });
    const fault: Fault = { kind: "status", status: 200, body };
    const server = await serverWith(fault, fault);
    const dir = join(workspace(), "run");
    const result = await passk(args("generate", server, dir, "--mode", "chat"));
    expect(result.code, result.stderr).toBe(1);
    expectOneNotGenerated(
      dir,
      result.stderr,
      /malformed answer: choices\[0\]\.message\.content: expected a string or a list of parts, got number/,
    );
  });
});

describe("an answer dripped one byte per second", () => {
  it("is stopped by --request-timeout on every attempt, and the run goes on", async () => {
    const drip: Fault = { kind: "drip", intervalMs: 1000 };
    const server = await serverWith(drip, drip);
    const dir = join(workspace(), "run");
    const started = performance.now();
    const result = await passk(args("generate", server, dir, "--request-timeout", "1.5"));
    expect(result.code, result.stderr).toBe(1);
    expectOneNotGenerated(
      dir,
      result.stderr,
      /no complete answer within 1\.5 s \(gave up after 2 attempts\)/,
    );
    // Two attempts of 1.5 s and one backoff of at most 1 s, plus start-up: far from the minutes the drip needs.
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(server.requests[0]?.sent ?? 0).toBeGreaterThanOrEqual(1);
    expect(existsSync(join(dir, "results.jsonl"))).toBe(false);
  });
});
