// The one small interface every model backend implements, and the shapes that cross it. The
// sampling loop (src/generate/) owns concurrency, retries, caching and files; a provider only turns
// one request into texts, or throws a ProviderError saying whether trying again can help.

/** Sampling parameters, as the Codex paper used them. `undefined` means "not sent, server default". */
export interface SamplingParams {
  temperature?: number;
  topP?: number;
  maxTokens: number;
  /** Base seed; a request whose first sample is completion_id i is sent seed + i, so requests differ but replay. */
  seed?: number;
  /** Completion mode: the text is cut at the first of these (server-side where allowed, always client-side). */
  stop: string[];
  /** Ask for token log-probabilities where the server can give them. */
  logprobs: boolean;
}

/** A problem as a provider sees it. */
export interface PromptProblem {
  task_id: string;
  prompt: string;
  entry_point: string;
  canonical_solution: string;
  /** "ts" for a passk problem rendered in TypeScript: chat mode asks for TypeScript and extracts it. */
  language?: string;
  /** Set for a question of a GPT-3-style in-context task: answered in one line, scored by exact match. */
  incontext?: IncontextQuery;
  /** Set for a program problem (a whole program, or starter code to complete): chat mode asks for that. */
  program?: { kind: "stdio" | "call"; statement: string; starterCode?: string; call?: { name: string } };
}

/** What a provider may know of an in-context question (chat mode and the simulated model use it). */
export interface IncontextQuery {
  task: string;
  /** passk's family of the task when known ("two_digit_addition"), else null. */
  family: string | null;
  /** K: solved examples in the prompt. */
  shots: number;
  /** Index of the question among the task's items (the same question at every K). */
  item: number;
  /** The expected answer (the simulated model derives its replies from it, as from canonical solutions). */
  expected: string;
}

/** One request: `n` samples of one problem, numbered from `firstIndex`. */
export interface GenerationRequest {
  problem: PromptProblem;
  n: number;
  firstIndex: number;
  params: SamplingParams;
  signal: AbortSignal;
}

/** Summary of the log-probabilities of the tokens kept in a sample (after stop-sequence cutting). */
export interface LogprobSummary {
  sum: number;
  mean: number;
  tokens: number;
}

/** One generated sample, before it becomes a line of samples.jsonl. */
export interface GeneratedSample {
  /** The completion: continues the prompt (HumanEval program construction). */
  completion: string;
  /** Chat mode: the model's whole reply, kept beside the extracted completion. */
  raw?: string;
  /** Chat mode: how the completion was taken from the reply (see docs/chat-mode.md). */
  extraction?: string;
  /** "stop", "length", "end_turn", … as the server said; null when unknown. */
  finishReason: string | null;
  logprobs: LogprobSummary | null;
  /** Free-form fields a provider adds to the sample (the simulated model's `sim_kind`). */
  extra?: Record<string, unknown>;
}

/** What one request returned. Fewer samples than asked is allowed: the loop asks again for the rest. */
export interface GenerationResponse {
  samples: GeneratedSample[];
  usage: { inputTokens: number; outputTokens: number };
}

/** Log-probability of `continuation` given `context`, for back-translation ranking. */
export interface ScoreRequest {
  context: string;
  continuation: string;
  /** The problem the text is about, when known (the simulated model needs it; servers do not). */
  problem?: PromptProblem;
  signal: AbortSignal;
}

/** What a provider is, for run.json and reports. */
export interface ProviderInfo {
  /** The model spec as the user wrote it, e.g. "ollama:qwen2.5-coder:7b". */
  spec: string;
  /** Registry name: openai, anthropic, replay, reference, sim. */
  provider: string;
  /** Model name sent to the server (or the replay file, …). */
  model: string;
  /** completion: continues the prompt; chat: asked by message, code extracted; offline: no server. */
  mode: "completion" | "chat" | "offline";
  baseUrl?: string;
  /** True for the simulated demo model: every output says so. */
  simulated: boolean;
}

/** A model backend. */
export interface Provider {
  readonly info: ProviderInfo;
  /** Most samples one request may ask for (1 when the API has no `n`). */
  readonly maxN: number;
  /** Whether completions may be cached across runs (false for offline providers: they are free). */
  readonly cacheable: boolean;
  /** Stop sequences the server accepts per request (the rest are cut client-side). */
  readonly maxStop: number;
  generate(request: GenerationRequest): Promise<GenerationResponse>;
  /** Present when the backend can score a given text (completions with echo, the simulated model). */
  score?(request: ScoreRequest): Promise<LogprobSummary>;
  close?(): Promise<void>;
}

/**
 * Why a request failed, and what to do: `retryable` (try again later), `permanent` (stop the run:
 * bad key, unknown model, bad request) or `unavailable` (this problem's samples cannot be had, for
 * example a replay file without them: they are reported as not generated, the run goes on).
 */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly kind: "retryable" | "permanent" | "unavailable",
    readonly details: {
      status?: number;
      retryAfterSeconds?: number;
      /** The request never reached a server (connection refused, host not found): nothing is there. */
      unreachable?: boolean;
      /** The server's error code (`insufficient_quota`, `rate_limit_error`, …), when it gave one. */
      code?: string;
    } = {},
  ) {
    super(message);
    this.name = "ProviderError";
  }
}
