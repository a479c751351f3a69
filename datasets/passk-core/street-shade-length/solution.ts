function shaded_length(buildings: [number, number, number][]): number {
  const spans = buildings
    .map(([west, east, height]): [number, number] => [west, east + height])
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let total = 0;
  let reach: number | null = null;
  for (const [start, end] of spans) {
    if (reach === null || start > reach) {
      total += end - start;
      reach = end;
    } else if (end > reach) {
      total += end - reach;
      reach = end;
    }
  }
  return total;
}
