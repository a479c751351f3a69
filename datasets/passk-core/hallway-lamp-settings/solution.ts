function lamp_settings(n: number): number {
  // Settings of the first i lamps, split by whether lamp i is bright.
  let notBright = 1;
  let bright = 0;
  for (let i = 1; i <= n; i++) {
    const total = notBright + bright;
    // The first and the last lamp may not be bright; any other may be when the one before is not.
    bright = i === 1 || i === n ? 0 : notBright;
    notBright = 2 * total;
  }
  // The last lamp is never bright.
  return notBright;
}
