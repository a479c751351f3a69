function slot_lengths(grid: string[]): Map<number, number> {
  const counts = new Map<number, number>();
  const width = grid[0]?.length ?? 0;
  const columns = Array.from({ length: width }, (_, c) => grid.map((row) => row[c]).join(""));
  for (const line of [...grid, ...columns]) {
    for (const run of line.split("#")) {
      if (run.length >= 2) counts.set(run.length, (counts.get(run.length) ?? 0) + 1);
    }
  }
  return counts;
}
