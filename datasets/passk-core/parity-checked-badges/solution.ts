function bad_badges(badges: number[], width: number): number[] {
  // BigInt: badges and widths may go beyond JavaScript's 32-bit bitwise operators.
  const mask = (1n << BigInt(width)) - 1n;
  const ones = (badge: number): number =>
    [...(BigInt(badge) & mask).toString(2)].filter((bit) => bit === "1").length;
  return badges.filter((badge) => ones(badge) % 2 === 1);
}
