function clip_bookings(bookings: [number, number][], opens: number, closes: number): [number, number][] {
  const clipped: [number, number][] = [];
  for (const [start, end] of bookings) {
    const from = Math.max(start, opens);
    const to = Math.min(end, closes);
    if (from < to) clipped.push([from, to]);
  }
  return clipped;
}
