function fiscal_quarter(day: string, start_month: number): string {
  let year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const quarter = Math.floor(((((month - start_month) % 12) + 12) % 12) / 3) + 1;
  if (start_month > 1 && month >= start_month) year += 1;
  return `FY${year} Q${quarter}`;
}
