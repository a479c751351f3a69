// Tests of the unbiased pass@k estimator against exact rational arithmetic.

import { describe, expect, it } from "vitest";
import { passAtK } from "./passAtK.js";

function binomial(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  let result = 1n;
  // Each partial product is C(n − k + i, i), an integer, so the division is exact.
  for (let i = 1; i <= k; i++) result = (result * BigInt(n - k + i)) / BigInt(i);
  return result;
}

function bitLength(x: bigint): number {
  return x.toString(2).length;
}

/** num/den rounded to a double with ~64 significant bits of quotient before the final rounding. */
function toNumber(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  const shift = Math.max(0, bitLength(den) - bitLength(num) + 64);
  return Number((num << BigInt(shift)) / den) * 2 ** -shift;
}

/** 1 − C(n−c, k)/C(n, k), computed exactly and rounded once. */
function exactPassAtK(n: number, c: number, k: number): number {
  const total = binomial(n, k);
  return toNumber(total - binomial(n - c, k), total);
}

function expectClose(n: number, c: number, k: number): void {
  const exact = exactPassAtK(n, c, k);
  const got = passAtK(n, c, k);
  if (exact === 0) expect(got, `n=${n} c=${c} k=${k}`).toBe(0);
  else expect(Math.abs(got - exact) / exact, `n=${n} c=${c} k=${k}`).toBeLessThanOrEqual(1e-12);
}

describe("passAtK", () => {
  it("matches exact rational arithmetic for n = 200, every c, k in {1, 2, 5, 10, 50, 100, 200}", () => {
    for (const k of [1, 2, 5, 10, 50, 100, 200]) {
      for (let c = 0; c <= 200; c++) expectClose(200, c, k);
    }
  });

  it("matches exact rational arithmetic for every n ≤ 12, c and k", () => {
    for (let n = 1; n <= 12; n++) {
      for (let c = 0; c <= n; c++) {
        for (let k = 1; k <= n; k++) expectClose(n, c, k);
      }
    }
  });

  it("checks the exact reference itself on a hand-worked case", () => {
    // n=5, c=2, k=2: 1 − C(3,2)/C(5,2) = 1 − 3/10.
    expect(exactPassAtK(5, 2, 2)).toBe(0.7);
    expect(passAtK(5, 2, 2)).toBeCloseTo(0.7, 15);
  });

  it("gives c/n for k = 1", () => {
    for (const [n, c] of [
      [1, 0],
      [1, 1],
      [7, 3],
      [200, 37],
      [1000, 999],
    ] as const) {
      expect(passAtK(n, c, 1)).toBeCloseTo(c / n, 14);
    }
  });

  it("is 0 with no correct sample, 1 with all correct, 1 when fewer than k are wrong", () => {
    expect(passAtK(10, 0, 1)).toBe(0);
    expect(passAtK(10, 0, 10)).toBe(0);
    expect(passAtK(10, 10, 1)).toBe(1);
    expect(passAtK(10, 10, 10)).toBe(1);
    expect(passAtK(10, 8, 3)).toBe(1); // 2 wrong < 3
    expect(passAtK(10, 7, 3)).toBeLessThan(1); // 3 wrong: an all-wrong draw exists
  });

  it("stays finite for n far beyond where binomial coefficients overflow a double", () => {
    const value = passAtK(5000, 3, 2500);
    expect(value).toBeGreaterThan(0.87);
    expect(value).toBeLessThan(0.88); // 1 − (1/2)^3 = 0.875, nearly
  });

  it("differs from the naive 1 − (1 − c/n)^k, which is biased", () => {
    const [n, c, k] = [10, 1, 10];
    const naive = 1 - (1 - c / n) ** k;
    expect(passAtK(n, c, k)).toBe(1); // every draw of 10 out of 10 includes the correct one
    expect(naive).toBeCloseTo(0.6513, 4);
  });

  it("throws on invalid arguments", () => {
    const bad: [number, number, number][] = [
      [10, 11, 1], // c > n
      [10, -1, 1],
      [-1, 0, 1],
      [10, 2, 0], // k < 1
      [10, 2, 11], // k > n
      [10.5, 2, 1],
      [10, 2.5, 1],
      [10, 2, 1.5],
      [Number.NaN, 0, 1],
      [Number.POSITIVE_INFINITY, 0, 1],
      [0, 0, 1],
    ];
    for (const [n, c, k] of bad) expect(() => passAtK(n, c, k), `n=${n} c=${c} k=${k}`).toThrow(/passAtK/);
  });
});
