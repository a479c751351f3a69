function season_label(months: number[]): string {
  const names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const chosen = new Set(months);
  if (chosen.size === 12) return "all year";
  const runs: string[] = [];
  for (const first of [...chosen].sort((a, b) => a - b)) {
    if (chosen.has(((first + 10) % 12) + 1)) continue;
    let last = first;
    while (chosen.has((last % 12) + 1)) last = (last % 12) + 1;
    runs.push(last === first ? `${names[first - 1]}` : `${names[first - 1]}-${names[last - 1]}`);
  }
  return runs.join(", ");
}
