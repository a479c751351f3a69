function deepest_gift(parcel: any[]): string | null {
  let best: string | null = null;
  let bestDepth = 0;
  function visit(box: any[], depth: number): void {
    for (const item of box) {
      if (Array.isArray(item)) {
        visit(item, depth + 1);
      } else if (best === null || depth > bestDepth) {
        best = item as string;
        bestDepth = depth;
      }
    }
  }
  visit(parcel, 1);
  return best;
}
