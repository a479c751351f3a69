// Chat mode for program problems (docs/chat-mode.md, "Program problems"): the message asks for a
// whole program (stdin → stdout) or for the starter code completed (a LeetCode-style call problem),
// and the reply's code becomes a completion of the problem's prompt. Like the function prompt, the
// wording is part of what a run measures: PROGRAM_CHAT_VERSION goes into the cache key.
import { CHAT_SYSTEM } from "./chat-prompt.js";
import { type Extraction, extractCompletion } from "./extract.js";

/** Version of the program chat prompt's wording; change it whenever the wording changes. */
export const PROGRAM_CHAT_VERSION = "passk-chat-program-1";

/** What the program chat prompt and extraction need of a problem. */
export interface ProgramChatProblem {
  prompt: string;
  entry_point: string;
  program: { kind: "stdio" | "call"; statement: string; starterCode?: string; call?: { name: string } };
}

/** The system and user messages for a program problem. */
export function programChatMessages(problem: ProgramChatProblem): { system: string; user: string } {
  const { kind, statement, starterCode = "" } = problem.program;
  const lines = ["Solve the following programming problem in Python 3.", "", statement.trim(), ""];
  if (kind === "stdio") {
    lines.push(
      "Write a complete program that reads the input from standard input and writes the answer to " +
        "standard output, exactly in the format the problem asks for.",
      "",
      "Reply with exactly one ```python code block that contains the whole program.",
    );
  } else {
    const starter = starterCode.replace(/\s+$/, "");
    const name = problem.program.call?.name ?? problem.entry_point;
    if (starter === "") lines.push(`Write a Python function \`${name}\` that solves it.`);
    else lines.push("Complete this starter code:", "", fenced(starter));
    lines.push(
      "",
      `Reply with exactly one \`\`\`python code block that contains the complete code: \`${name}\` with ` +
        "its signature unchanged (inside its class, if the starter code has one), and every import and " +
        "helper it needs. Do not read input or print: the function is called directly.",
    );
  }
  return { system: CHAT_SYSTEM, user: lines.join("\n") };
}

function fenced(code: string): string {
  const longestRun = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  return `${fence}python\n${code}\n${fence}`;
}

const PY_LANGS = new Set(["", "python", "py", "python3", "py3"]);

/**
 * The completion for a program problem from a chat reply. A call problem's reply is read as a
 * function problem's is (extract.ts: the model's definitions after an indented `pass` that ends the
 * starter code's function). A stdio problem's is the last python code block of the reply (after any
 * thinking), whole: its `if __name__ == "__main__":` block and its prints are the program.
 */
export function extractProgram(reply: string, problem: ProgramChatProblem): Extraction {
  if (problem.program.kind === "call") {
    const extraction = extractCompletion(reply, problem);
    // A method of `class Solution` is not a top-level def: not worth a note.
    const notes = extraction.notes?.filter((note) => !note.startsWith("no top-level def "));
    const { notes: _, ...rest } = extraction;
    return notes && notes.length > 0 ? { ...rest, notes } : rest;
  }
  let offset = 0;
  if (/^\s*<think>/i.test(reply)) {
    const close = reply.toLowerCase().lastIndexOf("</think>");
    if (close < 0) return { completion: "", method: "empty", notes: ["the reply ended while thinking"] };
    offset = close + "</think>".length;
  }
  const text = reply.slice(offset);
  const blocks = [
    ...text.matchAll(
      /^[ \t]*(`{3,}|~{3,})[ \t]*([\w+-]*)[^\n]*\n([\s\S]*?)(?:^[ \t]*\1[ \t]*$|(?![\s\S]))/gm,
    ),
  ];
  const code = blocks.filter((b) => PY_LANGS.has((b[2] ?? "").toLowerCase()));
  const last = code.at(-1);
  if (last) {
    const body = (last[3] ?? "").replace(/\s+$/, "");
    if (body.trim() === "") return { completion: "", method: "empty", notes: ["the code block is empty"] };
    const start = offset + (last.index ?? 0) + last[0].indexOf(last[3] ?? "");
    return { completion: `${body}\n`, method: "fenced-program", codeSpan: [start, start + body.length] };
  }
  if (
    blocks.length === 0 &&
    /^\s*(import |from |def |class |[A-Za-z_]\w*\s*=|print\(|for |while )/m.test(text)
  ) {
    const body = text.trim();
    return {
      completion: `${body}\n`,
      method: "unfenced-program",
      codeSpan: [offset, reply.length],
      notes: ["no code block: the reply read as a program"],
    };
  }
  return { completion: "", method: "empty", notes: ["no Python code block in the reply"] };
}
