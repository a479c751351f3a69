function shelf_check_character(code: number): string {
  const weights = [2, 3, 4];
  const digits = [...String(code)].reverse();
  let total = 0;
  for (const [position, digit] of digits.entries()) {
    total += Number(digit) * (weights[position % 3] as number);
  }
  const remainder = total % 11;
  return remainder === 10 ? "X" : String(remainder);
}
