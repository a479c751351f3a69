function expansion_parts(num: number, den: number, base: number): [number, number] {
  let remainder = num % den;
  const seen = new Map<number, number>();
  let position = 0;
  while (remainder !== 0 && !seen.has(remainder)) {
    seen.set(remainder, position);
    remainder = (remainder * base) % den;
    position += 1;
  }
  if (remainder === 0) return [position, 0];
  const start = seen.get(remainder) as number;
  return [start, position - start];
}
