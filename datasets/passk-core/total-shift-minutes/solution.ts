function total_shift_minutes(shifts: string[]): number {
  // "HH:MM" -> minutes after midnight.
  const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  let total = 0;
  for (const shift of shifts) {
    const [start, end] = shift.split("-") as [string, string];
    const begin = minutesOf(start);
    let finish = minutesOf(end);
    if (finish <= begin) finish += 24 * 60;
    total += finish - begin;
  }
  return total;
}
