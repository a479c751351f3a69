// Stop sequences and token log-probabilities, cut together: a completion is cut at the first stop
// sequence client-side (servers limit how many they accept, and some ignore them), and only the
// log-probabilities of the tokens that remain are summed.
import type { LogprobSummary } from "../providers/types.js";

/** The Codex paper's stop sequences for completion mode. */
export const CODEX_STOP = ["\nclass", "\ndef", "\n#", "\nif", "\nprint"];

/** Cuts `text` at the earliest occurrence of any stop sequence; `cut` says whether one was found. */
export function cutAtStop(text: string, stops: readonly string[]): { text: string; cut: boolean } {
  let end = text.length;
  for (const stop of stops) {
    if (stop === "") continue;
    const at = text.indexOf(stop);
    if (at !== -1 && at < end) end = at;
  }
  return { text: text.slice(0, end), cut: end < text.length };
}

/** A token as servers report it: its text and its log-probability (null for the first echoed token). */
export interface TokenLogprob {
  text: string;
  logprob: number | null;
}

/**
 * Sums the log-probabilities of the tokens that start inside [start, end) of the text the tokens
 * spell (offsets are computed from the tokens themselves, so servers that report odd offsets do not
 * matter). Null when no token with a log-probability falls inside.
 */
export function summarizeLogprobs(
  tokens: readonly TokenLogprob[],
  start: number,
  end: number,
): LogprobSummary | null {
  let offset = 0;
  let sum = 0;
  let count = 0;
  for (const token of tokens) {
    if (offset >= start && offset < end && token.logprob !== null && Number.isFinite(token.logprob)) {
      sum += token.logprob;
      count++;
    }
    offset += token.text.length;
  }
  return count === 0 ? null : { sum, mean: sum / count, tokens: count };
}
