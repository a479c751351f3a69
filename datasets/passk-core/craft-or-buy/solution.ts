function cheapest_cost(item: string, prices: Record<string, number>, recipes: Record<string, Record<string, number>>): number | null {
  const memo = new Map<string, number | null>();
  function cost(name: string): number | null {
    if (memo.has(name)) return memo.get(name) as number | null;
    const options: number[] = [];
    if (Object.hasOwn(prices, name)) options.push(prices[name] as number);
    if (Object.hasOwn(recipes, name)) {
      let sum: number | null = 0;
      for (const [part, count] of Object.entries(recipes[name] as Record<string, number>)) {
        const each = cost(part);
        if (each === null) {
          sum = null;
          break;
        }
        sum += each * count;
      }
      if (sum !== null) options.push(sum);
    }
    const best = options.length > 0 ? Math.min(...options) : null;
    memo.set(name, best);
    return best;
  }
  return cost(item);
}
