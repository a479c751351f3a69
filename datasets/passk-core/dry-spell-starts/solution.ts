function dry_spell_starts(rain: number[], limit: number, min_days: number): number[] {
  const starts: number[] = [];
  let runStart = 0;
  for (let day = 1; day <= rain.length; day++) {
    const dry = (rain[runStart] as number) <= limit;
    if (day < rain.length && (rain[day] as number) <= limit === dry) continue;
    if (dry && day - runStart >= min_days) starts.push(runStart);
    runStart = day;
  }
  return starts;
}
