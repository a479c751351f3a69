function lit_segments(state: number): number[] {
  // Least significant bit first; BigInt keeps states wider than 32 bits exact.
  const bits = [...BigInt(state).toString(2)].reverse().join("");
  return bits
    .split("0")
    .filter((run) => run.length > 0)
    .map((run) => run.length);
}
