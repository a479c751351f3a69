function share_estate(family: Record<string, string[]>, living: Set<string>, deceased: string, amount: number): Record<string, number> {
  const childrenOf = (person: string): string[] =>
    Object.hasOwn(family, person) ? (family[person] ?? []) : [];
  const hasLiving = (person: string): boolean => living.has(person) || childrenOf(person).some(hasLiving);
  const received: Record<string, number> = {};

  function divide(person: string, cents: number): void {
    const heirs = childrenOf(person).filter(hasLiving);
    const base = Math.floor(cents / heirs.length);
    const leftover = cents % heirs.length;
    heirs.forEach((heir, place) => {
      const share = base + (place < leftover ? 1 : 0);
      if (!living.has(heir)) divide(heir, share);
      else if (share > 0) received[heir] = share;
    });
  }

  divide(deceased, amount);
  return received;
}
