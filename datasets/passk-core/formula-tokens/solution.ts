function formula_tokens(formula: string): string[] {
  const chars = Array.from(formula);
  const isDigit = (ch: string | undefined): boolean => ch !== undefined && /^\p{Nd}$/u.test(ch);
  const isAlpha = (ch: string): boolean => /^\p{L}$/u.test(ch);
  const isAlnum = (ch: string): boolean => /^[\p{L}\p{N}]$/u.test(ch);
  const operators = ["+", "-", "*", "/", "**", "("];
  const tokens: string[] = [];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i] as string;
    let j = i + 1;
    const last = tokens.at(-1);
    const followsOperator = last === undefined || operators.includes(last);
    if (ch === " ") {
      i = j;
      continue;
    }
    if (isDigit(ch) || (ch === "-" && isDigit(chars[j]) && followsOperator)) {
      while (j < chars.length && (isDigit(chars[j]) || chars[j] === ".")) j++;
    } else if (isAlpha(ch) || ch === "_") {
      while (j < chars.length && (isAlnum(chars[j] as string) || chars[j] === "_")) j++;
    } else if (ch === "*" && chars[i + 1] === "*") {
      j = i + 2;
    }
    tokens.push(chars.slice(i, j).join(""));
    i = j;
  }
  return tokens;
}
