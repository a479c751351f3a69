// Writing Python programs inside TypeScript tests.

/** Python source from an indented template literal (backslashes are kept for Python to read). */
export function py(strings: TemplateStringsArray, ...values: unknown[]): string {
  const lines = String.raw(strings, ...values).split("\n");
  if (lines[0]?.trim() === "") lines.shift();
  const indents = lines.filter((l) => l.trim() !== "").map((l) => /^ */.exec(l)?.[0].length ?? 0);
  const cut = Math.min(...indents);
  return `${lines.map((l) => l.slice(cut)).join("\n")}\n`;
}

/** A Python string literal (JSON's escapes are valid Python for these ASCII paths). */
export const str = (s: string) => JSON.stringify(s);
