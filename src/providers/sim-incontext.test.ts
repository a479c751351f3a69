import { describe, expect, it } from "vitest";
import { nearMiss, simAccuracy, simIncontextResponse, simSize } from "./sim-incontext.js";
import { type IncontextQuery, ProviderError } from "./types.js";

const query = (family: string, shots: number, expected = "143", item = 0): IncontextQuery => ({
  task: family,
  family,
  shots,
  item,
  expected,
});

/** Which of many questions the simulated model answers right, drawn as a run would draw them. */
function answers(spec: string, family: string, shots: number, questions = 400): boolean[] {
  const right: boolean[] = [];
  for (let item = 0; item < questions; item++) {
    const q = query(family, shots, "12345", item);
    const response = simIncontextResponse(
      spec,
      0,
      {
        problem: {
          task_id: `${family}/${shots}/${item}`,
          prompt: "\n\nQ: x?\n\nA:",
          entry_point: "",
          canonical_solution: "",
          incontext: q,
        },
        n: 1,
        firstIndex: 0,
        params: { temperature: 0, maxTokens: 16, stop: ["\n"], logprobs: false },
        signal: new AbortController().signal,
      },
      q,
    );
    right.push(response.samples[0]?.completion === " 12345");
  }
  return right;
}

const share = (values: boolean[]) => values.filter(Boolean).length / values.length;

describe("the simulated model on in-context tasks", () => {
  it("grows with K, falls with digits, grows with size", () => {
    for (const family of ["two_digit_addition", "four_digit_subtraction", "cycle_letters_in_word"]) {
      const curve = [0, 1, 10, 100].map((k) => simAccuracy("sim", query(family, k), 0));
      for (let i = 1; i < curve.length; i++) expect(curve[i]).toBeGreaterThan(curve[i - 1] as number);
    }
    const digits = ["two", "three", "four", "five", "six"].map((d) =>
      simAccuracy("sim", query(`${d}_digit_addition`, 10), 0),
    );
    for (let i = 1; i < digits.length; i++) expect(digits[i]).toBeLessThan(digits[i - 1] as number);
    const sizes = ["sim:small", "sim:medium", "sim:large"].map((s) =>
      simAccuracy(s, query("two_digit_addition", 10), 0),
    );
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeGreaterThan(sizes[i - 1] as number);
    // Word tasks are almost never solved zero-shot.
    expect(simAccuracy("sim", query("random_insertion_in_word", 0, "casino"), 0)).toBeLessThan(0.05);
  });

  it("answers as often as its accuracy says, and greedy answers are monotone in K per question", () => {
    const one = answers("sim", "three_digit_addition", 1);
    const ten = answers("sim", "three_digit_addition", 10);
    expect(Math.abs(share(ten) - simAccuracy("sim", query("three_digit_addition", 10), 0))).toBeLessThan(
      0.08,
    );
    expect(share(one)).toBeLessThan(share(ten));
    one.forEach((right, item) => {
      if (right) expect(ten[item], `question ${item}`).toBe(true);
    });
  });

  it("is wrong by a near miss: never the answer, never a new leading zero", () => {
    let state = 1;
    const next = () => (state = (state * 1103515245 + 12345) >>> 0);
    for (const expected of ["0", "9", "10", "95", "-19", "143", "99999"]) {
      for (let i = 0; i < 50; i++) {
        const wrong = nearMiss(expected, next);
        expect(wrong).not.toBe(expected);
        expect(wrong).toMatch(/^-?(0|[1-9]\d*)$/);
        expect(wrong.length).toBe(expected.length);
      }
    }
    for (let i = 0; i < 20; i++) expect(nearMiss("casino", next)).not.toBe("casino");
    expect(nearMiss("aaaa", next)).toBe("aaaas");
  });

  it("names its sizes, and refuses another", () => {
    expect(simSize("sim")).toBe("large");
    expect(simSize("sim:small")).toBe("small");
    expect(() => simSize("sim:huge")).toThrow(ProviderError);
  });
});
