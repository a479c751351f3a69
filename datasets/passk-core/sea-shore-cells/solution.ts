function shore_cells(island: string[]): number {
  const height = island.length;
  const width = (island[0] as string).length;
  const isWater = (r: number, c: number): boolean => island[r]?.[c] === "~";
  const sea: boolean[][] = island.map((row) => [...row].map(() => false));
  const stack: [number, number][] = [];
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      if (isWater(r, c) && (r === 0 || r === height - 1 || c === 0 || c === width - 1)) {
        (sea[r] as boolean[])[c] = true;
        stack.push([r, c]);
      }
    }
  }
  const neighbours = (r: number, c: number): [number, number][] => [
    [r + 1, c],
    [r - 1, c],
    [r, c + 1],
    [r, c - 1],
  ];
  while (stack.length > 0) {
    const [r, c] = stack.pop() as [number, number];
    for (const [nr, nc] of neighbours(r, c)) {
      if (isWater(nr, nc) && !sea[nr]?.[nc]) {
        (sea[nr] as boolean[])[nc] = true;
        stack.push([nr, nc]);
      }
    }
  }
  let count = 0;
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      if ((island[r] as string)[c] === "#" && neighbours(r, c).some(([nr, nc]) => sea[nr]?.[nc] === true))
        count++;
    }
  }
  return count;
}
