// Anthropic's Messages API: chat mode only (the code is extracted from the reply), one sample per
// request (the API has no `n`), no log-probabilities. The answer is read strictly (answer-shape.ts):
// `content` is a list of blocks, each with a string `type`, and text blocks carry a string `text`.
import { chatMessages } from "../completion/chat-prompt.js";
import { extractCompletion } from "../completion/extract.js";
import { extractAnswer, incontextChatMessages } from "../completion/incontext-chat.js";
import { AnswerShape } from "./answer-shape.js";
import { postJson, redact } from "./http.js";
import type {
  GenerationRequest,
  GenerationResponse,
  PromptProblem,
  Provider,
  ProviderInfo,
} from "./types.js";

export const ANTHROPIC_VERSION = "2023-06-01";

/** Settings of the Anthropic backend. */
export interface AnthropicOptions {
  spec: string;
  model: string;
  baseUrl: string;
  apiKey: string;
  timeoutSeconds: number;
  /** Longest answer read, in bytes (default: http.ts's 32 MiB). */
  maxAnswerBytes?: number;
}

export class AnthropicProvider implements Provider {
  readonly info: ProviderInfo;
  readonly maxN = 1;
  readonly maxStop = 0;
  readonly cacheable = true;

  constructor(private readonly options: AnthropicOptions) {
    this.info = {
      spec: options.spec,
      provider: "anthropic",
      model: options.model,
      mode: "chat",
      baseUrl: options.baseUrl,
      simulated: false,
    };
  }

  async generate(request: GenerationRequest): Promise<GenerationResponse> {
    const { problem } = request;
    const { system, user } = problem.incontext
      ? incontextChatMessages(problem.prompt)
      : chatMessages(problem);
    const body: Record<string, unknown> = {
      model: this.options.model,
      max_tokens: request.params.maxTokens,
      system,
      messages: [{ role: "user", content: user }],
    };
    if (request.params.temperature !== undefined) body.temperature = request.params.temperature;
    // Recent Claude models refuse temperature and top_p together: top_p goes only when asked for alone.
    if (request.params.topP !== undefined && request.params.temperature === undefined)
      body.top_p = request.params.topP;
    const url = `${this.options.baseUrl}/v1/messages`;
    const answer = await postJson(url, body, {
      headers: { "x-api-key": this.options.apiKey, "anthropic-version": ANTHROPIC_VERSION },
      timeoutSeconds: this.options.timeoutSeconds,
      signal: request.signal,
      secrets: [this.options.apiKey],
      ...(this.options.maxAnswerBytes ? { maxAnswerBytes: this.options.maxAnswerBytes } : {}),
    });
    return messagesAnswer(answer, redact(url, [this.options.apiKey]), request.problem);
  }
}

/**
 * The sample of a Messages answer. An answer without a single text block holds no sample (the loop
 * asks again), except a refusal, which is the model's answer: an empty sample that says so.
 */
export function messagesAnswer(answer: unknown, where: string, problem: PromptProblem): GenerationResponse {
  const shape = new AnswerShape(where);
  const body = shape.object(answer, "top level");
  const blocks = shape.array(body.content, "content");
  const reply = shape.textBlocks(blocks, "content");
  const stopReason = shape.optionalString(body.stop_reason, "stop_reason");
  let usage = { inputTokens: 0, outputTokens: 0 };
  if (body.usage !== undefined && body.usage !== null) {
    const counts = shape.object(body.usage, "usage");
    usage = {
      inputTokens: shape.optionalCount(counts.input_tokens, "usage.input_tokens") ?? 0,
      outputTokens: shape.optionalCount(counts.output_tokens, "usage.output_tokens") ?? 0,
    };
  }
  const hasText = blocks.some((block) => (block as { type: string }).type === "text");
  if (!hasText && stopReason !== "refusal") return { samples: [], usage };
  const extracted = problem.incontext ? extractAnswer(reply) : extractCompletion(reply, problem);
  return {
    samples: [
      {
        completion: extracted.completion,
        raw: reply,
        extraction: extracted.method,
        finishReason: stopReason,
        logprobs: null,
      },
    ],
    usage,
  };
}
