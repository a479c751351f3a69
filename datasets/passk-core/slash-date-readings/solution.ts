function slash_date_readings(text: string): string[] {
  const [first = "", second = "", yearText = ""] = text.split("/");
  let year = Number(yearText);
  if (yearText.length === 2) year += year >= 50 ? 1900 : 2000;
  const isLeap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthLengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const pad = (value: number, size: number): string => String(value).padStart(size, "0");
  const readings = new Set<string>();
  for (const [day, month] of [
    [Number(first), Number(second)],
    [Number(second), Number(first)],
  ] as const) {
    const length = monthLengths[month - 1];
    if (year >= 1 && year <= 9999 && length !== undefined && day >= 1 && day <= length) {
      readings.add(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
    }
  }
  return [...readings].sort();
}
