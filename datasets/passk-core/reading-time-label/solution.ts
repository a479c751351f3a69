function reading_time(article: string, words_per_minute: number): string {
  // Python's str.split(): runs of Unicode whitespace, no empty pieces.
  const space = "\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000";
  const whitespace = new RegExp(`[${space}]+`);
  const words = article.split(whitespace).filter((token) => /[\p{L}\p{N}]/u.test(token));
  const minutes = Math.ceil(words.length / words_per_minute);
  return `${minutes} min read`;
}
