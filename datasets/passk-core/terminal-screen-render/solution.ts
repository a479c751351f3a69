function render(output: string): string[] {
  const lines: string[][] = [[]];
  let column = 0;
  for (const ch of output) {
    if (ch === "\n") {
      lines.push([]);
      column = 0;
    } else if (ch === "\r") {
      column = 0;
    } else if (ch === "\b") {
      column = Math.max(column - 1, 0);
    } else if (ch === "\t") {
      column = Math.floor(column / 8) * 8 + 8;
    } else {
      const line = lines[lines.length - 1] as string[];
      while (line.length <= column) line.push(" ");
      line[column] = ch;
      column++;
    }
  }
  return lines.map((line) => line.join("").replace(/ +$/, ""));
}
