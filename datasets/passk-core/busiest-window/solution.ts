function busiest_window(arrivals: number[], width: number): [number, number] | null {
  const sorted = [...arrivals].sort((a, b) => a - b);
  let best: [number, number] | null = null;
  let end = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) continue;
    const start = sorted[i] as number;
    while (end < sorted.length && (sorted[end] as number) < start + width) end++;
    if (best === null || end - i > best[1]) best = [start, end - i];
  }
  return best;
}
