function unpack_fields(word: number, widths: number[]): number[] {
  // BigInt: words may be wider than the 32 bits that JavaScript's bitwise operators use.
  let rest = BigInt(word);
  const values: number[] = [];
  for (const width of [...widths].reverse()) {
    const size = BigInt(Math.abs(width));
    let value = rest & ((1n << size) - 1n);
    rest >>= size;
    if (width < 0 && value >> (size - 1n) !== 0n) value -= 1n << size;
    values.push(Number(value));
  }
  return values.reverse();
}
