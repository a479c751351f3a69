// Token counts: exact numbers checked against OpenAI's tiktoken 0.14.0 (Python), the long-piece merge
// against js-tiktoken's own, and the folder walk on real temp folders.
import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { Tiktoken } from "js-tiktoken/lite";
import p50k from "js-tiktoken/ranks/p50k_base";
import { describe, expect, it } from "vitest";
import { rejection } from "../../test/helpers/errors.js";
import { useWorkspace } from "../../test/helpers/workspace.js";
import { countTokens, tokenReport } from "./tokens.js";

const counts = (r50k_base: number, p50k_base: number, cl100k_base: number) => ({
  r50k_base,
  p50k_base,
  cl100k_base,
});

describe("countTokens", () => {
  it("counts a run of 8 spaces as 8 tokens in r50k_base but 1 in p50k_base and cl100k_base", async () => {
    const spaces = await countTokens(" ".repeat(8));
    expect(spaces).toEqual(counts(8, 1, 1));
    expect(spaces.p50k_base).toBeLessThan(spaces.r50k_base);
  });

  // The expected numbers are what tiktoken 0.14.0 (Python) gives with disallowed_special=().
  it.each([
    [
      "a function",
      'def add(a, b):\n    """Return the sum of a and b."""\n    return a + b\n',
      counts(30, 26, 22),
    ],
    ["CRLF line ends and indentation", "x = 1\r\n\r\n    y = 2\r\n", counts(15, 13, 11)],
    ["non-ASCII and an emoji", "s = '😀é中'  # ok\n", counts(12, 12, 12)],
    [
      "a U+FEFF inside text (JavaScript's \\s matches it, tiktoken's does not)",
      "a\ufeff# coding",
      counts(6, 6, 3),
    ],
    ["a U+0085 (tiktoken's \\s matches it, JavaScript's does not)", "x \u0085y", counts(5, 5, 5)],
    ["6,000 letters in one piece", "ab".repeat(3000), counts(3000, 3000, 3000)],
    ["5,000 spaces", `${" ".repeat(5000)}x`, counts(5000, 313, 41)],
    ["base64-like text", "QmFzZTY0ZGF0YQ".repeat(300), counts(3600, 3600, 3301)],
    ["nothing", "", counts(0, 0, 0)],
  ])("counts %s exactly as tiktoken does", async (_, text, expected) => {
    expect(await countTokens(text)).toEqual(expected);
  });

  it("counts special tokens as plain text instead of throwing", async () => {
    expect(await countTokens("<|endoftext|>")).toEqual(counts(7, 7, 7));
    expect(await countTokens("x<|endoftext|><|fim_prefix|>")).toEqual(counts(15, 15, 14));
  });

  it("merges long pieces exactly as js-tiktoken does", async () => {
    const reference = new Tiktoken(p50k);
    // One piece each (a run of letters, of spaces, of symbols), longer than the cut-over to the heap merge.
    const pieces = [
      "abcabcabd".repeat(40),
      " ".repeat(333),
      "ééé中文😀".repeat(30),
      "#=-".repeat(100),
      ` ${"xyzzyplugh".repeat(30)}`,
    ];
    for (const piece of pieces) {
      expect((await countTokens(piece)).p50k_base, piece.slice(0, 20)).toBe(
        reference.encode(piece, [], []).length,
      );
    }
  });
});

describe("tokenReport", () => {
  const ws = useWorkspace();

  /** a.py … with `lines` lines of "a\n" each: 2 tokens a line in every encoding. */
  const tree = () => {
    mkdirSync(join(ws.dir, "pkg", "sub"), { recursive: true });
    mkdirSync(join(ws.dir, "pkg", ".venv"));
    mkdirSync(join(ws.dir, "pkg", "tests"));
    ws.write("pkg/b.py", "a\n".repeat(2));
    ws.write("pkg/a.py", "a\n".repeat(1));
    ws.write("pkg/sub/c.py", "a\n".repeat(3));
    ws.write("pkg/notes.txt", "a\n".repeat(10));
    ws.write("pkg/.venv/hidden.py", "a\n".repeat(10));
    ws.write("pkg/tests/test_a.py", "a\n".repeat(10));
    return join(ws.dir, "pkg");
  };

  it("walks folders in name order for .py files, leaving out hidden and excluded names", async () => {
    const pkg = tree();
    const report = await tokenReport([pkg], { exclude: ["tests"] });
    expect(report.files.map((f) => f.path)).toEqual(["a.py", "b.py", "sub/c.py"].map((f) => join(pkg, f)));
    expect(report.files.map((f) => f.tokens)).toEqual([counts(2, 2, 2), counts(4, 4, 4), counts(6, 6, 6)]);
    expect(report.totals).toEqual({ files: 3, bytes: 12, tokens: counts(12, 12, 12) });
    expect(report.skipped).toEqual([]);
  });

  it("counts the extensions chosen with ext, with or without the dot, in any case", async () => {
    const pkg = tree();
    ws.write("pkg/upper.TXT", "a\n");
    const report = await tokenReport([pkg], { ext: [".txt", "PY"], exclude: ["tests", "sub"] });
    expect(report.files.map((f) => f.path)).toEqual(
      ["a.py", "b.py", "notes.txt", "upper.TXT"].map((f) => join(pkg, f)),
    );
  });

  it("always counts a file named explicitly, and each file once", async () => {
    const pkg = tree();
    const notes = join(pkg, "notes.txt");
    const report = await tokenReport([notes, pkg, join(pkg, "a.py")], { exclude: ["tests"] });
    expect(report.files.map((f) => f.path)).toEqual([
      notes,
      ...["a.py", "b.py", "sub/c.py"].map((f) => join(pkg, f)),
    ]);
    expect(report.totals.tokens.r50k_base).toBe(32);
  });

  it("gives the spread of tokens per file and the saving relative to r50k_base", async () => {
    for (let i = 1; i <= 10; i++) ws.write(`f${String(i).padStart(2, "0")}.py`, "a\n".repeat(i));
    const report = await tokenReport([ws.dir]);
    expect(report.distribution.r50k_base).toEqual({ min: 2, median: 11, mean: 11, p90: 18, max: 20 });
    expect(report.saving).toEqual({ p50k_base: 0, cl100k_base: 0 });

    ws.write("indented.py", `if x:\n${"        y = 1\n".repeat(4)}`);
    const indented = await tokenReport([join(ws.dir, "indented.py")]);
    const { r50k_base, p50k_base, cl100k_base } = indented.totals.tokens;
    expect(indented.totals.tokens).toEqual(counts(48, 24, 27));
    expect(indented.saving.p50k_base).toBeCloseTo(1 - p50k_base / r50k_base, 12);
    expect(indented.saving.cl100k_base).toBeCloseTo(1 - cl100k_base / r50k_base, 12);
    expect(indented.distribution.p50k_base).toEqual({ min: 24, median: 24, mean: 24, p90: 24, max: 24 });
  });

  it("skips binary, non-UTF-8 and dangling files with a note, and counts a byte-order mark as tiktoken does", async () => {
    ws.write("bin.py", Buffer.from([0x61, 0x00, 0x62]));
    ws.write("latin1.py", Buffer.from("caf\xe9 = 1\n", "latin1"));
    ws.write("bom.py", "\ufeffa\n");
    symlinkSync(join(ws.dir, "gone"), join(ws.dir, "dangling.py"));
    const report = await tokenReport([ws.dir]);
    expect(report.files.map((f) => [f.path, f.bytes, f.tokens])).toEqual([
      // "a\n" alone is counts(2, 2, 2); the mark is 3 byte tokens in r50k/p50k, merged with "a" in cl100k.
      [join(ws.dir, "bom.py"), 5, counts(5, 5, 3)],
    ]);
    expect(report.skipped).toEqual([
      { path: join(ws.dir, "bin.py"), reason: "binary (contains NUL bytes)" },
      { path: join(ws.dir, "dangling.py"), reason: "link to a folder or to nothing, not followed" },
      { path: join(ws.dir, "latin1.py"), reason: "not UTF-8 text" },
    ]);
  });

  it("refuses missing paths with FILE_NOT_FOUND naming them", async () => {
    const missing = join(ws.dir, "nowhere.py");
    const error = await rejection(tokenReport([ws.dir, missing]));
    expect(error.code).toBe("FILE_NOT_FOUND");
    expect(error.message).toContain(missing);
  });

  it("returns zeros for a folder without matching files", async () => {
    ws.write("readme.md", "# hello\n");
    const report = await tokenReport([ws.dir]);
    expect(report.totals).toEqual({ files: 0, bytes: 0, tokens: counts(0, 0, 0) });
    expect(report.distribution.cl100k_base).toEqual({ min: 0, median: 0, mean: 0, p90: 0, max: 0 });
  });

  it("stops when its signal is aborted", async () => {
    ws.write("a.py", "a\n");
    const controller = new AbortController();
    controller.abort();
    await expect(tokenReport([ws.dir], { signal: controller.signal })).rejects.toThrow(/abort/i);
  });
});
