function bundle_price(bundle: any[]): number {
  let total = 0;
  for (const item of bundle) {
    total += Array.isArray(item) ? bundle_price(item) : (item as number);
  }
  return total - Math.floor(total / 10);
}
