// Anthropic's Messages API: chat mode only (the code is extracted from the reply), one sample per
// request (the API has no `n`), no log-probabilities.
import { chatMessages } from "../completion/chat-prompt.js";
import { extractCompletion } from "../completion/extract.js";
import { extractAnswer, incontextChatMessages } from "../completion/incontext-chat.js";
import { postJson } from "./http.js";
import {
  type GenerationRequest,
  type GenerationResponse,
  type Provider,
  ProviderError,
  type ProviderInfo,
} from "./types.js";

export const ANTHROPIC_VERSION = "2023-06-01";

/** Settings of the Anthropic backend. */
export interface AnthropicOptions {
  spec: string;
  model: string;
  baseUrl: string;
  apiKey: string;
  timeoutSeconds: number;
}

interface MessagesAnswer {
  content?: { type?: unknown; text?: unknown }[];
  stop_reason?: unknown;
  usage?: { input_tokens?: unknown; output_tokens?: unknown };
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
    const answer = (await postJson(url, body, {
      headers: { "x-api-key": this.options.apiKey, "anthropic-version": ANTHROPIC_VERSION },
      timeoutSeconds: this.options.timeoutSeconds,
      signal: request.signal,
      secrets: [this.options.apiKey],
    })) as MessagesAnswer;
    if (!Array.isArray(answer.content)) {
      throw new ProviderError(`${url}: the answer has no "content" list`, "retryable");
    }
    const reply = answer.content
      .filter((block) => block.type === "text" && typeof block.text === "string")
      .map((block) => block.text as string)
      .join("");
    const extracted = problem.incontext ? extractAnswer(reply) : extractCompletion(reply, problem);
    return {
      samples: [
        {
          completion: extracted.completion,
          raw: reply,
          extraction: extracted.method,
          finishReason: typeof answer.stop_reason === "string" ? answer.stop_reason : null,
          logprobs: null,
        },
      ],
      usage: {
        inputTokens: typeof answer.usage?.input_tokens === "number" ? answer.usage.input_tokens : 0,
        outputTokens: typeof answer.usage?.output_tokens === "number" ? answer.usage.output_tokens : 0,
      },
    };
  }
}
