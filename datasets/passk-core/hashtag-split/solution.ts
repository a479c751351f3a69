function split_hashtag(tag: string, words: string[]): string[] | null {
  // a split ranks before another with fewer words, then longer words from the front
  function better(a: string[], b: string[]): boolean {
    if (a.length !== b.length) return a.length < b.length;
    for (let i = 0; i < a.length; i++) {
      const x = (a[i] as string).length;
      const y = (b[i] as string).length;
      if (x !== y) return x > y;
    }
    return false;
  }

  const best: (string[] | null)[] = new Array<string[] | null>(tag.length).fill(null);
  best.push([]);
  for (let start = tag.length - 1; start >= 0; start--) {
    for (const word of words) {
      if (!tag.startsWith(word, start)) continue;
      const rest = best[start + word.length];
      if (rest === null || rest === undefined) continue;
      const candidate = [word, ...rest];
      const current = best[start];
      if (current === null || current === undefined || better(candidate, current)) best[start] = candidate;
    }
  }
  return best[0] ?? null;
}
