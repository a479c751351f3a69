function merge_stock_changes(reports: Record<string, number>[]): Record<string, number> {
  const totals = new Map<string, number>();
  for (const report of reports) {
    for (const [code, change] of Object.entries(report)) {
      const key = code.trim().toUpperCase();
      totals.set(key, (totals.get(key) ?? 0) + change);
    }
  }
  const result: Record<string, number> = {};
  for (const [code, total] of totals) {
    if (total !== 0) result[code] = total;
  }
  return result;
}
