function reconcile(book: [number, number][], bank: [number, number][], slack: number): [number[], number[]] {
  const matched = bank.map(() => false);
  const unmatchedBook: number[] = [];
  const order = book
    .map((_, i) => i)
    .sort((a, b) => (book[a] as [number, number])[0] - (book[b] as [number, number])[0]);
  for (const i of order) {
    const [day, amount] = book[i] as [number, number];
    let best: [number, number, number] | null = null;
    bank.forEach(([bankDay, bankAmount], j) => {
      if (matched[j] || bankAmount !== amount || Math.abs(bankDay - day) > slack) return;
      const rank: [number, number, number] = [Math.abs(bankDay - day), bankDay, j];
      if (best === null || rank[0] < best[0] || (rank[0] === best[0] && rank[1] < best[1])) best = rank;
    });
    if (best === null) unmatchedBook.push(i);
    else matched[(best as [number, number, number])[2]] = true;
  }
  return [unmatchedBook.sort((a, b) => a - b), bank.map((_, j) => j).filter((j) => !matched[j])];
}
