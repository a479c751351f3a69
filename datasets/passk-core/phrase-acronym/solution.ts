function make_acronym(phrase: string, minor: string[]): string {
  const small = new Set(minor.map((word) => word.toLowerCase()));
  const words = phrase
    .replaceAll("-", " ")
    .split(" ")
    .filter((word) => word !== "");
  let letters = "";
  for (const [index, word] of words.entries()) {
    if (index > 0 && small.has(word.toLowerCase())) continue;
    const first = String.fromCodePoint(word.codePointAt(0) as number);
    if (/^\p{L}$/u.test(first)) letters += first.toUpperCase();
  }
  return letters;
}
