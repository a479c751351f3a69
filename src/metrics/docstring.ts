// Finds the docstring of a HumanEval-style prompt, for back-translation: the text the model is asked
// to reproduce from the code, and the code with that docstring taken out.

/** The last triple-quoted string literal of a prompt. */
export interface PromptDocstring {
  /** Its content as written in the source (escapes kept), cleaned like `inspect.cleandoc`. */
  text: string;
  /** The literal itself, quotes included, exactly as in the source. */
  literal: string;
  /** The prompt with the literal's lines removed (a docstring sits on lines of its own). */
  without: string;
}

/**
 * The docstring of `prompt`: its last triple-quoted string (the function's, when the prompt is
 * imports + helpers + signature + docstring). Comments and short strings are skipped so that quotes
 * inside them are not mistaken for one. Null when the prompt has no triple-quoted string.
 */
export function extractDocstring(prompt: string): PromptDocstring | null {
  let last: { start: number; end: number; quote: string } | null = null;
  for (let i = 0; i < prompt.length; ) {
    const ch = prompt[i];
    if (ch === "#") {
      const eol = prompt.indexOf("\n", i);
      i = eol === -1 ? prompt.length : eol + 1;
    } else if (prompt.startsWith('"""', i) || prompt.startsWith("'''", i)) {
      const quote = prompt.slice(i, i + 3);
      const end = closing(prompt, i + 3, quote, false);
      last = { start: i, end, quote };
      i = end;
    } else if (ch === '"' || ch === "'") {
      i = closing(prompt, i + 1, ch, true);
    } else {
      i++;
    }
  }
  if (!last) return null;
  const literal = prompt.slice(last.start, last.end);
  const body = literal.slice(3, literal.endsWith(last.quote) ? -3 : undefined);
  const without = cutOut(prompt, last.start, last.end);
  return { text: cleandoc(body), literal, without };
}

/**
 * `text` without `text.slice(start, end)`: whole lines when the cut has nothing but blanks around it
 * on its first and last line (a docstring sits on lines of its own), else just the characters.
 */
export function cutOut(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const eol = text.indexOf("\n", end);
  const lineEnd = eol === -1 ? text.length : eol + 1;
  const ownLines = text.slice(lineStart, start).trim() === "" && text.slice(end, lineEnd).trim() === "";
  return ownLines ? text.slice(0, lineStart) + text.slice(lineEnd) : text.slice(0, start) + text.slice(end);
}

/** Index just after the closing `quote` from `from` (backslashes escape); the end of input if none. */
function closing(text: string, from: number, quote: string, singleLine: boolean): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (singleLine && text[i] === "\n") return i;
    else if (text.startsWith(quote, i)) return i + quote.length;
  }
  return text.length;
}

/**
 * Python's `inspect.cleandoc`: first line stripped, common indentation of the rest removed, blank lines at
 * both ends dropped (whitespace-only ones too, where cleandoc keeps those that are not empty).
 */
export function cleandoc(doc: string): string {
  const lines = doc.replaceAll("\t", "        ").split("\n");
  const rest = lines.slice(1);
  const indents = rest.filter((l) => l.trim() !== "").map((l) => l.length - l.trimStart().length);
  const margin = indents.length > 0 ? Math.min(...indents) : 0;
  const cleaned = [(lines[0] ?? "").trimStart(), ...rest.map((l) => l.slice(margin))];
  while (cleaned.length > 0 && cleaned[0]?.trim() === "") cleaned.shift();
  while (cleaned.length > 0 && cleaned[cleaned.length - 1]?.trim() === "") cleaned.pop();
  return cleaned.join("\n");
}
