function working_minutes(start: string, end: string, holidays: string[]): number {
  const dayNumber = (iso: string): number =>
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
  const minuteOf = (moment: string): number =>
    dayNumber(moment) * 1440 + Number(moment.slice(11, 13)) * 60 + Number(moment.slice(14, 16));
  // Monday is 0, as in Python's date.weekday(); day 0 (1970-01-01) was a Thursday.
  const weekday = (day: number): number => (((day + 3) % 7) + 7) % 7;
  const begin = minuteOf(start);
  const finish = minuteOf(end);
  const closed = new Set<number>();
  for (const text of holidays) {
    const holiday = dayNumber(text);
    const shift = weekday(holiday) === 5 ? -1 : weekday(holiday) === 6 ? 1 : 0;
    closed.add(holiday + shift);
  }
  let total = 0;
  for (let day = dayNumber(start); day <= dayNumber(end); day++) {
    if (weekday(day) >= 5 || closed.has(day)) continue;
    for (const [opens, closes] of [
      [9, 12],
      [13, 17],
    ] as const) {
      const low = Math.max(begin, day * 1440 + opens * 60);
      const high = Math.min(finish, day * 1440 + closes * 60);
      if (high > low) total += high - low;
    }
  }
  return total;
}
