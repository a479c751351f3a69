// The batched bootstrap must give exactly what bootstrapCI gives for each vector alone.
import { describe, expect, it } from "vitest";
import { bootstrapCI } from "./bootstrap.js";
import { bootstrapCIs } from "./bootstrap-batch.js";

describe("bootstrapCIs", () => {
  it("equals bootstrapCI column by column, bit for bit", () => {
    const columns = Array.from({ length: 6 }, (_, c) =>
      Array.from({ length: 37 }, (_, i) => ((i * (c + 3) * 7919) % 101) / 100),
    );
    columns.push(Array.from({ length: 37 }, () => 0.25));
    for (const options of [
      { resamples: 500, seed: 0, confidence: 0.95 },
      { resamples: 301, seed: 42, confidence: 0.8 },
    ]) {
      expect(bootstrapCIs(columns, options)).toEqual(columns.map((column) => bootstrapCI(column, options)));
    }
    expect(bootstrapCIs([], { resamples: 10, seed: 0, confidence: 0.9 })).toEqual([]);
  });

  it("refuses columns of different lengths", () => {
    expect(() => bootstrapCIs([[1, 2], [1]], { resamples: 10, seed: 0, confidence: 0.9 })).toThrow(
      /same length/,
    );
  });
});
