// The fake model: a tokenizer, log-probs, and one choice's text cut at stop sequences and the token limit.
import type { FakeLlmOptions, RecordedRequest } from "../fake-llm-server.js";

/** The default reply: a small Python function body, with a trailing function that Codex stops cut. */
export const DEFAULT_REPLY =
  "    result = []\n    for item in items:\n        result.append(item * 2)\n    return result\n\n\ndef unused():\n    pass\n";

const TOKEN = / ?[A-Za-z0-9_]+| +|\r?\n|[^\sA-Za-z0-9_]|\s/gu;

/** The fake tokenizer: words (with one leading space), runs of spaces, newlines, single other characters. Tokens join back to the text. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** A deterministic log-prob in [-4, 0] for a token at a position (FNV-1a hash). */
export function fakeLogprob(token: string, index: number): number {
  let h = 0x811c9dc5 ^ index;
  for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), 0x01000193);
  return -((h >>> 0) % 4001) / 1000;
}

export interface Generated {
  text: string;
  tokens: string[];
  logprobs: number[];
  /** "length" when cut at the token limit; "stop" when cut at a stop sequence or ended naturally. */
  finish: "stop" | "length";
  stopSequence: string | null;
}

/** One choice: `reply`'s text for it, cut at the earliest stop sequence or at `maxTokens` tokens. */
export async function generate(
  request: RecordedRequest,
  options: FakeLlmOptions,
  choice: number,
  maxTokens: number | undefined,
  stops: string[],
): Promise<Generated> {
  if (maxTokens === 0) return { text: "", tokens: [], logprobs: [], finish: "length", stopSequence: null };
  const replied = await (options.reply ?? (() => DEFAULT_REPLY))(request, choice);
  const scripted = typeof replied === "string" ? { text: replied } : replied;
  const all = tokenize(scripted.text);
  const limit = Math.min(maxTokens ?? all.length, all.length);
  const limitChars = all.slice(0, limit).join("").length;
  let stop: { at: number; sequence: string } | undefined;
  for (const sequence of stops) {
    const at = scripted.text.indexOf(sequence);
    if (at >= 0 && at + sequence.length <= limitChars && (stop === undefined || at < stop.at)) {
      stop = { at, sequence };
    }
  }
  const cut = stop?.at ?? limitChars;
  // Keep whole tokens up to the cut; a token the cut splits keeps its log-prob.
  const tokens: string[] = [];
  const logprobs: number[] = [];
  for (let i = 0, end = 0; end < cut; i++) {
    const token = all[i];
    if (token === undefined) break;
    tokens.push(token.slice(0, cut - end));
    logprobs.push(scripted.logprobs?.[i] ?? logprobOf(options, request, token, i));
    end += token.length;
  }
  const finish = stop === undefined && limit < all.length ? "length" : "stop";
  return {
    text: scripted.text.slice(0, cut),
    tokens,
    logprobs,
    finish,
    stopSequence: stop?.sequence ?? null,
  };
}

export function logprobOf(
  options: FakeLlmOptions,
  request: RecordedRequest,
  token: string,
  index: number,
): number {
  return options.logprob ? options.logprob(token, index, request) : fakeLogprob(token, index);
}

export function choiceCount(n: number, options: FakeLlmOptions, shortN: boolean): number {
  const count = Math.min(n, options.maxN ?? n);
  return shortN ? Math.floor(count / 2) : count;
}

/** A few plausible alternatives for `top_logprobs`, each less likely than the one before. */
export function alternatives(token: string, logprob: number, count: number): Array<[string, number]> {
  const out: Array<[string, number]> = [[token, logprob]];
  for (const alt of [" the", "\n", "(", " x", ")", " =", ":", " return"]) {
    if (out.length >= count) break;
    if (alt !== token) out.push([alt, logprob - out.length * 0.75]);
  }
  return out;
}
