function strip_quoted(message: string): string {
  // Python's str.strip() family: Unicode whitespace as str.isspace() defines it.
  const space = "\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000";
  const lstrip = (line: string): string => line.replace(new RegExp(`^[${space}]+`), "");
  const rstrip = (line: string): string => line.replace(new RegExp(`[${space}]+$`), "");
  const lines = message.split("\n");
  const quoted = (line: string | undefined): boolean => line !== undefined && lstrip(line).startsWith(">");
  const kept: string[] = [];
  lines.forEach((line, i) => {
    const attribution = rstrip(line).endsWith("wrote:") && quoted(lines[i + 1]);
    if (!quoted(line) && !attribution) kept.push(line);
  });
  while (kept.length > 0 && rstrip(kept.at(-1) as string) === "") kept.pop();
  return kept.join("\n");
}
