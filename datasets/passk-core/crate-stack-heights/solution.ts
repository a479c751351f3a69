function stack_heights(crates: [number, number][]): number[] {
  let heights = new Set<number>([0]);
  for (const [a, b] of crates) {
    const next = new Set<number>();
    for (const h of heights) {
      next.add(h + a);
      next.add(h + b);
    }
    heights = next;
  }
  return [...heights].sort((x, y) => x - y);
}
