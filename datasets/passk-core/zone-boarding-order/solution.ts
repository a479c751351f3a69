function boarding_order(passengers: [string, number, boolean][], zone_size: number): string[] {
  const zone = (row: number): number => Math.floor((row - 1) / zone_size);
  const helped = passengers.filter(([, , needsHelp]) => needsHelp).map(([name]) => name);
  // Array.prototype.sort is stable, so passengers of one zone keep their order.
  const others = passengers.filter(([, , needsHelp]) => !needsHelp).sort((a, b) => zone(b[1]) - zone(a[1]));
  return [...helped, ...others.map(([name]) => name)];
}
