function cup_total(amounts: [number, number][], marks: number): [number, number, number] {
  // BigInt: the running denominator is a product of all the bottoms and can exceed 2^53.
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
  let numerator = 0n;
  let denominator = 1n;
  for (const [top, bottom] of amounts) {
    numerator = numerator * BigInt(bottom) + BigInt(top) * denominator;
    denominator *= BigInt(bottom);
  }
  const bigMarks = BigInt(marks);
  const steps = (numerator * bigMarks) / denominator;
  const whole = steps / bigMarks;
  const rest = steps % bigMarks;
  const common = gcd(rest, bigMarks);
  return [Number(whole), Number(rest / common), Number(bigMarks / common)];
}
