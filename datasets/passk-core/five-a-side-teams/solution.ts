function team_gap(skills: number[], together: [number, number][]): number | null {
  const n = skills.length;
  const total = skills.reduce((sum, skill) => sum + skill, 0);
  let best: number | null = null;
  for (let mask = 0; mask < 1 << n; mask++) {
    let size = 0;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      if ((mask >> i) & 1) {
        size++;
        sum += skills[i] as number;
      }
    }
    if (size * 2 !== n) continue;
    if (!together.every(([i, j]) => ((mask >> i) & 1) === ((mask >> j) & 1))) continue;
    const gap = Math.abs(total - 2 * sum);
    if (best === null || gap < best) best = gap;
  }
  return best;
}
