function levels_below(boss_of: Record<string, string>, name: string): number[] {
  const counts: number[] = [];
  let level = new Set([name]);
  while (true) {
    level = new Set(
      Object.entries(boss_of)
        .filter(([, boss]) => level.has(boss))
        .map(([person]) => person),
    );
    if (level.size === 0) return counts;
    counts.push(level.size);
  }
}
