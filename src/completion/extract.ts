// Turns a chat model's reply (prose and markdown code) into a HumanEval completion: text that, appended
// to the problem's prompt, makes the prompt's function (or the model's own redefinition of it) the one
// the tests call. Pure string processing, no Python; the rules are documented in docs/chat-mode.md.
// The line-level reading of Python (statements, indentation, kinds of statement) is in pyscan.ts.

import { extractTsCompletion } from "./extract-ts.js";
import { ASSIGNMENT, expandIndent, indentOf, scanner, statements, type Unit, units } from "./pyscan.js";

/** How the completion was obtained from the reply. */
export type ExtractionMethod =
  | "fenced-redefinition" // a code block with top-level definitions (normally `def entry_point(`)
  | "fenced-body" // a code block holding only the function's body
  | "unfenced-redefinition" // no usable block; a `def` found in the reply's text
  | "raw-body" // no usable block; body-like code found in the reply's text
  | "fenced-program" // a program problem: the reply's last python code block, whole (program-chat.ts)
  | "unfenced-program" // a program problem: no code block, the reply's text read as the program
  | "empty"; // nothing usable: the completion is ""

/** A completion taken from a chat reply. */
export interface Extraction {
  /** Text to append to the problem's prompt. */
  completion: string;
  method: ExtractionMethod;
  /** [start, end) in the reply of the code block or code region the completion was made from. */
  codeSpan?: [number, number];
  /** What was unusual: code dropped as usage, a block cut off, no definition of the entry point… */
  notes?: string[];
}

/** The fields of a problem extraction needs. */
export interface ExtractProblem {
  prompt: string;
  entry_point: string;
  /** "ts": the problem is rendered in TypeScript, and extract-ts.ts reads the reply. */
  language?: unknown;
}

interface Line {
  text: string;
  start: number;
  end: number;
}

interface Block {
  lang: string;
  lines: string[];
  span: [number, number];
  closed: boolean;
  open: number;
  close: number;
}

interface Shaped {
  kind: "redefinition" | "body" | "empty";
  completion: string;
  notes: string[];
}

interface PromptShape {
  entry: string;
  bodyIndent: string;
  lead: string;
  defined: Set<string>;
}

const PY_LANGS = new Set(["", "python", "py", "python3", "py3", "ipython"]);
const FENCE_OPEN = /^(\s*)(`{3,}|~{3,})([^`]*)$/;
// Top-level calls kept are calls of module functions (`sys.setrecursionlimit(…)`), except these runners.
const DROP_METHODS = new Set(["main", "testmod", "exit", "run"]);
const CODE_START = [
  /^(?:async\s+)?def\s+\w+\s*\(/,
  /^class\s+\w+/,
  /^@[\w.]+/,
  /^#/,
  /^import\s+[\w.]+/,
  /^from\s+[\w.]+\s+import\s/,
  /^(?:if|elif|while|with|except)\b.*:\s*(?:#.*)?$/,
  /^for\s.+\sin\s.+:\s*(?:#.*)?$/,
  /^(?:else|try|finally)\s*:/,
  /^(?:return|yield|pass|break|continue|raise|assert|del|global|nonlocal)\b/,
  ASSIGNMENT,
  /^[A-Za-z_][\w.]*\(/,
  /^[rbfuRBFU]{0,2}["']/,
  /^[)\]}]/,
];

const isBlank = (text: string) => text.trim() === "";
const codeLike = (trimmed: string) => CODE_START.some((re) => re.test(trimmed));
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The completion for `problem` from a chat `reply`. Code is taken from, in order: the first code block
 * with a top-level `def entry_point(`; a `def entry_point(` at the start of a line outside blocks; the
 * longest python block; body-like code in the text. A redefinition becomes an indented `pass` (ending
 * the prompt's function) followed by the model's code at top level, without example usage; a body is
 * re-indented to the prompt's body indentation. Never throws: unusable replies give method "empty".
 */
export function extractCompletion(reply: string, problem: ExtractProblem): Extraction {
  if (problem.language === "ts") return extractTsCompletion(reply, problem);
  const shape = promptShape(problem.prompt, problem.entry_point);
  let offset = 0;
  if (/^\s*<think>/i.test(reply)) {
    // Reasoning models think first, often with draft code: only the answer after the thinking counts.
    const close = reply.toLowerCase().lastIndexOf("</think>");
    if (close < 0) return { completion: "", method: "empty", notes: ["the reply ended while thinking"] };
    offset = close + "</think>".length;
  }
  const lines = splitLines(reply.slice(offset), offset);
  const texts = lines.map((line) => line.text);
  const blocks = findBlocks(lines);
  const masked = texts.map(() => false);
  for (const block of blocks) masked.fill(true, block.open, block.close + 1);

  const fromBlock = (block: Block | undefined): Extraction | undefined => {
    if (!block) return undefined;
    const shaped = shapeCode(block.lines, shape);
    if (!block.closed) shaped.notes.unshift("the code block is not closed (the reply was probably cut off)");
    const method = shaped.kind === "redefinition" ? "fenced-redefinition" : "fenced-body";
    return result(shaped, method, block.span);
  };
  const fromRegion = (start: number): Extraction | undefined => {
    if (start < 0) return undefined;
    const [first, end] = region(texts, masked, start);
    const shaped = shapeCode(texts.slice(first, end), shape);
    const method = shaped.kind === "redefinition" ? "unfenced-redefinition" : "raw-body";
    return result(shaped, method, [lines[first]?.start ?? 0, lines[end - 1]?.end ?? 0]);
  };

  const defLine = new RegExp(`^(?:async\\s+)?def\\s+${escapeRe(shape.entry)}\\s*\\(`);
  const pythonBlocks = blocks
    .filter((b) => PY_LANGS.has(b.lang) && (b.lang !== "" || b.lines.some((l) => codeLike(l.trim()))))
    .sort((a, b) => b.lines.join("\n").length - a.lines.join("\n").length);
  const candidates = [
    ...blocks.filter((b) => definesAtTop(b.lines, defLine)).map((b) => () => fromBlock(b)),
    () => fromRegion(texts.findIndex((text, i) => !masked[i] && defLine.test(text))),
    ...pythonBlocks.map((b) => () => fromBlock(b)),
    () => fromRegion(texts.findIndex((text, i) => !masked[i] && startsCode(text))),
  ];
  for (const candidate of candidates) {
    const found = candidate();
    if (found) return found;
  }
  return { completion: "", method: "empty", notes: ["no Python code found in the reply"] };
}

function result(shaped: Shaped, method: ExtractionMethod, span: [number, number]): Extraction | undefined {
  if (shaped.kind === "empty") return undefined;
  const out: Extraction = { completion: shaped.completion, method, codeSpan: span };
  if (shaped.notes.length > 0) out.notes = shaped.notes;
  return out;
}

function promptShape(prompt: string, entry: string): PromptShape {
  const lines = prompt.split(/\r\n|\r|\n/).map(expandIndent);
  const defIndent = lines.reduce((found, line) => {
    const match = new RegExp(`^( *)(?:async\\s+)?def\\s+${escapeRe(entry)}\\s*\\(`).exec(line);
    return match ? (match[1] ?? "").length : found;
  }, 0);
  const lastText = [...prompt.split(/\r\n|\r|\n/)].reverse().find((line) => !isBlank(line)) ?? "";
  const lastIndent = /^[ \t]*/.exec(lastText)?.[0] ?? "";
  // The prompt normally ends inside the function (its docstring): body lines use that indentation.
  const bodyIndent = expandIndent(lastIndent).length > defIndent ? lastIndent : " ".repeat(defIndent + 4);
  const defined = new Set([entry]);
  for (const match of prompt.matchAll(/^(?:async\s+def|def|class)\s+(\w+)/gm)) defined.add(match[1] ?? entry);
  return { entry, bodyIndent, lead: prompt === "" || /[\r\n]$/.test(prompt) ? "" : "\n", defined };
}

function splitLines(text: string, offset: number): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    lines.push({ text: text.slice(start, m.index), start: offset + start, end: offset + m.index });
    start = m.index + m[0].length;
  }
  lines.push({ text: text.slice(start), start: offset + start, end: offset + text.length });
  return lines;
}

/** Markdown fenced blocks (``` or ~~~, any indentation, any info string); an open last one runs to the end. */
function findBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE_OPEN.exec(lines[i]?.text ?? "");
    if (!open) continue;
    const indent = open[1]?.length ?? 0;
    const marker = open[2] ?? "```";
    const closing = new RegExp(`^\\s*${marker[0] === "`" ? "`" : "~"}{${marker.length},}\\s*$`);
    let j = i + 1;
    while (j < lines.length && !closing.test(lines[j]?.text ?? "")) j++;
    const content = lines.slice(i + 1, j);
    const at = lines[i]?.end ?? 0;
    blocks.push({
      lang: /^[^\s{:,;]*/.exec((open[3] ?? "").trim())?.[0].toLowerCase() ?? "",
      // Content lines lose at most the fence's own indentation (a block inside a list item).
      lines: content.map((line) => line.text.replace(new RegExp(`^[ \\t]{0,${indent}}`), "")),
      span: [content[0]?.start ?? at, content.at(-1)?.end ?? at],
      closed: j < lines.length,
      open: i,
      close: j,
    });
    i = j;
  }
  return blocks;
}

function definesAtTop(lines: string[], defLine: RegExp): boolean {
  const indents = lines.filter((l) => !isBlank(l)).map((l) => indentOf(expandIndent(l)));
  const top = Math.min(...indents);
  return lines.some((l) => defLine.test(l.trim()) && indentOf(expandIndent(l)) === top);
}

function startsCode(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === "" || /^(?:[-*+]\s|\d+[.)]\s|>>>)/.test(trimmed)) return false;
  return codeLike(trimmed);
}

/** The code region of unfenced text around line `at`: up over code, down until prose at column 0. */
function region(texts: string[], masked: boolean[], at: number): [number, number] {
  // Reading forward from the top, a run of code starts at a code-like line and ends at prose met at
  // the start of a statement (a line inside a string, like a docstring's text, is not prose). The
  // region starts where the run reaching `at` (at the start of a statement) began.
  let top = at;
  while (top > 0 && !masked[top - 1]) top--;
  let first = -1;
  let scan = scanner();
  for (let i = top; i < at; i++) {
    const text = texts[i] ?? "";
    if (first >= 0 && scan.atStart() && isProse(text)) first = -1;
    if (first < 0) {
      if (!startsCode(text)) continue;
      first = i;
      scan = scanner();
    }
    scan.feed(text);
  }
  if (first < 0 || !scan.atStart()) first = at;
  scan = scanner();
  let end = first;
  for (let i = first; i < texts.length && !masked[i]; i++) {
    const text = texts[i] ?? "";
    if (scan.atStart() && isProse(text)) break;
    scan.feed(text);
    if (!isBlank(text)) end = i + 1;
  }
  return [first, end];
}

/** A line of prose: text at column 0 that does not start like Python. */
const isProse = (text: string) => !isBlank(text) && !/^\s/.test(text) && !startsCode(text);

const dedent = (line: string, cols: number) => line.slice(Math.min(cols, indentOf(line)));

/** Keeps definitions, imports and setup; drops example usage, tests and `__main__` blocks. */
function keepUnits(lines: string[], all: Unit[], shape: PromptShape, notes: string[]): string {
  const defined = new Set([...shape.defined, ...all.filter((u) => u.kind === "def").map((u) => u.name)]);
  const calls = new RegExp(`(?<![\\w.])(?:${[...defined].map(escapeRe).join("|")}|input)\\s*\\(`);
  const lastDef = all.findLastIndex((u) => u.kind === "def");
  let dropped = 0;
  const kept = all.filter((u, k) => {
    const text = lines.slice(u.first, u.end).join("\n");
    const after = k > lastDef;
    const keep =
      u.kind === "def" ||
      u.kind === "import" ||
      // A call of a plain name at top level (`main()`, `solve()`, `test()`) is usage, not setup.
      (u.kind === "call" &&
        /\./.test(u.name) &&
        !DROP_METHODS.has(u.name.split(".").at(-1) ?? "") &&
        !calls.test(text)) ||
      ((u.kind === "assign" || u.kind === "other") &&
        !(after && (calls.test(text) || /\bprint\s*\(/.test(text))));
    if (u.kind === "future")
      notes.push("dropped `from __future__` import (only allowed at the start of a file)");
    else if (!keep) dropped++;
    return keep;
  });
  if (dropped > 0) notes.push(`dropped ${dropped} top-level statement(s): example usage, tests or __main__`);
  return trimBlank(kept.flatMap((u) => lines.slice(u.first, u.end))).join("\n");
}

function trimBlank(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && isBlank(lines[start] ?? "")) start++;
  while (end > start && isBlank(lines[end - 1] ?? "")) end--;
  return lines.slice(start, end).map((line) => (isBlank(line) ? "" : line));
}

/** Turns the chosen code into a completion for the prompt described by `shape`. */
function shapeCode(raw: string[], shape: PromptShape): Shaped {
  const notes: string[] = [];
  const empty: Shaped = { kind: "empty", completion: "", notes };
  const expanded = raw.map(expandIndent);
  const found = statements(expanded);
  const margin = Math.min(...found.map((s) => s.indent));
  const lines = expanded.map((line) => dedent(line, margin));
  const stmts = found.map((s) => ({ ...s, indent: s.indent - margin }));
  const first = stmts[0];
  if (!first) return empty;

  // A body may come first: indented, or with only its first line pulled to column 0 (the reply was
  // trimmed). It runs until the first statement back at column 0.
  const top = stmts.findIndex((s, k) => k > 0 && s.indent === 0);
  const headEnd = top < 0 ? stmts.length : top;
  const inner = stmts.slice(1, headEnd);
  const innerMin = Math.min(...inner.map((s) => s.indent));
  const hasHead =
    first.indent > 0 || (inner.length > 0 && (!first.opens || innerMin < (inner[0]?.indent ?? 0)));
  const tailStart = hasHead ? (stmts[headEnd]?.first ?? lines.length) : 0;
  // innerMin is Infinity without inner statements; a pulled-out first line counts as being at innerMin.
  const base = !hasHead ? 0 : first.indent > 0 ? Math.min(first.indent, innerMin) : innerMin;
  const tailUnits = units(
    stmts.filter((s) => s.first >= tailStart),
    lines.length,
  );
  const entry = tailUnits.find((u) => u.kind === "def" && u.name === shape.entry);
  // A signature alone, or a stub (docstring, pass, ...), often the prompt repeated: not an answer.
  const stub = /^(?:[rbfuRBFU]{0,2}["']|pass\b|\.\.\.)/;
  if (entry && !stmts.some((s) => s.first > entry.first && s.first < entry.end && !stub.test(s.head))) {
    return empty;
  }
  const isEntry = entry !== undefined;
  const otherDefs = tailUnits.filter((u) => u.kind === "def").map((u) => u.name);

  if (isEntry || (!hasHead && otherDefs.length > 0 && !tailUnits.some((u) => u.kind === "return"))) {
    if (hasHead) notes.push("ignored a function body that came before the definitions");
    if (!isEntry) notes.push(`no top-level def ${shape.entry}(: the code defines ${otherDefs.join(", ")}`);
    const code = keepUnits(lines, tailUnits, shape, notes);
    if (code === "") return empty;
    return { kind: "redefinition", completion: `${shape.lead}${shape.bodyIndent}pass\n\n${code}\n`, notes };
  }
  const bodyEnd = hasHead ? tailStart : lines.length;
  const body = trimBlank(lines.slice(0, bodyEnd)).map((l) =>
    l === "" ? "" : shape.bodyIndent + dedent(l, base),
  );
  const code = stmts.some((s) => s.first < bodyEnd && !/^[rbfuRBFU]{0,2}["']/.test(s.head));
  if (!code) return empty;
  const rest = hasHead ? keepUnits(lines, tailUnits, shape, notes) : "";
  const completion = `${shape.lead}${body.join("\n")}\n${rest === "" ? "" : `\n\n${rest}\n`}`;
  return { kind: "body", completion, notes };
}
