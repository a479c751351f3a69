function lift_minutes(queue: [number, number][], capacity: number, stop_time: number): number {
  // best[i]: the fewest minutes to carry the first i people of the queue.
  const best: number[] = [0];
  for (let end = 1; end <= queue.length; end++) {
    let fewest = Infinity;
    let weight = 0;
    let highest = 0;
    const floors = new Set<number>();
    // The last trip carries people start..end-1; grow it backwards while it stays within capacity.
    for (let start = end - 1; start >= 0; start--) {
      const [kilos, floor] = queue[start] ?? [0, 0];
      weight += kilos;
      if (weight > capacity) break;
      floors.add(floor);
      highest = Math.max(highest, floor);
      const trip = 2 * highest + stop_time * floors.size;
      fewest = Math.min(fewest, (best[start] ?? Infinity) + trip);
    }
    best.push(fewest);
  }
  return best[queue.length] ?? 0;
}
