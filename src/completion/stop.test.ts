// Tests of client-side stop sequences and of summing the log-probabilities of the tokens kept.
import { describe, expect, it } from "vitest";
import { CODEX_STOP, cutAtStop, summarizeLogprobs, type TokenLogprob } from "./stop.js";

describe("cutAtStop", () => {
  it("cuts at the earliest stop sequence, whatever their order in the list", () => {
    const text = "    return x\n\nif __name__:\n    pass\ndef g():\n";
    expect(cutAtStop(text, ["\ndef", "\nif"])).toEqual({ text: "    return x\n", cut: true });
    expect(cutAtStop(text, ["\nif", "\ndef"])).toEqual({ text: "    return x\n", cut: true });
  });

  it("leaves the text whole when no stop occurs", () => {
    expect(cutAtStop("    return 1\n", CODEX_STOP)).toEqual({ text: "    return 1\n", cut: false });
    expect(cutAtStop("abc", [])).toEqual({ text: "abc", cut: false });
  });

  it("ignores an empty stop sequence (it would cut everything)", () => {
    expect(cutAtStop("abc\ndef x", ["", "\ndef"])).toEqual({ text: "abc", cut: true });
    expect(cutAtStop("abc", [""])).toEqual({ text: "abc", cut: false });
  });

  it("cuts at position 0 when the text starts with a stop", () => {
    expect(cutAtStop("\nprint(1)", CODEX_STOP)).toEqual({ text: "", cut: true });
  });

  it("uses the Codex paper's five stop sequences", () => {
    expect(CODEX_STOP).toEqual(["\nclass", "\ndef", "\n#", "\nif", "\nprint"]);
  });
});

describe("summarizeLogprobs", () => {
  const tokens: TokenLogprob[] = [
    { text: "ab", logprob: -1 }, // [0, 2)
    { text: "c", logprob: -2 }, // [2, 3)
    { text: "de", logprob: -3 }, // [3, 5)
    { text: "f", logprob: -4 }, // [5, 6)
  ];

  it("sums every token of the whole text", () => {
    expect(summarizeLogprobs(tokens, 0, 6)).toEqual({ sum: -10, mean: -2.5, tokens: 4 });
  });

  it("counts the tokens that start inside [start, end)", () => {
    expect(summarizeLogprobs(tokens, 2, 5)).toEqual({ sum: -5, mean: -2.5, tokens: 2 });
    // "ab" starts before 1; "c" starts at 2 ≥ end 2: neither counts; "de" starting at 3 < 4 does.
    expect(summarizeLogprobs(tokens, 1, 4)).toEqual({ sum: -5, mean: -2.5, tokens: 2 });
    expect(summarizeLogprobs(tokens, 0, 1)).toEqual({ sum: -1, mean: -1, tokens: 1 });
  });

  it("is null when no token starts inside the span", () => {
    expect(summarizeLogprobs(tokens, 6, 10)).toBeNull();
    expect(summarizeLogprobs(tokens, 3, 3)).toBeNull();
    expect(summarizeLogprobs([], 0, 10)).toBeNull();
  });

  it("skips a null first token (an echoed prompt's) but still advances past its text", () => {
    const echoed: TokenLogprob[] = [
      { text: "def", logprob: null },
      { text: " f", logprob: -0.5 },
      { text: "():", logprob: -1.5 },
    ];
    expect(summarizeLogprobs(echoed, 0, 6)).toEqual({ sum: -2, mean: -1, tokens: 2 });
    expect(summarizeLogprobs(echoed, 3, 6)).toEqual({ sum: -2, mean: -1, tokens: 2 });
    expect(summarizeLogprobs(echoed, 5, 6)).toEqual({ sum: -1.5, mean: -1.5, tokens: 1 });
    expect(summarizeLogprobs([{ text: "x", logprob: null }], 0, 1)).toBeNull();
  });

  it("skips non-finite log-probabilities", () => {
    const odd: TokenLogprob[] = [
      { text: "a", logprob: Number.NEGATIVE_INFINITY },
      { text: "b", logprob: Number.NaN },
      { text: "c", logprob: -3 },
    ];
    expect(summarizeLogprobs(odd, 0, 3)).toEqual({ sum: -3, mean: -3, tokens: 1 });
  });
});
