function login_results(attempts: [number, boolean][]): string[] {
  const results: string[] = [];
  let fails = 0;
  let lockedUntil: number | null = null;
  for (const [minute, correct] of attempts) {
    if (lockedUntil !== null && minute < lockedUntil) {
      results.push("locked");
      continue;
    }
    if (correct) {
      fails = 0;
      results.push("ok");
    } else {
      fails++;
      results.push("fail");
      if (fails === 3) {
        fails = 0;
        lockedUntil = minute + 10;
      }
    }
  }
  return results;
}
