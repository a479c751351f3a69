function advance_counter(wheels: number[], reading: number[], steps: number): [number[], number] {
  // BigInt: the reading as one mixed-radix number can exceed 2 ** 53.
  let value = 0n;
  let total = 1n;
  for (const [i, size] of wheels.entries()) {
    value = value * BigInt(size) + BigInt(reading[i] as number);
    total *= BigInt(size);
  }
  value += BigInt(steps);
  const wraps = value / total;
  value %= total;
  const shown: number[] = [];
  for (const size of [...wheels].reverse()) {
    shown.push(Number(value % BigInt(size)));
    value /= BigInt(size);
  }
  return [shown.reverse(), Number(wraps)];
}
