function fence_posts(x1: number, y1: number, x2: number, y2: number): number {
  const width = Math.abs(x2 - x1);
  const height = Math.abs(y2 - y1);
  if (width === 0 || height === 0) return width + height + 1;
  return 2 * (width + height);
}
