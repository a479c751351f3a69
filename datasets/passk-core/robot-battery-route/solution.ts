function fewest_moves(site: string[], battery: number): number {
  const rows = site.length;
  const cols = (site[0] ?? "").length;
  const startRow = site.findIndex((row) => row.includes("S"));
  const startCol = (site[startRow] as string).indexOf("S");
  const key = (r: number, c: number, charge: number): string => `${r},${c},${charge}`;
  const moves = new Map<string, number>([[key(startRow, startCol, battery), 0]]);
  const queue: [number, number, number][] = [[startRow, startCol, battery]];
  for (let head = 0; head < queue.length; head++) {
    const [r, c, charge] = queue[head] as [number, number, number];
    const here = moves.get(key(r, c, charge)) as number;
    if ((site[r] as string)[c] === "E") return here;
    if (charge === 0) continue;
    for (const [nr, nc] of [
      [r + 1, c],
      [r - 1, c],
      [r, c + 1],
      [r, c - 1],
    ] as [number, number][]) {
      if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
      const cell = (site[nr] as string)[nc];
      if (cell === "#") continue;
      const next = cell === "C" ? battery : charge - 1;
      const k = key(nr, nc, next);
      if (!moves.has(k)) {
        moves.set(k, here + 1);
        queue.push([nr, nc, next]);
      }
    }
  }
  return -1;
}
