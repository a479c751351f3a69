function cashier_change(till: Map<number, number>, amount: number): number[] | null {
  const given: number[] = [];
  let owed = amount;
  for (const coin of [...till.keys()].sort((a, b) => b - a)) {
    // once this coin stops fitting (or runs out) it never fits again: what is owed only shrinks
    const take = Math.min(till.get(coin) as number, Math.floor(owed / coin));
    for (let i = 0; i < take; i++) given.push(coin);
    owed -= coin * take;
  }
  return owed === 0 ? given : null;
}
