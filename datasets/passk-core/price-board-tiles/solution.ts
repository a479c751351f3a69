function tiles_needed(prices: number[]): Record<string, number> {
  const needed: Record<string, number> = {};
  for (const price of prices) {
    const counts = new Map<string, number>();
    for (const digit of String(price)) counts.set(digit, (counts.get(digit) ?? 0) + 1);
    for (const [digit, count] of counts) needed[digit] = Math.max(needed[digit] ?? 0, count);
  }
  return needed;
}
