function wet_cells(heights: number[][], start: [number, number]): number {
  const rows = heights.length;
  const cols = (heights[0] as number[]).length;
  const height = (r: number, c: number): number => (heights[r] as number[])[c] as number;
  // Water flows from a wet cell to each neighbour that is not higher; cells are keyed r * cols + c.
  const wet = new Set<number>([start[0] * cols + start[1]]);
  const todo: [number, number][] = [start];
  while (todo.length > 0) {
    const [r, c] = todo.pop() as [number, number];
    for (const [nr, nc] of [
      [r - 1, c],
      [r + 1, c],
      [r, c - 1],
      [r, c + 1],
    ] as [number, number][]) {
      if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
      if (wet.has(nr * cols + nc) || height(nr, nc) > height(r, c)) continue;
      wet.add(nr * cols + nc);
      todo.push([nr, nc]);
    }
  }
  return wet.size;
}
