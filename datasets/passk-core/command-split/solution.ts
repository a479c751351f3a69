function split_command(line: string): string[] | null {
  const args: string[] = [];
  let current = "";
  let state: "between" | "word" | "quoted" | "quote_end" | "caret" = "between";
  for (const ch of line) {
    if (state === "quote_end") {
      // A quote right after a closing quote is a literal '"'; either way the character is then
      // read as part of the argument, where a quote (re)opens a quoted section.
      if (ch === '"') current += '"';
      state = "word";
    }
    if (state === "quoted") {
      if (ch === '"') state = "quote_end";
      else current += ch;
    } else if (state === "caret") {
      current += ch;
      state = "word";
    } else if (ch === " " || ch === "\t") {
      if (state === "word") {
        args.push(current);
        current = "";
        state = "between";
      }
    } else if (ch === "#" && state === "between") {
      break;
    } else if (ch === "^") {
      state = "caret";
    } else if (ch === '"') {
      state = "quoted";
    } else {
      current += ch;
      state = "word";
    }
  }
  if (state === "quoted" || state === "caret") return null;
  if (state !== "between") args.push(current);
  return args;
}
