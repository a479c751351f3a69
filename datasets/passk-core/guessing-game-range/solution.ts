function secret_range(low: number, high: number, log: [number, string][]): [number, number] | null {
  for (const [guess, reply] of log) {
    if (reply === "higher") {
      low = Math.max(low, guess + 1);
    } else if (reply === "lower") {
      high = Math.min(high, guess - 1);
    } else {
      low = Math.max(low, guess);
      high = Math.min(high, guess);
    }
  }
  return low <= high ? [low, high] : null;
}
