function top_sellers(sales: Record<string, number>, k: number): string[] {
  const units = (item: string): number => sales[item] as number;
  const ranked = Object.keys(sales)
    .filter((item) => units(item) > 0)
    .sort((a, b) => units(b) - units(a) || (a < b ? -1 : a > b ? 1 : 0));
  if (k === 0) return [];
  if (k >= ranked.length) return ranked;
  const cut = units(ranked[k - 1] as string);
  return ranked.filter((item) => units(item) >= cut);
}
