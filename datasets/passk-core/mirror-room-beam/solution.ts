function trace_beam(room: string[], row: number): [string, number, number] | null {
  const height = room.length;
  const width = (room[0] as string).length;
  let r = row;
  let c = 0;
  let dr = 0;
  let dc = 1;
  let bounces = 0;
  while (true) {
    const cell = (room[r] as string)[c];
    if (cell === "#") return null;
    if (cell === "/") {
      // "/" turns right-going up, up-going right, and so on: (dr, dc) -> (-dc, -dr).
      [dr, dc] = [-dc, -dr];
      bounces += 1;
    } else if (cell === "\\") {
      // "\" turns right-going down, down-going right: (dr, dc) -> (dc, dr).
      [dr, dc] = [dc, dr];
      bounces += 1;
    }
    if (r + dr < 0) return ["top", c, bounces];
    if (r + dr >= height) return ["bottom", c, bounces];
    if (c + dc < 0) return ["left", r, bounces];
    if (c + dc >= width) return ["right", r, bounces];
    r += dr;
    c += dc;
  }
}
