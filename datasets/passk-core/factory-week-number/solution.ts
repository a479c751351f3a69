function factory_week(date: string): string {
  const [year = 0, month = 0, day = 0] = date.split("-").map(Number);
  // Python-style floor division and modulo: the day arithmetic goes below zero before 2000.
  const floorDiv = (a: number, b: number): number => Math.floor(a / b);
  const mod = (a: number, b: number): number => ((a % b) + b) % b;
  // Lengths of January to November: a date never needs the length of December.
  const lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30];

  function dayIndex(y: number, m: number, d: number): number {
    const past = y - 1;
    let index = past * 365 + floorDiv(past, 4) - floorDiv(past, 100) + floorDiv(past, 400) + d;
    index += lengths.slice(0, m - 1).reduce((sum, length) => sum + length, 0);
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    if (m > 2 && leap) index++;
    return index;
  }

  const saturday = dayIndex(2000, 1, 1);

  function weekOneStart(y: number): number {
    const newYear = dayIndex(y, 1, 1);
    const daysAfterWednesday = mod(newYear - saturday + 3, 7);
    const firstMonday = newYear + mod(5 - daysAfterWednesday, 7);
    return firstMonday - 5;
  }

  const today = dayIndex(year, month, day);
  let factoryYear = year;
  if (today < weekOneStart(year)) factoryYear--;
  else if (today >= weekOneStart(year + 1)) factoryYear++;
  const week = floorDiv(today - weekOneStart(factoryYear), 7) + 1;
  return `${String(factoryYear).padStart(4, "0")}-W${String(week).padStart(2, "0")}`;
}
