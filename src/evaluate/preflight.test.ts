// The checks evaluate() makes before it starts a sandbox, on real temp folders.
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { useWorkspace } from "../../test/helpers/workspace.js";
import { PasskError } from "../errors.js";
import { type PreflightInput, preflight } from "./preflight.js";
import type { LoadedSample } from "./samples.js";

const ws = useWorkspace();

/** n samples of each task, lines numbered in order. */
function samples(counts: Record<string, number>): LoadedSample[] {
  return Object.entries(counts).flatMap(([task_id, n]) =>
    Array.from({ length: n }, () => ({ line: 0, sample: { task_id, completion: "" } })),
  );
}

function input(overrides: Partial<PreflightInput> = {}): PreflightInput {
  return {
    samplesPath: join(ws.dir, "s.jsonl"),
    problemsPath: join(ws.dir, "p.jsonl"),
    resultsPath: join(ws.dir, "r.jsonl"),
    outGiven: true,
    fresh: false,
    samples: samples({ "T/0": 10, "T/1": 4 }),
    skipped: [],
    k: [1, 10, 100],
    ...overrides,
  };
}

function errorOf(values: PreflightInput): PasskError {
  try {
    preflight(values);
  } catch (error) {
    expect(error).toBeInstanceOf(PasskError);
    return error as PasskError;
  }
  throw new Error("expected preflight to throw");
}

describe("preflight", () => {
  it("lets a run through when at least one asked k can be reported", () => {
    expect(() => preflight(input())).not.toThrow(); // pass@1 can; pass@10 and pass@100 are skipped later
    expect(() => preflight(input({ k: "all" }))).not.toThrow();
  });

  it("refuses when no asked k can be reported, naming the problem with the fewest samples", () => {
    const error = errorOf(input({ k: [5, 10] }));
    expect(error.code).toBe("BAD_OPTION");
    expect(error.message).toBe(
      "--k 5,10: no pass@k can be reported: it needs at least k samples for every problem, and T/1 has 4; ask for k ≤ 4 (e.g. --k 1,4, or --k all)",
    );
  });

  it("refuses to score nothing, listing the skipped lines", () => {
    const error = errorOf(input({ samples: [], skipped: [{ line: 1, reason: "got array" }] }));
    expect(error.code).toBe("BAD_INPUT");
    expect(error.message).toContain("no sample to evaluate: all 1 line was invalid and skipped");
    expect(error.details).toEqual([`${join(ws.dir, "s.jsonl")}:1: got array`]);
  });

  it("refuses results written over an input file, and a gzip results file it would append to", () => {
    expect(errorOf(input({ resultsPath: join(ws.dir, "s.jsonl") })).message).toContain("is the samples file");
    const gz = ws.write("old.jsonl", gzipSync("{}\n"));
    expect(errorOf(input({ resultsPath: gz })).message).toContain(
      "is gzip-compressed and cannot be appended to",
    );
    expect(() => preflight(input({ resultsPath: gz, fresh: true }))).not.toThrow();
  });

  it("names the default results file as such, and --out as --out", () => {
    const path = join(ws.dir, "missing", "r.jsonl");
    expect(errorOf(input({ resultsPath: path })).message).toMatch(/^--out .*: the folder .* does not exist/);
    expect(errorOf(input({ resultsPath: path, outGiven: false })).message).toMatch(/^results file /);
  });
});
