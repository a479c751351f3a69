// A light scanner of Python source, line by line, for extract.ts: it finds where logical lines
// (statements) start despite strings, brackets and backslash continuations, how deep they are
// indented, and what kind each top-level statement is. Heuristic by design (no tokenizer, no Python):
// it has to read the half-broken code that chat models write between paragraphs of prose.

/** One statement (a logical line): where it starts, its indentation, its first line trimmed. */
export interface Stmt {
  first: number;
  indent: number;
  head: string;
  opens: boolean;
}

/** What a top-level statement is, as far as choosing what to keep of a reply goes. */
export type UnitKind =
  | "def"
  | "decorator"
  | "import"
  | "future"
  | "usage"
  | "return"
  | "call"
  | "assign"
  | "other";

/** A top-level statement with the lines up to the next one (comments and blank lines included). */
export interface Unit {
  first: number;
  end: number;
  kind: UnitKind;
  name: string;
}

/** The start of an assignment statement (plain, annotated, augmented or to several targets). */
export const ASSIGNMENT =
  /^[A-Za-z_][\w.]*(?:\[[^\]]*\])?(?:\s*,\s*[A-Za-z_][\w.]*)*\s*(?::[^=]+)?(?:[-+*/%&|^@]|\/\/|\*\*|<<|>>)?=(?!=)/;

/** The number of leading spaces of a line (expand its tabs first, with {@link expandIndent}). */
export const indentOf = (text: string) => /^ */.exec(text)?.[0].length ?? 0;

/** Tracks strings, brackets and backslash continuations across physical lines. */
export function scanner() {
  let quote: string | null = null;
  let depth = 0;
  let cont = false;
  let lastSig = "";
  const atStart = () => quote === null && depth === 0 && !cont;
  /** Reads one line; true when the statement read so far ends with ":" (it opens a block). */
  const feed = (line: string): boolean => {
    if (atStart()) lastSig = "";
    let comment = false;
    for (let k = 0; k < line.length; k++) {
      const c = line[k] ?? "";
      if (quote !== null) {
        if (c === "\\") k++;
        else if (line.startsWith(quote, k)) {
          k += quote.length - 1;
          quote = null;
        }
        continue;
      }
      if (c === "#") {
        comment = true;
        break;
      }
      if (c === '"' || c === "'") quote = line.startsWith(c.repeat(3), k) ? c.repeat(3) : c;
      if (quote !== null) k += quote.length - 1;
      else if ("([{".includes(c)) depth++;
      else if (")]}".includes(c)) depth = Math.max(0, depth - 1);
      if (c.trim() !== "") lastSig = c;
    }
    cont = !comment && line.endsWith("\\") && (quote === null || quote.length === 1);
    if (quote?.length === 1 && !cont) quote = null; // an unterminated one-line string ends here
    return lastSig === ":";
  };
  return { atStart, feed };
}

/** The statements of `lines`: each logical line's first physical line, skipping blanks and comments. */
export function statements(lines: string[]): Stmt[] {
  const out: Stmt[] = [];
  const scan = scanner();
  let current: Stmt | undefined;
  lines.forEach((line, i) => {
    if (scan.atStart()) {
      const head = line.trim();
      if (head === "" || head.startsWith("#")) return;
      current = { first: i, indent: indentOf(line), head, opens: false };
      out.push(current);
    }
    const opens = scan.feed(line);
    if (current) current.opens = opens;
  });
  return out;
}

/** Tabs in indentation become spaces the way Python counts them (to the next multiple of 8). */
export function expandIndent(line: string): string {
  const lead = /^[ \t]*/.exec(line)?.[0] ?? "";
  let width = 0;
  for (const c of lead) width = c === "\t" ? width + 8 - (width % 8) : width + 1;
  return " ".repeat(width) + line.slice(lead.length);
}

function classify(head: string): { kind: UnitKind; name: string } {
  const def = /^(?:(?:async\s+)?def|class)\s+(\w+)/.exec(head);
  if (def) return { kind: "def", name: def[1] ?? "" };
  if (head.startsWith("@")) return { kind: "decorator", name: "" };
  if (/^from\s+__future__\s+import\b/.test(head)) return { kind: "future", name: "" };
  if (/^(?:import\s|from\s+\S+\s+import\b)/.test(head)) return { kind: "import", name: "" };
  if (/^(?:if\s+__name__\s*==|print\s*\(|assert\b)/.test(head)) return { kind: "usage", name: "" };
  if (/^(?:return|yield)\b/.test(head)) return { kind: "return", name: "" };
  const call = /^([\w.]+)\s*\(/.exec(head);
  if (call) return { kind: "call", name: call[1] ?? "" };
  if (ASSIGNMENT.test(head)) return { kind: "assign", name: "" };
  return { kind: "other", name: "" };
}

/** Top-level statements of `stmts` (indent 0), each with its lines; decorators join their definition. */
export function units(stmts: Stmt[], total: number): Unit[] {
  const top = stmts.filter((s) => s.indent === 0);
  const out: Unit[] = [];
  top.forEach((s, k) => {
    const { kind, name } = classify(s.head);
    const end = top[k + 1]?.first ?? total;
    const prev = out.at(-1);
    if (prev?.kind === "decorator") Object.assign(prev, { end, kind, name });
    else out.push({ first: s.first, end, kind, name });
  });
  return out;
}
