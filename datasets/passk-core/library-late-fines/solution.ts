function late_fines(loans: [string, string, string, number][]): [string, number][] {
  const msPerDay = 24 * 60 * 60 * 1000;
  // Days since 1970-01-01 (a Thursday), counted in UTC so no time zone or DST shifts a date.
  function dayNumber(iso: string): number {
    const [year = 0, month = 0, day = 0] = iso.split("-").map(Number);
    return Date.UTC(year, month - 1, day) / msPerDay;
  }
  const isWeekday = (day: number): boolean => (day + 3) % 7 < 5; // Monday is 0

  const totals = new Map<string, number>();
  for (const [member, due, returned, price] of loans) {
    let charged = 0;
    let fine = 0;
    for (let day = dayNumber(due) + 1; day <= dayNumber(returned); day++) {
      if (!isWeekday(day)) continue;
      charged++;
      fine += charged <= 5 ? 10 : charged <= 20 ? 20 : 50;
    }
    totals.set(member, (totals.get(member) ?? 0) + Math.min(fine, price));
  }
  const owing: [string, number][] = [];
  for (const [member, total] of totals) {
    if (total > 0) owing.push([member, Math.min(total, 3000)]);
  }
  return owing.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
