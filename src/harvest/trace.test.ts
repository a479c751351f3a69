// Tests of reading the suite launcher's lines: they come from a sandbox a hostile test suite shared,
// so every malformed line is a clear error and every value outside passk's encoding is left out.
import { describe, expect, it } from "vitest";
import { PasskError } from "../errors.js";
import { parseTraceRun } from "./trace.js";

const SUITE = { kind: "suite", exit: 0, signal: null, seconds: 1.5, output_bytes: 10, output_tail: "OK" };
const END = { kind: "end", functions: 1, notes: ["a note"] };
const FUNCTION = {
  kind: "function",
  file: "pkg/core.py",
  name: "double",
  line: 3,
  module: "pkg.core",
  note: null,
  calls: 4,
  raised: 1,
  conflicts: 0,
  skipped: { "argument not data": 1 },
  cases: [
    { args: [2], out: { ok: 4 } },
    { args: [{ $tuple: [1] }], out: { raised: true } },
  ],
};
const STATIC = {
  kind: "static",
  file: "pkg/core.py",
  name: "double",
  line: 3,
  signature: "def double(x):",
  docstring: "Twice x.",
  body: "    return 2 * x",
  verbatim: true,
  statements: 2,
  imports: [],
  helpers: [],
  helper_lines: 0,
  unresolved: [],
  dynamic: [],
  writes_globals: [],
};

const lines = (...records: unknown[]) => records.map((r) => (typeof r === "string" ? r : JSON.stringify(r)));

function failure(run: () => unknown): PasskError {
  try {
    run();
  } catch (error) {
    if (error instanceof PasskError) return error;
    throw error;
  }
  throw new Error("accepted");
}

describe("parseTraceRun", () => {
  it("reads the suite, the functions with their cases, the source facts and the notes", () => {
    const run = parseTraceRun(lines(SUITE, FUNCTION, STATIC, END), "");
    expect(run.suite).toEqual({ exit: 0, signal: null, seconds: 1.5, outputBytes: 10, outputTail: "OK" });
    const f = run.functions.get("pkg/core.py:3:double");
    expect(f?.cases.map((c) => c.outcome)).toEqual([{ ok: 4 }, { raised: true }]);
    expect(f?.cases[0]?.argsText).toBe("[2]");
    expect(run.statics.get("pkg/core.py:3:double")?.signature).toBe("def double(x):");
    expect(run.notes).toEqual(["a note"]);
  });

  it("reads functions with names of any script (Python's identifiers are not only ASCII)", () => {
    const run = parseTraceRun(lines(SUITE, { ...FUNCTION, name: "café_ünï" }, END), "");
    expect(run.functions.get("pkg/core.py:3:café_ünï")?.name).toBe("café_ünï");
  });

  it("leaves out, with a note, recorded calls that are not values of the encoding", () => {
    const cases = [
      { args: [1], out: { ok: { $repr: "<x>", $type: "X" } } },
      { args: [{ $weird: 1 }], out: { ok: 1 } },
      { args: [1], out: { ok: 1, extra: 2 } },
      { args: [1], out: { raised: "yes" } },
      { args: [{ $int: "12x" }], out: { ok: 1 } },
      { args: [3], out: { ok: 6 } },
    ];
    const run = parseTraceRun(lines(SUITE, { ...FUNCTION, cases }, END), "");
    expect(run.functions.get("pkg/core.py:3:double")?.cases).toHaveLength(1);
    expect(run.notes.join("\n")).toMatch(/5 recorded calls are not values of passk's encoding/);
  });

  it("refuses lines that are not what the launcher writes, naming the line and the field", () => {
    const cases: [unknown[], RegExp][] = [
      [[SUITE, "not json", END], /line 2: not JSON/],
      [[SUITE, { kind: "bogus" }, END], /line 2: unknown record kind "bogus"/],
      [[SUITE, { ...FUNCTION, name: "x; import os" }, END], /line 2: field "name"/],
      [[SUITE, { ...FUNCTION, name: "1x" }, END], /line 2: field "name"/],
      [[SUITE, { ...FUNCTION, calls: -1 }, END], /line 2: field "calls"/],
      [[SUITE, { ...FUNCTION, surprise: 1 }, END], /line 2: field "\(top\)": .*surprise/],
      [[SUITE, { ...STATIC, imports: ["import os\nimport sys"] }, END], /line 2: field "imports.0"/],
      [[SUITE, END, FUNCTION], /line 3: text after the last line/],
    ];
    for (const [records, message] of cases) {
      const error = failure(() => parseTraceRun(lines(...records), ""));
      expect(error.message).toMatch(message);
      expect(error.message).toMatch(/tampered/);
    }
  });

  it("says the sandbox ended early when the last line is missing, with bubblewrap's last words", () => {
    const error = failure(() => parseTraceRun(lines(SUITE, FUNCTION), "bwrap: something broke\n"));
    expect(error.message).toBe("the sandbox ended before it reported the test run: bwrap: something broke");
  });

  it("survives values nested far too deeply", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const text = JSON.stringify({ ...FUNCTION, cases: [] }).replace(
      '"cases":[]',
      `"cases":[{"args":[${deep}],"out":{"ok":1}}]`,
    );
    const run = parseTraceRun([JSON.stringify(SUITE), text, JSON.stringify(END)], "");
    expect(run.functions.get("pkg/core.py:3:double")?.cases).toHaveLength(0);
  });
});
