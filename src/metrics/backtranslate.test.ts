// Tests of back-translation: the docstring found in prompts, the exact text scored, the cache file
// (append as scores arrive, resume), bounded concurrency, and failures reported as data.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useFakeLlm } from "../../test/helpers/use-fake-llm.js";
import { useWorkspace } from "../../test/helpers/workspace.js";
import { OpenAIProvider } from "../providers/openai.js";
import type { LogprobSummary, Provider, ScoreRequest } from "../providers/types.js";
import { ProviderError } from "../providers/types.js";
import {
  BACKTRANSLATION_FILE,
  backTranslationPrompt,
  backTranslationScores,
  scoreBackTranslation,
} from "./backtranslate.js";
import { cleandoc, extractDocstring } from "./docstring.js";

const PROMPT =
  "from typing import List\n\n\n" +
  "def mean_gap(xs: List[int]) -> float:\n" +
  '    """Return the mean gap between consecutive values of xs.\n' +
  "    Values are sorted first; an empty or one-element list gives 0.0.\n\n" +
  "    >>> mean_gap([3, 1, 2])\n" +
  "    1.0\n" +
  '    """\n';
const DOC =
  "Return the mean gap between consecutive values of xs.\n" +
  "Values are sorted first; an empty or one-element list gives 0.0.\n\n" +
  ">>> mean_gap([3, 1, 2])\n1.0";
const PROBLEM = { prompt: PROMPT, entry_point: "mean_gap" };

describe("extractDocstring", () => {
  it("finds the last triple-quoted string, cleaned, and the prompt without its lines", () => {
    const doc = extractDocstring(PROMPT);
    expect(doc?.text).toBe(DOC);
    expect(doc?.without).toBe("from typing import List\n\n\ndef mean_gap(xs: List[int]) -> float:\n");
    expect(doc?.literal.startsWith('"""Return') && doc.literal.endsWith('1.0\n    """')).toBe(true);
  });

  it("skips quotes in comments and short strings, handles ''' and escaped quotes, and says when there is none", () => {
    const helper =
      "def helper():\n    '''Not this one.'''\n    return \"'''\"  # a \"\"\" in a comment\n\n\n";
    const prompt = `${helper}def f(s):\n    '''Say ""\\" it's ok.\n    '''\n`;
    expect(extractDocstring(prompt)?.text).toBe(`Say ""\\" it's ok.`);
    expect(extractDocstring(prompt)?.without).toBe(`${helper}def f(s):\n`);
    expect(extractDocstring("def f(x):\n    return '''x'''[0]\n")?.without).toBe(
      "def f(x):\n    return [0]\n",
    );
    expect(extractDocstring("def f(x):\n    # no docstring\n")).toBeNull();
  });

  it("cleans like inspect.cleandoc (values from Python 3.11)", () => {
    expect(cleandoc("\n  First.\n\n      indented\n    base\n\n")).toBe("First.\n\n    indented\n  base");
    expect(cleandoc("Return x.\n\n    >>> f(1)\n    2\n    ")).toBe("Return x.\n\n>>> f(1)\n2");
  });
});

describe("backTranslationPrompt", () => {
  it("is the code without the docstring, an instruction line, and the docstring to score", () => {
    const prompt = backTranslationPrompt(PROBLEM, { completion: "    xs = sorted(xs)\n    return 0.0\n\n" });
    expect(prompt).toEqual({
      context:
        "from typing import List\n\n\ndef mean_gap(xs: List[int]) -> float:\n    xs = sorted(xs)\n    return 0.0\n\n\n" +
        '# The docstring of `mean_gap` above, saying what the function does:\n"""',
      continuation: DOC,
    });
    const whole = backTranslationPrompt(PROBLEM, { solution: `${PROMPT}    return 1.0\n` });
    expect(whole?.context).toBe(
      "from typing import List\n\n\ndef mean_gap(xs: List[int]) -> float:\n    return 1.0\n\n\n" +
        '# The docstring of `mean_gap` above, saying what the function does:\n"""',
    );
    expect(
      backTranslationPrompt({ prompt: "def f():\n", entry_point: "f" }, { completion: "  pass" }),
    ).toBeNull();
  });
});

/** A model that scores by a rule, counting calls and requests in flight; may fail on a given call. */
class ScoringModel implements Provider {
  readonly info = {
    spec: "fake:scorer",
    provider: "fake",
    model: "scorer",
    mode: "completion" as const,
    simulated: false,
  };
  readonly maxN = 1;
  readonly cacheable = false;
  readonly maxStop = 4;
  calls: ScoreRequest[] = [];
  inFlight = 0;
  maxInFlight = 0;
  constructor(private readonly failOnCall?: number) {}
  async generate(): Promise<never> {
    throw new Error("not used");
  }
  async score(request: ScoreRequest): Promise<LogprobSummary> {
    this.calls.push(request);
    const call = this.calls.length;
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    await new Promise((resolve) => setTimeout(resolve, 5));
    this.inFlight--;
    if (call === this.failOnCall)
      throw new ProviderError("HTTP 500 from http://127.0.0.1:1/v1/completions", "permanent");
    // Shorter code → likelier docstring, so the scores differ per sample.
    const sum = -request.context.length / 10;
    return { sum, mean: sum / 8, tokens: 8 };
  }
}

const samples = Array.from({ length: 6 }, (_, completion_id) => ({
  task_id: "t/gap",
  completion_id,
  completion: `    return ${"0.0 + ".repeat(completion_id)}0.0\n`,
}));
const problems = new Map([["t/gap", PROBLEM]]);

/** Tiny backoff: the tests wait for Retry-After, not for jitter. */
const FAST = {
  maxAttempts: 4,
  baseDelaySeconds: 0.01,
  maxDelaySeconds: 0.02,
  maxRetryAfterSeconds: 60,
  firstContactSeconds: 8,
};

/** The real OpenAI provider (completions with echo) against the fake server. */
const scorer = (server: { url: string }) =>
  new OpenAIProvider({
    spec: "vllm:fake-model",
    model: "fake-model",
    baseUrl: `${server.url}/v1`,
    mode: "completion",
    maxN: 1,
    maxStop: 4,
    timeoutSeconds: 10,
  });

describe("scoreBackTranslation", () => {
  const ws = useWorkspace();
  const startFake = useFakeLlm();
  const cacheLines = () =>
    readFileSync(join(ws.dir, BACKTRANSLATION_FILE), "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));

  it("scores every sample with bounded concurrency and appends each score to the cache", async () => {
    const model = new ScoringModel();
    const result = await scoreBackTranslation({
      dir: ws.dir,
      provider: model,
      problems,
      samples,
      concurrency: 2,
    });
    expect(result).toMatchObject({ scored: 6, cached: 0, unscorable: [] });
    expect(result.failure).toBeUndefined();
    expect(model.maxInFlight).toBe(2);
    expect(model.calls.every((c) => c.continuation === DOC)).toBe(true);
    const lines = cacheLines();
    expect(lines).toHaveLength(6);
    expect(lines[0]).toEqual({
      task_id: "t/gap",
      completion_id: expect.any(Number),
      sum: expect.any(Number),
      mean: expect.any(Number),
      tokens: 8,
      model: "fake:scorer",
    });
    const ranking = backTranslationScores(result);
    expect("scores" in ranking && ranking.scores.get("t/gap\u00000")).toBe(
      result.scores.get("t/gap\u00000")?.sum,
    );
  });

  it("resumes from the cache: only samples without a line of the same model are scored", async () => {
    const cache = join(ws.dir, BACKTRANSLATION_FILE);
    writeFileSync(
      cache,
      `${JSON.stringify({ task_id: "t/gap", completion_id: 0, sum: -1, mean: -0.1, tokens: 10, model: "fake:scorer" })}\n` +
        `${JSON.stringify({ task_id: "t/gap", completion_id: 1, sum: -1, mean: -0.1, tokens: 10, model: "other:model" })}\n` +
        '{"task_id": "t/gap", "completion_id": 2, "su',
    );
    const model = new ScoringModel();
    const result = await scoreBackTranslation({ dir: ws.dir, provider: model, problems, samples });
    expect(result).toMatchObject({ scored: 5, cached: 1 });
    expect(result.scores.get("t/gap\u00000")).toEqual({ sum: -1, mean: -0.1, tokens: 10 });
    expect(cacheLines()).toHaveLength(2 + 5);
  });

  it("stops at the first failed request, keeps what was scored, and reports why", async () => {
    const model = new ScoringModel(3);
    const result = await scoreBackTranslation({
      dir: ws.dir,
      provider: model,
      problems,
      samples,
      concurrency: 1,
    });
    expect(result.failure).toBe(
      "scoring t/gap with fake:scorer failed: HTTP 500 from http://127.0.0.1:1/v1/completions",
    );
    expect(result.scored).toBe(2);
    expect(cacheLines()).toHaveLength(2);
    expect(backTranslationScores(result)).toEqual({ unavailable: result.failure });
  });

  it("sends score requests through the one retry path: transient failures are retried, a 429's pause honoured", async () => {
    const server = await startFake();
    server.faults.push({ kind: "status", status: 429, retryAfter: "0.3" }, { kind: "status", status: 500 });
    const started = performance.now();
    const result = await scoreBackTranslation({
      dir: ws.dir,
      provider: scorer(server),
      problems,
      samples,
      concurrency: 2,
      retry: FAST,
    });
    expect(result.failure).toBeUndefined();
    expect(result.scored).toBe(6);
    expect(cacheLines()).toHaveLength(6);
    expect(server.requests).toHaveLength(8); // 6 scores and 2 retries
    expect(performance.now() - started).toBeGreaterThanOrEqual(300); // everyone waited for the 429
  });

  it("stops at once on an exhausted quota, with the server's message, keeping the scores so far", async () => {
    const server = await startFake();
    const quota = JSON.stringify({
      error: { message: "You exceeded your current quota.", type: "insufficient_quota", code: null },
    });
    const result = await scoreBackTranslation({
      dir: ws.dir,
      provider: scorer(server),
      problems,
      samples,
      concurrency: 1,
      retry: { ...FAST, baseDelaySeconds: 5, maxDelaySeconds: 5 },
      onScored: (done) => done === 2 && server.faults.push({ kind: "status", status: 429, body: quota }),
    });
    expect(result.failureKind).toBe("request");
    expect(result.failure).toBe(
      `scoring t/gap with vllm:fake-model failed: ${server.url}/v1/completions: HTTP 429: You exceeded your current quota. (insufficient_quota: the account's quota or billing, which no retry can help)`,
    );
    expect(result.scored).toBe(2);
    expect(cacheLines()).toHaveLength(2);
    expect(server.requests).toHaveLength(3);
  });

  it("reports a model that cannot score, and problems without a docstring", async () => {
    const cannot: Provider = {
      info: {
        spec: "anthropic:claude",
        provider: "anthropic",
        model: "claude",
        mode: "chat",
        simulated: false,
      },
      maxN: 1,
      cacheable: true,
      maxStop: 4,
      generate: () => Promise.reject(new Error("not used")),
    };
    const result = await scoreBackTranslation({
      dir: ws.dir,
      provider: cannot,
      problems: new Map([...problems, ["t/none", { prompt: "def g():\n", entry_point: "g" }]]),
      samples: [...samples, { task_id: "t/none", completion_id: 0, completion: "    pass\n" }],
    });
    expect(result.failure).toBe(
      "anthropic:claude cannot score text: back-translation needs a completions endpoint with echo + logprobs, or vLLM",
    );
    expect(result.unscorable).toEqual(["t/none"]);
  });

  it("stops when interrupted and says how to resume", async () => {
    const controller = new AbortController();
    const model = new ScoringModel();
    const result = await scoreBackTranslation({
      dir: ws.dir,
      provider: model,
      problems,
      samples,
      concurrency: 1,
      signal: controller.signal,
      onScored: (done) => done === 2 && controller.abort(),
    });
    expect(result.scored).toBe(2);
    expect(result.failure).toMatch(/interrupted.*run again to resume/);
  });
});
