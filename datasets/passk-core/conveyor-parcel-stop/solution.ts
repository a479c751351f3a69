function parcel_end(floor: string[], start: [number, number]): [number, number] | string {
  const steps: Record<string, [number, number]> = { ">": [0, 1], "<": [0, -1], "^": [-1, 0], v: [1, 0] };
  const rows = floor.length;
  const cols = (floor[0] ?? "").length;
  let [r, c] = start;
  const seen = new Set<number>();
  while ((floor[r] as string)[c] !== ".") {
    const key = r * cols + c;
    if (seen.has(key)) return "loop";
    seen.add(key);
    const [dr, dc] = steps[(floor[r] as string)[c] as string] as [number, number];
    r += dr;
    c += dc;
    if (r < 0 || r >= rows || c < 0 || c >= cols) return "off";
  }
  return [r, c];
}
