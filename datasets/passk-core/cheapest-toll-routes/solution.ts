function cheapest_toll_routes(tolls: number[][]): number[] {
  type Best = { cost: number; ways: number };
  // For each intersection of a row: the cheapest toll to reach it and how many routes reach it at
  // that toll, or null when it cannot be reached.
  let above: (Best | null)[] = [];
  for (const [r, row] of tolls.entries()) {
    const line: (Best | null)[] = [];
    for (const [c, toll] of row.entries()) {
      if (toll < 0) {
        line.push(null);
      } else if (r === 0 && c === 0) {
        line.push({ cost: toll, ways: 1 });
      } else {
        const before = [above[c], line[c - 1]].filter((b): b is Best => b != null);
        if (before.length === 0) {
          line.push(null);
        } else {
          const low = Math.min(...before.map((b) => b.cost));
          const ways = before.filter((b) => b.cost === low).reduce((sum, b) => sum + b.ways, 0);
          line.push({ cost: low + toll, ways });
        }
      }
    }
    above = line;
  }
  const end = above[above.length - 1];
  return end ? [end.cost, end.ways] : [-1, 0];
}
