function count_sandwiches(breads: number, fillings: number, max_fillings: number): number {
  // BigInt: binomial coefficients overflow a number's exact range quickly.
  let choices = 0n;
  let comb = 1n;
  for (let k = 1; k <= Math.min(max_fillings, fillings); k++) {
    comb = (comb * BigInt(fillings - k + 1)) / BigInt(k);
    choices += comb;
  }
  return Number(BigInt(breads) * choices);
}
