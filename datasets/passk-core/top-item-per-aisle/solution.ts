function top_items(sales: [string, string][]): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const [aisle, item] of sales) {
    const perItem = counts.get(aisle) ?? new Map<string, number>();
    perItem.set(item, (perItem.get(item) ?? 0) + 1);
    counts.set(aisle, perItem);
  }
  const top: [string, string][] = [];
  for (const [aisle, perItem] of counts) {
    let best: [string, number] | null = null;
    for (const [item, count] of perItem) {
      if (best === null || count > best[1] || (count === best[1] && item < best[0])) best = [item, count];
    }
    if (best !== null) top.push([aisle, best[0]]);
  }
  return Object.fromEntries(top);
}
