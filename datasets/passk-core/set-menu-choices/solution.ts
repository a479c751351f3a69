function count_choices(menu: Record<string, string[][]>, item: string): number {
  // counts are kept as bigint so that they stay exact however large they grow
  const memo = new Map<string, bigint>();
  function ways(name: string): bigint {
    if (!Object.hasOwn(menu, name)) return 1n;
    const known = memo.get(name);
    if (known !== undefined) return known;
    let total = 0n;
    for (const option of menu[name] as string[][]) {
      let product = 1n;
      for (const part of option) product *= ways(part);
      total += product;
    }
    memo.set(name, total);
    return total;
  }
  return Number(ways(item));
}
