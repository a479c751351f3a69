function barrier_log(events: string[]): Record<string, number> {
  let credits = 0;
  const log = { passed: 0, crashed: 0, forfeited: 0, rejected: 0 };
  for (const event of events) {
    if (event === "pay") {
      if (credits < 3) credits++;
      else log.rejected++;
    } else if (event === "pass") {
      if (credits > 0) {
        credits--;
        log.passed++;
      } else {
        log.crashed++;
      }
    } else {
      log.forfeited += credits;
      credits = 0;
    }
  }
  return log;
}
