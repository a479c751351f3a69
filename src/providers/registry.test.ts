// Tests of the provider registry (specs, presets, keys: which key goes to which server) and of the
// Anthropic provider it creates, against the fake server (request bodies and headers as the Messages
// API expects them, extraction, keys kept out of messages).
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { rejection } from "../../test/helpers/errors.js";
import {
  type FakeLlm,
  type FakeLlmOptions,
  startFakeLlm,
  tokenize,
} from "../../test/helpers/fake-llm-server.js";
import { useWorkspace } from "../../test/helpers/workspace.js";
import { chatMessages } from "../completion/chat-prompt.js";
import { extractCompletion } from "../completion/extract.js";
import { ANTHROPIC_VERSION, AnthropicProvider } from "./anthropic.js";
import { ReferenceProvider, ReplayProvider } from "./offline.js";
import { OpenAIProvider } from "./openai.js";
import { createProvider, providerName, serverHint } from "./registry.js";
import {
  type GenerationRequest,
  type PromptProblem,
  type Provider,
  ProviderError,
  type ProviderInfo,
  type SamplingParams,
} from "./types.js";

const ws = useWorkspace();

let fakes: FakeLlm[] = [];
afterEach(async () => {
  await Promise.all(fakes.map((f) => f.close()));
  fakes = [];
});

async function start(options: FakeLlmOptions = {}): Promise<FakeLlm> {
  const fake = await startFakeLlm(options);
  fakes.push(fake);
  return fake;
}

const ADD: PromptProblem = {
  task_id: "demo/add",
  prompt: 'def add(a, b):\n    """Return the sum of a and b."""\n',
  entry_point: "add",
  canonical_solution: "    return a + b\n",
};
const PARAMS: SamplingParams = { temperature: 0.8, topP: 0.95, maxTokens: 300, stop: [], logprobs: false };

function request(params: SamplingParams = PARAMS): GenerationRequest {
  return { problem: ADD, n: 1, firstIndex: 0, params, signal: new AbortController().signal };
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

describe("providerName", () => {
  it("is the part before the first colon", () => {
    expect(providerName("ollama:qwen2.5-coder:7b")).toBe("ollama");
    expect(providerName("reference")).toBe("reference");
    expect(providerName("replay:/tmp/a:b.jsonl")).toBe("replay");
  });
});

describe("createProvider: OpenAI-compatible presets", () => {
  it("openai: OpenAI's API in chat mode, with OPENAI_API_KEY", async () => {
    const provider = await createProvider("openai:gpt-4o-mini", {
      env: { OPENAI_API_KEY: "sk-env-key-123456" },
    });
    expect(provider).toBeInstanceOf(OpenAIProvider);
    expect(provider.info).toEqual({
      spec: "openai:gpt-4o-mini",
      provider: "openai",
      model: "gpt-4o-mini",
      mode: "chat",
      baseUrl: "https://api.openai.com/v1",
      simulated: false,
    });
    expect(provider.maxN).toBe(20);
    expect(provider.maxStop).toBe(4);
    expect(provider.cacheable).toBe(true);
  });

  it("openai without a key: BAD_OPTION naming OPENAI_API_KEY", async () => {
    const error = await rejection(createProvider("openai:gpt-4o-mini", { env: {} }));
    expect(error.code).toBe("BAD_OPTION");
    expect(error.message).toContain("OPENAI_API_KEY");
    expect(error.message).toContain("openai:gpt-4o-mini");
  });

  it("a base URL that is not http(s): BAD_OPTION naming the flag", async () => {
    for (const url of ["localhost:8000", "ftp://host/v1", "not a url"]) {
      const error = await rejection(createProvider("vllm:m", { baseUrl: url, env: {} }));
      expect(error.code).toBe("BAD_OPTION");
      expect(error.message).toContain(`--base-url ${url}`);
    }
  });

  it("ollama keeps the colon of the model name; presets set base URL, mode and n", async () => {
    const cases = [
      ["ollama:qwen2.5-coder:7b", "qwen2.5-coder:7b", "http://localhost:11434/v1", "chat", 1],
      ["vllm:bigcode/starcoder2-3b", "bigcode/starcoder2-3b", "http://localhost:8000/v1", "completion", 20],
      ["llamacpp:any", "any", "http://localhost:8080/v1", "completion", 1],
    ] as const;
    for (const [spec, model, baseUrl, mode, maxN] of cases) {
      const provider = await createProvider(spec, { env: {} }); // no key needed for local servers
      expect(provider.info, spec).toMatchObject({ spec, provider: "openai", model, baseUrl, mode });
      expect(provider.maxN, spec).toBe(maxN);
    }
  });

  it("options override the preset: base URL (trailing slashes trimmed), mode, maxN", async () => {
    const provider = await createProvider("ollama:m", {
      env: {},
      baseUrl: "http://gpu-box:9000/v1//",
      mode: "completion",
      maxN: 7,
    });
    expect(provider.info).toMatchObject({ baseUrl: "http://gpu-box:9000/v1", mode: "completion" });
    expect(provider.maxN).toBe(7);
  });

  it("a local preset pointed at OpenAI's own API needs OPENAI_API_KEY", async () => {
    const error = await rejection(
      createProvider("vllm:m", { env: {}, baseUrl: "https://api.openai.com/v1/" }),
    );
    expect(error.code).toBe("BAD_OPTION");
    expect(error.message).toContain("OPENAI_API_KEY");
  });

  it("a spec without a model name is refused", async () => {
    for (const spec of ["openai", "openai:", "ollama:"]) {
      const error = await rejection(createProvider(spec, { env: { OPENAI_API_KEY: "k" } }));
      expect(error.code, spec).toBe("BAD_OPTION");
      expect(error.message, spec).toContain("give the model name after the colon");
    }
  });
});

describe("which key goes to which server", () => {
  const recordedAuth = async (
    spec: string,
    env: NodeJS.ProcessEnv,
    extra: { apiKeyEnv?: string; apiKey?: string } = {},
  ) => {
    const server = await start({ reply: () => "```python\ndef add(a, b):\n    return a + b\n```" });
    const provider = await createProvider(spec, { env, baseUrl: `${server.url}/v1`, ...extra });
    await provider.generate(request());
    return server.requests[0]?.headers.authorization;
  };

  it("OPENAI_API_KEY is not sent to a server that is not OpenAI's, even for openai: specs", async () => {
    const env = { OPENAI_API_KEY: "sk-openai-secret-123456" };
    expect(await recordedAuth("openai:fake-model", env)).toBeUndefined();
    expect(await recordedAuth("ollama:qwen2.5-coder:7b", env)).toBeUndefined();
  });

  it("PASSK_API_KEY, apiKeyEnv or a config key is what a non-OpenAI server gets", async () => {
    expect(await recordedAuth("vllm:m", { PASSK_API_KEY: "local-key-1" })).toBe("Bearer local-key-1");
    expect(await recordedAuth("vllm:m", { MY_KEY: "local-key-2" }, { apiKeyEnv: "MY_KEY" })).toBe(
      "Bearer local-key-2",
    );
    expect(await recordedAuth("vllm:m", { PASSK_API_KEY: "ignored" }, { apiKey: "config-key" })).toBe(
      "Bearer config-key",
    );
  });

  it("the model name with its colon reaches the server unchanged", async () => {
    const server = await start({ reply: () => "```python\ndef add(a, b):\n    return a + b\n```" });
    const provider = await createProvider("ollama:qwen2.5-coder:7b", {
      env: {},
      baseUrl: `${server.url}/v1`,
    });
    await provider.generate(request());
    expect(server.requests[0]?.body).toMatchObject({ model: "qwen2.5-coder:7b" });
  });
});

describe("createProvider: the other providers", () => {
  it("anthropic: needs ANTHROPIC_API_KEY, and is chat only", async () => {
    const provider = await createProvider("anthropic:claude-sonnet-4-5", {
      env: { ANTHROPIC_API_KEY: "a-key" },
    });
    expect(provider).toBeInstanceOf(AnthropicProvider);
    expect(provider.info).toMatchObject({
      provider: "anthropic",
      model: "claude-sonnet-4-5",
      mode: "chat",
      baseUrl: "https://api.anthropic.com",
    });
    expect(provider.maxN).toBe(1);
    const missing = await rejection(createProvider("anthropic:claude-sonnet-4-5", { env: {} }));
    expect(missing.code).toBe("BAD_OPTION");
    expect(missing.message).toContain("ANTHROPIC_API_KEY");
    const other = await rejection(createProvider("anthropic:c", { env: {}, apiKeyEnv: "CLAUDE_KEY" }));
    expect(other.message).toContain("CLAUDE_KEY");
    const completion = await rejection(
      createProvider("anthropic:c", { env: { ANTHROPIC_API_KEY: "k" }, mode: "completion" }),
    );
    expect(completion.code).toBe("BAD_OPTION");
    expect(completion.message).toContain("chat only");
  });

  it("reference, replay and sim", async () => {
    expect(await createProvider("reference")).toBeInstanceOf(ReferenceProvider);
    const file = ws.write("s.jsonl", '{"task_id":"demo/add","completion":"    return a + b\\n"}\n');
    const replay = await createProvider(`replay:${file}`);
    expect(replay).toBeInstanceOf(ReplayProvider);
    expect(replay.info).toMatchObject({ provider: "replay", mode: "offline", spec: `replay:${file}` });
    const missingPath = await rejection(createProvider("replay:"));
    expect(missingPath.code).toBe("BAD_OPTION");
    expect(missingPath.message).toContain("replay:<path.jsonl>");
    const notThere = await rejection(createProvider(`replay:${join(ws.dir, "nope.jsonl")}`));
    expect(notThere.code).toBe("FILE_NOT_FOUND");
    const sim: Provider = await createProvider("sim", { seed: 3 });
    expect(sim.info).toMatchObject({ provider: "sim", simulated: true, spec: "sim" });
    await sim.close?.();
  });

  it("a bare model name is refused with the spec that was probably meant", async () => {
    const cases: [string, string][] = [
      ["gpt-4o", "openai:gpt-4o"],
      ["claude-sonnet-4-5", "anthropic:claude-sonnet-4-5"],
      ["qwen2.5-coder:7b", "ollama:qwen2.5-coder:7b"],
      ["simm", "sim"],
      ["refrence", "reference"],
    ];
    for (const [spec, meant] of cases) {
      const error = await rejection(createProvider(spec, { env: { OPENAI_API_KEY: "k" } }));
      expect(error.code, spec).toBe("BAD_OPTION");
      expect(error.message, spec).toContain(`did you mean ${meant}?`);
      expect(error.message, spec).not.toContain(`${spec}:<model>`);
    }
  });

  it("refuses an API key that cannot go in an HTTP header before any request, never showing it", async () => {
    for (const [spec, env] of [
      ["anthropic:claude-sonnet-4-5", { ANTHROPIC_API_KEY: "sk-ant-…" }],
      ["openai:gpt-4o", { OPENAI_API_KEY: "sk-test\n" }],
      ["vllm:m", { PASSK_API_KEY: "two words" }],
    ] as [string, Record<string, string>][]) {
      const error = await rejection(createProvider(spec, { env }));
      expect(error.code, spec).toBe("BAD_OPTION");
      expect(error.message, spec).toMatch(/cannot be sent in an HTTP header/);
      expect(error.message, spec).not.toContain(Object.values(env)[0]);
    }
  });

  it("says how to start a local preset's server on the port it tried, and what to check otherwise", () => {
    const info = (spec: string, baseUrl: string): ProviderInfo => ({
      spec,
      provider: "openai",
      model: spec.slice(spec.indexOf(":") + 1),
      mode: "completion",
      baseUrl,
      simulated: false,
    });
    expect(serverHint(info("vllm:foo", "http://localhost:8000/v1"))).toContain(
      "`vllm serve foo --port 8000`",
    );
    expect(serverHint(info("llamacpp:q", "http://127.0.0.1:9090/v1"))).toContain("--port 9090");
    expect(serverHint(info("ollama:q", "http://localhost:11434/v1"))).toContain("`ollama serve`");
    expect(serverHint(info("vllm:foo", "http://gpu-box:8000/v1"))).toBe(
      "check that gpu-box:8000 is up and reachable from here, or point --base-url at a running server",
    );
  });

  it("an unknown provider is refused with the list of known ones", async () => {
    const error = await rejection(createProvider("gemini:pro"));
    expect(error.code).toBe("BAD_OPTION");
    expect(error.message).toContain('unknown provider "gemini"');
    for (const known of [
      "openai:<model>",
      "ollama:<model>",
      "anthropic:<model>",
      "replay:<samples.jsonl>",
      "reference",
      "sim",
    ]) {
      expect(error.message).toContain(known);
    }
  });
});

describe("AnthropicProvider against the fake server", () => {
  const REPLY = "Sure.\n\n```python\ndef add(a, b):\n    return a + b\n```\n";

  async function anthropic(server: FakeLlm, apiKey = "ant-key-123456"): Promise<Provider> {
    // Another server than Anthropic's API: its key comes from PASSK_API_KEY, not ANTHROPIC_API_KEY.
    return createProvider("anthropic:claude-test", {
      env: { PASSK_API_KEY: apiKey, ANTHROPIC_API_KEY: "not-for-this-server" },
      baseUrl: server.url,
    });
  }

  it("sends the Messages API's body and headers: no n, no top_p beside temperature", async () => {
    const server = await start({ apiKey: "ant-key-123456", reply: () => REPLY });
    await (await anthropic(server)).generate(request());
    const [recorded] = server.requests;
    expect(recorded?.path).toBe("/v1/messages");
    expect(recorded?.headers["x-api-key"]).toBe("ant-key-123456");
    expect(recorded?.headers["anthropic-version"]).toBe(ANTHROPIC_VERSION);
    expect(recorded?.headers.authorization).toBeUndefined();
    const { system, user } = chatMessages(ADD);
    expect(recorded?.body).toEqual({
      model: "claude-test",
      max_tokens: 300,
      system,
      messages: [{ role: "user", content: user }],
      temperature: 0.8,
    });
  });

  it("sends top_p when it is asked for alone", async () => {
    const server = await start({ reply: () => REPLY });
    const { temperature: _, ...params } = PARAMS;
    await (await anthropic(server)).generate(request(params));
    expect(server.requests[0]?.body).toMatchObject({ top_p: 0.95 });
    expect(server.requests[0]?.body).not.toHaveProperty("temperature");
  });

  it("extracts the code and keeps the raw reply", async () => {
    const server = await start({ reply: () => REPLY });
    const response = await (await anthropic(server)).generate(request());
    const extracted = extractCompletion(REPLY, ADD);
    expect(response.samples).toEqual([
      {
        completion: extracted.completion,
        raw: REPLY,
        extraction: "fenced-redefinition",
        finishReason: "end_turn",
        logprobs: null,
      },
    ]);
    expect(response.usage.outputTokens).toBe(tokenize(REPLY).length);
    expect(response.usage.inputTokens).toBeGreaterThan(0);
  });

  it("says max_tokens when the reply was cut at the limit", async () => {
    const server = await start({ reply: () => REPLY });
    const response = await (await anthropic(server)).generate(request({ ...PARAMS, maxTokens: 3 }));
    expect(response.samples[0]?.finishReason).toBe("max_tokens");
    expect(response.samples[0]?.raw).toBe(tokenize(REPLY).slice(0, 3).join(""));
  });

  it("keeps the key out of a 401's message even though the server echoes it", async () => {
    const server = await start({ apiKey: "the-right-key" });
    const wrong = "ant-wrong-key-987654";
    const error = await providerError((await anthropic(server, wrong)).generate(request()));
    expect(error.kind).toBe("permanent");
    expect(error.message).toContain("HTTP 401");
    expect(error.message).not.toContain(wrong);
  });

  it("makes an answer without content retryable", async () => {
    const server = await start();
    server.faults.push({ kind: "status", status: 200, body: JSON.stringify({ type: "message" }) });
    const error = await providerError((await anthropic(server)).generate(request()));
    expect(error.kind).toBe("retryable");
    expect(error.message).toContain("malformed answer: content: expected a list, got nothing");
  });
});
