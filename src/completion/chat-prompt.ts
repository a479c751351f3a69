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
}

/**
 * The system and user messages for one problem. The user message shows the problem's prompt in a
 * python code block and asks for a complete, self-contained implementation of `entry_point` in one
 * python code block, without tests or example usage (docs/chat-mode.md shows the exact text).
 */
export function chatMessages(problem: ChatProblem): { system: string; user: string } {
  const code = problem.prompt.replace(/\s+$/, "");
  // A fence longer than any run of backticks inside the prompt, so the prompt cannot close it.
  const longestRun = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
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
