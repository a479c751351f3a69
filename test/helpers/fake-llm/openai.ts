// OpenAI's /v1/completions and /v1/chat/completions, non-streaming.
import type { FakeLlmOptions, RecordedRequest } from "../fake-llm-server.js";
import { alternatives, choiceCount, generate, logprobOf, tokenize } from "./generate.js";
import {
  BadRequest,
  checkModel,
  checkSampling,
  intParam,
  json,
  messageTexts,
  newId,
  now,
  objectBody,
  type Reply,
  stopParam,
  sumTokens,
} from "./shared.js";

/** POST /v1/completions: `prompt` (a string), `n`, `max_tokens`, `stop`, `logprobs` (0–5), `echo`. */
export async function completions(
  request: RecordedRequest,
  options: FakeLlmOptions,
  shortN: boolean,
): Promise<Reply> {
  const body = objectBody(request.body);
  const model = checkModel(body, options, false);
  if (typeof body.prompt !== "string") {
    throw new BadRequest("The fake supports only a string 'prompt'.", "prompt");
  }
  const prompt = body.prompt;
  const n = intParam(body, "n", 1, 128) ?? 1;
  const maxTokens = intParam(body, "max_tokens", 0, 1_000_000) ?? 16; // the real API's default is 16
  const topK = intParam(body, "logprobs", 0, 5);
  const echo = body.echo === true;
  const stops = stopParam(body.stop, "stop", options.maxStop);
  checkSampling(body, 2);
  const wantLogprobs = topK !== undefined && options.logprobs !== false;
  const promptTokens = tokenize(prompt);
  const choices = [];
  let completionTokens = 0;
  for (let i = 0; i < choiceCount(n, options, shortN); i++) {
    const g = await generate(request, options, i, maxTokens, stops);
    completionTokens += g.tokens.length;
    let logprobs = null;
    if (wantLogprobs) {
      const tokens = echo ? [...promptTokens, ...g.tokens] : g.tokens;
      const values: Array<number | null> = echo
        ? [...promptTokens.map((t, j) => (j === 0 ? null : logprobOf(options, request, t, j))), ...g.logprobs]
        : g.logprobs;
      let offset = echo ? 0 : prompt.length; // offsets count from the start of the prompt
      logprobs = {
        tokens,
        token_logprobs: values,
        top_logprobs: tokens.map((t, j) => {
          const value = values[j];
          return value == null ? null : Object.fromEntries(alternatives(t, value, Math.max(topK, 1)));
        }),
        text_offset: tokens.map((t) => {
          offset += t.length;
          return offset - t.length;
        }),
      };
    }
    choices.push({ text: echo ? prompt + g.text : g.text, index: i, logprobs, finish_reason: g.finish });
  }
  const usage = usageOf(promptTokens.length, completionTokens);
  return json({ id: newId("cmpl-"), object: "text_completion", created: now(), model, choices, usage });
}

/** POST /v1/chat/completions: `messages`, `n`, `max_tokens`/`max_completion_tokens`, `stop`, `logprobs`, `top_logprobs`. */
export async function chat(
  request: RecordedRequest,
  options: FakeLlmOptions,
  shortN: boolean,
): Promise<Reply> {
  const body = objectBody(request.body);
  const model = checkModel(body, options, false);
  const texts = messageTexts(body.messages, "messages", false);
  const n = intParam(body, "n", 1, 128) ?? 1;
  const maxTokens =
    intParam(body, "max_completion_tokens", 1, 1_000_000) ?? intParam(body, "max_tokens", 1, 1_000_000);
  const topK = intParam(body, "top_logprobs", 0, 20);
  if (body.logprobs !== undefined && body.logprobs !== null && typeof body.logprobs !== "boolean") {
    throw new BadRequest("Invalid type for 'logprobs': expected a boolean.", "logprobs");
  }
  if (topK !== undefined && body.logprobs !== true) {
    throw new BadRequest("'top_logprobs' requires 'logprobs' to be true.", "top_logprobs");
  }
  const stops = stopParam(body.stop, "stop", options.maxStop);
  checkSampling(body, 2);
  const wantLogprobs = body.logprobs === true && options.logprobs !== false;
  const choices = [];
  let completionTokens = 0;
  for (let i = 0; i < choiceCount(n, options, shortN); i++) {
    const g = await generate(request, options, i, maxTokens, stops);
    completionTokens += g.tokens.length;
    const entry = (token: string, logprob: number) => ({
      token,
      logprob,
      bytes: [...Buffer.from(token, "utf8")],
    });
    const logprobs = wantLogprobs
      ? {
          content: g.tokens.map((t, j) => {
            const value = g.logprobs[j] ?? 0;
            const top = topK ? alternatives(t, value, topK).map(([a, v]) => entry(a, v)) : [];
            return { ...entry(t, value), top_logprobs: top };
          }),
          refusal: null,
        }
      : null;
    const message = { role: "assistant", content: g.text, refusal: null };
    choices.push({ index: i, message, logprobs, finish_reason: g.finish });
  }
  const usage = usageOf(sumTokens(texts), completionTokens);
  return json({ id: newId("chatcmpl-"), object: "chat.completion", created: now(), model, choices, usage });
}

function usageOf(prompt: number, completion: number) {
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}
