function cheapest_fare(n: number, tickets: [number, number, number][]): number | null {
  const best: (number | null)[] = new Array<number | null>(n).fill(null);
  best[0] = 0;
  for (let station = 0; station < n; station++) {
    const here = best[station];
    if (here === null || here === undefined) continue;
    for (const [a, b, price] of tickets) {
      const there = best[b];
      if (a === station && (there === null || there === undefined || here + price < there))
        best[b] = here + price;
    }
  }
  return best[n - 1] ?? null;
}
