function shelve_returns(cart: [string, string][]): Record<string, string[]> {
  const shelves: Record<string, string[]> = {};
  for (const [item, shelf] of cart) {
    const items = Object.hasOwn(shelves, shelf) ? (shelves[shelf] as string[]) : (shelves[shelf] = []);
    if (!items.includes(item)) items.push(item);
  }
  return shelves;
}
