function divisible_rotations(n: number, k: number): number {
  const digits = String(n);
  const displays = new Set<string>();
  for (let turns = 0; turns < digits.length; turns++) {
    displays.add(digits.slice(turns) + digits.slice(0, turns));
  }
  // A rotation can exceed 2^53 even when n does not, so test divisibility exactly with BigInt.
  const divisor = BigInt(k);
  let count = 0;
  for (const display of displays) {
    if (BigInt(display) % divisor === 0n) count++;
  }
  return count;
}
