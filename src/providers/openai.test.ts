// Tests of the OpenAI-compatible provider against the fake server: the request bodies of completion
// and chat mode as the API expects them, client-side stops, log-probs summed over the kept tokens,
// extraction in chat mode, scoring with echo, and going on without log-probs when a server refuses them.
import { describe, expect, it } from "vitest";
import { type FakeLlm, fakeLogprob, tokenize } from "../../test/helpers/fake-llm-server.js";
import { openai } from "../../test/helpers/generate-kit.js";
import { useFakeLlm } from "../../test/helpers/use-fake-llm.js";
import { chatMessages } from "../completion/chat-prompt.js";
import { extractCompletion } from "../completion/extract.js";
import { CODEX_STOP } from "../completion/stop.js";
import { type GenerationRequest, type PromptProblem, ProviderError, type SamplingParams } from "./types.js";

const start = useFakeLlm();

const ADD: PromptProblem = {
  task_id: "demo/add",
  prompt: 'def add(a, b):\n    """Return the sum of a and b."""\n',
  entry_point: "add",
  canonical_solution: "    return a + b\n",
};

const PARAMS: SamplingParams = {
  temperature: 0.8,
  topP: 0.95,
  maxTokens: 200,
  seed: 100,
  stop: [...CODEX_STOP],
  logprobs: true,
};

function request(extra: Partial<GenerationRequest> = {}): GenerationRequest {
  return {
    problem: ADD,
    n: 1,
    firstIndex: 0,
    params: PARAMS,
    signal: new AbortController().signal,
    ...extra,
  };
}

/** The ProviderError `promise` rejects with (the test fails if it settles otherwise). */
async function providerError(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

type Body = Record<string, unknown>;
const bodyOf = (server: FakeLlm, i = 0) => server.requests[i]?.body as Body;

/** Σ fakeLogprob over the tokens of `text` that start before `end` (the fake numbers tokens from 0). */
function expectedSum(text: string, end: number): { sum: number; tokens: number } {
  let offset = 0;
  let sum = 0;
  let tokens = 0;
  tokenize(text).forEach((token, i) => {
    if (offset < end) {
      sum += fakeLogprob(token, i);
      tokens++;
    }
    offset += token.length;
  });
  return { sum, tokens };
}

// "\nprint" comes first, then "\ndef": the server (sent four stops) cuts at "\ndef", passk at "\nprint".
const REPLY = "    return a + b\nprint(add(1, 2))\ndef other():\n    pass\n";

describe("completion mode", () => {
  it("sends the request as /completions expects it", async () => {
    const server = await start({ maxStop: 4 });
    await openai(server, { apiKey: "key-123456" }).generate(request({ n: 3, firstIndex: 5 }));
    const [recorded] = server.requests;
    expect(recorded?.path).toBe("/v1/completions");
    expect(recorded?.headers.authorization).toBe("Bearer key-123456");
    expect(recorded?.body).toEqual({
      model: "fake-model",
      n: 3,
      temperature: 0.8,
      top_p: 0.95,
      seed: 105, // the base seed + the first completion_id of the request
      prompt: ADD.prompt,
      max_tokens: 200,
      stop: ["\nclass", "\ndef", "\n#", "\nif"], // at most maxStop; "\nprint" is cut client-side
      logprobs: 1,
    });
  });

  it("leaves out what is not set: sampling defaults, stops, log-probs, the key", async () => {
    const server = await start();
    const params: SamplingParams = { maxTokens: 16, stop: [], logprobs: false };
    await openai(server).generate(request({ params }));
    expect(bodyOf(server)).toEqual({ model: "fake-model", n: 1, prompt: ADD.prompt, max_tokens: 16 });
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
  });

  it("cuts at the stop sequence the server was not sent, and sums log-probs of the kept tokens only", async () => {
    const server = await start({ maxStop: 4, reply: () => REPLY });
    const response = await openai(server).generate(request({ n: 2 }));
    const kept = "    return a + b";
    const { sum, tokens } = expectedSum(REPLY, kept.length);
    expect(response.samples).toHaveLength(2);
    for (const sample of response.samples) {
      expect(sample.completion).toBe(kept);
      expect(sample.finishReason).toBe("stop");
      expect(sample.logprobs?.tokens).toBe(tokens);
      expect(sample.logprobs?.sum).toBeCloseTo(sum, 9);
      expect(sample.logprobs?.mean).toBeCloseTo(sum / tokens, 9);
    }
    // Fewer tokens than the server sent: the server stopped at "\ndef", after the print line.
    expect(tokens).toBeLessThan(tokenize("    return a + b\nprint(add(1, 2))").length);
    expect(response.usage.inputTokens).toBe(tokenize(ADD.prompt).length);
    expect(response.usage.outputTokens).toBe(2 * tokenize("    return a + b\nprint(add(1, 2))").length);
  });

  it("keeps the server's finish reason when passk did not cut", async () => {
    const server = await start({ reply: () => "    return a + b\n" });
    const [whole] = (await openai(server).generate(request())).samples;
    expect(whole).toMatchObject({ completion: "    return a + b\n", finishReason: "stop" });
    const short = await openai(server).generate(request({ params: { ...PARAMS, maxTokens: 2 } }));
    expect(short.samples[0]?.completion).toBe(tokenize("    return a + b\n").slice(0, 2).join(""));
    expect(short.samples[0]?.finishReason).toBe("length");
  });

  it("gives null log-probs when not asked or when the server has none", async () => {
    const server = await start({ logprobs: false });
    const [sample] = (await openai(server).generate(request())).samples;
    expect(sample?.logprobs).toBeNull();
    const [unasked] = (await openai(server).generate(request({ params: { ...PARAMS, logprobs: false } })))
      .samples;
    expect(unasked?.logprobs).toBeNull();
  });

  it("makes an answer without a choices list retryable", async () => {
    const server = await start();
    server.faults.push({ kind: "status", status: 200, body: JSON.stringify({ object: "text_completion" }) });
    const error = await providerError(openai(server).generate(request()));
    expect(error.kind).toBe("retryable");
    expect(error.message).toContain("malformed answer: choices: expected a list, got nothing");
  });
});

describe("log-probabilities refused", () => {
  const refusal = JSON.stringify({
    error: { message: "This model does not support logprobs.", type: "invalid_request_error" },
  });

  it("warns once and goes on without them, for this request and the next ones", async () => {
    const server = await start();
    server.faults.push({ kind: "status", status: 400, body: refusal });
    const warnings: string[] = [];
    const p = openai(server, { onWarning: (message) => warnings.push(message) });
    const first = await p.generate(request());
    expect(first.samples).toHaveLength(1);
    expect(first.samples[0]?.logprobs).toBeNull();
    await p.generate(request());
    expect(server.requests.map((r) => (r.body as Body).logprobs)).toEqual([1, undefined, undefined]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /refused log-probabilities .*does not support logprobs.*continuing without them/,
    );
  });

  it("does not swallow a 400 about something else", async () => {
    const server = await start();
    server.faults.push({ kind: "status", status: 400 });
    const error = await providerError(openai(server).generate(request()));
    expect(error.kind).toBe("permanent");
    expect(server.requests).toHaveLength(1);
  });

  it("does not retry a log-probs 400 when log-probs were not asked for", async () => {
    const server = await start();
    server.faults.push({ kind: "status", status: 400, body: refusal });
    const error = await providerError(
      openai(server).generate(request({ params: { ...PARAMS, logprobs: false } })),
    );
    expect(error.kind).toBe("permanent");
    expect(server.requests).toHaveLength(1);
  });

  it("warns once even when several requests in flight are refused together", async () => {
    const server = await start({ latencyMs: 50 });
    for (let i = 0; i < 4; i++) server.faults.push({ kind: "status", status: 400, body: refusal });
    const warnings: string[] = [];
    const p = openai(server, { onWarning: (message) => warnings.push(message) });
    await Promise.all([0, 1, 2, 3].map((i) => p.generate(request({ firstIndex: i }))));
    expect(warnings).toHaveLength(1);
  });
});

describe("chat mode", () => {
  const CHAT_REPLY =
    "Here it is:\n\n```python\ndef add(a, b):\n    return a + b\n```\n\nThis adds the two numbers.";

  it("sends messages, n, max_tokens (not OpenAI's own API) and no prompt or stop", async () => {
    const server = await start();
    await openai(server, { mode: "chat", spec: "ollama:fake-model" }).generate(
      request({ n: 2, firstIndex: 3 }),
    );
    const [recorded] = server.requests;
    expect(recorded?.path).toBe("/v1/chat/completions");
    const { system, user } = chatMessages(ADD);
    expect(recorded?.body).toEqual({
      model: "fake-model",
      n: 2,
      temperature: 0.8,
      top_p: 0.95,
      seed: 103,
      messages: [
        { role: "system", content: system },
        { role: "user", content: user },
      ],
      max_tokens: 200,
      logprobs: true,
    });
  });

  it("extracts the completion, keeps the raw reply, and sums log-probs over the code", async () => {
    const server = await start({ reply: () => CHAT_REPLY });
    const response = await openai(server, { mode: "chat" }).generate(request({ n: 2 }));
    const extracted = extractCompletion(CHAT_REPLY, ADD);
    expect(extracted.method).toBe("fenced-redefinition");
    const [start0, end0] = extracted.codeSpan ?? [0, 0];
    let offset = 0;
    let sum = 0;
    let count = 0;
    tokenize(CHAT_REPLY).forEach((token, i) => {
      if (offset >= start0 && offset < end0) {
        sum += fakeLogprob(token, i);
        count++;
      }
      offset += token.length;
    });
    expect(response.samples).toHaveLength(2);
    for (const sample of response.samples) {
      expect(sample.completion).toBe(extracted.completion);
      expect(sample.completion).toContain("return a + b");
      expect(sample.raw).toBe(CHAT_REPLY);
      expect(sample.extraction).toBe("fenced-redefinition");
      expect(sample.finishReason).toBe("stop");
      expect(sample.logprobs?.tokens).toBe(count);
      expect(sample.logprobs?.sum).toBeCloseTo(sum, 9);
    }
    // The prose around the block is not ranked.
    expect(count).toBeLessThan(tokenize(CHAT_REPLY).length);
  });

  it("sends no logprobs field when not asked", async () => {
    const server = await start({ reply: () => CHAT_REPLY });
    const [sample] = (
      await openai(server, { mode: "chat" }).generate(request({ params: { ...PARAMS, logprobs: false } }))
    ).samples;
    expect(bodyOf(server).logprobs).toBeUndefined();
    expect(sample?.logprobs).toBeNull();
  });
});

describe("score", () => {
  it("returns log P(continuation | context) from an echoed prompt", async () => {
    const server = await start();
    const context = 'def add(a, b):\n    """Return the sum."""\n';
    const continuation = "    return a + b\n";
    const summary = await openai(server).score({
      context,
      continuation,
      signal: new AbortController().signal,
    });
    expect(bodyOf(server)).toMatchObject({
      prompt: context + continuation,
      echo: true,
      max_tokens: 0,
      logprobs: 1,
    });
    let offset = 0;
    let sum = 0;
    let count = 0;
    tokenize(context + continuation).forEach((token, j) => {
      if (offset >= context.length && j > 0) {
        sum += fakeLogprob(token, j);
        count++;
      }
      offset += token.length;
    });
    expect(summary.tokens).toBe(count);
    expect(summary.sum).toBeCloseTo(sum, 9);
  });

  it("says so, permanently, when the server gives no prompt log-probs", async () => {
    const server = await start({ logprobs: false });
    const error = await providerError(
      openai(server).score({ context: "a", continuation: " b", signal: new AbortController().signal }),
    );
    expect(error.kind).toBe("permanent");
    expect(error.message).toContain("no prompt log-probabilities");
  });
});
