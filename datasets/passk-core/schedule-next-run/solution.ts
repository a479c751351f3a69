function next_run(schedule: string, after: string): string {
  const expand = (field: string, low: number, high: number): Set<number> => {
    const values = new Set<number>();
    for (const item of field.split(",")) {
      const [span = "", step = ""] = item.split("/");
      let first = low;
      let last = high;
      if (span !== "*") {
        const [from = "", to = ""] = span.split("-");
        first = Number(from);
        last = to === "" ? first : Number(to);
      }
      const stride = step === "" ? 1 : Number(step);
      for (let value = first; value <= last; value += stride) values.add(value);
    }
    return values;
  };
  const pad = (value: number, size = 2): string => String(value).padStart(size, "0");

  const fields = schedule.split(" ");
  const limits: [number, number][] = [
    [0, 59],
    [0, 23],
    [1, 31],
    [1, 12],
    [0, 6],
  ];
  const [minutes, hours, days, months, weekdays] = limits.map(([low, high], i) =>
    expand(fields[i] ?? "*", low, high),
  ) as [Set<number>, Set<number>, Set<number>, Set<number>, Set<number>];
  const either = fields[2] !== "*" && fields[4] !== "*";
  const afterMs = Date.UTC(
    Number(after.slice(0, 4)),
    Number(after.slice(5, 7)) - 1,
    Number(after.slice(8, 10)),
    Number(after.slice(11, 13)),
    Number(after.slice(14, 16)),
  );
  const startMs = afterMs + 60_000;
  const sortedHours = [...hours].sort((a, b) => a - b);
  const sortedMinutes = [...minutes].sort((a, b) => a - b);
  let day = Math.floor(startMs / 86_400_000);
  while (true) {
    const date = new Date(day * 86_400_000);
    const dayOk = [days.has(date.getUTCDate()), weekdays.has(date.getUTCDay())];
    const dayMatches = either ? dayOk.some(Boolean) : dayOk.every(Boolean);
    if (months.has(date.getUTCMonth() + 1) && dayMatches) {
      for (const hour of sortedHours) {
        for (const minute of sortedMinutes) {
          const moment = day * 86_400_000 + (hour * 60 + minute) * 60_000;
          if (moment >= startMs) {
            const year = pad(date.getUTCFullYear(), 4);
            return `${year}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(hour)}:${pad(minute)}`;
          }
        }
      }
    }
    day += 1;
  }
}
