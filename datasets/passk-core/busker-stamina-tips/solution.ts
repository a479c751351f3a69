function most_tips(songs: [number, number][], stamina: number, rest: number): number {
  // best: stamina points left -> the most tips earned with exactly that much left.
  let best = new Map<number, number>([[stamina, 0]]);
  for (const [effort, tips] of songs) {
    const after = new Map<number, number>();
    const offer = (points: number, earned: number) => {
      after.set(points, Math.max(after.get(points) ?? 0, earned));
    };
    for (const [points, earned] of best) {
      offer(Math.min(stamina, points + rest), earned);
      if (points >= effort) offer(points - effort, earned + tips);
    }
    best = after;
  }
  return Math.max(...best.values());
}
