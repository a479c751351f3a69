function highest_reachable(heights: number[][], max_climb: number): [number, number] {
  const rows = heights.length;
  const cols = (heights[0] as number[]).length;
  const height = (r: number, c: number): number => (heights[r] as number[])[c] as number;
  const steps = new Map<number, number>([[0, 0]]);
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    const cell = queue[head] as number;
    const r = Math.floor(cell / cols);
    const c = cell % cols;
    for (const [nr, nc] of [
      [r + 1, c],
      [r - 1, c],
      [r, c + 1],
      [r, c - 1],
    ] as [number, number][]) {
      const next = nr * cols + nc;
      if (
        nr >= 0 &&
        nr < rows &&
        nc >= 0 &&
        nc < cols &&
        !steps.has(next) &&
        height(nr, nc) - height(r, c) <= max_climb
      ) {
        steps.set(next, (steps.get(cell) as number) + 1);
        queue.push(next);
      }
    }
  }
  let top = Number.NEGATIVE_INFINITY;
  let fewest = 0;
  for (const [cell, n] of steps) {
    const h = height(Math.floor(cell / cols), cell % cols);
    if (h > top || (h === top && n < fewest)) {
      top = h;
      fewest = n;
    }
  }
  return [top, fewest];
}
