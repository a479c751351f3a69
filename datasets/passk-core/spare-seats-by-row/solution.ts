function free_seats(bookings: [number, number][], seats_per_row: number): Map<number, number> {
  const taken = new Map<number, Set<number>>();
  for (const [row, seat] of bookings) {
    const seats = taken.get(row) ?? new Set<number>();
    seats.add(seat);
    taken.set(row, seats);
  }
  return new Map([...taken].map(([row, seats]) => [row, seats_per_row - seats.size]));
}
