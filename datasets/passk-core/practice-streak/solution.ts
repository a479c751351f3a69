function current_streak(practice_days: string[], today: string): number {
  const dayNumber = (iso: string): number =>
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
  const practised = new Set(practice_days.map(dayNumber));
  let day = dayNumber(today);
  if (!practised.has(day)) day -= 1;
  let streak = 0;
  while (practised.has(day)) {
    streak += 1;
    day -= 1;
  }
  return streak;
}
