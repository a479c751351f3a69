function meeting_cell(town: string[]): [number, number] | null {
  const rows = town.length;
  const cols = (town[0] ?? "").length;

  function walk(mark: string): number[] {
    const times = new Array<number>(rows * cols).fill(-1);
    const r0 = town.findIndex((row) => row.includes(mark));
    const start = r0 * cols + (town[r0] as string).indexOf(mark);
    times[start] = 0;
    const queue = [start];
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
          (town[nr] as string)[nc] !== "#" &&
          times[next] === -1
        ) {
          times[next] = (times[cell] as number) + 1;
          queue.push(next);
        }
      }
    }
    return times;
  }

  const a = walk("A");
  const b = walk("B");
  let best: [number, number] | null = null;
  let bestTime = Number.POSITIVE_INFINITY;
  for (let cell = 0; cell < rows * cols; cell++) {
    const ta = a[cell] as number;
    const tb = b[cell] as number;
    if (ta < 0 || tb < 0) continue;
    const time = Math.max(ta, 2 * tb);
    if (time < bestTime) {
      bestTime = time;
      best = [Math.floor(cell / cols), cell % cols];
    }
  }
  return best;
}
