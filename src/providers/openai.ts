// OpenAI and every OpenAI-compatible server (vLLM, llama.cpp's server, Ollama's /v1, LM Studio,
// hosted inference services), in completion mode (/completions: a base model continues the prompt,
// as Codex was evaluated) or chat mode (/chat/completions: the code is extracted from the reply).
// Node's own HTTP (providers/http.ts) rather than the official SDK: the SDK retries on its own,
// which would fight passk's one retry policy and hide the Retry-After and raw bodies that the
// fault tests exercise.
import { chatMessages } from "../completion/chat-prompt.js";
import { incontextChatMessages } from "../completion/incontext-chat.js";
import { summarizeLogprobs } from "../completion/stop.js";
import { postJson, redact } from "./http.js";
import { chatAnswer, completionAnswer, echoedLogprobs } from "./openai-answers.js";
import {
  type GenerationRequest,
  type GenerationResponse,
  type LogprobSummary,
  type Provider,
  ProviderError,
  type ProviderInfo,
  type ScoreRequest,
} from "./types.js";

/** Settings of an OpenAI-compatible backend. */
export interface OpenAIOptions {
  spec: string;
  model: string;
  baseUrl: string;
  mode: "completion" | "chat";
  apiKey?: string;
  /** Samples per request (`n`); servers that ignore `n` are detected and asked again. */
  maxN: number;
  /** Stop sequences the server accepts (OpenAI: 4); the rest are cut client-side. */
  maxStop: number;
  timeoutSeconds: number;
  /** Longest answer read, in bytes (default: http.ts's 32 MiB). */
  maxAnswerBytes?: number;
  /** Said once when the server refuses log-probabilities and passk goes on without them. */
  onWarning?: (message: string) => void;
}

export class OpenAIProvider implements Provider {
  readonly info: ProviderInfo;
  readonly maxN: number;
  readonly maxStop: number;
  readonly cacheable = true;
  private logprobsRefused = false;

  constructor(private readonly options: OpenAIOptions) {
    this.info = {
      spec: options.spec,
      provider: "openai",
      model: options.model,
      mode: options.mode,
      baseUrl: options.baseUrl,
      simulated: false,
    };
    this.maxN = options.maxN;
    this.maxStop = options.maxStop;
  }

  async generate(request: GenerationRequest): Promise<GenerationResponse> {
    const wantLogprobs = request.params.logprobs && !this.logprobsRefused;
    try {
      return await this.send(request, wantLogprobs);
    } catch (error) {
      // Some models and servers refuse log-probabilities: go on without them, and say so once.
      if (
        wantLogprobs &&
        error instanceof ProviderError &&
        error.details.status === 400 &&
        /logprob/i.test(error.message)
      ) {
        // Requests in flight together may all be refused: the first one to come back says so.
        if (!this.logprobsRefused) {
          this.logprobsRefused = true;
          this.options.onWarning?.(
            `the server refused log-probabilities (${error.message}); continuing without them`,
          );
        }
        return this.send(request, false);
      }
      throw error;
    }
  }

  private async send(request: GenerationRequest, logprobs: boolean): Promise<GenerationResponse> {
    const { params, problem } = request;
    const body: Record<string, unknown> = { model: this.options.model, n: request.n };
    if (params.temperature !== undefined) body.temperature = params.temperature;
    if (params.topP !== undefined) body.top_p = params.topP;
    if (params.seed !== undefined) body.seed = params.seed + request.firstIndex;
    if (this.options.mode === "completion") {
      body.prompt = problem.prompt;
      body.max_tokens = params.maxTokens;
      if (params.stop.length > 0) body.stop = params.stop.slice(0, this.maxStop);
      if (logprobs) body.logprobs = 1;
      const answer = await this.post("/completions", body, request.signal);
      return completionAnswer(answer, this.where("/completions"), params.stop, request.n);
    }
    const { system, user } = problem.incontext
      ? incontextChatMessages(problem.prompt)
      : chatMessages(problem);
    body.messages = [
      { role: "system", content: system },
      { role: "user", content: user },
    ];
    // OpenAI's own API wants max_completion_tokens (reasoning models reject max_tokens); other servers know max_tokens.
    body[this.isOpenAI() ? "max_completion_tokens" : "max_tokens"] = params.maxTokens;
    if (logprobs) body.logprobs = true;
    const answer = await this.post("/chat/completions", body, request.signal);
    return chatAnswer(answer, this.where("/chat/completions"), problem, request.n);
  }

  /** log P(continuation | context) from a completions endpoint that echoes the prompt with log-probs. */
  async score(request: ScoreRequest): Promise<LogprobSummary> {
    const body = {
      model: this.options.model,
      prompt: request.context + request.continuation,
      max_tokens: 0,
      echo: true,
      logprobs: 1,
      temperature: 0,
    };
    const answer = await this.post("/completions", body, request.signal);
    const tokens = echoedLogprobs(answer, this.where("/completions")) ?? [];
    const total = request.context.length + request.continuation.length;
    const summary = summarizeLogprobs(tokens, request.context.length, total);
    if (!summary) {
      throw new ProviderError(
        `${this.where("/completions")}: no prompt log-probabilities in the answer (back-translation needs echo with logprobs; vLLM and some completions models give them)`,
        "permanent",
      );
    }
    // Each log-prob is finite, but a sum of absurd ones need not be: such a score ranks nothing.
    if (!Number.isFinite(summary.sum)) {
      throw new ProviderError(
        `${this.where("/completions")}: malformed answer: the prompt's log-probs sum to ${summary.sum}`,
        "retryable",
      );
    }
    return summary;
  }

  private post(path: string, body: unknown, signal: AbortSignal): Promise<unknown> {
    const headers: Record<string, string> = {};
    if (this.options.apiKey) headers.authorization = `Bearer ${this.options.apiKey}`;
    return postJson(`${this.options.baseUrl}${path}`, body, {
      headers,
      timeoutSeconds: this.options.timeoutSeconds,
      signal,
      secrets: this.options.apiKey ? [this.options.apiKey] : [],
      ...(this.options.maxAnswerBytes ? { maxAnswerBytes: this.options.maxAnswerBytes } : {}),
    });
  }

  private isOpenAI(): boolean {
    return /^https:\/\/api\.openai\.com\//.test(this.options.baseUrl);
  }

  /** The URL of `path` as messages show it (a key in the base URL is masked). */
  private where(path: string): string {
    return redact(`${this.options.baseUrl}${path}`, this.options.apiKey ? [this.options.apiKey] : []);
  }
}
