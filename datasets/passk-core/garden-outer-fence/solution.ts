function outer_fence(squares: [number, number][]): [number, number] {
  if (squares.length === 0) return [0, 0];
  const key = (x: number, y: number): string => `${x},${y}`;
  const garden = new Set(squares.map(([x, y]) => key(x, y)));
  const xs = squares.map(([x]) => x);
  const ys = squares.map(([, y]) => y);
  const lowX = Math.min(...xs) - 1;
  const highX = Math.max(...xs) + 1;
  const lowY = Math.min(...ys) - 1;
  const highY = Math.max(...ys) + 1;

  const sides = (x: number, y: number): [number, number][] => [
    [x + 1, y],
    [x - 1, y],
    [x, y + 1],
    [x, y - 1],
  ];

  function region(seedX: number, seedY: number, seen: Set<string>): void {
    const stack: [number, number][] = [[seedX, seedY]];
    seen.add(key(seedX, seedY));
    while (stack.length > 0) {
      const [x, y] = stack.pop() as [number, number];
      for (const [nx, ny] of sides(x, y)) {
        const k = key(nx, ny);
        if (nx >= lowX && nx <= highX && ny >= lowY && ny <= highY && !garden.has(k) && !seen.has(k)) {
          seen.add(k);
          stack.push([nx, ny]);
        }
      }
    }
  }

  const outside = new Set<string>();
  region(lowX, lowY, outside);
  let fence = 0;
  for (const [x, y] of squares) {
    for (const [nx, ny] of sides(x, y)) {
      if (outside.has(key(nx, ny))) fence++;
    }
  }
  let holes = 0;
  const seen = new Set(outside);
  for (let x = lowX + 1; x < highX; x++) {
    for (let y = lowY + 1; y < highY; y++) {
      const k = key(x, y);
      if (!garden.has(k) && !seen.has(k)) {
        holes++;
        region(x, y, seen);
      }
    }
  }
  return [fence, holes];
}
