function rank_bakers(entries: [string, number[]][]): string[] {
  function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const keyed = entries.map(([name, scores]) => ({
    name,
    total: scores.reduce((sum, score) => sum + score, 0),
    best: Math.max(...scores),
    lowMarks: scores.filter((score) => score < 5).length,
    folded: name.toLowerCase(),
  }));
  // Array.prototype.sort is stable, so entries tied on every key keep their input order.
  keyed.sort(
    (a, b) => b.total - a.total || b.best - a.best || a.lowMarks - b.lowMarks || compare(a.folded, b.folded),
  );
  return keyed.map((entry) => entry.name);
}
