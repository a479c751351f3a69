function drop_repeated_words(text: string): string {
  const words = text.split(" ");
  return words
    .filter((word, index) => index === 0 || word.toLowerCase() !== words[index - 1]?.toLowerCase())
    .join(" ");
}
