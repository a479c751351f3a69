function rotate_low_bits(value: number, width: number, shift: number): number {
  // BigInt: JavaScript's bitwise operators work on 32 bits only.
  const bits = BigInt(width);
  const mask = (1n << bits) - 1n;
  const whole = BigInt(value);
  const low = whole & mask;
  const turn = BigInt(((shift % width) + width) % width);
  const rotated = ((low << turn) | (low >> (bits - turn))) & mask;
  return Number((whole & ~mask) | rotated);
}
