function shopping_list(recipes: Record<string, [number, Record<string, number>]>, dish: string, portions: number): Record<string, number> {
  const bought: Record<string, number> = {};

  function need(item: string, units: number): void {
    const recipe = Object.hasOwn(recipes, item) ? recipes[item] : undefined;
    if (recipe === undefined) {
      bought[item] = (bought[item] ?? 0) + units;
      return;
    }
    const [makes, parts] = recipe;
    const batches = Math.ceil(units / makes);
    for (const [part, perBatch] of Object.entries(parts)) need(part, perBatch * batches);
  }

  need(dish, portions);
  return bought;
}
