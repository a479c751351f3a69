function nearest_charger(city: string[]): [number, number] | null {
  const rows = city.length;
  const cols = (city[0] as string).length;
  const cell = (r: number, c: number): string => (city[r] as string)[c] as string;
  // Breadth-first search from "S"; moves[r][c] is the fewest moves to (r, c), -1 if unreached.
  const moves: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(-1));
  const queue: [number, number][] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (queue.length === 0 && cell(r, c) === "S") {
        (moves[r] as number[])[c] = 0;
        queue.push([r, c]);
      }
    }
  }
  let best: [number, number, number] | null = null;
  for (let head = 0; head < queue.length; head++) {
    const [r, c] = queue[head] as [number, number];
    const d = (moves[r] as number[])[c] as number;
    if (cell(r, c) === "C") {
      const candidate: [number, number, number] = [d, r, c];
      const better =
        best === null ||
        candidate[0] < best[0] ||
        (candidate[0] === best[0] && (r < best[1] || (r === best[1] && c < best[2])));
      if (better) best = candidate;
    }
    for (const [nr, nc] of [
      [r - 1, c],
      [r + 1, c],
      [r, c - 1],
      [r, c + 1],
    ] as [number, number][]) {
      if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
      if (cell(nr, nc) === "#" || (moves[nr] as number[])[nc] !== -1) continue;
      (moves[nr] as number[])[nc] = d + 1;
      queue.push([nr, nc]);
    }
  }
  return best === null ? null : [best[1], best[2]];
}
