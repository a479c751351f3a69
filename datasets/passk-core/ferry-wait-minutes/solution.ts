function ferry_wait(departures: string[], now: string): number {
  const day = 24 * 60;
  function minuteOfDay(clock: string): number {
    const [hours = 0, minutes = 0] = clock.split(":").map(Number);
    return hours * 60 + minutes;
  }
  const arrival = minuteOfDay(now);
  // Adding a day before % keeps the wait non-negative (JS % keeps the sign of the dividend).
  return Math.min(...departures.map((time) => (minuteOfDay(time) - arrival + day) % day));
}
