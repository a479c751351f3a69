// End-to-end tests of what `passk problems check` asks beyond mutants (through the BUILT command line
// and the real sandbox): wrong solutions must fail and alternatives pass, `>>>` examples in the
// description must agree, every case must meet the preconditions; and of `passk problems cases`,
// which turns Python calls into tests.json cases. Run `npm run build` first (`npm test` does).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { passk } from "./helpers/cli.js";
import { py } from "./helpers/python.js";
import { STRONG, tinySet, VOWELS_ALT, VOWELS_WRONG } from "./helpers/tiny-set.js";
import { removeWorkspaces, workspace } from "./helpers/workspace.js";

afterAll(removeWorkspaces);

interface Report {
  ok: boolean;
  problems: {
    faults: string[];
    wrongKilled: number;
    wrong: { name: string; mistake: string; killed: boolean; failingTests: number | null }[];
  }[];
}

describe("passk problems check: wrong and alternative solutions", () => {
  it("passes a problem whose tests fail every wrong solution, and reports the kill rate per difficulty", async () => {
    const run = await passk(["problems", "check", tinySet(STRONG), "--json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/ok {3}tiny-set\/count-vowels: 8 tests, 3\/3 wrong solutions failed, /);
    expect(run.stderr).toMatch(
      / {2}easy {6}1 problems · mutants killed \d+\/\d+ \(100\.0 %\) · wrong solutions failed 3\/3 \(100\.0 %\)/,
    );
    expect(run.stderr).toMatch(/ {2}all {7}1 problems · .* · wrong solutions failed 3\/3 \(100\.0 %\)/);
    const [check] = (JSON.parse(run.stdout) as Report).problems;
    expect(check?.wrong.map((w) => [w.name, w.mistake, w.killed])).toEqual([
      ["wrong/letters.py", "counts every letter instead of the vowels", true],
      ["wrong/lower-only.py", "counts lower-case vowels only", true],
      ["wrong/y-is-vowel.py", "counts y as a vowel too", true],
    ]);
    // Only "AEIOU" of STRONG has an upper-case vowel: lower-only fails that one case.
    expect(check?.wrong.find((w) => w.name === "wrong/lower-only.py")?.failingTests).toBe(1);
  });

  it("fails a problem whose wrong solution passes, whose alternative fails, or that has too few of either", async () => {
    // Without "AEIOU" no test has an upper-case vowel: lower-only passes them all.
    const lowerOnly = STRONG.filter((c) => !/[AEIOU]/.test(c.args[0] as string));
    const files = {
      ...VOWELS_WRONG,
      "alt/broken.py": py`
        def count_vowels(text):
            return sum(1 for ch in text.lower() if ch in "aeiouy")
      `,
    };
    const run = await passk(["problems", "check", tinySet(lowerOnly, {}, files), "--json"]);
    expect(run.code).toBe(1);
    const faults = (JSON.parse(run.stdout) as Report).problems[0]?.faults ?? [];
    expect(faults).toContain(
      "wrong/lower-only.py passes every test (mistake: counts lower-case vowels only); add a test that it fails",
    );
    expect(faults.some((f) => f.startsWith("alt/broken.py, a correct solution, fails: failed: case "))).toBe(
      true,
    );
    expect(run.stderr).toMatch(/FAIL tiny-set\/count-vowels: 7 tests, 2\/3 wrong solutions failed/);
    expect(run.stderr).toContain("wrong solutions failed 2/3 (66.7 %)");

    const few = await passk([
      "problems",
      "check",
      tinySet(STRONG, {}, { "wrong/y.py": VOWELS_WRONG["wrong/y-is-vowel.py"] as string }),
    ]);
    expect(few.code).toBe(1);
    expect(few.stderr).toContain("1 wrong solutions in wrong/; at least 3 are required");
    expect(few.stderr).toContain("no alternative solution in alt/; at least 1 is required");
  });

  it("fails a wrong solution that never returns a value: a broken file is no plausible mistake", async () => {
    const files = {
      ...VOWELS_WRONG,
      ...VOWELS_ALT,
      "wrong/raises.py": py`
        # mistake: calls a method strings do not have
        def count_vowels(text):
            return text.count_vowels()
      `,
    };
    const run = await passk(["problems", "check", tinySet(STRONG, {}, files), "--json"]);
    expect(run.code).toBe(1);
    const faults = (JSON.parse(run.stdout) as Report).problems[0]?.faults ?? [];
    expect(faults).toEqual([
      expect.stringMatching(
        /^wrong\/raises\.py never returns a value \(failed: case 0: .*AttributeError.*\); a wrong solution must be a plausible mistake$/,
      ),
    ]);
  });

  it("asks a harvested problem (with provenance) for no wrong or alt solution, but holds any it has to the rules", async () => {
    const harvested = {
      tags: ["harvested"],
      provenance: {
        project: "demo",
        file: "demo/text.py",
        function: "count_vowels",
        line: 1,
        commit: null,
        test_command: "python -m pytest -q",
        calls: 40,
        distinct_calls: 12,
      },
    };
    const none = await passk(["problems", "check", tinySet(STRONG, harvested, {})]);
    expect(none.code, none.stderr).toBe(0);
    expect(none.stderr).toMatch(/ok {3}tiny-set\/count-vowels: 8 tests, no wrong solutions, /);
    expect(none.stderr).toMatch(/ {2}all {7}1 problems · .* · wrong solutions failed none/);

    const lowerOnly = STRONG.filter((c) => !/[AEIOU]/.test(c.args[0] as string));
    const passing = { "wrong/lower-only.py": VOWELS_WRONG["wrong/lower-only.py"] as string };
    const one = await passk(["problems", "check", tinySet(lowerOnly, harvested, passing)]);
    expect(one.code).toBe(1);
    expect(one.stderr).toContain("wrong/lower-only.py passes every test");
    expect(one.stderr).not.toContain("at least 3 are required");
  });
});

describe("passk problems check: examples in the text and preconditions", () => {
  it("checks >>> examples written in the description against the canonical solution", async () => {
    const description =
      "Count the vowels a, e, i, o, u in text, in either case.\n" +
      ">>> count_vowels('Banana')\n3\n" +
      ">>> count_vowels('Sky')\n1\n" +
      ">>> count_vowels(text='x')\n0";
    const run = await passk(["problems", "check", tinySet(STRONG, { description }), "--json"]);
    expect(run.code).toBe(1);
    const faults = (JSON.parse(run.stdout) as Report).problems[0]?.faults ?? [];
    expect(faults).toEqual([
      "description: line 6: write the arguments positionally, without names or *",
      "description: example 2 disagrees with the canonical solution: count_vowels('Sky') returned 0, expected 1",
    ]);
  });

  it("runs the preconditions on every case and example, naming the case and the condition", async () => {
    const preconditions = ["text.isascii()", "len(text) < 10", "text[0] != ' '"];
    const tests = [...STRONG, { args: ["Café"], expected: 1 }];
    const run = await passk(["problems", "check", tinySet(tests, { preconditions }), "--json"]);
    expect(run.code).toBe(1);
    const faults = (JSON.parse(run.stdout) as Report).problems[0]?.faults ?? [];
    expect(faults).toEqual([
      `preconditions: tests.json case 0 breaks "text[0] != ' '" (raised IndexError: string index out of range); fix the case or the precondition`,
      `preconditions: tests.json case 3 breaks "len(text) < 10"; fix the case or the precondition`,
      `preconditions: tests.json case 8 breaks "text.isascii()"; fix the case or the precondition`,
    ]);
    const good = await passk([
      "problems",
      "check",
      tinySet(STRONG, { preconditions: ["isinstance(text, str)", "text.isascii()"] }),
    ]);
    expect(good.code, good.stderr).toBe(0);
  });
});

describe("passk problems cases", () => {
  it("turns Python calls into cases with tuples and sets encoded, leaving out arguments already tested", async () => {
    const root = tinySet(STRONG);
    const calls = join(workspace(), "calls.py");
    writeFileSync(
      calls,
      "count_vowels('Queue') == 4\ncount_vowels('a') == 1  # already in tests.json\n" +
        "count_vowels(\n    'multi line'\n) == 3\ncount_vowels('Queue') == 4\n",
    );
    const run = await passk(["problems", "cases", root, "count-vowels", calls]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(`[${run.stdout}]`)).toEqual([
      { args: ["Queue"], expected: 4 },
      { args: ["multi line"], expected: 3 },
    ]);
    expect(run.stderr).toContain("2 cases (2 left out: their arguments are in tests.json or repeated)");
  });

  it("refuses lines that are not cases, each with its line, and writes nothing", async () => {
    const calls = join(workspace(), "bad.py");
    writeFileSync(calls, "count_vowels('a') == 1\ncount('b') == 0\ncount_vowels(x) == 0\nprint(1)\n");
    const run = await passk(["problems", "cases", tinySet(STRONG), "count-vowels", calls]);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`${calls}: 3 lines are not cases; fix them:`);
    expect(run.stderr).toContain("line 2: expected a call of count_vowels(...)");
    expect(run.stderr).toContain("line 3: the arguments must be Python literals");
    expect(run.stderr).toContain("line 4: write each case as count_vowels(<args>) == <expected>");
  });

  it("encodes tuples, sets, big ints and integral floats as tests.json needs them", async () => {
    const calls = join(workspace(), "values.py");
    writeFileSync(calls, "count_vowels((1, 'a'), {2}, 100000000000000000000, 2.0) == [1.5, (None, True)]\n");
    const run = await passk(["problems", "cases", tinySet(STRONG), "count-vowels", calls]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      args: [{ $tuple: [1, "a"] }, { $set: [2] }, { $int: "100000000000000000000" }, { $float: 2 }],
      expected: [1.5, { $tuple: [null, true] }],
    });
  });
});
