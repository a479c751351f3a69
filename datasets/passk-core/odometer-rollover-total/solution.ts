function odometer_total(readings: number[], digits: number): number {
  const turn = 10 ** digits;
  let total = 0;
  for (let i = 1; i < readings.length; i++) {
    const diff = (readings[i] as number) - (readings[i - 1] as number);
    // Python's % floors: the distance forward is never negative.
    total += ((diff % turn) + turn) % turn;
  }
  return total;
}
