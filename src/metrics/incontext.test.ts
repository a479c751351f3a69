import { describe, expect, it } from "vitest";
import { answerOf, incontextAccuracy, incontextGaps, isExactMatch, type ScoredSample } from "./incontext.js";

describe("answerOf and isExactMatch", () => {
  it("takes the completion up to its first newline, stripped", () => {
    expect(answerOf(" 143")).toBe("143");
    expect(answerOf(" 143\n\nQ: What is 1 plus 2?")).toBe("143");
    expect(answerOf("  casino \t\nmore")).toBe("casino");
    expect(answerOf("\n143")).toBe("");
    expect(answerOf("")).toBe("");
  });

  it("matches exactly, after stripping both sides", () => {
    expect(isExactMatch(" 143\nQ:", " 143")).toBe(true);
    expect(isExactMatch(" 143.", "143")).toBe(false);
    expect(isExactMatch(" Casino", " casino")).toBe(false);
    expect(isExactMatch(" -19", " -19")).toBe(true);
    expect(isExactMatch(" 1430", "143")).toBe(false);
  });
});

const sample = (task: string, shots: number, item: number, right: boolean): ScoredSample => ({
  task,
  shots,
  item,
  expected: "7",
  completion: right ? " 7\n" : " 8\n",
});

describe("incontextAccuracy", () => {
  it("scores each (task, K) over its questions, with an interval that holds the estimate", () => {
    const samples = [
      ...Array.from({ length: 40 }, (_, i) => sample("a", 0, i, i < 10)),
      ...Array.from({ length: 40 }, (_, i) => sample("a", 10, i, i < 30)),
      ...Array.from({ length: 10 }, (_, i) => sample("b", 1, i, true)),
    ];
    const cells = incontextAccuracy(samples, { resamples: 500, seed: 0, confidence: 0.95 });
    expect(cells.map((c) => [c.task, c.shots, c.items, c.correct, c.accuracy])).toEqual([
      ["a", 0, 40, 10, 0.25],
      ["a", 10, 40, 30, 0.75],
      ["b", 1, 10, 10, 1],
    ]);
    const [zero] = cells;
    expect(zero?.lo).toBeLessThan(0.25);
    expect(zero?.hi).toBeGreaterThan(0.25);
    expect(zero?.lo).toBeGreaterThan(0.05);
    expect(cells[2]).toMatchObject({ lo: 1, hi: 1 });
  });

  it("counts a question's share of correct samples when it has several", () => {
    const samples = [sample("a", 0, 0, true), sample("a", 0, 0, false), sample("a", 0, 1, true)];
    const [cell] = incontextAccuracy(samples, { resamples: 100, seed: 0, confidence: 0.95 });
    expect(cell).toMatchObject({ items: 2, samples: 3, correct: 2, accuracy: 0.75 });
  });
});

describe("incontextGaps", () => {
  it("pairs the same questions at K=0 and the largest K", () => {
    const samples = [
      ...Array.from({ length: 50 }, (_, i) => sample("a", 0, i, i < 5)),
      ...Array.from({ length: 50 }, (_, i) => sample("a", 1, i, i < 20)),
      ...Array.from({ length: 50 }, (_, i) => sample("a", 50, i, i < 40)),
      ...Array.from({ length: 5 }, (_, i) => sample("only-few", 10, i, true)),
    ];
    const gaps = incontextGaps(samples, { resamples: 1000, seed: 0, confidence: 0.95 });
    expect(gaps).toHaveLength(1);
    const [gap] = gaps;
    expect(gap).toMatchObject({ task: "a", fewShots: 50, items: 50, zero: 0.1, few: 0.8 });
    expect(gap?.gap).toBeCloseTo(0.7, 10);
    // Every question that is right at K=0 is right at K=50: the paired interval is narrow and positive.
    expect(gap?.lo).toBeGreaterThan(0.55);
    expect(gap?.hi).toBeLessThan(0.85);
  });
});
