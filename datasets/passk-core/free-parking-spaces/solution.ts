function free_spaces(occupied: number, n: number): number[] {
  // BigInt, because JavaScript's bitwise operators work on 32 bits only.
  const mask = BigInt(occupied);
  const free: number[] = [];
  for (let i = 0; i < n; i++) {
    if (((mask >> BigInt(i)) & 1n) === 0n) free.push(i);
  }
  return free;
}
