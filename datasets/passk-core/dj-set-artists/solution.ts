function order_set(songs: [string, string][]): string[] | null {
  const counts = new Map<string, number>();
  for (const [, artist] of songs) counts.set(artist, (counts.get(artist) ?? 0) + 1);

  // songs can be ordered iff no artist needs more than every other slot; the artist just
  // played then never needs the very next one, as it had at most half before
  function canArrange(): boolean {
    let most = 0;
    let total = 0;
    for (const count of counts.values()) {
      most = Math.max(most, count);
      total += count;
    }
    return most <= Math.floor((total + 1) / 2);
  }

  if (!canArrange()) return null;
  const remaining = [...songs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const order: string[] = [];
  let last: string | null = null;
  while (remaining.length > 0) {
    let pick = remaining.length - 1;
    for (let i = 0; i < remaining.length; i++) {
      const artist = (remaining[i] as [string, string])[1];
      counts.set(artist, (counts.get(artist) as number) - 1);
      if (artist !== last && canArrange()) {
        pick = i;
        break;
      }
      counts.set(artist, (counts.get(artist) as number) + 1);
    }
    const [title, artist] = remaining.splice(pick, 1)[0] as [string, string];
    order.push(title);
    last = artist;
  }
  return order;
}
