function fewest_darts(score: number): number | null {
  const doubles = new Set<number>([50]);
  const darts = new Set<number>([25, 50]);
  for (let n = 1; n <= 20; n++) {
    doubles.add(2 * n);
    darts.add(n);
    darts.add(2 * n);
    darts.add(3 * n);
  }
  // fewest[t]: the fewest darts (of any kind) that score exactly t
  const fewest: number[] = [0];
  for (let total = 1; total <= score; total++) {
    let least = Number.POSITIVE_INFINITY;
    for (const d of darts) {
      if (d <= total) least = Math.min(least, fewest[total - d] as number);
    }
    fewest.push(1 + least);
  }
  let best: number | null = null;
  for (const d of doubles) {
    if (d > score) continue;
    const finish = (fewest[score - d] as number) + 1;
    if (best === null || finish < best) best = finish;
  }
  return best;
}
