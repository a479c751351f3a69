function trail_summits(altitudes: number[]): number[] {
  // Runs of equal samples: [first index, last index, altitude].
  const runs: [number, number, number][] = [];
  for (const [i, altitude] of altitudes.entries()) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[2] === altitude) last[1] = i;
    else runs.push([i, i, altitude]);
  }
  const summits: number[] = [];
  if (runs.length < 2) return summits;
  for (const [k, [first, last, altitude]] of runs.entries()) {
    const before = runs[k - 1];
    const after = runs[k + 1];
    if ((before === undefined || altitude > before[2]) && (after === undefined || altitude > after[2])) {
      summits.push(Math.floor((first + last) / 2));
    }
  }
  return summits;
}
