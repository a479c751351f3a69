function bucket_counts(values: number[], origin: number, width: number): [number, number][] {
  const counts = new Map<number, number>();
  for (const value of values) {
    const start = origin + Math.floor((value - origin) / width) * width;
    counts.set(start, (counts.get(start) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => a[0] - b[0]);
}
