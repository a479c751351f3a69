// Strict answer shapes, against a real server on 127.0.0.1 that answers 200 with a body of the wrong
// shape: each wrong field is a retryable "malformed answer" naming the field, never an empty or partial
// sample; the shapes real servers send (OpenAI, vLLM, llama.cpp's log-probs in the chat shape, a
// refusal, content parts) are read as before.
import { describe, expect, it } from "vitest";
import type { FakeLlm } from "../../test/helpers/fake-llm-server.js";
import { openai } from "../../test/helpers/generate-kit.js";
import { useFakeLlm } from "../../test/helpers/use-fake-llm.js";
import { AnthropicProvider } from "./anthropic.js";
import type { GenerationRequest, PromptProblem, Provider } from "./types.js";
import { ProviderError } from "./types.js";

const start = useFakeLlm();

const ADD: PromptProblem = {
  task_id: "demo/add",
  prompt: 'def add(a, b):\n    """Return the sum of a and b."""\n',
  entry_point: "add",
  canonical_solution: "    return a + b\n",
};

const request = (n = 1): GenerationRequest => ({
  problem: ADD,
  n,
  firstIndex: 0,
  params: { maxTokens: 50, stop: ["\ndef"], logprobs: true },
  signal: new AbortController().signal,
});

/** Serves `body` (a JSON value, or text) as the next answer, with status 200. */
function serve(server: FakeLlm, body: unknown): void {
  server.faults.push({
    kind: "status",
    status: 200,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** The message of the ProviderError that `provider.generate` fails with on `body`; it must be retryable. */
async function malformed(server: FakeLlm, provider: Provider, body: unknown, n = 1): Promise<string> {
  serve(server, body);
  const error = await provider.generate(request(n)).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, JSON.stringify(body)).toBeInstanceOf(ProviderError);
  expect((error as ProviderError).kind).toBe("retryable");
  return (error as ProviderError).message;
}

const choice = (extra: Record<string, unknown>) => ({
  choices: [{ index: 0, text: "    return a + b\n", finish_reason: "stop", logprobs: null, ...extra }],
  usage: { prompt_tokens: 10, completion_tokens: 5 },
});

describe("completions: a wrong shape is a malformed answer naming the field", () => {
  const cases: [string, unknown, string][] = [
    ["a number for the text", choice({ text: 12345 }), "choices[0].text: expected a string, got number"],
    ["no text", choice({ text: undefined }), "choices[0].text: expected a string, got nothing"],
    ["null text", choice({ text: null }), "choices[0].text: expected a string, got null"],
    ["a list for the answer", [1, 2], "top level: expected an object, got array"],
    ["null for the answer", null, "top level: expected an object, got null"],
    ["choices not a list", { choices: { 0: {} } }, "choices: expected a list, got object"],
    ["a choice that is not an object", { choices: ["text"] }, "choices[0]: expected an object, got string"],
    [
      "an index as a string",
      choice({ index: "0" }),
      "choices[0].index: expected a whole number ≥ 0, got string",
    ],
    ["a negative index", choice({ index: -1 }), "choices[0].index: expected a whole number ≥ 0, got number"],
    [
      "a number for finish_reason",
      choice({ finish_reason: 1 }),
      "choices[0].finish_reason: expected a string or null, got number",
    ],
    [
      "usage counts as strings",
      { ...choice({}), usage: { prompt_tokens: "10" } },
      "usage.prompt_tokens: expected a whole number ≥ 0, got string",
    ],
    [
      "a fractional usage count",
      { ...choice({}), usage: { completion_tokens: 1.5 } },
      "usage.completion_tokens: expected a whole number ≥ 0, got number",
    ],
    ["usage as a list", { ...choice({}), usage: [] }, "usage: expected an object, got array"],
    [
      "fewer log-probs than tokens",
      choice({ logprobs: { tokens: ["    return", " a"], token_logprobs: [-0.5] } }),
      "choices[0].logprobs.token_logprobs: expected one log-prob per token (2 tokens), got 1",
    ],
    [
      "a log-prob as a string",
      choice({ logprobs: { tokens: ["x"], token_logprobs: ["-0.5"] } }),
      "choices[0].logprobs.token_logprobs[0]: expected a finite number or null, got string",
    ],
    [
      "a token that is not a string",
      choice({ logprobs: { tokens: [7], token_logprobs: [-1] } }),
      "choices[0].logprobs.tokens[0]: expected a string, got number",
    ],
    [
      "log-probs without tokens",
      choice({ logprobs: { token_logprobs: [] } }),
      "choices[0].logprobs.tokens: expected a list, got nothing",
    ],
    [
      "log-probs of neither shape",
      choice({ logprobs: { top: 1 } }),
      "choices[0].logprobs: expected tokens and token_logprobs lists, or a content list; it has neither",
    ],
    ["log-probs as a number", choice({ logprobs: 3 }), "choices[0].logprobs: expected an object, got number"],
    [
      "the second choice wrong",
      {
        choices: [
          { index: 0, text: "a" },
          { index: 1, text: false },
        ],
      },
      "choices[1].text: expected a string, got boolean",
    ],
  ];
  for (const [what, body, field] of cases) {
    it(what, async () => {
      const server = await start();
      expect(await malformed(server, openai(server), body, 2)).toBe(
        `${server.url}/v1/completions: malformed answer: ${field}`,
      );
    });
  }

  it("refuses a log-prob too large for a double (1e999 parses as -Infinity)", async () => {
    const server = await start();
    const text = JSON.stringify(choice({ logprobs: { tokens: ["x"], token_logprobs: [-1] } })).replace(
      "-1]",
      "-1e999]",
    );
    expect(await malformed(server, openai(server), text)).toContain(
      "choices[0].logprobs.token_logprobs[0]: expected a finite number or null, got -Infinity",
    );
  });

  it("refuses NaN and Infinity, which are not JSON, as an answer that is not valid JSON", async () => {
    const server = await start();
    const text = JSON.stringify(choice({})).replace('"usage":{', '"usage":{"total_tokens":NaN,');
    expect(await malformed(server, openai(server), text)).toContain("the answer is not valid JSON");
  });
});

describe("completions: the shapes real servers send", () => {
  it("reads llama.cpp's log-probs (the chat shape on /completions), sorted by index", async () => {
    const server = await start();
    serve(server, {
      choices: [
        { index: 1, text: "    return b\n", finish_reason: "length", logprobs: null },
        {
          index: 0,
          text: "    return a + b\n",
          finish_reason: "stop",
          logprobs: {
            content: [
              { id: 1, token: "    return", logprob: -0.25, bytes: [], top_logprobs: [] },
              { token: " a + b\n", logprob: -0.5 },
            ],
          },
        },
      ],
      usage: { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 },
    });
    const response = await openai(server).generate(request(2));
    expect(response.samples).toEqual([
      {
        completion: "    return a + b\n",
        finishReason: "stop",
        logprobs: { sum: -0.75, mean: -0.375, tokens: 2 },
      },
      { completion: "    return b\n", finishReason: "length", logprobs: null },
    ]);
    expect(response.usage).toEqual({ inputTokens: 3, outputTokens: 4 });
  });

  it("allows index, finish_reason, logprobs and usage to be absent or null", async () => {
    const server = await start();
    serve(server, { choices: [{ text: "    return a + b\n", finish_reason: null }], usage: null });
    const response = await openai(server).generate(request());
    expect(response).toEqual({
      samples: [{ completion: "    return a + b\n", finishReason: null, logprobs: null }],
      usage: { inputTokens: 0, outputTokens: 0 },
    });
  });
});

describe("chat completions", () => {
  const chat = (server: FakeLlm) => openai(server, { mode: "chat" });
  const reply = (message: unknown, extra: Record<string, unknown> = {}) => ({
    choices: [{ index: 0, message, finish_reason: "stop", ...extra }],
  });

  it("makes a wrong message.content a malformed answer (never an empty sample)", async () => {
    const server = await start();
    const where = `${server.url}/v1/chat/completions: malformed answer:`;
    const cases: [unknown, string][] = [
      [
        reply({ role: "assistant", content: 12345 }),
        "choices[0].message.content: expected a string or a list of parts, got number",
      ],
      [
        reply({ role: "assistant", content: null }),
        "choices[0].message.content: expected a string or a list of parts, got null",
      ],
      [reply(undefined), "choices[0].message: expected an object, got nothing"],
      [
        reply({ content: [{ type: "text", text: 5 }] }),
        "choices[0].message.content[0].text: expected a string, got number",
      ],
      [
        reply({ content: [] }),
        "choices[0].message.content: expected a string or a list of parts with a text part, got none",
      ],
      [
        reply({ content: [{ text: "x" }] }),
        "choices[0].message.content[0].type: expected a string, got nothing",
      ],
      [
        reply({ content: "x", refusal: 1 }),
        "choices[0].message.refusal: expected a string or null, got number",
      ],
      [
        reply({ content: "x" }, { logprobs: { content: [{ token: "x", logprob: "-1" }] } }),
        "choices[0].logprobs.content[0].logprob: expected a finite number or null, got string",
      ],
      [
        reply({ content: "x" }, { logprobs: { content: [null] } }),
        "choices[0].logprobs.content[0]: expected an object, got null",
      ],
    ];
    for (const [body, field] of cases)
      expect(await malformed(server, chat(server), body)).toBe(`${where} ${field}`);
  });

  it("reads content parts, and a refusal as an empty sample that says so", async () => {
    const server = await start();
    serve(
      server,
      reply({
        content: [
          { type: "text", text: "```python\n" },
          { type: "text", text: "    return a + b\n```" },
        ],
      }),
    );
    const [parts] = (await chat(server).generate(request())).samples;
    expect(parts?.completion).toBe("    return a + b\n");
    serve(server, reply({ role: "assistant", content: null, refusal: "I can't help with that." }));
    const [refused] = (await chat(server).generate(request())).samples;
    expect(refused).toMatchObject({
      completion: "",
      raw: "",
      finishReason: "stop",
      extra: { refusal: "I can't help with that." },
    });
  });
});

describe("Anthropic Messages", () => {
  const anthropic = (server: FakeLlm) =>
    new AnthropicProvider({
      spec: "anthropic:c",
      model: "c",
      baseUrl: server.url,
      apiKey: "k-123456",
      timeoutSeconds: 10,
    });
  const message = (extra: Record<string, unknown>) => ({
    type: "message",
    content: [{ type: "text", text: "    return a + b\n" }],
    stop_reason: "end_turn",
    usage: { input_tokens: 5, output_tokens: 6 },
    ...extra,
  });

  it("makes each wrong field a malformed answer naming it", async () => {
    const server = await start();
    const where = `${server.url}/v1/messages: malformed answer:`;
    const cases: [unknown, string][] = [
      [
        message({ content: [{ type: "text", text: 12345 }] }),
        "content[0].text: expected a string, got number",
      ],
      [message({ content: "    return a + b\n" }), "content: expected a list, got string"],
      [message({ content: [7] }), "content[0]: expected an object, got number"],
      [message({ stop_reason: 3 }), "stop_reason: expected a string or null, got number"],
      [
        message({ usage: { input_tokens: -1 } }),
        "usage.input_tokens: expected a whole number ≥ 0, got number",
      ],
      [message({ usage: "5" }), "usage: expected an object, got string"],
    ];
    for (const [body, field] of cases)
      expect(await malformed(server, anthropic(server), body)).toBe(`${where} ${field}`);
  });

  it("gives no sample for an answer without a text block (the loop asks again), but keeps a refusal", async () => {
    const server = await start();
    serve(server, message({ content: [{ type: "thinking", thinking: "hmm" }], stop_reason: "max_tokens" }));
    expect((await anthropic(server).generate(request())).samples).toEqual([]);
    serve(server, message({ content: [], stop_reason: "refusal" }));
    const [refused] = (await anthropic(server).generate(request())).samples;
    expect(refused).toMatchObject({ completion: "", raw: "", finishReason: "refusal" });
  });
});

describe("scoring (back-translation)", () => {
  const score = (server: FakeLlm) =>
    openai(server).score({ context: "ab", continuation: "cd", signal: new AbortController().signal });
  const echoed = (logprobs: unknown) => ({ choices: [{ index: 0, text: "abcd", logprobs }] });

  it("makes a wrong shape a retryable malformed answer, and no log-probs at all a permanent refusal", async () => {
    const server = await start();
    const error = async (body: unknown) => {
      serve(server, body);
      return (await score(server).then(
        () => undefined,
        (e: unknown) => e,
      )) as ProviderError;
    };
    const empty = await error({ choices: [] });
    expect([empty.kind, empty.message]).toEqual([
      "retryable",
      `${server.url}/v1/completions: malformed answer: choices: expected at least one choice, got an empty list`,
    ]);
    const mismatch = await error(echoed({ tokens: ["ab", "cd"], token_logprobs: [null] }));
    expect(mismatch.kind).toBe("retryable");
    expect(mismatch.message).toContain(
      "choices[0].logprobs.token_logprobs: expected one log-prob per token (2 tokens), got 1",
    );
    const none = await error(echoed(null));
    expect(none.kind).toBe("permanent");
    expect(none.message).toContain("no prompt log-probabilities");
    serve(server, echoed({ tokens: ["ab", "cd"], token_logprobs: [null, -1.5] }));
    expect(await score(server)).toEqual({ sum: -1.5, mean: -1.5, tokens: 1 });
  });
});
