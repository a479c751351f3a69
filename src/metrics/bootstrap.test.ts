// Tests of the seeded generator and the percentile bootstrap over problems.

import { describe, expect, it } from "vitest";
import { bootstrapCI, DEFAULT_BOOTSTRAP, seededUint32, uniformIndex } from "./bootstrap.js";

const options = DEFAULT_BOOTSTRAP;

/** Deterministic, irregular per-problem values in [0, 1]. */
function sampleValues(count: number): number[] {
  return Array.from({ length: count }, (_, i) => ((i * 37) % 101) / 100);
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe("seededUint32", () => {
  it("repeats its stream for a seed and gives unrelated streams for nearby seeds", () => {
    const take = (seed: number) => {
      const next = seededUint32(seed);
      return Array.from({ length: 8 }, () => next());
    };
    expect(take(0)).toEqual(take(0));
    expect(take(0)).not.toEqual(take(1));
    // Not the same stream shifted by one step, the flaw of starting a Weyl counter at the seed.
    expect(take(0).slice(1)).not.toEqual(take(1).slice(0, 7));
    expect(take(-1)).not.toEqual(take(2 ** 32 - 1)); // same low 32 bits, folded apart by the high ones
    for (const x of take(42)) expect(Number.isInteger(x) && x >= 0 && x < 2 ** 32).toBe(true);
  });

  it("rejects a seed that is not a safe integer", () => {
    expect(() => seededUint32(0.5)).toThrow(/seed/);
    expect(() => seededUint32(Number.NaN)).toThrow(/seed/);
  });

  it("draws indices uniformly (chi-square over 10 cells)", () => {
    const next = seededUint32(7);
    const cells = new Array<number>(10).fill(0);
    const draws = 100_000;
    for (let i = 0; i < draws; i++) {
      const j = uniformIndex(next, 10);
      cells[j] = (cells[j] ?? 0) + 1;
    }
    const expected = draws / 10;
    const chi2 = cells.reduce((sum, o) => sum + (o - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(27.9); // 99.9th percentile of chi-square with 9 degrees of freedom
  });
});

describe("bootstrapCI", () => {
  it("gives the same interval for the same seed", () => {
    const values = sampleValues(164);
    expect(bootstrapCI(values, options)).toEqual(bootstrapCI(values, options));
  });

  it("gives a different interval for a different seed", () => {
    const values = sampleValues(164);
    expect(bootstrapCI(values, { ...options, seed: 1 })).not.toEqual(bootstrapCI(values, options));
  });

  it("contains the mean for typical data, and widens with confidence", () => {
    const values = sampleValues(164);
    const [low, high] = bootstrapCI(values, options);
    expect(low).toBeLessThan(mean(values));
    expect(high).toBeGreaterThan(mean(values));
    const [low99, high99] = bootstrapCI(values, { ...options, confidence: 0.99 });
    expect(low99).toBeLessThan(low);
    expect(high99).toBeGreaterThan(high);
  });

  it("gives [v, v] when every value is v", () => {
    for (const v of [0, 1, 0.1, 1 / 3]) expect(bootstrapCI(new Array(37).fill(v), options)).toEqual([v, v]);
    expect(bootstrapCI([0.7], options)).toEqual([0.7, 0.7]);
  });

  it("matches the normal approximation for a Bernoulli sample", () => {
    // 400 problems, 120 solved: p̂ = 0.3, standard error sqrt(p̂(1 − p̂)/n) ≈ 0.0229.
    const values = Array.from({ length: 400 }, (_, i) => (i < 120 ? 1 : 0));
    const se = Math.sqrt((0.3 * 0.7) / 400);
    const [low, high] = bootstrapCI(values, { ...options, resamples: 5000 });
    // Monte Carlo error of each bound is ~0.06 se with 5000 resamples; 0.3 se is a loose bound.
    expect(Math.abs(low - (0.3 - 1.96 * se))).toBeLessThan(0.3 * se);
    expect(Math.abs(high - (0.3 + 1.96 * se))).toBeLessThan(0.3 * se);
  });

  it("throws on bad arguments", () => {
    expect(() => bootstrapCI([], options)).toThrow(/at least one/);
    expect(() => bootstrapCI([Number.NaN], options)).toThrow(/finite/);
    expect(() => bootstrapCI([1], { ...options, resamples: 0 })).toThrow(/resamples/);
    expect(() => bootstrapCI([1], { ...options, resamples: 2.5 })).toThrow(/resamples/);
    expect(() => bootstrapCI([1], { ...options, confidence: 1 })).toThrow(/confidence/);
    expect(() => bootstrapCI([1], { ...options, confidence: 0 })).toThrow(/confidence/);
    expect(() => bootstrapCI([1], { ...options, seed: 0.5 })).toThrow(/seed/);
  });
});
