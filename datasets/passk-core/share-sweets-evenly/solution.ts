function share_sweets(sweets: number[], children: number): number[] {
  const totals = new Array<number>(children).fill(0);
  for (const sweet of sweets) {
    const least = Math.min(...totals);
    const child = totals.indexOf(least);
    totals[child] = least + sweet;
  }
  return totals;
}
