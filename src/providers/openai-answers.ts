// The answers of OpenAI-compatible servers, read strictly (answer-shape.ts): /completions (a sample is
// the text cut at the stop sequences, with the log-probs of the kept tokens), /chat/completions (the
// code extracted from the reply) and /completions with echo (the prompt's log-probs, for scoring).
//
// What is required and what may be absent: `choices` (a list of objects) and each choice's `text` or
// `message.content` are required; `index`, `finish_reason`, `logprobs` and `usage` may be absent or
// null, but when present must have their types. `message.content` may be null only beside a
// `refusal` (the model refused: an empty sample that says so). Log-probs come in two shapes, whichever
// endpoint sends them (llama.cpp's /completions uses the chat shape, llama-cpp-python's chat the
// other): `{tokens, token_logprobs}` of equal lengths, or `{content: [{token, logprob}]}`.
import { extractCompletion } from "../completion/extract.js";
import { extractAnswer } from "../completion/incontext-chat.js";
import { cutAtStop, summarizeLogprobs, type TokenLogprob } from "../completion/stop.js";
import { AnswerShape } from "./answer-shape.js";
import type { GeneratedSample, GenerationResponse, PromptProblem } from "./types.js";

interface Choice {
  choice: Record<string, unknown>;
  /** `choices[i]`, as the server sent it (before sorting by index). */
  path: string;
}

/**
 * The samples of a /completions answer, in choice order, at most `limit` of them (every choice is
 * checked, even those beyond the limit).
 */
export function completionAnswer(
  answer: unknown,
  where: string,
  stops: readonly string[],
  limit = Number.POSITIVE_INFINITY,
): GenerationResponse {
  const shape = new AnswerShape(where);
  const body = shape.object(answer, "top level");
  const read = sortedChoices(shape, body).map(({ choice, path }) => ({
    text: shape.string(choice.text, `${path}.text`),
    finishReason: shape.optionalString(choice.finish_reason, `${path}.finish_reason`),
    tokens: tokenLogprobs(shape, choice.logprobs, `${path}.logprobs`),
  }));
  const usage = usageOf(shape, body);
  const samples = read.slice(0, limit).map(({ text, finishReason, tokens }): GeneratedSample => {
    const { text: completion, cut } = cutAtStop(text, stops);
    return {
      completion,
      finishReason: cut ? "stop" : finishReason,
      logprobs: tokens && tokens.length > 0 ? summarizeLogprobs(tokens, 0, completion.length) : null,
    };
  });
  return { samples, usage };
}

/** The samples of a /chat/completions answer: the code extracted from each reply, at most `limit`. */
export function chatAnswer(
  answer: unknown,
  where: string,
  problem: PromptProblem,
  limit = Number.POSITIVE_INFINITY,
): GenerationResponse {
  const shape = new AnswerShape(where);
  const body = shape.object(answer, "top level");
  const read = sortedChoices(shape, body).map(({ choice, path }) => {
    const message = shape.object(choice.message, `${path}.message`);
    const refusal = shape.optionalString(message.refusal, `${path}.message.refusal`);
    const reply =
      message.content === null && refusal !== null
        ? ""
        : contentText(shape, message.content, `${path}.message.content`);
    return {
      reply,
      refusal,
      finishReason: shape.optionalString(choice.finish_reason, `${path}.finish_reason`),
      tokens: tokenLogprobs(shape, choice.logprobs, `${path}.logprobs`),
    };
  });
  const usage = usageOf(shape, body);
  const samples = read.slice(0, limit).map(({ reply, refusal, finishReason, tokens }): GeneratedSample => {
    const extracted = problem.incontext ? extractAnswer(reply) : extractCompletion(reply, problem);
    // Rank on the code's tokens when the code is a piece of the reply, else on the whole reply.
    const [start, end] = extracted.codeSpan ?? [0, reply.length];
    const sample: GeneratedSample = {
      completion: extracted.completion,
      raw: reply,
      extraction: extracted.method,
      finishReason,
      logprobs: tokens && tokens.length > 0 ? summarizeLogprobs(tokens, start, end) : null,
    };
    if (refusal !== null && reply === "") sample.extra = { refusal };
    return sample;
  });
  return { samples, usage };
}

/**
 * The token log-probs of the first choice of an echoed /completions answer (for scoring), or null
 * when the server sent none.
 */
export function echoedLogprobs(answer: unknown, where: string): TokenLogprob[] | null {
  const shape = new AnswerShape(where);
  const choices = sortedChoices(shape, shape.object(answer, "top level"));
  const first = choices[0];
  if (!first) throw shape.invalid("choices", "expected at least one choice, got an empty list");
  return tokenLogprobs(shape, first.choice.logprobs, `${first.path}.logprobs`);
}

/** The choices, each an object, sorted by `index` (by position where there is none; stable). */
function sortedChoices(shape: AnswerShape, body: Record<string, unknown>): Choice[] {
  const list = shape.array(body.choices, "choices");
  const entries = list.map((value, position) => {
    const path = `choices[${position}]`;
    const choice = shape.object(value, path);
    const index = shape.optionalCount(choice.index, `${path}.index`);
    return { choice, path, order: index ?? position };
  });
  return entries.sort((a, b) => a.order - b.order);
}

function usageOf(shape: AnswerShape, body: Record<string, unknown>): GenerationResponse["usage"] {
  if (body.usage === undefined || body.usage === null) return { inputTokens: 0, outputTokens: 0 };
  const usage = shape.object(body.usage, "usage");
  return {
    inputTokens: shape.optionalCount(usage.prompt_tokens, "usage.prompt_tokens") ?? 0,
    outputTokens: shape.optionalCount(usage.completion_tokens, "usage.completion_tokens") ?? 0,
  };
}

/**
 * A message's content: a string, or a list of parts of which the text parts count (at least one: a
 * list of other parts only is no reply to take code from).
 */
function contentText(shape: AnswerShape, content: unknown, path: string): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) throw shape.error(path, "a string or a list of parts", content);
  const text = shape.textBlocks(content, path);
  if (!content.some((part) => (part as { type: string }).type === "text"))
    throw shape.invalid(path, "expected a string or a list of parts with a text part, got none");
  return text;
}

/** A choice's token log-probs in either shape (see the header); null when absent. */
function tokenLogprobs(shape: AnswerShape, value: unknown, path: string): TokenLogprob[] | null {
  if (value === undefined || value === null) return null;
  const logprobs = shape.object(value, path);
  if (Object.hasOwn(logprobs, "tokens") || Object.hasOwn(logprobs, "token_logprobs")) {
    const tokens = shape.array(logprobs.tokens, `${path}.tokens`);
    const values = shape.array(logprobs.token_logprobs, `${path}.token_logprobs`);
    if (values.length !== tokens.length) {
      throw shape.invalid(
        `${path}.token_logprobs`,
        `expected one log-prob per token (${tokens.length} tokens), got ${values.length}`,
      );
    }
    return tokens.map((token, i) => ({
      text: shape.string(token, `${path}.tokens[${i}]`),
      logprob: shape.logprob(values[i], `${path}.token_logprobs[${i}]`),
    }));
  }
  if (Object.hasOwn(logprobs, "content")) {
    if (logprobs.content === null) return null;
    const content = shape.array(logprobs.content, `${path}.content`);
    return content.map((value, i) => {
      const entry = shape.object(value, `${path}.content[${i}]`);
      return {
        text: shape.string(entry.token, `${path}.content[${i}].token`),
        logprob: shape.logprob(entry.logprob, `${path}.content[${i}].logprob`),
      };
    });
  }
  throw shape.invalid(path, "expected tokens and token_logprobs lists, or a content list; it has neither");
}
