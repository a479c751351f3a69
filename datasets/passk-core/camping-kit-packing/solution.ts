function pack_kit(items: Record<string, [number, number]>, needs: Record<string, string[]>, capacity: number): string[] {
  const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const names = Object.keys(items).sort(compare);

  function compareLists(a: string[], b: string[]): number {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const order = compare(a[i] as string, b[i] as string);
      if (order !== 0) return order;
    }
    return a.length - b.length;
  }

  let best: string[] = [];
  let bestPoints = -1;
  let bestWeight = 0;
  for (let mask = 0; mask < 1 << names.length; mask++) {
    const pack = names.filter((_, i) => (mask >> i) & 1);
    const chosen = new Set(pack);
    if (pack.some((name) => (Object.hasOwn(needs, name) ? (needs[name] as string[]) : []).some((need) => !chosen.has(need)))) {
      continue;
    }
    let weight = 0;
    let points = 0;
    for (const name of pack) {
      const [w, p] = items[name] as [number, number];
      weight += w;
      points += p;
    }
    if (weight > capacity) continue;
    if (
      points > bestPoints ||
      (points === bestPoints && (weight < bestWeight || (weight === bestWeight && compareLists(pack, best) < 0)))
    ) {
      best = pack;
      bestPoints = points;
      bestWeight = weight;
    }
  }
  return best;
}
