function shunting_minutes(start: string, target: string): number {
  // Dijkstra with moves costing 1 or 2 minutes: buckets[m] holds the trains first reached in m minutes.
  const best = new Map<string, number>([[start, 0]]);
  const buckets: string[][] = [[start]];
  for (let minutes = 0; minutes < buckets.length; minutes++) {
    for (const train of buckets[minutes] ?? []) {
      if ((best.get(train) as number) < minutes) continue;
      if (train === target) return minutes;
      const moves: [string, number][] = [[train.slice(1) + train.slice(0, 1), 1]];
      if (train.length >= 3) moves.push([[...train.slice(0, 3)].reverse().join("") + train.slice(3), 2]);
      for (const [following, cost] of moves) {
        const reached = minutes + cost;
        const known = best.get(following);
        if (known === undefined || reached < known) {
          best.set(following, reached);
          while (buckets.length <= reached) buckets.push([]);
          (buckets[reached] as string[]).push(following);
        }
      }
    }
  }
  return -1;
}
