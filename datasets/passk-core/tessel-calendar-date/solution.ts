function tessel_date(day_number: number): string {
  // Leap years repeat every 128 years (31 leap years per cycle) and every 4 years inside a cycle;
  // the common year 128 of a cycle ends it, so its 4-year block is simply one day shorter.
  const cycleDays = 128 * 365 + 31;
  const blockDays = 4 * 365 + 1;
  const cycles = Math.floor(day_number / cycleDays);
  let rest = day_number - cycles * cycleDays;
  const blocks = Math.floor(rest / blockDays);
  rest -= blocks * blockDays;
  const years = Math.min(Math.floor(rest / 365), 3);
  rest -= years * 365;
  const year = 128 * cycles + 4 * blocks + years + 1;
  if (rest === 0) return `${year}-NY`;
  if (rest === 365) return `${year}-LD`;
  const quarter = Math.floor((rest - 1) / 91);
  const offset = (rest - 1) % 91;
  if (offset === 90) return `${year}-Q${quarter + 1}`;
  const month = quarter * 3 + Math.floor(offset / 30) + 1;
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${year}-${two(month)}-${two((offset % 30) + 1)}`;
}
