function floors_travelled(stops: number[]): number {
  const level = (label: number): number => (label > 13 ? label - 1 : label);
  let total = 0;
  let here = 0;
  for (const stop of stops) {
    total += Math.abs(level(stop) - here);
    here = level(stop);
  }
  return total;
}
