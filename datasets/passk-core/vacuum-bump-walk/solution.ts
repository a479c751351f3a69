function cells_cleaned(room: string[], moves: string): number {
  let r = room.findIndex((row) => row.includes("S"));
  let c = (room[r] as string).indexOf("S");
  const steps: Record<string, [number, number]> = { U: [-1, 0], D: [1, 0], L: [0, -1], R: [0, 1] };
  const seen = new Set<string>([`${r},${c}`]);
  for (const move of moves) {
    const [dr, dc] = steps[move] as [number, number];
    const nr = r + dr;
    const nc = c + dc;
    const cell = room[nr]?.[nc];
    if (cell !== undefined && cell !== "#") {
      r = nr;
      c = nc;
      seen.add(`${r},${c}`);
    }
  }
  return seen.size;
}
