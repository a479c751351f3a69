// Tests of a run's configuration: reading a config file (every fault named with its field and file),
// the sampling defaults of each mode, and the identities derived from them (configuration hash, cache key).
import { describe, expect, it } from "vitest";
import { rejection } from "../../test/helpers/errors.js";
import { useWorkspace } from "../../test/helpers/workspace.js";
import { CODEX_STOP } from "../completion/stop.js";
import { DEFAULTS } from "../defaults.js";
import type { PromptProblem, ProviderInfo } from "../providers/types.js";
import {
  bootstrapOptions,
  configHash,
  evaluationOptions,
  promptKey,
  readConfigFile,
  requestOptions,
  samplingParams,
} from "./config.js";

const ws = useWorkspace();

function configError(content: unknown) {
  const path = ws.write("passk.json", typeof content === "string" ? content : JSON.stringify(content));
  return { path, error: (async () => readConfigFile(path))() };
}

describe("readConfigFile", () => {
  it("reads shared settings and a list of runs that override them", () => {
    const path = ws.write(
      "passk.json",
      JSON.stringify({
        problems: "humaneval",
        n: 20,
        temperature: null,
        runs: [
          { model: "openai:gpt-4o-mini" },
          { model: "ollama:qwen2.5-coder:7b", temperature: 0.2, stop: [] },
        ],
      }),
    );
    expect(readConfigFile(path)).toEqual({
      shared: { problems: "humaneval", n: 20, temperature: null },
      runs: [
        { model: "openai:gpt-4o-mini" },
        { model: "ollama:qwen2.5-coder:7b", temperature: 0.2, stop: [] },
      ],
    });
  });

  it("gives one empty run when the file has no runs list", () => {
    const path = ws.write("passk.json", JSON.stringify({ model: "sim", k: [1, 5] }));
    expect(readConfigFile(path)).toEqual({ shared: { model: "sim", k: [1, 5] }, runs: [{}] });
  });

  it("says when the file is missing", async () => {
    const path = `${ws.dir}/nope.json`;
    const error = await rejection((async () => readConfigFile(path))());
    expect(error.code).toBe("FILE_NOT_FOUND");
    expect(error.message).toContain(path);
  });

  it("says when the file is not JSON", async () => {
    const { path, error } = configError("{ n: 5 }");
    const e = await rejection(error);
    expect(e.code).toBe("BAD_INPUT");
    expect(e.message).toMatch(new RegExp(`^${path}: not valid JSON`));
  });

  const faults: [string, unknown, string][] = [
    ["a wrong type", { temperature: "hot" }, 'field "temperature"'],
    ["an out-of-range temperature", { temperature: 3 }, 'field "temperature"'],
    ["a top_p of 0", { topP: 0 }, 'field "topP"'],
    ["a fractional n", { n: 2.5 }, 'field "n"'],
    ["a bad URL", { baseUrl: "localhost" }, 'field "baseUrl"'],
    ["a bad k list", { k: [1, 0] }, 'field "k.1"'],
    ["a fault inside a run", { runs: [{}, { n: 0 }] }, 'field "runs.1.n"'],
    ["an empty runs list", { runs: [] }, 'field "runs"'],
  ];
  for (const [what, content, field] of faults) {
    it(`names the field and the file for ${what}`, async () => {
      const { path, error } = configError(content);
      const e = await rejection(error);
      expect(e.code).toBe("BAD_INPUT");
      expect(e.message).toBe(`${path}: invalid config (1 problems)`);
      expect(e.details).toHaveLength(1);
      expect(e.details[0]).toMatch(new RegExp(`^${path}: `));
      expect(e.details[0]).toContain(field);
    });
  }

  it("refuses a misspelt setting, naming it", async () => {
    const { path, error } = configError({ temprature: 0.2, runs: [{ modle: "sim" }] });
    const e = await rejection(error);
    expect(e.details).toHaveLength(2);
    expect(e.details.join("\n")).toContain("temprature");
    expect(e.details.join("\n")).toContain("modle");
    for (const detail of e.details) expect(detail.startsWith(`${path}: `)).toBe(true);
  });

  it("lists every fault at once", async () => {
    const { error } = configError({ n: -1, temperature: "x", runs: [{ maxTokens: 0 }] });
    const e = await rejection(error);
    expect(e.details).toHaveLength(3);
    expect(e.message).toContain("(3 problems)");
  });
});

describe("samplingParams", () => {
  it("completion mode: the Codex paper's defaults and stops", () => {
    expect(samplingParams({}, "completion")).toEqual({
      temperature: DEFAULTS.temperature,
      topP: DEFAULTS.topP,
      maxTokens: 512,
      stop: CODEX_STOP,
      logprobs: true,
    });
  });

  it("chat mode: no stops and a larger token limit", () => {
    expect(samplingParams({}, "chat")).toMatchObject({ stop: [], maxTokens: 1024 });
  });

  it("leaves null temperature and top_p out (the server's default), and a null seed", () => {
    const params = samplingParams({ temperature: null, topP: null, seed: null }, "completion");
    expect(params).not.toHaveProperty("temperature");
    expect(params).not.toHaveProperty("topP");
    expect(params).not.toHaveProperty("seed");
  });

  it("keeps what is set, including 0", () => {
    const params = samplingParams(
      { temperature: 0, topP: 1, seed: 0, maxTokens: 64, stop: ["\n\n"], logprobs: false },
      "completion",
    );
    expect(params).toEqual({
      temperature: 0,
      topP: 1,
      seed: 0,
      maxTokens: 64,
      stop: ["\n\n"],
      logprobs: false,
    });
  });

  it("gives a copy of the default stops, so changing one run's list cannot change another's", () => {
    samplingParams({}, "completion").stop.push("\nX");
    expect(samplingParams({}, "completion").stop).toEqual(["\nclass", "\ndef", "\n#", "\nif", "\nprint"]);
  });
});

describe("configHash and promptKey", () => {
  const info: ProviderInfo = {
    spec: "vllm:m",
    provider: "openai",
    model: "m",
    mode: "completion",
    baseUrl: "http://localhost:8000/v1",
    simulated: false,
  };
  const problem: PromptProblem = {
    task_id: "t",
    prompt: "def f():\n",
    entry_point: "f",
    canonical_solution: "",
  };
  const params = samplingParams({}, "completion");

  it("the configuration hash changes with temperature, model, URL, mode, spec and dataset", () => {
    const base = configHash(info, params, "sha-1");
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(configHash(info, samplingParams({ temperature: 0.2 }, "completion"), "sha-1")).not.toBe(base);
    expect(configHash(info, samplingParams({ temperature: null }, "completion"), "sha-1")).not.toBe(base);
    expect(configHash({ ...info, model: "m2" }, params, "sha-1")).not.toBe(base);
    expect(configHash({ ...info, baseUrl: "http://other/v1" }, params, "sha-1")).not.toBe(base);
    expect(configHash({ ...info, mode: "chat" }, params, "sha-1")).not.toBe(base);
    expect(configHash({ ...info, spec: "vllm:m2" }, params, "sha-1")).not.toBe(base);
    expect(configHash(info, params, "sha-2")).not.toBe(base);
  });

  it("the configuration hash does not change with n (a run can be extended)", () => {
    const small = configHash(info, samplingParams({ n: 10 }, "completion"), "sha-1");
    const large = configHash(info, samplingParams({ n: 200 }, "completion"), "sha-1");
    expect(large).toBe(small);
    expect(small).toBe(configHash(info, params, "sha-1"));
  });

  it("the prompt key changes with the prompt and the parameters, and is stable otherwise", () => {
    const key = promptKey(info, params, problem);
    expect(promptKey(info, samplingParams({}, "completion"), { ...problem })).toBe(key);
    expect(promptKey(info, params, { ...problem, prompt: "def g():\n" })).not.toBe(key);
    expect(promptKey(info, samplingParams({ temperature: 0.2 }, "completion"), problem)).not.toBe(key);
    expect(promptKey(info, samplingParams({ maxTokens: 100 }, "completion"), problem)).not.toBe(key);
    expect(promptKey({ ...info, model: "m2" }, params, problem)).not.toBe(key);
    expect(promptKey(info, samplingParams({ n: 99 }, "completion"), problem)).toBe(key);
  });
});

describe("options from settings", () => {
  it("leaves unset what is not given (the library's defaults apply), and maps what is", () => {
    expect(evaluationOptions({})).toEqual({
      limits: {},
      dedup: true,
      sandbox: { bubblewrap: "auto", seccomp: "auto" },
      bootstrap: { seed: DEFAULTS.ciSeed, resamples: DEFAULTS.resamples },
    });
    expect(
      evaluationOptions({
        timeout: 1.5,
        memory: 64 * 1024 ** 2,
        workers: 2,
        dedup: false,
        isolation: "full",
        bubblewrap: false,
        python: "/usr/bin/python3",
        ciSeed: 3,
      }),
    ).toEqual({
      limits: { timeout: 1.5, memoryBytes: 64 * 1024 ** 2 },
      workers: 2,
      dedup: false,
      sandbox: { bubblewrap: "off", seccomp: "require", python: "/usr/bin/python3" },
      bootstrap: { seed: 3, resamples: DEFAULTS.resamples },
    });
    expect(bootstrapOptions({ resamples: 50 })).toEqual({ seed: DEFAULTS.ciSeed, resamples: 50 });
  });

  it("gives sampling and scoring the same request settings", () => {
    expect(requestOptions({})).toMatchObject({
      concurrency: DEFAULTS.concurrency,
      rateLimits: {},
      retry: { maxAttempts: DEFAULTS.maxAttempts },
    });
    expect(requestOptions({ concurrency: 2, requestsPerMinute: 30, maxAttempts: 2 })).toMatchObject({
      concurrency: 2,
      rateLimits: { requestsPerMinute: 30 },
      retry: { maxAttempts: 2 },
    });
  });
});
