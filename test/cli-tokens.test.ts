// End-to-end tests of `passk tokens` through the BUILT command line (`node dist/passk.js`): the
// JSON report on stdout, the table people read, --ext/--exclude/--top, skipped files and errors.
// Run `npm run build` first (`npm test` does).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assertCliBuilt, passk } from "./helpers/cli.js";
import { useWorkspace } from "./helpers/workspace.js";

interface Report {
  totals: { files: number; bytes: number; tokens: Record<string, number> };
  saving: { p50k_base: number; cl100k_base: number };
  distribution: Record<string, { min: number; median: number; max: number }>;
  files: { path: string; tokens: Record<string, number> }[];
  skipped: { path: string; reason: string }[];
}

// Indented with 8 spaces: r50k_base spends a token per space, p50k_base one per run
// (tiktoken 0.14.0 gives 48, 24 and 27 tokens for this file).
const INDENTED = `if x:\n${"        y = 1\n".repeat(4)}`;

describe("passk tokens", () => {
  const ws = useWorkspace();
  beforeAll(assertCliBuilt);

  const project = () => {
    mkdirSync(join(ws.dir, "src", "tests"), { recursive: true });
    ws.write("src/indented.py", INDENTED);
    ws.write("src/small.py", "a\n");
    ws.write("src/tests/test_small.py", "a\n".repeat(5));
    ws.write("src/notes.md", "a\n".repeat(7));
    return join(ws.dir, "src");
  };

  it("prints the full report as JSON on stdout, with exact totals and savings, and notes skipped files on stderr", async () => {
    const src = project();
    ws.write("src/blob.py", Buffer.from([0x00, 0xff, 0x00]));
    const run = await passk(["tokens", src, "--json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe(`passk: skipped ${join(src, "blob.py")}: binary (contains NUL bytes)\n`);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.skipped).toEqual([{ path: join(src, "blob.py"), reason: "binary (contains NUL bytes)" }]);
    expect(report.totals).toEqual({
      files: 3,
      bytes: INDENTED.length + 2 + 10,
      tokens: { r50k_base: 48 + 2 + 10, p50k_base: 24 + 2 + 10, cl100k_base: 27 + 2 + 10 },
    });
    expect(report.files.map((f) => f.path)).toEqual(
      ["indented.py", "small.py", "tests/test_small.py"].map((f) => join(src, f)),
    );
    expect(report.saving.p50k_base).toBeCloseTo(1 - 36 / 60, 12);
    expect(report.distribution.r50k_base).toMatchObject({ min: 2, median: 10, max: 48 });
  });

  it("prints a table for people, with the largest files first, --top of them", async () => {
    const src = project();
    const run = await passk(["tokens", src, "--top", "1"], ws.dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^3 files · 74 bytes/);
    expect(run.stdout).toMatch(/r50k_base\s+60\s+2\s+10\s+20\s+48\s+48\s+—/);
    expect(run.stdout).toMatch(/p50k_base\s+36\s+2\s+10\s+12\s+24\s+24\s+40\.0 % fewer/);
    expect(run.stdout).toMatch(/48\s+24\s+27\s+\S*indented\.py/);
    expect(run.stdout).not.toContain("small.py");
  });

  it("counts other extensions with --ext and leaves names out with --exclude", async () => {
    const src = project();
    const md = await passk(["tokens", src, "--ext", "md", "--json"]);
    expect(md.code, md.stderr).toBe(0);
    expect((JSON.parse(md.stdout) as Report).files.map((f) => f.path)).toEqual([join(src, "notes.md")]);

    const py = await passk(["tokens", src, "--exclude", "tests,indented.py", "--json"]);
    expect(py.code, py.stderr).toBe(0);
    expect((JSON.parse(py.stdout) as Report).totals.tokens.r50k_base).toBe(2);
  });

  it("fails with exit code 2 naming a missing path, or when no file matches", async () => {
    const missing = join(ws.dir, "nope");
    const run = await passk(["tokens", missing]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`passk: error: no such file or folder: ${missing}`);
    expect(run.stdout).toBe("");

    ws.write("readme.md", "# hi\n");
    const none = await passk(["tokens", ws.dir]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no files to count .* none ends in \.py \(choose extensions with --ext\)/);
  });
});
