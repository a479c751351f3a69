// Confidence intervals for a benchmark score by the percentile bootstrap over problems.
//
// What it does, exactly: the score is the mean of per-problem values (pass@k of each problem). Each
// of `resamples` resamples (default 2000) draws as many problems as there are, uniformly with
// replacement, and takes the mean of their values. The interval is the pair of empirical quantiles
// at (1 − confidence)/2 and (1 + confidence)/2 (default confidence 0.95) of those means, linearly
// interpolated between order statistics (numpy's default "linear" quantile). The resampling unit is
// the problem, not the sample: samples of one problem are correlated, and the question the interval
// answers is "how much would the score move on another draw of problems like these". Draws come from
// the small seeded generator below (default seed 0), so an interval is reproducible from its inputs.
import { DEFAULTS } from "../defaults.js";

/** Settings of {@link bootstrapCI}. */
export interface BootstrapOptions {
  /** Number of resamples; with 2000 the Monte Carlo error of a 95 % bound is about 6 % of the standard error. */
  resamples: number;
  /** Seed of the generator; any safe integer, folded to 32 bits. */
  seed: number;
  /** Coverage of the interval, strictly between 0 and 1 (0.95 for a 95 % interval). */
  confidence: number;
}

/** The settings used when none are given: DEFAULTS.resamples (2000) resamples, seed DEFAULTS.ciSeed (0), 95 %. */
export const DEFAULT_BOOTSTRAP: Readonly<BootstrapOptions> = Object.freeze({
  resamples: DEFAULTS.resamples,
  seed: DEFAULTS.ciSeed,
  confidence: 0.95,
});

const TWO_32 = 2 ** 32;

// The murmur3 32-bit finalizer: a bijection on 32-bit integers with good avalanche, so that nearby
// inputs (consecutive counter values, seeds 0 and 1) give unrelated outputs.
function mix32(x: number): number {
  let z = x >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * A seeded generator of uniform 32-bit unsigned integers (splitmix-style: a Weyl counter whose steps
 * go through {@link mix32}). Period 2^32, ample for resampling; not for anything cryptographic.
 *
 * @param seed any safe integer; its high and low 32-bit halves are folded into the 32-bit state.
 */
export function seededUint32(seed: number): () => number {
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be a safe integer (got ${seed})`);
  // Mixing the seed (rather than starting the counter at it) keeps the streams of seeds s and s + 1
  // from being the same sequence shifted by a step. Math.floor keeps negative seeds distinct.
  let state = mix32(mix32(Math.floor(seed / TWO_32)) ^ seed);
  return () => {
    // An odd increment (2^32 / golden ratio) visits every 32-bit state once per period.
    state = (state + 0x9e3779b9) >>> 0;
    return mix32(state);
  };
}

/**
 * A uniform integer in [0, bound) from a 32-bit generator. Rejects the top sliver of the 32-bit range
 * that would make `x % bound` favour small results, so every index is exactly equally likely.
 */
export function uniformIndex(next: () => number, bound: number): number {
  if (!Number.isInteger(bound) || bound < 1 || bound > TWO_32) {
    throw new Error(`bound must be an integer in [1, 2^32] (got ${bound})`);
  }
  const limit = TWO_32 - (TWO_32 % bound);
  for (;;) {
    const x = next();
    if (x < limit) return x % bound;
  }
}

/**
 * Percentile-bootstrap confidence interval of the mean of `values`, resampling values (problems)
 * with replacement; see the file comment for the exact method.
 *
 * @param values per-problem scores, for example pass@k of each problem; at least one
 * @returns `[low, high]`, both within [min(values), max(values)]; `[v, v]` when every value is v
 * @throws Error on empty or non-finite values, a non-positive or fractional `resamples`, a
 *   `confidence` outside (0, 1), or a seed that is not a safe integer.
 */
export function bootstrapCI(values: readonly number[], options: BootstrapOptions): [number, number] {
  const means = bootstrapMeans(values, options);
  const tail = (1 - options.confidence) / 2;
  return [quantile(means, tail), quantile(means, 1 - tail)];
}

/**
 * The sorted means of `options.resamples` bootstrap resamples of `values` (the distribution behind
 * {@link bootstrapCI}; for example to read a bootstrap p-value off it).
 * @throws Error as {@link bootstrapCI} does.
 */
export function bootstrapMeans(values: readonly number[], options: BootstrapOptions): Float64Array {
  const { resamples, seed, confidence } = options;
  if (values.length === 0) throw new Error("bootstrapCI needs at least one value");
  if (!values.every(Number.isFinite)) throw new Error("bootstrapCI needs finite values");
  if (!Number.isSafeInteger(resamples) || resamples < 1) {
    throw new Error(`resamples must be a positive integer (got ${resamples})`);
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new Error(`confidence must be strictly between 0 and 1 (got ${confidence})`);
  }

  const data = Float64Array.from(values);
  const size = data.length;
  let min = Infinity;
  let max = -Infinity;
  for (const v of data) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const next = seededUint32(seed);
  const means = new Float64Array(resamples);
  // uniformIndex(next, size), inlined: its checks, once per draw, were a third of the time (every
  // `passk evaluate` ends with these 2,000 × problems draws, mostly before V8 has optimised them).
  const limit = TWO_32 - (TWO_32 % size);
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let j = 0; j < size; j++) {
      let x = next();
      while (x >= limit) x = next();
      sum += data[x % size] as number;
    }
    // A mean lies within [min, max]; clamping only undoes rounding, which would otherwise turn
    // all-equal values v into an interval a few ulps away from [v, v].
    means[r] = Math.min(max, Math.max(min, sum / size));
  }
  return means.sort();
}

/** Quantile p of sorted data, interpolating linearly between the order statistics around (len − 1)·p. */
export function quantile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  const low = sorted[below] as number;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  // min() so that rounding cannot carry the result past the upper order statistic.
  return Math.min(high, low + (h - below) * (high - low));
}
