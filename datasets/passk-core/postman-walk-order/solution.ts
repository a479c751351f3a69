function delivery_order(houses: number[]): number[] {
  const odd = houses.filter((house) => house % 2 === 1).sort((a, b) => a - b);
  const even = houses.filter((house) => house % 2 === 0).sort((a, b) => b - a);
  return [...odd, ...even];
}
