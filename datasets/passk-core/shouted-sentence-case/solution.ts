function sentence_case(text: string): string {
  const chars = Array.from(text);
  const isAlpha = (ch: string | undefined): boolean => ch !== undefined && /^\p{L}$/u.test(ch);
  let out = "";
  let capital = true;
  chars.forEach((ch, k) => {
    if (isAlpha(ch)) {
      const alone = !(k > 0 && isAlpha(chars[k - 1])) && !isAlpha(chars[k + 1]);
      out += capital || (alone && (ch === "i" || ch === "I")) ? ch.toUpperCase() : ch.toLowerCase();
      capital = false;
    } else {
      out += ch;
      if (".!?".includes(ch) && chars[k + 1] === " ") capital = true;
    }
  });
  return out;
}
