function tidy_blank_lines(text: string): string {
  const result: string[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/[ \t]+$/, "");
    if (line !== "") result.push(line);
    else if (result.length > 0 && result[result.length - 1] !== "") result.push("");
  }
  if (result.length > 0 && result[result.length - 1] === "") result.pop();
  return result.join("\n");
}
