// The fake LLM server that provider tests and the generation benchmark run against: each protocol's
// shapes, stop and length cutting, echo and log-probs, keys, every fault as a client sees it, and load.
import { describe, expect, it } from "vitest";
import { DEFAULT_REPLY, type FakeLlm, fakeLogprob, tokenize } from "./helpers/fake-llm-server.js";
import { useFakeLlm } from "./helpers/use-fake-llm.js";

const start = useFakeLlm();

const OPENAI = { "content-type": "application/json" };
const ANTHROPIC = { "content-type": "application/json", "anthropic-version": "2023-06-01", "x-api-key": "k" };
const CODEX_STOPS = ["\nclass", "\ndef", "\n#", "\nif"];

function post(server: FakeLlm, path: string, body: unknown, headers: Record<string, string> = OPENAI) {
  return fetch(`${server.url}/v1${path}`, { method: "POST", headers, body: JSON.stringify(body) });
}

// A parsed response body: the assertions check its shape, so a type would only repeat them.
// biome-ignore lint/suspicious/noExplicitAny: see above
type Body = any;

const readJson = async (res: Response): Promise<Body> => res.json();

async function postJson(server: FakeLlm, path: string, body: unknown, headers?: Record<string, string>) {
  const res = await post(server, path, body, headers);
  return { status: res.status, headers: res.headers, body: await readJson(res) };
}

describe("/v1/completions", () => {
  it("answers in the text_completion shape, with the real API's default of 16 tokens", async () => {
    const server = await start();
    const { status, body } = await postJson(server, "/completions", {
      model: "m",
      prompt: "def f(items):\n",
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      object: "text_completion",
      model: "m",
      choices: [{ index: 0, logprobs: null }],
    });
    expect(body.id).toMatch(/^cmpl-/);
    expect(typeof body.created).toBe("number");
    expect(body.choices[0].text).toBe(tokenize(DEFAULT_REPLY).slice(0, 16).join(""));
    expect(body.choices[0].finish_reason).toBe("length");
    const promptTokens = tokenize("def f(items):\n").length;
    expect(body.usage).toEqual({
      prompt_tokens: promptTokens,
      completion_tokens: 16,
      total_tokens: promptTokens + 16,
    });
  });

  it("returns n choices, asking the reply script once per choice", async () => {
    const server = await start({ reply: (req, choice) => `    return ${choice}  # ${req.prompt.length}\n` });
    const { body } = await postJson(server, "/completions", {
      model: "m",
      prompt: "abc",
      n: 3,
      max_tokens: 50,
    });
    expect(body.choices.map((c: Body) => c.text)).toEqual([
      "    return 0  # 3\n",
      "    return 1  # 3\n",
      "    return 2  # 3\n",
    ]);
    expect(body.choices.map((c: Body) => c.index)).toEqual([0, 1, 2]);
    expect(body.choices.every((c: Body) => c.finish_reason === "stop")).toBe(true);
    expect(body.usage.completion_tokens).toBe(3 * tokenize("    return 0  # 3\n").length);
  });

  it("cuts at the first stop sequence (finish_reason stop), string or array", async () => {
    const server = await start();
    const request = { model: "m", prompt: "p", max_tokens: 300, stop: CODEX_STOPS };
    const { body } = await postJson(server, "/completions", request);
    expect(body.choices[0].text).toBe(DEFAULT_REPLY.slice(0, DEFAULT_REPLY.indexOf("\ndef")));
    expect(body.choices[0].finish_reason).toBe("stop");
    const single = await postJson(server, "/completions", { ...request, stop: "item" });
    expect(single.body.choices[0].text).toBe("    result = []\n    for ");
  });

  it("cuts at max_tokens (finish_reason length) when the limit comes before any stop sequence", async () => {
    const server = await start();
    const request = { model: "m", prompt: "p", max_tokens: 5, stop: CODEX_STOPS };
    const { body } = await postJson(server, "/completions", request);
    expect(body.choices[0].text).toBe("    result = ");
    expect(body.choices[0].finish_reason).toBe("length");
    expect(body.usage.completion_tokens).toBe(5);
  });

  it("returns per-token logprobs whose offsets count from the start of the prompt", async () => {
    const server = await start({ reply: () => "    return x + 1\n" });
    const { body } = await postJson(server, "/completions", {
      model: "m",
      prompt: "def f(x):\n",
      logprobs: 2,
    });
    const { text, logprobs } = body.choices[0];
    expect(logprobs.tokens.join("")).toBe(text);
    expect(logprobs.tokens).toEqual(tokenize("    return x + 1\n"));
    expect(logprobs.token_logprobs).toEqual(logprobs.tokens.map((t: string, i: number) => fakeLogprob(t, i)));
    expect(logprobs.token_logprobs.every((v: number) => v <= 0 && v >= -4)).toBe(true);
    expect(logprobs.text_offset.slice(0, 3)).toEqual([10, 14, 20]);
    for (const [i, top] of logprobs.top_logprobs.entries()) {
      expect(Object.keys(top)).toHaveLength(2);
      expect(top[logprobs.tokens[i]]).toBe(logprobs.token_logprobs[i]);
    }
  });

  it("echoes the prompt with max_tokens 0, its first token's logprob null, to score P(text)", async () => {
    let replies = 0;
    const server = await start({ reply: () => `${replies++}` });
    const prompt = 'def f(x):\n    """Add one."""';
    const { body } = await postJson(server, "/completions", {
      model: "m",
      prompt,
      max_tokens: 0,
      echo: true,
      logprobs: 0,
    });
    const choice = body.choices[0];
    expect(choice.text).toBe(prompt);
    expect(choice.logprobs.tokens).toEqual(tokenize(prompt));
    expect(choice.logprobs.token_logprobs[0]).toBeNull();
    expect(choice.logprobs.top_logprobs[0]).toBeNull();
    expect(choice.logprobs.token_logprobs.slice(1)).toEqual(
      tokenize(prompt)
        .slice(1)
        .map((t, i) => fakeLogprob(t, i + 1)),
    );
    expect(choice.logprobs.text_offset[0]).toBe(0);
    expect(body.usage.completion_tokens).toBe(0);
    expect(replies).toBe(0);
  });

  it("echo with a completion: the text and the logprobs start with the prompt", async () => {
    const server = await start({ reply: () => " world" });
    const { body } = await postJson(server, "/completions", {
      model: "m",
      prompt: "hello",
      echo: true,
      logprobs: 1,
    });
    expect(body.choices[0].text).toBe("hello world");
    expect(body.choices[0].logprobs.tokens).toEqual(["hello", " world"]);
    expect(body.choices[0].logprobs.text_offset).toEqual([0, 5]);
  });

  it("uses the log-probs a reply scripts, hashing the rest", async () => {
    const server = await start({ reply: () => ({ text: "a b c", logprobs: [-0.5, -1.5] }) });
    const { body } = await postJson(server, "/completions", { model: "m", prompt: "", logprobs: 0 });
    expect(body.choices[0].logprobs.token_logprobs).toEqual([-0.5, -1.5, fakeLogprob(" c", 2)]);
  });

  it("takes unscripted log-probs, echoed prompt tokens included, from the logprob option", async () => {
    const server = await start({
      reply: () => " b",
      logprob: (_token, index, req) => -(index + req.prompt.length / 10),
    });
    const request = { model: "m", prompt: "a a", echo: true, logprobs: 0 };
    const { body } = await postJson(server, "/completions", request);
    expect(body.choices[0].logprobs.token_logprobs).toEqual([null, -1.3, -0.3]);
  });

  it("answers logprobs null when configured like a server without log-probs", async () => {
    const server = await start({ logprobs: false });
    const { body } = await postJson(server, "/completions", { model: "m", prompt: "x", logprobs: 1 });
    expect(body.choices[0].logprobs).toBeNull();
  });
});

describe("/v1/chat/completions", () => {
  it("answers in the chat.completion shape with n choices", async () => {
    const server = await start({ reply: (req, i) => `reply ${i} to ${req.prompt}` });
    const messages = [
      { role: "system", content: "Write Python." },
      { role: "user", content: [{ type: "text", text: "Sort it." }] },
    ];
    const { body } = await postJson(server, "/chat/completions", { model: "gpt", messages, n: 2 });
    expect(body.id).toMatch(/^chatcmpl-/);
    expect(body.object).toBe("chat.completion");
    expect(body.choices).toEqual([
      {
        index: 0,
        message: { role: "assistant", content: "reply 0 to Sort it.", refusal: null },
        logprobs: null,
        finish_reason: "stop",
      },
      {
        index: 1,
        message: { role: "assistant", content: "reply 1 to Sort it.", refusal: null },
        logprobs: null,
        finish_reason: "stop",
      },
    ]);
    const promptTokens = tokenize("Write Python.").length + tokenize("Sort it.").length;
    expect(body.usage).toEqual({
      prompt_tokens: promptTokens,
      completion_tokens: 2 * tokenize("reply 0 to Sort it.").length,
      total_tokens: promptTokens + 2 * tokenize("reply 0 to Sort it.").length,
    });
  });

  it("returns logprobs.content entries with bytes, and top_logprobs when asked", async () => {
    const server = await start({ reply: () => "x = 'é'" });
    const messages = [{ role: "user", content: "go" }];
    const plain = await postJson(server, "/chat/completions", { model: "m", messages, logprobs: true });
    const content = plain.body.choices[0].logprobs.content;
    expect(content.map((c: Body) => c.token)).toEqual(tokenize("x = 'é'"));
    expect(content[0]).toEqual({ token: "x", logprob: fakeLogprob("x", 0), bytes: [120], top_logprobs: [] });
    for (const c of content) expect(Buffer.from(c.bytes).toString("utf8")).toBe(c.token);
    const top = await postJson(server, "/chat/completions", {
      model: "m",
      messages,
      logprobs: true,
      top_logprobs: 3,
    });
    const first = top.body.choices[0].logprobs.content[0];
    expect(first.top_logprobs).toHaveLength(3);
    expect(first.top_logprobs[0]).toEqual({ token: "x", logprob: first.logprob, bytes: [120] });
  });

  it("applies stop and max_completion_tokens / max_tokens", async () => {
    const server = await start();
    const messages = [{ role: "user", content: "go" }];
    const stopped = await postJson(server, "/chat/completions", { model: "m", messages, stop: ["\ndef"] });
    expect(stopped.body.choices[0]).toMatchObject({
      finish_reason: "stop",
      message: { content: DEFAULT_REPLY.split("\ndef")[0] },
    });
    const cut = await postJson(server, "/chat/completions", { model: "m", messages, max_tokens: 3 });
    expect(cut.body.choices[0]).toMatchObject({
      finish_reason: "length",
      message: { content: "    result " },
    });
    const cut2 = await postJson(server, "/chat/completions", {
      model: "m",
      messages,
      max_completion_tokens: 2,
    });
    expect(cut2.body.choices[0].message.content).toBe("    result");
  });
});

describe("/v1/messages (Anthropic)", () => {
  const messages = [{ role: "user", content: "Complete this." }];

  it("answers in the message shape with content blocks and usage", async () => {
    const server = await start();
    const request = { model: "claude", max_tokens: 1000, messages, system: "Be terse." };
    const { status, headers, body } = await postJson(server, "/messages", request, ANTHROPIC);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("application/json");
    expect(body).toMatchObject({
      type: "message",
      role: "assistant",
      model: "claude",
      content: [{ type: "text", text: DEFAULT_REPLY }],
      stop_reason: "end_turn",
      stop_sequence: null,
    });
    expect(body.id).toMatch(/^msg_/);
    expect(body.usage).toMatchObject({
      input_tokens: tokenize("Complete this.").length + tokenize("Be terse.").length,
      output_tokens: tokenize(DEFAULT_REPLY).length,
    });
  });

  it("says stop_sequence and max_tokens as Anthropic does", async () => {
    const server = await start();
    const stopped = await postJson(
      server,
      "/messages",
      { model: "c", max_tokens: 500, messages, stop_sequences: ["\ndef", "\n#"] },
      ANTHROPIC,
    );
    expect(stopped.body).toMatchObject({ stop_reason: "stop_sequence", stop_sequence: "\ndef" });
    expect(stopped.body.content[0].text).toBe(DEFAULT_REPLY.split("\ndef")[0]);
    const cut = await postJson(server, "/messages", { model: "c", max_tokens: 2, messages }, ANTHROPIC);
    expect(cut.body).toMatchObject({
      stop_reason: "max_tokens",
      content: [{ text: "    result" }],
      usage: { output_tokens: 2 },
    });
  });

  it("rejects what the real API rejects: no max_tokens, an `n`, no anthropic-version", async () => {
    const server = await start();
    const noMax = await postJson(server, "/messages", { model: "c", messages }, ANTHROPIC);
    expect(noMax.status).toBe(400);
    expect(noMax.body).toMatchObject({
      type: "error",
      error: { type: "invalid_request_error", message: "max_tokens: Field required" },
    });
    const withN = await postJson(
      server,
      "/messages",
      { model: "c", max_tokens: 10, messages, n: 2 },
      ANTHROPIC,
    );
    expect(withN.status).toBe(400);
    expect(withN.body.error.message).toMatch(/^n: Extra inputs/);
    const { "anthropic-version": _, ...noVersion } = ANTHROPIC;
    const unversioned = await postJson(
      server,
      "/messages",
      { model: "c", max_tokens: 10, messages },
      noVersion,
    );
    expect(unversioned.status).toBe(400);
    expect(unversioned.body.error.message).toMatch(/anthropic-version/);
  });
});

describe("keys, models and validation", () => {
  it("answers 401 echoing the key received (OpenAI Bearer and Anthropic x-api-key)", async () => {
    const server = await start({ apiKey: "sk-right" });
    const wrong = await postJson(
      server,
      "/completions",
      { model: "m", prompt: "x" },
      { ...OPENAI, authorization: "Bearer sk-wrong-123" },
    );
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toEqual({
      message: expect.stringContaining("sk-wrong-123"),
      type: "invalid_request_error",
      param: null,
      code: "invalid_api_key",
    });
    const missing = await postJson(server, "/chat/completions", {
      model: "m",
      messages: [{ role: "user", content: "x" }],
    });
    expect(missing.status).toBe(401);
    const right = await post(
      server,
      "/completions",
      { model: "m", prompt: "x" },
      { ...OPENAI, authorization: "Bearer sk-right" },
    );
    expect(right.status).toBe(200);
    const anthropic = await postJson(
      server,
      "/messages",
      { model: "c", max_tokens: 5, messages: [{ role: "user", content: "x" }] },
      { ...ANTHROPIC, "x-api-key": "sk-ant-leak" },
    );
    expect(anthropic.status).toBe(401);
    expect(anthropic.body).toMatchObject({
      type: "error",
      error: { type: "authentication_error", message: expect.stringContaining("sk-ant-leak") },
    });
  });

  it("404s an unknown model and lists the known ones in each protocol's shape", async () => {
    const server = await start({ models: ["gpt-fake", "claude-fake"] });
    const unknown = await postJson(server, "/completions", { model: "gpt-9", prompt: "x" });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: "model_not_found", type: "invalid_request_error" });
    expect(unknown.body.error.message).toContain("gpt-9");
    const unknownClaude = await postJson(
      server,
      "/messages",
      { model: "claude-9", max_tokens: 5, messages: [{ role: "user", content: "x" }] },
      ANTHROPIC,
    );
    expect(unknownClaude.body).toMatchObject({ type: "error", error: { type: "not_found_error" } });
    const openaiList = await readJson(await fetch(`${server.url}/v1/models`));
    expect(openaiList).toMatchObject({
      object: "list",
      data: [{ id: "gpt-fake", object: "model" }, { id: "claude-fake" }],
    });
    const anthropicList = await readJson(await fetch(`${server.url}/v1/models`, { headers: ANTHROPIC }));
    expect(anthropicList).toMatchObject({ data: [{ type: "model", id: "gpt-fake" }, {}], has_more: false });
  });

  it("caps choices at maxN and rejects more stop sequences than maxStop", async () => {
    const server = await start({ maxN: 2, maxStop: 4 });
    const capped = await postJson(server, "/completions", { model: "m", prompt: "x", n: 5 });
    expect(capped.body.choices).toHaveLength(2);
    const tooMany = await postJson(server, "/chat/completions", {
      model: "m",
      messages: [{ role: "user", content: "x" }],
      stop: ["a", "b", "c", "d", "e"],
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error).toMatchObject({
      type: "invalid_request_error",
      param: "stop",
      code: "array_above_max_length",
    });
    expect(tooMany.body.error.message).toContain("maximum length 4");
  });

  it("404s unknown paths, 400s bad JSON and bad parameters, 500s a reply script that throws", async () => {
    const server = await start({
      reply: () => {
        throw new Error("script broke");
      },
    });
    const lost = await postJson(server, "/engines/davinci/completions", {});
    expect(lost.status).toBe(404);
    expect(lost.body.error.message).toContain("/v1/engines/davinci/completions");
    const notJson = await fetch(`${server.url}/v1/completions`, {
      method: "POST",
      headers: OPENAI,
      body: "{",
    });
    expect(notJson.status).toBe(400);
    expect((await readJson(notJson)).error.type).toBe("invalid_request_error");
    const badN = await postJson(server, "/completions", { model: "m", prompt: "x", n: 0 });
    expect(badN.body.error).toMatchObject({ param: "n" });
    const hot = await postJson(
      server,
      "/messages",
      { model: "c", max_tokens: 5, temperature: 1.5, messages: [{ role: "user", content: "x" }] },
      ANTHROPIC,
    );
    expect(hot.status).toBe(400);
    const broken = await postJson(server, "/completions", { model: "m", prompt: "x" });
    expect(broken.status).toBe(500);
    expect(broken.body.error.message).toContain("script broke");
  });

  it("records every request: endpoint, parsed body, headers, prompt", async () => {
    const server = await start();
    await post(
      server,
      "/completions",
      { model: "m", prompt: "p1", seed: 7 },
      { ...OPENAI, authorization: "Bearer k" },
    );
    await post(
      server,
      "/messages",
      { model: "c", max_tokens: 5, messages: [{ role: "user", content: "p2" }] },
      ANTHROPIC,
    );
    expect(server.requests.map((r) => [r.endpoint, r.prompt])).toEqual([
      ["completions", "p1"],
      ["messages", "p2"],
    ]);
    expect(server.requests[0]?.body).toMatchObject({ seed: 7 });
    expect(server.requests[0]?.headers.authorization).toBe("Bearer k");
    expect(server.requests[1]?.headers["anthropic-version"]).toBe("2023-06-01");
  });
});

describe("faults", () => {
  const completion = { model: "m", prompt: "x", n: 4 };

  it("status: the status, Retry-After headers and the protocol's error body; then normal service", async () => {
    const server = await start();
    server.faults.push(
      { kind: "status", status: 429, retryAfter: "1", retryAfterMs: 250 },
      { kind: "status", status: 500 },
    );
    const limited = await postJson(server, "/completions", completion);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("1");
    expect(limited.headers.get("retry-after-ms")).toBe("250");
    expect(limited.body.error).toMatchObject({ type: "requests", code: "rate_limit_exceeded" });
    const failed = await postJson(server, "/completions", completion);
    expect(failed.status).toBe(500);
    expect(failed.body.error.type).toBe("server_error");
    expect((await post(server, "/completions", completion)).status).toBe(200);
    expect(server.faults).toHaveLength(0);
  });

  it("status: Anthropic's overloaded_error, and a custom body", async () => {
    const server = await start();
    server.faults.push({ kind: "status", status: 529 }, { kind: "status", status: 400, body: "nope" });
    const overloaded = await postJson(
      server,
      "/messages",
      { model: "c", max_tokens: 5, messages: [{ role: "user", content: "x" }] },
      ANTHROPIC,
    );
    expect(overloaded.status).toBe(529);
    expect(overloaded.body).toMatchObject({ type: "error", error: { type: "overloaded_error" } });
    const custom = await post(server, "/completions", completion);
    expect([custom.status, await custom.text()]).toEqual([400, "nope"]);
  });

  it("a fault with a path waits for a request to that endpoint", async () => {
    const server = await start();
    server.faults.push({ kind: "status", status: 503, path: "chat" });
    expect((await post(server, "/completions", completion)).status).toBe(200);
    expect(
      (await post(server, "/chat/completions", { model: "m", messages: [{ role: "user", content: "x" }] }))
        .status,
    ).toBe(503);
  });

  it("drop: fetch rejects", async () => {
    const server = await start();
    server.faults.push({ kind: "drop" });
    await expect(post(server, "/completions", completion)).rejects.toThrow(TypeError);
    expect((await post(server, "/completions", completion)).status).toBe(200);
  });

  it("hang: a client timeout fires first; a patient client gets the reply", async () => {
    const server = await start();
    server.faults.push({ kind: "hang", ms: 5_000 });
    const started = performance.now();
    const timedOut = fetch(`${server.url}/v1/completions`, {
      method: "POST",
      headers: OPENAI,
      body: JSON.stringify(completion),
      signal: AbortSignal.timeout(150),
    });
    await expect(timedOut).rejects.toThrow(/timeout|aborted/i);
    expect(performance.now() - started).toBeLessThan(2_000);
    server.faults.push({ kind: "hang", ms: 120 });
    const slow = performance.now();
    expect((await post(server, "/completions", completion)).status).toBe(200);
    expect(performance.now() - slow).toBeGreaterThanOrEqual(115);
  });

  it("malformed: 200 whose JSON parsing fails", async () => {
    const server = await start();
    server.faults.push({ kind: "malformed" });
    const res = await post(server, "/completions", completion);
    expect(res.status).toBe(200);
    await expect(res.json()).rejects.toThrow(SyntaxError);
  });

  it("truncated: 200 whose body read fails", async () => {
    const server = await start();
    server.faults.push({ kind: "truncated" });
    const res = await post(server, "/completions", completion);
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow(TypeError);
  });

  it("shortN: fewer choices than n; Anthropic: empty content", async () => {
    const server = await start();
    server.faults.push({ kind: "shortN" }, { kind: "shortN" });
    const short = await postJson(server, "/completions", completion);
    expect(short.status).toBe(200);
    expect(short.body.choices).toHaveLength(2);
    const empty = await postJson(
      server,
      "/messages",
      { model: "c", max_tokens: 5, messages: [{ role: "user", content: "x" }] },
      ANTHROPIC,
    );
    expect(empty.body.content).toEqual([]);
  });
});

describe("load", () => {
  it("holds every request in flight during the latency, and counts the peak", async () => {
    const server = await start({ latencyMs: 100 });
    const started = performance.now();
    const statuses = await Promise.all(
      Array.from({ length: 8 }, () =>
        post(server, "/completions", { model: "m", prompt: "x" }).then((r) => r.status),
      ),
    );
    const elapsed = performance.now() - started;
    expect(statuses).toEqual(Array(8).fill(200));
    expect(server.stats).toEqual({ requests: 8, inFlight: 0, maxInFlight: 8 });
    expect(elapsed).toBeGreaterThanOrEqual(98);
    expect(elapsed).toBeLessThan(8 * 100); // concurrent, not one after another
  });

  it("sustains 32 concurrent fetch loops at 50 ms latency (throughput reported, loosely checked)", async () => {
    const server = await start({ latencyMs: 50 });
    const body = JSON.stringify({
      model: "m",
      prompt: "def f(items):\n",
      max_tokens: 64,
      stop: CODEX_STOPS,
      logprobs: 1,
    });
    const deadline = performance.now() + 1_500;
    let done = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (performance.now() < deadline) {
          const res = await fetch(`${server.url}/v1/completions`, { method: "POST", headers: OPENAI, body });
          await res.json();
          done++;
        }
      }),
    );
    const perSecond = done / ((performance.now() - started) / 1000);
    console.log(
      `fake LLM server: ${perSecond.toFixed(0)} requests/s at 32 in flight, 50 ms latency (ideal 640)`,
    );
    expect(server.stats.maxInFlight).toBe(32);
    // Very loose, as the machine may be busy: handling requests one at a time would give 20/s. The
    // figure (about 580/s on an idle 2-core machine, the fetch client's own limit) is logged.
    expect(perSecond).toBeGreaterThan(60);
  });
});
