function cash_total(prices: number[]): number {
  const sum = prices.reduce((total, price) => total + price, 0);
  return Math.floor((sum + 2) / 5) * 5;
}
