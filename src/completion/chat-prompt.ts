// The prompt passk sends to chat (instruct) models: one system message and one user message built
// from a HumanEval-style problem. The wording is documented word for word in docs/chat-mode.md and
// is part of what a run measures, so every change of wording must bump CHAT_PROMPT_VERSION (it goes
// into the generation cache key: samples made with another wording are not reused).

/**
 * Version of the chat prompt's wording. Change it whenever `CHAT_SYSTEM` or the user template
 * changes, so that cached samples made with the old wording are not mixed with new ones.
 */
export const CHAT_PROMPT_VERSION = "passk-chat-1";

/** The system message, the same for every problem. */
export const CHAT_SYSTEM =
  "You are an expert Python programmer. You write correct, complete and efficient Python 3 code " +
  "that does exactly what the specification asks.";

/** The fields of a problem the chat prompt is built from. */
export interface ChatProblem {
  /** The HumanEval prompt: imports, maybe helper functions, the signature and the docstring. */
  prompt: string;
  /** Name of the function the model must implement. */
  entry_point: string;
  /** "ts" for a problem rendered in TypeScript (src/problems/ts/); Python otherwise. */
  language?: unknown;
}

/** Version of the TypeScript wording (`TS_CHAT_SYSTEM` and its user template); bump on any change. */
export const TS_CHAT_PROMPT_VERSION = "passk-chat-ts-1";

/** The system message for TypeScript problems. */
export const TS_CHAT_SYSTEM =
  "You are an expert TypeScript programmer. You write correct, complete and efficient TypeScript " +
  "code that does exactly what the specification asks.";

/**
 * The system and user messages for one problem. The user message shows the problem's prompt in a
 * python code block and asks for a complete, self-contained implementation of `entry_point` in one
 * python code block, without tests or example usage (docs/chat-mode.md shows the exact text).
 */
export function chatMessages(problem: ChatProblem): { system: string; user: string } {
  if (problem.language === "ts") return tsChatMessages(problem);
  const code = problem.prompt.replace(/\s+$/, "");
  const fence = fenceFor(code);
  const name = problem.entry_point;
  const user = [
    "Complete the following Python function.",
    "",
    `${fence}python`,
    code,
    fence,
    "",
    `Write a complete, self-contained implementation of \`${name}\`: repeat its signature with the ` +
      "same name and parameters, and include every import and helper function it needs. Any helper " +
      "functions shown above are available as they are.",
    "",
    "Reply with exactly one ```python code block that contains only the implementation: no tests, " +
      'no example usage, no `if __name__ == "__main__":` block, and no print calls.',
  ].join("\n");
  return { system: CHAT_SYSTEM, user };
}

/** A fence longer than any run of backticks inside `code`, so the code cannot close it. */
function fenceFor(code: string): string {
  const longestRun = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  return "`".repeat(longestRun + 1);
}

/**
 * The messages for a problem rendered in TypeScript: the prompt (JSDoc and the signature line, with
 * the body left open) in a typescript block, and a request for the whole function in one block.
 */
function tsChatMessages(problem: ChatProblem): { system: string; user: string } {
  const code = `${problem.prompt.replace(/\s+$/, "")}\n  // your code here\n}`;
  const fence = fenceFor(code);
  const name = problem.entry_point;
  const user = [
    "Complete the following TypeScript function.",
    "",
    `${fence}typescript`,
    code,
    fence,
    "",
    `Write a complete, self-contained implementation of \`${name}\`: repeat its signature line exactly, ` +
      "and put any helper functions it needs in the same code block. Use no imports, exports or modules.",
    "",
    "Reply with exactly one ```typescript code block that contains only the implementation: no tests, " +
      "no example usage, and no console.log calls.",
  ].join("\n");
  return { system: TS_CHAT_SYSTEM, user };
}
