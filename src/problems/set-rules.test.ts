// Tests of the rules a passk set's files must follow beyond their shape: tags from the list, a real
// `added` date, no repeated test case, wrong/ and alt/ files that say what they are, `preconditions`
// on one line; and of `since`, which loads only the problems added on or after a date.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useWorkspace } from "../../test/helpers/workspace.js";
import { PasskError } from "../errors.js";
import { loadPasskSet } from "./set.js";
import { TAGS } from "./set-types.js";

const ws = useWorkspace();

const SPEC = {
  title: "Double a number",
  entry_point: "double",
  signature: "def double(x: int) -> int:",
  description: "Return twice x.",
  examples: [{ args: [2], expected: 4 }],
  tags: ["math"],
  difficulty: "easy",
  added: "2026-01-15",
};
const SOLUTION = "def double(x: int) -> int:\n    return 2 * x\n";
const TESTS = [
  { args: [1], expected: 2 },
  { args: [0], expected: 0 },
];

/** Writes set.json and a problem folder `id` with the good files, overridden as asked. */
function problem(
  id: string,
  spec: Record<string, unknown> = {},
  files: Record<string, string> = {},
  tests: unknown[] = TESTS,
): void {
  writeFileSync(
    join(ws.dir, "set.json"),
    JSON.stringify({ name: "rules", version: "1.0.0", description: "d" }),
  );
  const dir = join(ws.dir, id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "problem.json"), JSON.stringify({ ...SPEC, id, ...spec }, null, 2));
  writeFileSync(join(dir, "solution.py"), SOLUTION);
  writeFileSync(join(dir, "tests.json"), JSON.stringify(tests));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

function faults(): readonly string[] {
  try {
    loadPasskSet(ws.dir);
  } catch (error) {
    if (error instanceof PasskError) return error.details;
    throw error;
  }
  throw new Error("the set loaded");
}

describe("loadPasskSet: the rules of a problem folder", () => {
  it("takes tags only from the documented list, each once", () => {
    problem("unknown-tag", { tags: ["math", "puzzles"] });
    problem("repeated-tag", { tags: ["math", "math"] });
    const found = faults();
    expect(
      found.some(
        (f) => f.includes('unknown-tag/problem.json: field "tags.1"') && f.includes(TAGS.join(", ")),
      ),
    ).toBe(true);
    expect(found.some((f) => f.includes('repeated-tag/problem.json: field "tags": each tag once'))).toBe(
      true,
    );
  });

  it("needs a real calendar date in added", () => {
    problem("no-date", { added: undefined });
    problem("bad-date", { added: "2026-02-30" });
    problem("us-date", { added: "01/15/2026" });
    const found = faults().filter((f) => f.includes('field "added"'));
    expect(found.map((f) => f.split("/").slice(-2, -1)[0])).toEqual(["bad-date", "no-date", "us-date"]);
  });

  it("refuses a repeated case and a clash, naming both cases", () => {
    const tests = [
      ...TESTS,
      { args: [1], expected: 2 },
      { args: [0], expected: 5 },
      { args: [3], expected: 6 },
    ];
    problem("repeats", {}, {}, tests);
    const found = faults();
    expect(found).toContain(
      `${join(ws.dir, "repeats/tests.json")}: case 2 repeats case 0 (same arguments); remove it, a repeat does not count as a test`,
    );
    expect(found).toContain(
      `${join(ws.dir, "repeats/tests.json")}: case 3 has the arguments of case 1 but expects another result; one of them is wrong`,
    );
    expect(found).toHaveLength(2);
  });

  it("sees a repeat written differently: object keys or set elements in another order", () => {
    const tests = [
      { args: [{ a: 1, b: 2 }], expected: 1 },
      { args: [{ b: 2, a: 1 }], expected: 1 },
      { args: [{ $set: [1, 2] }], expected: 1 },
      { args: [{ $set: [2, 1] }], expected: 1 },
      { args: [{ $tuple: [1, 2] }], expected: 1 },
      { args: [[1, 2]], expected: 1 },
    ];
    problem("reordered", {}, {}, tests);
    expect(faults().map((f) => f.replace(/^.*tests\.json: /, "").slice(0, 24))).toEqual([
      "case 1 repeats case 0 (s",
      "case 3 repeats case 2 (s",
    ]);
  });

  it("reads wrong/ and alt/: a wrong file says its mistake on line 1, every file defines the entry point", () => {
    problem(
      "solutions",
      {},
      {
        "wrong/off-by-one.py": "# mistake: adds one too many\ndef double(x):\n    return 2 * x + 1\n",
        "wrong/silent.py": "def double(x):\n    return x\n",
        "wrong/other-name.py": "# mistake: names the function wrongly\ndef twice(x):\n    return 2 * x\n",
        "wrong/Bad Name.py": "# mistake: a file name with a space\ndef double(x):\n    return x\n",
        "alt/shift.py": "def double(x):\n    return x << 1\n",
      },
    );
    const found = faults().map((f) => f.replace(`${join(ws.dir, "solutions")}/`, ""));
    expect(found).toEqual([
      "wrong/Bad Name.py: wrong/ holds only Python files named like off-by-one.py",
      "wrong/other-name.py: must define double at the top level (a whole program, imports included)",
      'wrong/silent.py:1: the first line must say the mistake: "# mistake: <one line>"',
    ]);
  });

  it("loads the other solutions with their notes, outside the set's hash", () => {
    problem("solutions");
    const before = loadPasskSet(ws.dir);
    expect(before.problems[0]?.wrong).toEqual([]);
    problem(
      "solutions",
      {},
      {
        "wrong/off-by-one.py": "# mistake: adds one too many\ndef double(x):\n    return 2 * x + 1\n",
        "alt/shift.py": "def double(x):\n    return x << 1\n",
      },
    );
    const after = loadPasskSet(ws.dir);
    const [loaded] = after.problems;
    expect(loaded?.wrong).toEqual([
      {
        name: "wrong/off-by-one.py",
        mistake: "adds one too many",
        source: expect.stringContaining("2 * x + 1"),
      },
    ]);
    expect(loaded?.alt.map((a) => a.name)).toEqual(["alt/shift.py"]);
    // wrong/ and alt/ never decide a verdict: results stay comparable when they change.
    expect(after.sha256).toBe(before.sha256);
  });

  it("takes preconditions as one-line expressions", () => {
    problem("multi-line", { preconditions: ["x >= 0\nand x < 10"] });
    problem("empty-list", { preconditions: [] });
    const found = faults();
    expect(
      found.some((f) =>
        f.includes('multi-line/problem.json: field "preconditions.0": one Python expression'),
      ),
    ).toBe(true);
    expect(found.some((f) => f.includes('empty-list/problem.json: field "preconditions"'))).toBe(true);
  });
});

describe("loadPasskSet with since", () => {
  function threeProblems(): void {
    problem("early", { added: "2025-03-01" });
    problem("middle", { added: "2026-01-15" });
    problem("late", { added: "2026-06-30" });
  }

  it("keeps the problems added on or after the date, lists the others, and hashes only what it kept", () => {
    threeProblems();
    const all = loadPasskSet(ws.dir);
    expect(all.problems.map((p) => p.spec.id)).toEqual(["early", "late", "middle"]);
    expect(all.excluded).toEqual([]);
    const recent = loadPasskSet(ws.dir, { since: "2026-01-15" });
    expect(recent.problems.map((p) => p.spec.id)).toEqual(["late", "middle"]);
    expect(recent.excluded).toEqual(["rules/early"]);
    expect(recent.since).toBe("2026-01-15");
    expect(recent.sha256).not.toBe(all.sha256);
    // A date before every problem keeps them all, but says it was given: another hash again.
    const everything = loadPasskSet(ws.dir, { since: "2000-01-01" });
    expect(everything.problems).toHaveLength(3);
    expect(new Set([all.sha256, recent.sha256, everything.sha256]).size).toBe(3);
    expect(loadPasskSet(ws.dir, { since: "2026-01-15" }).sha256).toBe(recent.sha256);
  });

  it("refuses a date that is not one, and a date that leaves no problem, saying what to do", () => {
    threeProblems();
    const refusal = (since: string) => {
      try {
        loadPasskSet(ws.dir, { since });
      } catch (error) {
        return error as PasskError;
      }
      throw new Error("accepted");
    };
    const notDate = refusal("2026-13-01");
    expect(notDate.code).toBe("BAD_OPTION");
    expect(notDate.message).toBe("--since 2026-13-01: not a date; write it as YYYY-MM-DD, e.g. 2025-01-31");
    const tooLate = refusal("2026-07-01");
    expect(tooLate.code).toBe("BAD_OPTION");
    expect(tooLate.message).toBe(
      "--since 2026-07-01: no problem of rules was added on or after that date (the newest was added on 2026-06-30); give an earlier date",
    );
  });
});
