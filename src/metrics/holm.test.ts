import { describe, expect, it } from "vitest";
import { bootstrapMeans } from "./bootstrap.js";
import { bootstrapPValue, holm } from "./holm.js";

describe("holm", () => {
  it("multiplies the i-th smallest p by m − i + 1 and keeps the order monotone", () => {
    // Worked example: p = 0.01, 0.04, 0.03, 0.005 (m = 4).
    // Sorted 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → monotone 0.06.
    const adjusted = holm([0.01, 0.04, 0.03, 0.005]);
    expect(adjusted[0]).toBeCloseTo(0.03, 12);
    expect(adjusted[1]).toBeCloseTo(0.06, 12);
    expect(adjusted[2]).toBeCloseTo(0.06, 12);
    expect(adjusted[3]).toBeCloseTo(0.02, 12);
    expect(holm([0.5, 0.9])).toEqual([1, 1]);
    expect(holm([])).toEqual([]);
  });
});

describe("bootstrapPValue", () => {
  const options = { resamples: 2000, seed: 0, confidence: 0.95 };
  it("is 1 when every difference is 0, and tiny when every difference is positive", () => {
    expect(bootstrapPValue(bootstrapMeans([0, 0, 0], options))).toBe(1);
    expect(bootstrapPValue(bootstrapMeans([0.1, 0.2, 0.3, 0.1], options))).toBeCloseTo(2 / 2001, 12);
  });

  it("agrees with the interval: p < 0.05 exactly when the 95 % interval keeps off 0 (away from ties)", () => {
    const mixed = [0.3, -0.1, 0.2, 0.25, -0.05, 0.15, 0.1, 0.2];
    const means = bootstrapMeans(mixed, options);
    const lo = means[Math.floor(0.025 * 1999)] as number;
    expect(bootstrapPValue(means) < 0.05).toBe(lo > 0);
  });
});
