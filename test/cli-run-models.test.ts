// End-to-end tests of `passk run` and `passk generate` against a real HTTP server on 127.0.0.1 that
// speaks the OpenAI and Anthropic protocols: full run folders, completion and chat mode, faults and
// retries, permanent errors, the completion cache, and secrets. Runs the BUILT CLI.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { assertCliBuilt, passk } from "./helpers/cli.js";
import { correctReply, DEMO_PROBLEMS, demoProblems } from "./helpers/demo-model.js";
import { type FakeLlm, type FakeLlmOptions, startFakeLlm } from "./helpers/fake-llm-server.js";
import { removeWorkspaces, workspace } from "./helpers/workspace.js";

beforeAll(assertCliBuilt);
let servers: FakeLlm[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  removeWorkspaces();
});

async function fake(options: FakeLlmOptions = {}): Promise<FakeLlm> {
  const server = await startFakeLlm({ reply: (request) => correctReply(request), ...options });
  servers.push(server);
  return server;
}

function readLines(path: string): Record<string, unknown>[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Exactly completion_id 0 … n−1 once for every demo problem. */
function expectExactlyN(samples: Record<string, unknown>[], n: number): void {
  for (const problem of demoProblems) {
    const ids = samples.filter((s) => s.task_id === problem.task_id).map((s) => s.completion_id);
    expect(ids.sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: n }, (_, i) => i));
  }
  expect(samples).toHaveLength(n * demoProblems.length);
}

/** `passk run` against the fake server as an OpenAI-compatible (vLLM) server, then `extra` flags. */
const runServed = (server: FakeLlm, dir: string, cache: string, ...extra: string[]) => [
  "run",
  "-k",
  "1,2",
  "--model",
  "vllm:m",
  "--base-url",
  `${server.url}/v1`,
  ...common(dir, cache),
  ...extra,
];

const common = (dir: string, cache: string) => [
  "--set",
  DEMO_PROBLEMS,
  "--out",
  dir,
  "--cache-dir",
  cache,
  "--no-progress",
];

describe("passk run against an OpenAI-compatible server", () => {
  it("writes a full run folder in completion mode, cutting at stop sequences and keeping log-probs", async () => {
    const server = await fake({ maxStop: 4 });
    const dir = join(workspace(), "run");
    const result = await passk([
      "run",
      "-k",
      "1,2",
      "--model",
      "vllm:coder-base",
      "--base-url",
      `${server.url}/v1`,
      "--n",
      "3",
      ...common(dir, workspace()),
      "--json",
    ]);
    expect(result.stderr).toContain("run folder:");
    expect(result.code).toBe(0);
    for (const file of ["run.json", "samples.jsonl", "results.jsonl", "summary.json"])
      expect(existsSync(join(dir, file))).toBe(true);
    const samples = readLines(join(dir, "samples.jsonl"));
    expectExactlyN(samples, 3);
    for (const sample of samples) {
      expect(sample.completion).not.toContain("def unrelated");
      expect(sample.finish_reason).toBe("stop");
      const logprobs = sample.logprobs as { sum: number; mean: number; tokens: number };
      expect(logprobs.tokens).toBeGreaterThan(0);
      expect(logprobs.sum).toBeCloseTo(logprobs.mean * logprobs.tokens, 9);
    }
    // One request per problem, asking for n = 3, with at most 4 stop sequences (the server's limit).
    expect(server.requests).toHaveLength(demoProblems.length);
    for (const request of server.requests) {
      const body = request.body as { n: number; stop: string[]; temperature: number; top_p: number };
      expect(body.n).toBe(3);
      expect(body.stop).toHaveLength(4);
      expect([body.temperature, body.top_p]).toEqual([0.8, 0.95]);
    }
    const summary = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(summary["pass@1"]).toBe(1);
    expect(summary.simulated).toBe(false);
    const manifest = JSON.parse(readFileSync(join(dir, "run.json"), "utf8"));
    expect(manifest.model).toMatchObject({ spec: "vllm:coder-base", provider: "openai", mode: "completion" });
    expect(manifest.params).toMatchObject({ n: 3, temperature: 0.8, topP: 0.95, maxTokens: 512 });
    expect(manifest.dataset.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.evaluation.isolation.level).toBeTruthy();
    expect(manifest.generation).toMatchObject({ requested: 18, generated: 18, retries: 0 });
  });

  it("runs chat mode: extracts the code from the reply and keeps the reply beside it", async () => {
    const server = await fake();
    const dir = join(workspace(), "run");
    const result = await passk([
      "run",
      "-k",
      "1,2",
      "--model",
      "ollama:qwen2.5-coder:7b",
      "--base-url",
      `${server.url}/v1`,
      "--n",
      "2",
      ...common(dir, workspace()),
    ]);
    expect(result.code, result.stderr).toBe(0);
    const samples = readLines(join(dir, "samples.jsonl"));
    expectExactlyN(samples, 2);
    expect(samples[0]?.raw).toContain("Here is the implementation");
    expect(samples[0]?.extraction).toBeTruthy();
    // Ollama ignores n: the preset asks for one sample per request.
    expect(server.requests).toHaveLength(2 * demoProblems.length);
    expect(server.requests[0]?.body).toMatchObject({ model: "qwen2.5-coder:7b" });
    const results = readLines(join(dir, "results.jsonl"));
    expect(results.every((r) => r.passed === true)).toBe(true);
  });

  it("runs Anthropic's Messages API", async () => {
    const server = await fake({ apiKey: "sk-ant-test-0123456789" });
    const dir = join(workspace(), "run");
    const result = await passk(
      [
        "run",
        "-k",
        "1,2",
        "--model",
        "anthropic:claude-test",
        "--base-url",
        server.url,
        "--n",
        "1",
        ...common(dir, workspace()),
      ],
      undefined,
      { PASSK_API_KEY: "sk-ant-test-0123456789" },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(readLines(join(dir, "results.jsonl")).every((r) => r.passed === true)).toBe(true);
    expect(server.requests[0]?.headers["anthropic-version"]).toBe("2023-06-01");
  });

  it("survives 429 with Retry-After, 500, 503, dropped connections, malformed and truncated answers, and hangs", async () => {
    const server = await fake();
    server.faults.push(
      { kind: "status", status: 429, retryAfter: "1" },
      { kind: "status", status: 500 },
      { kind: "status", status: 503 },
      { kind: "drop" },
      { kind: "malformed" },
      { kind: "truncated" },
      { kind: "hang", ms: 5000 },
    );
    const dir = join(workspace(), "run");
    const result = await passk(
      runServed(server, dir, workspace(), "--n", "2", "--request-timeout", "1", "--concurrency", "2"),
    );
    expect(result.code, result.stderr).toBe(0);
    expectExactlyN(readLines(join(dir, "samples.jsonl")), 2);
    const manifest = JSON.parse(readFileSync(join(dir, "run.json"), "utf8"));
    expect(manifest.generation.retries).toBe(7);
    expect(manifest.generation.notGenerated).toEqual([]);
  });

  it("reports samples it could not generate, exits 1, and a re-run completes them", async () => {
    const server = await fake();
    server.faults.push(
      ...Array.from({ length: 2 }, () => ({
        kind: "status" as const,
        status: 500,
        path: "completions" as const,
      })),
    );
    const dir = join(workspace(), "run");
    const cache = workspace();
    const args = [
      "run",
      "-k",
      "1,2",
      "--model",
      "vllm:m",
      "--base-url",
      `${server.url}/v1`,
      "--n",
      "2",
      "--max-attempts",
      "2",
      "--concurrency",
      "1",
      ...common(dir, cache),
    ];
    const first = await passk(args);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/2 samples NOT generated/);
    expect(first.stderr).toMatch(/HTTP 500.*gave up after 2 attempts/);
    const manifest = JSON.parse(readFileSync(join(dir, "run.json"), "utf8"));
    expect(manifest.generation.notGenerated).toHaveLength(1);
    const second = await passk(args);
    expect(second.code, second.stderr).toBe(0);
    expectExactlyN(readLines(join(dir, "samples.jsonl")), 2);
    expect(JSON.parse(readFileSync(join(dir, "summary.json"), "utf8"))["pass@2"]).toBe(1);
  });

  it("stops at once on a bad key with one clear message that does not show the key", async () => {
    const server = await fake({ apiKey: "the-right-key-123456" });
    const dir = join(workspace(), "run");
    const wrong = "sk-wrong-key-abcdef0123456789";
    const result = await passk(
      runServed(server, dir, workspace(), "--api-key-env", "MY_KEY", "--n", "5"),
      undefined,
      { MY_KEY: wrong },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/HTTP 401/);
    expect(result.stderr).toMatch(/the run was stopped/);
    expect(result.stderr).not.toContain(wrong);
    expect(result.stderr).not.toContain("abcdef0123456789");
    // The key did reach the server (so the test would see a leak), and the run did not go on.
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${wrong}`);
    expect(server.requests.length).toBeLessThanOrEqual(8);
    expect(
      result.stderr
        .trim()
        .split("\n")
        .filter((l) => l.includes("error:")),
    ).toHaveLength(1);
  });

  it("stops within seconds on Anthropic's spend limit (a 429 no wait helps): one line, the server's message, samples kept", async () => {
    let replies = 0;
    const server: FakeLlm = await fake({
      reply: (request) => {
        if (++replies === 2) {
          server.faults.push({
            kind: "status",
            status: 429,
            retryAfter: "30",
            body: JSON.stringify({
              type: "error",
              error: {
                type: "rate_limit_error",
                message: "You have reached your specified API usage limits.",
                details: { error_code: "enforced_spend_limit_reached" },
              },
            }),
          });
        }
        return correctReply(request);
      },
    });
    const dir = join(workspace(), "run");
    const started = performance.now();
    const result = await passk(
      [
        "generate",
        "--model",
        "anthropic:claude-test",
        "--base-url",
        server.url,
        "--n",
        "3",
        "--concurrency",
        "1",
        ...common(dir, workspace()),
      ],
      undefined,
      { PASSK_API_KEY: "sk-ant-test-0123456789" },
    );
    expect(performance.now() - started).toBeLessThan(20_000); // not a 30 s Retry-After, not 6 attempts
    expect(result.code).toBe(1);
    const errors = result.stderr.split("\n").filter((line) => line.includes("error:"));
    expect(errors).toEqual([
      expect.stringMatching(
        /^passk: error: anthropic:claude-test: .*HTTP 429: You have reached your specified API usage limits\. \(enforced_spend_limit_reached: .*\) — the run was stopped \(2 samples are kept in /,
      ),
    ]);
    expect(readLines(join(dir, "samples.jsonl"))).toHaveLength(2);
    expect(server.requests).toHaveLength(3);
  });

  it("runs every configuration of a config file's `runs` list, flags overriding the file", async () => {
    const server = await fake();
    const cwd = workspace();
    const config = join(cwd, "passk.json");
    writeFileSync(
      config,
      JSON.stringify({
        problems: DEMO_PROBLEMS,
        n: 3,
        timeout: 1.5, // an evaluation setting: a config file sets it as a flag would
        runs: [
          { model: "reference", out: "runs/reference" },
          { model: "vllm:m", baseUrl: `${server.url}/v1`, temperature: 0.2, out: "runs/served" },
        ],
      }),
    );
    const result = await passk(
      ["run", "--config", config, "--n", "2", "--cache-dir", workspace(), "--no-progress"],
      cwd,
    );
    expect(result.code, result.stderr).toBe(0);
    const manifest = (name: string) => JSON.parse(readFileSync(join(cwd, "runs", name, "run.json"), "utf8"));
    expect(manifest("reference").model.spec).toBe("reference");
    expect(manifest("served").params).toMatchObject({ n: 2, temperature: 0.2 });
    expect(manifest("served").evaluation.limits).toMatchObject({ timeout: 1.5, wallTimeout: 3 });
    expect(readLines(join(cwd, "runs", "served", "samples.jsonl"))).toHaveLength(2 * demoProblems.length);
    expect(JSON.parse(readFileSync(join(cwd, "runs", "reference", "summary.json"), "utf8"))["pass@1"]).toBe(
      1,
    );

    writeFileSync(config, JSON.stringify({ n: 0, modle: "x" }));
    const bad = await passk(["run", "--config", config], cwd);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${config}: field "n"`);
    expect(bad.stderr).toMatch(/modle/);
  });

  it("lists every sample as not generated when every request fails, and evaluates nothing", async () => {
    const server = await fake();
    // Each problem's one request (n = 2), tried twice. (A server that is not there at all is not
    // retried like this: see cli-run-folders.test.ts.)
    server.faults.push(
      ...Array.from({ length: 2 * demoProblems.length }, () => ({ kind: "status" as const, status: 503 })),
    );
    const dir = join(workspace(), "run");
    const result = await passk([
      "run",
      "--model",
      "vllm:m",
      "--base-url",
      `${server.url}/v1`,
      "--n",
      "2",
      "--max-attempts",
      "2",
      ...common(dir, workspace()),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/12 samples NOT generated/);
    expect(result.stderr).toMatch(/HTTP 503.*gave up after 2 attempts/);
    expect(existsSync(join(dir, "results.jsonl"))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(dir, "run.json"), "utf8"));
    expect(manifest.generation.notGenerated).toHaveLength(demoProblems.length);
    expect(manifest.generation).toMatchObject({ requests: 12, retries: 6 });
  });

  it("stops on an unknown model", async () => {
    const server = await fake({ models: ["real-model"] });
    const result = await passk([
      "run",
      "-k",
      "1,2",
      "--model",
      "vllm:nope",
      "--base-url",
      `${server.url}/v1`,
      ...common(join(workspace(), "run"), workspace()),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/HTTP 404.*nope/);
  });

  it("answers a repeated configuration from the cache, without a single request", async () => {
    const server = await fake();
    const cache = workspace();
    const args = (dir: string) => [
      "generate",
      "--model",
      "vllm:m",
      "--base-url",
      `${server.url}/v1`,
      "--n",
      "3",
      ...common(dir, cache),
    ];
    const first = join(workspace(), "a");
    const second = join(workspace(), "b");
    expect((await passk(args(first))).code).toBe(0);
    const requests = server.stats.requests;
    const again = await passk(args(second));
    expect(again.code, again.stderr).toBe(0);
    expect(server.stats.requests).toBe(requests);
    expect(again.stderr).toContain("18 from the cache");
    const strip = (rows: Record<string, unknown>[]) =>
      rows.map((r) => [r.task_id, r.completion_id, r.completion]).sort();
    expect(strip(readLines(join(second, "samples.jsonl")))).toEqual(
      strip(readLines(join(first, "samples.jsonl"))),
    );
    // generate writes samples only.
    expect(existsSync(join(second, "results.jsonl"))).toBe(false);
  });

  it("keeps API keys out of every file and never sends OPENAI_API_KEY to another server", async () => {
    const server = await fake();
    const key = "sk-secret-do-not-leak-0123456789";
    const dir = join(workspace(), "run");
    const result = await passk(runServed(server, dir, workspace(), "--n", "1", "--json"), undefined, {
      OPENAI_API_KEY: key,
      PASSK_API_KEY: key,
    });
    expect(result.code, result.stderr).toBe(0);
    // PASSK_API_KEY is meant for this server; OPENAI_API_KEY alone would not have been sent.
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${key}`);
    for (const file of ["run.json", "samples.jsonl", "results.jsonl", "summary.json", "results.run.json"]) {
      expect(readFileSync(join(dir, file), "utf8")).not.toContain(key);
    }
    expect(result.stdout + result.stderr).not.toContain(key);

    const only = await fake();
    const other = await passk(
      [
        "generate",
        "--model",
        "vllm:m",
        "--base-url",
        `${only.url}/v1`,
        "--n",
        "1",
        ...common(join(workspace(), "run"), workspace()),
      ],
      undefined,
      { OPENAI_API_KEY: key, PASSK_API_KEY: "" },
    );
    expect(other.code, other.stderr).toBe(0);
    expect(only.requests.every((r) => r.headers.authorization === undefined)).toBe(true);
  });

  it("never lets a sample see the API key in the sandbox", async () => {
    const key = "sk-sandbox-secret-0123456789";
    const probe =
      "    import os\n" +
      "    seen = repr(dict(os.environ))\n" +
      "    for pid in os.listdir('/proc'):\n" +
      "        try:\n" +
      "            seen += open('/proc/' + pid + '/environ', 'rb').read().decode('latin-1')\n" +
      "        except Exception:\n" +
      "            pass\n" +
      "    raise RuntimeError('ENV[' + seen + ']')\n";
    const server = await fake({ reply: () => probe });
    const dir = join(workspace(), "run");
    const result = await passk(runServed(server, dir, workspace(), "--n", "1"), undefined, {
      PASSK_API_KEY: key,
    });
    expect(result.code, result.stderr).toBe(0);
    const results = readLines(join(dir, "results.jsonl"));
    // The probe ran and reported what it saw (the positive control), and that was not the key.
    expect(results.some((r) => String(r.result).includes("ENV["))).toBe(true);
    expect(readFileSync(join(dir, "results.jsonl"), "utf8")).not.toContain(key);
  });
});
