function overdue_order(loans: [string, number][]): string[] {
  // Array.prototype.sort is stable, so equal overdue days keep their order, as in Python.
  return loans
    .filter(([, days]) => days > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([title]) => title);
}
