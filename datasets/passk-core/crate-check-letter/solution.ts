function valid_crate_code(code: string): boolean {
  if (!/^[0-9]{4,}[A-Z]$/.test(code)) return false;
  const digits = code.slice(0, -1);
  let total = 0;
  for (let i = 0; i < digits.length; i++) {
    total += (i + 1) * Number(digits[digits.length - 1 - i]);
  }
  return code.slice(-1) === String.fromCharCode(65 + (total % 26));
}
