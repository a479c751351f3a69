function fewest_presses(start: number, target: number, add: number, limit: number): number {
  const presses = new Map<number, number>([[start, 0]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const shown = queue[head] as number;
    const count = presses.get(shown) as number;
    if (shown === target) return count;
    for (const next of [shown + add, shown * 2, Math.floor(shown / 10)]) {
      if (next <= limit && !presses.has(next)) {
        presses.set(next, count + 1);
        queue.push(next);
      }
    }
  }
  return -1;
}
