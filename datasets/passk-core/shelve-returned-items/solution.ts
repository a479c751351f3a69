function shelve_returns(cart: [string, string][]): Record<string, string[]> {
  const shelves: Record<string, string[]> = {};
  for (const [item, shelf] of cart) {
    if (!Object.hasOwn(shelves, shelf)) shelves[shelf] = [];
    const items = shelves[shelf] as string[];
    if (!items.includes(item)) items.push(item);
  }
  return shelves;
}
