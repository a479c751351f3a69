function window_swings(readings: number[], k: number): number[] {
  const swings: number[] = [];
  for (let start = 0; start + k <= readings.length; start++) {
    const window = readings.slice(start, start + k);
    // reduce rather than Math.max(...window): spreading a long window can overflow the call stack.
    const high = window.reduce((a, b) => Math.max(a, b));
    const low = window.reduce((a, b) => Math.min(a, b));
    swings.push(high - low);
  }
  return swings;
}
