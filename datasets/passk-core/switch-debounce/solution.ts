function debounce(readings: number[], k: number): number[] {
  let state = 0;
  let run = 0;
  const changes: number[] = [];
  readings.forEach((value, i) => {
    run = value !== state ? run + 1 : 0;
    if (run === k) {
      state = value;
      run = 0;
      changes.push(i);
    }
  });
  return changes;
}
