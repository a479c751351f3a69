function ring_totals(bed: number[][]): number[] {
  const rows = bed.length;
  const cols = bed[0]?.length ?? 0;
  const totals: number[] = new Array(Math.floor((Math.min(rows, cols) + 1) / 2)).fill(0);
  bed.forEach((row, r) => {
    row.forEach((bulbs, c) => {
      const ring = Math.min(r, c, rows - 1 - r, cols - 1 - c);
      totals[ring] = (totals[ring] ?? 0) + bulbs;
    });
  });
  return totals;
}
