// BLEU and the 13a tokenizer against sacreBLEU: the vectors of sacreBLEU's own tests
// (mjpost/sacrebleu test/test_bleu.py and test/test_sentence_bleu.py, 2.x), a fixture of what
// sacreBLEU 2.6.0 computes for our own inputs (fixtures/make-sacrebleu-fixture.py), and properties.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PasskError } from "../errors.js";
import {
  type BleuOptions,
  type BleuResult,
  type BleuStats,
  bleuFromStats,
  bleuStatistics,
  corpusBleu,
  formatBleu,
  pyFixed,
  sentenceBleu,
} from "./bleu.js";
import { pyRstrip, pySplit, tokenize13a } from "./tokenize13a.js";

type Expected = BleuResult & { line: string };
interface Fixture {
  sacrebleu: string;
  tokenize13a: { input: string; output: string }[];
  sentence: { hypothesis: string; references: string[]; options: BleuOptions; expected: Expected }[];
  corpus: { hypotheses: string[]; references: string[][]; options: BleuOptions; expected: Expected }[];
  fromStats: { stats: BleuStats; options: BleuOptions; expected: Expected }[];
}
const fixture = JSON.parse(
  readFileSync(new URL("./fixtures/sacrebleu.json", import.meta.url), "utf8"),
) as Fixture;

// sacreBLEU's `raw_corpus_bleu`: no tokenization, floor smoothing, effective order.
const raw = (smoothValue = 0.1): BleuOptions => ({
  tokenize: "none",
  smoothMethod: "floor",
  smoothValue,
  effectiveOrder: true,
});

// The README example of sacreBLEU's tests: three segments, two reference streams.
const REFS = [
  ["The dog bit the man.", "It was not unexpected.", "The man bit him first."],
  ["The dog had bit the man.", "No one was surprised.", "The man had bitten the dog."],
];
const HYPS = ["The dog bit the man.", "It wasn't surprising.", "The man had just bitten him."];

describe("sacreBLEU test_bleu.py vectors", () => {
  it.each([
    [["this is a test", "another test"], [["ref1", "ref2"]], 0],
    [["this is a test"], [["this is a test"]], 1],
    [["this is a fest"], [["this is a test"]], 0.223606797749979],
  ])("raw corpus BLEU of %j is %s", (hyps, refs, expected) => {
    expect(corpusBleu(hyps, refs, raw(0.01)).score / 100).toBeCloseTo(expected, 8);
  });

  it.each<[string, string[], BleuOptions, number]>([
    ["default settings", HYPS, {}, 48.530827],
    ["empty hypotheses kept", ["", "", ""], {}, 0],
    ["tokenize none", HYPS, { tokenize: "none" }, 49.1919566],
    ["tokenize 13a", HYPS, { tokenize: "13a" }, 48.530827],
    ["smoothing none", HYPS, { smoothMethod: "none" }, 48.530827],
  ])("corpus BLEU, %s", (_, hyps, options, expected) => {
    expect(Math.abs(corpusBleu(hyps, REFS, options).score - expected)).toBeLessThan(1e-6);
  });

  it("floor smoothing with value 0 and with the default 0.1", () => {
    const hyps = ["am I am a character sequence"];
    const refs = [["I am a symbol string sequence a a"]];
    expect(corpusBleu(hyps, refs, raw(0)).score).toBe(0);
    expect(corpusBleu(hyps, refs, raw()).score / 100).toBeCloseTo(0.1555722182, 8);
    const { smoothValue: _, ...defaultValue } = raw();
    expect(corpusBleu(hyps, refs, defaultValue).score / 100).toBeCloseTo(0.1555722182, 8);
  });

  it("counts and totals", () => {
    const r = corpusBleu(
      ["am I am a character sequence"],
      [["I am a symbol string sequence a a"]],
      raw(0.01),
    );
    expect(r.counts).toEqual([4, 2, 1, 0]);
    expect(r.totals).toEqual([6, 5, 4, 3]);
  });

  it("scores statistics", () => {
    const stats = { counts: [9, 7, 5, 3], totals: [10, 8, 6, 4], sysLen: 11, refLen: 11 };
    expect(bleuFromStats(stats, { smoothMethod: "none" }).score / 100).toBeCloseTo(0.8375922397, 8);
  });

  it.each([
    ["test", "a test", 0.3678794411714425],
    ["a test", "a test", 1],
    ["a little test", "a test", 0.03218297948685433],
  ])("effective order: %s against %s", (hyp, ref, expected) => {
    expect(corpusBleu([hyp], [[ref]], raw(0.01)).score / 100).toBeCloseTo(expected, 8);
  });

  it.each([
    [[0, 0, 0, 0], [4, 4, 2, 1], 0, 1, 0],
    [[0, 0, 0, 0], [10, 11, 12, 0], 14, 10, 0],
    [[0, 0, 0, 0], [0, 0, 0, 0], 0, 0, 0],
    [[6, 5, 4, 0], [6, 5, 4, 3], 6, 6, 0],
    [[0, 0, 0, 0], [0, 0, 0, 0], 0, 0, 0.1],
    [[0, 0, 0, 0], [0, 0, 0, 0], 1, 5, 0.01],
  ])("degenerate statistics %j / %j score exactly 0", (counts, totals, sysLen, refLen, smoothValue) => {
    const r = bleuFromStats({ counts, totals, sysLen, refLen }, { smoothMethod: "floor", smoothValue });
    expect(r.score).toBe(0);
  });

  it.each([
    [1, "77.65"],
    [2, "60.50"],
    [3, "53.93"],
    [4, "48.53"],
    [5, "46.14"],
    [6, "43.28"],
  ])("max n-gram order %i gives %s", (maxNgramOrder, expected) => {
    expect(pyFixed(corpusBleu(HYPS, REFS, { maxNgramOrder }).score, 2)).toBe(expected);
  });
});

describe("sacreBLEU test_sentence_bleu.py vectors", () => {
  const REF = "produc\u0163ia de zah\u0103r brut se exprim\u0103 \u00een zah\u0103r alb;";
  const SYS =
    "Produc\u021bia de zah\u0103r prim\u0103 va fi exprimat\u0103 \u00een ceea ce prive\u0219te zah\u0103rul alb;";

  it.each<[BleuOptions, number]>([
    [{ smoothMethod: "exp" }, 8.493],
    [{ smoothMethod: "none" }, 0],
    [{ smoothMethod: "floor" }, 4.51688],
    [{ smoothMethod: "floor", smoothValue: 0.1 }, 4.51688],
    [{ smoothMethod: "floor", smoothValue: 0.5 }, 10.1],
    [{ smoothMethod: "add-k" }, 14.882],
    [{ smoothMethod: "add-k", smoothValue: 1 }, 14.882],
    [{ smoothMethod: "add-k", smoothValue: 2 }, 21.389],
    [{ smoothMethod: "exp", tokenize: "none" }, 7.347],
  ])("%j gives %s", (options, expected) => {
    expect(Math.abs(sentenceBleu(SYS, [REF], options).score - expected)).toBeLessThan(1e-3);
  });

  it.each<BleuOptions>([
    { smoothMethod: "exp" },
    { smoothMethod: "none" },
    { smoothMethod: "floor" },
    { smoothMethod: "floor", smoothValue: 0.1 },
    { smoothMethod: "add-k" },
    { smoothMethod: "add-k", smoothValue: 1 },
  ])("no match at all scores 0 with %j", (options) => {
    expect(sentenceBleu("this is a cat", ["okay thanks"], options).score).toBe(0);
  });
});

describe(`sacreBLEU ${fixture.sacrebleu} on our inputs`, () => {
  const matches = (actual: BleuResult, expected: Expected) => {
    expect(actual.score).toBeCloseTo(expected.score, 10);
    expect(actual.counts).toEqual(expected.counts);
    expect(actual.totals).toEqual(expected.totals);
    actual.precisions.forEach((p, n) => {
      expect(p).toBeCloseTo(expected.precisions[n] as number, 10);
    });
    // exp() may differ in the last bit between V8 and the C library Python uses.
    expect(actual.bp).toBeCloseTo(expected.bp, 14);
    expect(actual.ratio).toBe(expected.ratio);
    expect([actual.sysLen, actual.refLen]).toEqual([expected.sysLen, expected.refLen]);
    expect(formatBleu(actual)).toBe(expected.line);
  };

  it.each(fixture.tokenize13a)("tokenize13a(%j)", ({ input, output }) => {
    expect(tokenize13a(input)).toBe(output);
  });

  // Every smoothing, effective order on and off, both tokenizers, for each of our pairs.
  it.each(fixture.sentence)("sentence BLEU of $hypothesis with $options", (c) => {
    matches(sentenceBleu(c.hypothesis, c.references, c.options), c.expected);
  });

  it.each(fixture.corpus)("corpus BLEU with $options", (c) => {
    matches(corpusBleu(c.hypotheses, c.references, c.options), c.expected);
  });

  it.each(fixture.fromStats)("statistics $stats with $options (rounding ties)", (c) => {
    matches(bleuFromStats(c.stats, c.options), c.expected);
  });
});

describe("properties", () => {
  const code = "def f(xs):\n    return [x * 2 for x in xs if x > 0]";

  it("a hypothesis identical to its reference scores 100", () => {
    expect(sentenceBleu(code, [code]).score).toBeCloseTo(100, 12);
    expect(corpusBleu([code, "x = 1 + 2"], [[code, "x = 1 + 2"]]).score).toBeCloseTo(100, 12);
    // Fewer than 4 tokens: only effective order (sentence BLEU's default) still gives 100.
    expect(sentenceBleu("x = 1", ["x = 1"]).score).toBeCloseTo(100, 12);
    expect(sentenceBleu("x = 1", ["x = 1"], { effectiveOrder: false }).score).toBe(0);
  });

  it("an empty hypothesis scores 0 and has BP 0", () => {
    for (const smoothMethod of ["exp", "floor", "add-k", "none"] as const) {
      const r = sentenceBleu("", [code], { smoothMethod });
      expect([r.score, r.bp, r.sysLen]).toEqual([0, 0, 0]);
    }
  });

  it("a hypothesis shorter than the reference has BP = exp(1 − r/c) < 1", () => {
    const r = sentenceBleu("return [x * 2 for x in xs]", [code]);
    expect(r.sysLen).toBeLessThan(r.refLen);
    expect(r.bp).toBeLessThan(1);
    expect(r.bp).toBeCloseTo(Math.exp(1 - r.refLen / r.sysLen), 15);
    expect(sentenceBleu(`${code} + 1`, [code]).bp).toBe(1);
  });

  it("uses the closest reference length, the shorter one on a tie", () => {
    expect(sentenceBleu("a b c", ["a b", "a b c d"]).refLen).toBe(2);
    expect(sentenceBleu("a b c", ["a b c d", "a b"]).refLen).toBe(2);
    expect(sentenceBleu("a b c", ["a", "a b c d"]).refLen).toBe(4);
  });

  it("clips each n-gram at its highest count in any one reference", () => {
    const r = sentenceBleu("the the the the", ["the cat", "the the"]);
    expect(r.counts[0]).toBe(2);
  });

  it("agrees with statistics recombined by bleuFromStats", () => {
    const hyps = ["a b c d e", "x y", ""];
    const refs = [["a b c d f", "x y z", "q"]];
    const direct = corpusBleu(hyps, refs);
    expect(bleuFromStats(bleuStatistics(hyps, refs))).toEqual(direct);
  });

  it("lowercases before tokenizing when asked", () => {
    expect(sentenceBleu("RETURN X", ["return x"], { lowercase: true }).score).toBeCloseTo(100, 12);
    expect(sentenceBleu("RETURN X", ["return x"]).score).toBe(0);
  });
});

describe("input checks", () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e instanceof PasskError ? e.code : "not a PasskError";
    }
    return "no error";
  };

  it("rejects reference streams of the wrong length and segments without a reference", () => {
    expect(code(() => corpusBleu(["a", "b"], [["a"]]))).toBe("BAD_INPUT");
    expect(code(() => corpusBleu(["a"], []))).toBe("BAD_INPUT");
    expect(
      code(() =>
        corpusBleu(
          ["a", "b"],
          [
            ["a", null],
            ["b", null],
          ],
        ),
      ),
    ).toBe("BAD_INPUT");
    expect(code(() => sentenceBleu("a", []))).toBe("BAD_INPUT");
    expect(code(() => corpusBleu([null as unknown as string], [["a"]]))).toBe("BAD_INPUT");
  });

  it("takes null as an absent reference and an empty string as an empty one (sacreBLEU 2.6)", () => {
    const hyps = ["a b c d", "e f g h"];
    expect(
      corpusBleu(hyps, [
        [null, "e f g h"],
        ["a b c d", "e f g h"],
      ]).score,
    ).toBeCloseTo(100, 12);
    expect(sentenceBleu("", ["", "a b"]).refLen).toBe(0);
    expect(sentenceBleu("a", ["a b", ""]).refLen).toBe(0);
  });

  it("rejects unknown options", () => {
    expect(code(() => sentenceBleu("a", ["a"], { smoothMethod: "nist" as "exp" }))).toBe("BAD_OPTION");
    expect(code(() => sentenceBleu("a", ["a"], { tokenize: "intl" as "13a" }))).toBe("BAD_OPTION");
    expect(code(() => sentenceBleu("a", ["a"], { maxNgramOrder: 0 }))).toBe("BAD_OPTION");
    expect(code(() => sentenceBleu("a", ["a"], { smoothValue: -1 }))).toBe("BAD_OPTION");
  });
});

// mteval-v13a's four rules exactly as sacreBLEU writes them, to check the faster ones in tokenize13a.ts.
function mtevalTokenize(line: string): string {
  let s = line.replaceAll("<skipped>", "").replaceAll("-\n", "").replaceAll("\n", " ");
  s = s.replaceAll("&quot;", '"').replaceAll("&amp;", "&").replaceAll("&lt;", "<").replaceAll("&gt;", ">");
  s = ` ${s} `
    .replace(/([{-~[-` -&(-+:-@/])/g, " $1 ")
    .replace(/([^0-9])([.,])/g, "$1 $2 ")
    .replace(/([.,])([^0-9])/g, " $1 $2")
    .replace(/([0-9])(-)/g, "$1 $2 ");
  return pySplit(s).join(" ");
}

describe("13a tokenizer and Python string semantics", () => {
  it("equals mteval's verbatim rules on 20,000 random strings", () => {
    const pieces = [
      "a",
      "Z",
      "0",
      "7",
      ".",
      ",",
      "-",
      "'",
      " ",
      "  ",
      "\t",
      "\n",
      "-\n",
      "(",
      "$",
      "/",
      ":",
      "_",
    ];
    pieces.push(
      "&amp;",
      "&quot;",
      "&lt;",
      "<skipped>",
      "\u0085",
      "\u00a0",
      "\ufeff",
      "\u3000",
      "é",
      "😀",
      "\r",
    );
    let seed = 12345;
    const next = (k: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % k;
    };
    for (let t = 0; t < 20_000; t++) {
      let line = "";
      for (let i = next(16); i > 0; i--) line += pieces[next(pieces.length)];
      expect(tokenize13a(line), JSON.stringify(line)).toBe(mtevalTokenize(line));
    }
  });

  it("splits punctuation off words but keeps numbers and contractions whole", () => {
    // The one 13a vector we found published (flexeval's test of sacreBLEU's tokenizer).
    expect(tokenize13a("I'm a student.")).toBe("I'm a student .");
    expect(tokenize13a("x=f(3.5,-2)")).toBe("x = f ( 3.5 , -2 )");
  });

  it("splits and strips on Python's whitespace, not JavaScript's", () => {
    expect(pySplit("\ufeffa\x1cb\x85c  d ")).toEqual(["\ufeffa", "b", "c", "d"]);
    expect(pySplit(" \t ")).toEqual([]);
    expect(pyRstrip("a \x1f\u3000")).toBe("a");
    expect(pyRstrip("a\ufeff")).toBe("a\ufeff");
  });

  it("formats like Python: ties go to the even digit", () => {
    expect(pyFixed(12.25, 1)).toBe("12.2");
    expect(pyFixed(12.75, 1)).toBe("12.8");
    expect(pyFixed(0.0625, 3)).toBe("0.062");
    expect(pyFixed(2.5, 0)).toBe("2");
    expect(pyFixed(-0.125, 2)).toBe("-0.12");
    expect(pyFixed(0.1 + 0.2, 1)).toBe("0.3");
  });
});
