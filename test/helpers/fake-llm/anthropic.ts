// Anthropic's /v1/messages, non-streaming: one choice, no `n`, `max_tokens` required.
import type { FakeLlmOptions, RecordedRequest } from "../fake-llm-server.js";
import { generate } from "./generate.js";
import {
  BadRequest,
  checkModel,
  checkSampling,
  contentTexts,
  intParam,
  json,
  messageTexts,
  newId,
  objectBody,
  type Reply,
  stopParam,
  sumTokens,
} from "./shared.js";

// The real API refuses fields it does not know (such as `n`) with a 400.
const MESSAGES_FIELDS = new Set([
  ...["model", "messages", "max_tokens", "system", "temperature", "top_p", "top_k", "stop_sequences"],
  ...["stream", "metadata", "tools", "tool_choice", "thinking", "service_tier"],
]);

/** POST /v1/messages: validates as the real API does and answers one text block. */
export async function messages(
  request: RecordedRequest,
  options: FakeLlmOptions,
  shortN: boolean,
): Promise<Reply> {
  if (request.headers["anthropic-version"] === undefined) {
    throw new BadRequest("anthropic-version: header is required");
  }
  const body = objectBody(request.body);
  for (const key of Object.keys(body)) {
    if (!MESSAGES_FIELDS.has(key)) throw new BadRequest(`${key}: Extra inputs are not permitted`);
  }
  const model = checkModel(body, options, true);
  const maxTokens = intParam(body, "max_tokens", 1, 1_000_000);
  if (maxTokens === undefined) throw new BadRequest("max_tokens: Field required");
  const texts = messageTexts(body.messages, "messages", true);
  if (body.system !== undefined) texts.push(...contentTexts(body.system, "system"));
  const stops = stopParam(body.stop_sequences, "stop_sequences", options.maxStop);
  checkSampling(body, 1);
  const g = shortN ? undefined : await generate(request, options, 0, maxTokens, stops);
  const stopReason = g?.finish === "length" ? "max_tokens" : g?.stopSequence ? "stop_sequence" : "end_turn";
  return json({
    id: newId("msg_fake"),
    type: "message",
    role: "assistant",
    model,
    content: g ? [{ type: "text", text: g.text }] : [],
    stop_reason: stopReason,
    stop_sequence: g?.stopSequence ?? null,
    usage: {
      input_tokens: sumTokens(texts),
      output_tokens: g?.tokens.length ?? 0,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 0,
    },
  });
}
