// Turns a chat model's reply into a TypeScript completion for a passk problem rendered in TypeScript:
// text that, appended to the prompt (a JSDoc comment and `function name(…): R {`), makes a program
// whose `name` is the model's function. Rules (docs/typescript.md):
// - the code is the first ```typescript/```ts (or unlabelled) block that defines `function name(`,
//   else the longest such block, else the reply's text from a line `function name(` on;
// - when the model repeats the prompt's signature line exactly, the completion is what follows it,
//   then the code it wrote before the function (helpers; function declarations are hoisted);
// - otherwise the prompt's function forwards to the model's, renamed `__passk_<name>`, so the
//   model's own types are checked as it wrote them and its recursive calls still reach it.
import type { Extraction } from "./extract.js";

const TS_LANGS = new Set(["", "typescript", "ts", "tsx", "javascript", "js"]);
const FENCE = /^\s*(`{3,}|~{3,})\s*([\w+-]*)\s*$/;

interface Block {
  lang: string;
  code: string;
  span: [number, number];
  closed: boolean;
}

/** The fields of a TypeScript problem extraction needs. */
export interface TsExtractProblem {
  prompt: string;
  entry_point: string;
}

/** The completion for a TypeScript problem from a chat reply. Never throws. */
export function extractTsCompletion(reply: string, problem: TsExtractProblem): Extraction {
  let offset = 0;
  if (/^\s*<think>/i.test(reply)) {
    const close = reply.toLowerCase().lastIndexOf("</think>");
    if (close < 0) return { completion: "", method: "empty", notes: ["the reply ended while thinking"] };
    offset = close + "</think>".length;
  }
  const text = reply.slice(offset);
  const name = problem.entry_point;
  const defines = new RegExp(`^\\s*(?:export\\s+)?(?:async\\s+)?function\\s+${escapeRe(name)}\\s*[(<]`, "m");
  const blocks = findBlocks(text, offset).filter((b) => TS_LANGS.has(b.lang.toLowerCase()));
  const withFunction = blocks.filter((b) => defines.test(b.code));
  const block = withFunction[0];
  if (block) {
    const shaped = shape(block.code, problem);
    const notes = block.closed
      ? shaped.notes
      : ["the code block is not closed (the reply was probably cut off)", ...shaped.notes];
    return {
      completion: shaped.completion,
      method: "fenced-redefinition",
      codeSpan: block.span,
      ...(notes.length ? { notes } : {}),
    };
  }
  const unfenced = defines.exec(text);
  if (unfenced) {
    const shaped = shape(text.slice(unfenced.index), problem);
    return {
      completion: shaped.completion,
      method: "unfenced-redefinition",
      codeSpan: [offset + unfenced.index, offset + text.length],
      notes: ["no code block defines the function: taken from the reply's text", ...shaped.notes],
    };
  }
  return { completion: "", method: "empty", notes: [`no TypeScript function ${name} found in the reply`] };
}

/** The completion from code that defines the function. */
function shape(code: string, problem: TsExtractProblem): { completion: string; notes: string[] } {
  const lines = code.replace(/\r\n?/g, "\n").split("\n");
  const name = escapeRe(problem.entry_point);
  const defLine = new RegExp(`^\\s*(?:export\\s+)?(?:async\\s+)?function\\s+${name}\\s*[(<]`);
  const at = lines.findIndex((line) => defLine.test(line));
  const notes: string[] = [];
  // Modules are not available in the sandbox's program: `export` is dropped, imports are kept (they fail as they would).
  const clean = (line: string) => line.replace(/^(\s*)export\s+(default\s+)?/, "$1");
  const before = lines.slice(0, at).map(clean);
  const from = lines.slice(at).map(clean);
  const signatureLine = problem.prompt.trimEnd().split("\n").at(-1)?.trim() ?? "";
  if ((from[0] ?? "").trim() === signatureLine) {
    const rest = from.slice(1).join("\n").trimEnd();
    const helpers = before.join("\n").trim();
    return { completion: `${rest}\n${helpers ? `\n${helpers}\n` : ""}`, notes };
  }
  notes.push("the model's signature differs from the prompt's: the prompt's function calls the model's");
  const renamed = [...before, ...from]
    .join("\n")
    .replace(
      new RegExp(`(^|\\n)(\\s*(?:async\\s+)?function\\s+)${name}(\\s*[(<])`),
      `$1$2__passk_${problem.entry_point}$3`,
    )
    .trim();
  const forward = `  return (__passk_${problem.entry_point} as any)(...(arguments as any));\n}\n`;
  return { completion: `${forward}\n${renamed}\n`, notes };
}

function findBlocks(text: string, offset: number): Block[] {
  const blocks: Block[] = [];
  const lines = text.split("\n");
  let position = 0;
  let open: { fence: string; lang: string; start: number; body: string[] } | null = null;
  for (const line of lines) {
    const match = FENCE.exec(line);
    if (open) {
      if (
        match &&
        match[1]?.[0] === open.fence[0] &&
        (match[1]?.length ?? 0) >= open.fence.length &&
        !match[2]
      ) {
        blocks.push({
          lang: open.lang,
          code: open.body.join("\n"),
          span: [offset + open.start, offset + position + line.length],
          closed: true,
        });
        open = null;
      } else open.body.push(line);
    } else if (match) {
      open = { fence: match[1] as string, lang: match[2] ?? "", start: position, body: [] };
    }
    position += line.length + 1;
  }
  if (open)
    blocks.push({
      lang: open.lang,
      code: open.body.join("\n"),
      span: [offset + open.start, offset + text.length],
      closed: false,
    });
  return blocks;
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
