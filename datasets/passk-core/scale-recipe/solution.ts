function scale_recipe(recipe: Record<string, number>, serves: number, guests: number): Record<string, number> {
  const scaled: Record<string, number> = {};
  for (const [name, grams] of Object.entries(recipe)) {
    // A leading "~" marks an ingredient that does not scale; the rest round up.
    if (name.startsWith("~")) scaled[name.slice(1)] = grams;
    else scaled[name] = Math.ceil((grams * guests) / serves);
  }
  return scaled;
}
