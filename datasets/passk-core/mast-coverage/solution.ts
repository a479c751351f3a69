function mast_coverage(mast: number[], reach: number, corner_a: number[], corner_b: number[]): number {
  const [mx = 0, my = 0] = mast;
  const [ax = 0, ay = 0] = corner_a;
  const [bx = 0, by = 0] = corner_b;
  const [xLow, xHigh] = [Math.min(ax, bx), Math.max(ax, bx)];
  const [yLow, yHigh] = [Math.min(ay, by), Math.max(ay, by)];
  let count = 0;
  // Walk the columns within reach (at most 2 * reach + 1 of them), however large the rectangle is.
  for (let x = Math.max(xLow, mx - reach); x <= Math.min(xHigh, mx + reach); x++) {
    const left = reach - Math.abs(x - mx);
    const low = Math.max(yLow, my - left);
    const high = Math.min(yHigh, my + left);
    if (high >= low) count += high - low + 1;
  }
  return count;
}
