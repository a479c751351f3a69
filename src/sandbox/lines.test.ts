import { describe, expect, it } from "vitest";
import { LineSplitter } from "./lines.js";

function split(chunks: string[], cap?: number): { lines: string[]; overflows: number } {
  const lines: string[] = [];
  let overflows = 0;
  const splitter = new LineSplitter(
    (line) => lines.push(line),
    cap,
    () => overflows++,
  );
  for (const chunk of chunks) splitter.push(chunk);
  return { lines, overflows };
}

describe("LineSplitter", () => {
  it("gives each line once, whatever the chunks, and holds back an unfinished one", () => {
    expect(split(["a\nb", "c\n\nd"]).lines).toEqual(["a", "bc", ""]);
    expect(split(["x", "y", "z\n", "\n"]).lines).toEqual(["xyz", ""]);
    const text = "first line\nsecond\n\nthe last, unfinished";
    for (let size = 1; size <= text.length; size++) {
      const chunks = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      expect(split(chunks).lines, `chunks of ${size}`).toEqual(["first line", "second", ""]);
    }
  });

  it("drops a line longer than the cap, up to its newline, once, and goes on after it", () => {
    const { lines, overflows } = split(["ok\n12345", "6789", "0123", "\nnext\n"], 8);
    expect(lines).toEqual(["ok", "next"]);
    expect(overflows).toBe(1);
    expect(split(["12345678\n"], 8).lines).toEqual(["12345678"]);
  });

  it("takes linear time: a 64 MiB line in 8 KiB chunks", { timeout: 5000 }, () => {
    // Searching or copying everything held at each chunk would be 8,192 x 32 MiB of work (minutes).
    const piece = "x".repeat(8192);
    const lines: string[] = [];
    const splitter = new LineSplitter((line) => lines.push(line));
    for (let i = 0; i < 8192; i++) splitter.push(piece);
    splitter.push("\n");
    expect(lines.length).toBe(1);
    expect(lines[0]?.length).toBe(8192 * 8192);
  });
});
