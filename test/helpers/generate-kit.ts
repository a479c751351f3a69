// Shared setup of the sampling-loop tests (src/generate/generate*.test.ts): three small problems,
// completion-mode sampling parameters, a retry policy without real backoff, the real OpenAI provider
// pointed at the fake server, a `run` of generate() with those defaults, and checks of samples.jsonl.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import type { GenerateEvent, GenerateOptions } from "../../src/generate/generate.js";
import { generate } from "../../src/generate/generate.js";
import type { RetryPolicy } from "../../src/generate/retry.js";
import { type OpenAIOptions, OpenAIProvider } from "../../src/providers/openai.js";
import type { PromptProblem, Provider, SamplingParams } from "../../src/providers/types.js";
import { promptKey, samplingParams } from "../../src/run/config.js";
import type { SampleRecord } from "../../src/run/types.js";
import type { FakeLlm } from "./fake-llm-server.js";
import { useFakeLlm } from "./use-fake-llm.js";
import { type TestWorkspace, useWorkspace } from "./workspace.js";

/** A problem `demo/<name>` whose function combines two arguments; the reference adds them. */
export const problem = (name: string): PromptProblem => ({
  task_id: `demo/${name}`,
  prompt: `def ${name}(a, b):\n    """Combine a and b."""\n`,
  entry_point: name,
  canonical_solution: "    return a + b\n",
});
/** The problems a `run` samples unless told otherwise. */
export const PROBLEMS = ["add", "sub", "mul"].map(problem);

/** Completion-mode parameters (the Codex stops), base seed 1000. */
export const PARAMS: SamplingParams = { ...samplingParams({ seed: 1000 }, "completion"), maxTokens: 100 };
/** Tiny backoff: the tests wait for Retry-After and deadlines, not for jitter. */
export const FAST: RetryPolicy = {
  maxAttempts: 10,
  baseDelaySeconds: 0.01,
  maxDelaySeconds: 0.02,
  maxRetryAfterSeconds: 600,
  firstContactSeconds: 8,
};

/** The real OpenAI provider, completion mode, against the fake server `server`. */
export function openai(server: FakeLlm, extra: Partial<OpenAIOptions> = {}): OpenAIProvider {
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

/** The JSON bodies of the requests `server` received. */
export const bodies = (server: FakeLlm) =>
  server.requests.map((r) => r.body as { n: number; seed: number; prompt: string });

/** Every problem has exactly the ids 0 … n−1, once each. */
export function expectExact(
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

/** What a test file of the sampling loop works with; see {@link useGenerateKit}. */
export interface GenerateKit {
  /** The current test's temp folder; `run` writes `samples.jsonl` in it. */
  ws: TestWorkspace;
  /** Starts the fake server for the current test (closed after it). */
  start: ReturnType<typeof useFakeLlm>;
  /** Runs generate() with the test defaults; the events it emitted are returned beside the result. */
  run: (
    provider: Provider,
    extra?: Partial<GenerateOptions>,
  ) => Promise<Awaited<ReturnType<typeof generate>> & { events: GenerateEvent[] }>;
  /** The records of a samples file (by default the test's `samples.jsonl`); none if it does not exist. */
  readSamples: (path?: string) => SampleRecord[];
}

/** Call at the top of a test file: a fresh workspace and fake server for each test, and helpers on them. */
export function useGenerateKit(): GenerateKit {
  const ws = useWorkspace();
  const start = useFakeLlm();

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

  return { ws, start, run, readSamples };
}
