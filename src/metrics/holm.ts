// Multiple comparisons: a leaderboard of r runs makes r(r−1)/2 paired tests per k, and at 95 % one
// in twenty true ties looks "significant" by chance. Holm's step-down method controls the chance of
// any false claim (family-wise error) without assuming the tests are independent.

/**
 * Two-sided bootstrap p-value of "the mean is 0" from sorted bootstrap means: twice the smaller
 * tail at 0, with the +1 correction so that a finite number of resamples never claims p = 0.
 */
export function bootstrapPValue(sortedMeans: Float64Array): number {
  const resamples = sortedMeans.length;
  let atMost = 0;
  let atLeast = 0;
  for (const mean of sortedMeans) {
    if (mean <= 0) atMost++;
    if (mean >= 0) atLeast++;
  }
  return Math.min(1, (2 * (Math.min(atMost, atLeast) + 1)) / (resamples + 1));
}

/** Holm-adjusted p-values, in the order given: the i-th smallest p times (m − i + 1), made monotone. */
export function holm(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted = new Array<number>(m).fill(1);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}
