function push_crates(warehouse: string[], moves: string): string[] {
  const grid = warehouse.map((row) => [...row]);
  let r = warehouse.findIndex((row) => row.includes("@"));
  let c = (warehouse[r] as string).indexOf("@");
  const steps: Record<string, [number, number]> = { U: [-1, 0], D: [1, 0], L: [0, -1], R: [0, 1] };
  const at = (a: number, b: number): string | undefined => grid[a]?.[b];
  for (const move of moves) {
    const [dr, dc] = steps[move] as [number, number];
    const ar = r + dr;
    const ac = c + dc;
    const ahead = at(ar, ac);
    if (ahead === undefined || ahead === "#") continue;
    if (ahead === "O") {
      if (at(ar + dr, ac + dc) !== ".") continue;
      (grid[ar + dr] as string[])[ac + dc] = "O";
    }
    (grid[r] as string[])[c] = ".";
    (grid[ar] as string[])[ac] = "@";
    r = ar;
    c = ac;
  }
  return grid.map((row) => row.join(""));
}
