function days_since_last(orders: string[]): (number | null)[] {
  const lastDay = new Map<string, number>();
  return orders.map((name, day) => {
    const previous = lastDay.get(name);
    lastDay.set(name, day);
    return previous === undefined ? null : day - previous;
  });
}
