function decode_header(header: number): Record<string, any> | null {
  const version = header >> 13;
  const urgent = (header >> 12) & 1;
  const length = (header >> 4) & 0xff;
  const check = header & 0xf;
  let ones = 0;
  for (let bits = header >> 4; bits > 0; bits >>= 1) ones += bits & 1;
  if (version === 0 || check !== ones) return null;
  return { version, urgent: urgent === 1, length };
}
