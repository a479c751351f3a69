// Chat mode for GPT-3's in-context tasks: a chat model gets the same prompt a base model would
// continue, after a short fixed instruction, and its reply is turned into a one-line answer by fixed
// rules (docs/incontext.md, "Chat mode"). Like the code chat prompt, the wording is part of what a
// run measures: INCONTEXT_CHAT_VERSION goes into the cache key and the run's identity, so change it
// with every change of wording or rules.

/** Version of the in-context chat instruction and answer extraction. */
export const INCONTEXT_CHAT_VERSION = "passk-incontext-chat-1";

/** The system message, the same for every prompt. */
export const INCONTEXT_CHAT_SYSTEM =
  "Continue the pattern in the user's text. Reply with only the answer to the last question, on one line, with no explanation.";

/** The messages for one prompt: the instruction, and the prompt itself (leading blank lines removed). */
export function incontextChatMessages(prompt: string): { system: string; user: string } {
  return { system: INCONTEXT_CHAT_SYSTEM, user: prompt.replace(/^\s+/, "") };
}

/** How an answer was taken from a reply. */
export interface AnswerExtraction {
  completion: string;
  method: "answer-line" | "empty";
  /** [start, end) of the line used, in the reply. */
  codeSpan?: [number, number];
  notes?: string[];
}

const FENCE = /^\s*(```|~~~)/;
const LABEL = /^(?:a|answer)\s*[:=]\s*/i;
const PAIRS: readonly [string, string][] = [
  ["**", "**"],
  ["__", "__"],
  ["`", "`"],
  ['"', '"'],
  ["'", "'"],
  ["“", "”"],
];

/**
 * The answer in a chat reply: after any leading `<think>…</think>`, the first line with text
 * (code-fence lines skipped), stripped, without a leading "A:" or "Answer:", one pair of enclosing
 * `**`, `__`, backticks or quotes, and a final period. "" (method `empty`) when nothing is left.
 */
export function extractAnswer(reply: string): AnswerExtraction {
  let offset = 0;
  if (/^\s*<think>/i.test(reply)) {
    const close = reply.toLowerCase().lastIndexOf("</think>");
    if (close < 0) return { completion: "", method: "empty", notes: ["the reply ended while thinking"] };
    offset = close + "</think>".length;
  }
  let start = offset;
  for (const line of reply.slice(offset).split("\n")) {
    const end = start + line.length;
    if (line.trim() !== "" && !FENCE.test(line)) {
      const answer = clean(line);
      if (answer === "") break;
      return { completion: answer, method: "answer-line", codeSpan: [start, end] };
    }
    start = end + 1;
  }
  return { completion: "", method: "empty" };
}

function clean(line: string): string {
  let text = line.trim().replace(LABEL, "").trim();
  for (const [open, close] of PAIRS) {
    if (text.length > open.length + close.length && text.startsWith(open) && text.endsWith(close)) {
      text = text.slice(open.length, text.length - close.length).trim();
      break;
    }
  }
  return text.replace(/\.$/, "").trim();
}
