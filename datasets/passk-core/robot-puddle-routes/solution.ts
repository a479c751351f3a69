function dry_enough_routes(yard: string[], k: number): number {
  const rows = yard.length;
  const cols = (yard[0] as string).length;
  // ways[r][c][used]: routes from the corner to (r, c) that step into `used` puddles.
  const ways: number[][][] = Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => new Array<number>(k + 2).fill(0)),
  );
  const at = (r: number, c: number, used: number): number => ways[r]?.[c]?.[used] ?? 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const cell = (yard[r] as string)[c];
      if (cell === "#") continue;
      const wet = cell === "~" ? 1 : 0;
      const here = (ways[r] as number[][])[c] as number[];
      for (let used = wet; used <= k; used++) {
        if (r === 0 && c === 0) here[used] = used === wet ? 1 : 0;
        else here[used] = (r > 0 ? at(r - 1, c, used - wet) : 0) + (c > 0 ? at(r, c - 1, used - wet) : 0);
      }
    }
  }
  return ((ways[rows - 1] as number[][])[cols - 1] as number[]).reduce((sum, n) => sum + n, 0);
}
