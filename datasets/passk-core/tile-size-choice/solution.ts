function choose_tile(width: number, length: number, sizes: number[]): [number, number] | null {
  const fitting = sizes.filter((size) => width % size === 0 && length % size === 0);
  if (fitting.length === 0) return null;
  const size = Math.max(...fitting);
  return [size, (width / size) * (length / size)];
}
