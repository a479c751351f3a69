function fill_barrels(capacities: number[], pours: [number, number][]): [number[], number] {
  const levels = capacities.map(() => 0);
  let spilled = 0;
  for (const [start, poured] of pours) {
    let litres = poured;
    for (let i = start; i < capacities.length; i++) {
      const taken = Math.min(litres, (capacities[i] as number) - (levels[i] as number));
      levels[i] = (levels[i] as number) + taken;
      litres -= taken;
    }
    spilled += litres;
  }
  return [levels, spilled];
}
