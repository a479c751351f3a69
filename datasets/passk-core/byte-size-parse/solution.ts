function parse_size(text: string): number | null {
  const units: Record<string, bigint> = {
    B: 1n,
    KB: 1000n,
    MB: 1000n ** 2n,
    GB: 1000n ** 3n,
    TB: 1000n ** 4n,
    KiB: 1024n,
    MiB: 1024n ** 2n,
    GiB: 1024n ** 3n,
    TiB: 1024n ** 4n,
  };
  const match = /^ *([0-9]+)(?:\.([0-9]+))? *([A-Za-z]+) *$/.exec(text);
  if (match === null) return null;
  const [, whole = "", fraction = "", unit = ""] = match;
  const size = Object.hasOwn(units, unit) ? units[unit] : undefined;
  if (size === undefined) return null;
  // BigInt keeps the computation exact; BigInt division truncates, which is floor for non-negatives.
  return Number((BigInt(whole + fraction) * size) / 10n ** BigInt(fraction.length));
}
