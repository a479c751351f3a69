function make_slug(title: string, max_length: number): string {
  const words = title
    .replaceAll("'", "")
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== "")
    .map((word) => word.toLowerCase());
  if (words.length === 0) return "";
  let kept = (words[0] as string).slice(0, max_length);
  for (const word of words.slice(1)) {
    if (kept.length + 1 + word.length > max_length) break;
    kept += `-${word}`;
  }
  return kept;
}
