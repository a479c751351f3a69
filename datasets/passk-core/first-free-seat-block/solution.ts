function first_free_block(taken: number, n: number, k: number): number {
  // BigInt, because JavaScript's bitwise operators work on 32 bits only.
  const seats = BigInt(taken);
  const block = (1n << BigInt(k)) - 1n;
  for (let start = 0; start + k <= n; start++) {
    if ((seats & (block << BigInt(start))) === 0n) return start;
  }
  return -1;
}
