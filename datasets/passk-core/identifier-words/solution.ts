function identifier_words(name: string): string[] {
  const isUpper = (ch: string | undefined): boolean => ch !== undefined && /^\p{Uppercase}$/u.test(ch);
  const isLower = (ch: string | undefined): boolean => ch !== undefined && /^\p{Lowercase}$/u.test(ch);
  const isDigit = (ch: string | undefined): boolean => ch !== undefined && /^\p{Nd}$/u.test(ch);
  const words: string[] = [];
  for (const part of name.replaceAll("-", "_").split("_")) {
    const run = Array.from(part);
    let start = 0;
    for (let i = 1; i < run.length; i++) {
      const ch = run[i];
      const before = run[i - 1];
      const after = run[i + 1];
      if (isUpper(ch) && (isLower(before) || isDigit(before) || (isUpper(before) && isLower(after)))) {
        words.push(run.slice(start, i).join("").toLowerCase());
        start = i;
      }
    }
    if (run.length > 0) words.push(run.slice(start).join("").toLowerCase());
  }
  return words;
}
