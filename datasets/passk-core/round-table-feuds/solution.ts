function peaceful_seatings(n: number, feuds: [number, number][]): number {
  const pairKey = (a: number, b: number): string => (a < b ? `${a},${b}` : `${b},${a}`);
  const banned = new Set(feuds.map(([a, b]) => pairKey(a, b)));

  // Guest 0 sits first, so rotations of one seating are counted once.
  function count(seated: number[], waiting: Set<number>): number {
    const last = seated[seated.length - 1] as number;
    if (waiting.size === 0) return banned.has(pairKey(last, seated[0] as number)) ? 0 : 1;
    let total = 0;
    for (const guest of waiting) {
      if (banned.has(pairKey(last, guest))) continue;
      const rest = new Set(waiting);
      rest.delete(guest);
      total += count([...seated, guest], rest);
    }
    return total;
  }

  const waiting = new Set<number>();
  for (let guest = 1; guest < n; guest++) waiting.add(guest);
  return count([0], waiting);
}
