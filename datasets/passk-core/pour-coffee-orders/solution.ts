function pour_orders(pot_ml: number, orders: number[]): number[] {
  const poured: number[] = [];
  let left = pot_ml;
  for (const [position, size] of orders.entries()) {
    if (size <= left) {
      left -= size;
      poured.push(position);
    }
  }
  return poured;
}
