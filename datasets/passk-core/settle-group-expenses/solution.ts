function settle_up(expenses: [string, number, string[]][]): [string, string, number][] {
  const balance = new Map<string, number>();
  const add = (name: string, cents: number): void => {
    balance.set(name, (balance.get(name) ?? 0) + cents);
  };
  for (const [payer, amount, participants] of expenses) {
    add(payer, amount);
    const share = Math.floor(amount / participants.length);
    const extra = amount - share * participants.length;
    for (const [position, person] of participants.entries()) {
      add(person, -(position < extra ? share + 1 : share));
    }
  }
  // The name with the smallest value of key, ties broken by the name in character-code order.
  const pick = (key: (value: number) => number): string => {
    let best: [number, string] | null = null;
    for (const [name, value] of balance) {
      const k = key(value);
      if (best === null || k < best[0] || (k === best[0] && name < best[1])) best = [k, name];
    }
    return (best as [number, string])[1];
  };
  const transfers: [string, string, number][] = [];
  while ([...balance.values()].some((value) => value < 0)) {
    const debtor = pick((value) => value);
    const creditor = pick((value) => -value);
    const paid = Math.min(-(balance.get(debtor) as number), balance.get(creditor) as number);
    add(debtor, paid);
    add(creditor, -paid);
    transfers.push([debtor, creditor, paid]);
  }
  return transfers;
}
