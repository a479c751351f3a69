// `passk problems import` on hand-written fixtures in each format (test/fixtures/contest/): what
// each problem becomes, the --since filter, and malformed entries refused with their file and field,
// with nothing written.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { PasskError } from "../../errors.js";
import { loadProgramSet, programProblemSet } from "../program-set.js";
import type { CallTest, StdioTest } from "../program-types.js";
import { FieldError } from "./common.js";
import { type ImportOptions, importProblems } from "./import.js";
import { decodeCompressedTests } from "./livecodebench.js";

const FIXTURES = fileURLToPath(new URL("../../../test/fixtures/contest/", import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const outDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "passk-import-"));
  dirs.push(dir);
  return join(dir, "set");
};
const run = (options: Omit<ImportOptions, "out">) => importProblems({ out: outDir(), ...options });

async function refusal(options: Omit<ImportOptions, "out">): Promise<{ error: PasskError; out: string }> {
  const out = outDir();
  try {
    await importProblems({ ...options, out });
  } catch (error) {
    expect(error).toBeInstanceOf(PasskError);
    return { error: error as PasskError, out };
  }
  throw new Error("the import succeeded");
}

describe("importing APPS", () => {
  it("reads stdin problems, call-based ones (class Solution or a function) and skips those without tests", async () => {
    const result = await run({ format: "apps", path: join(FIXTURES, "apps") });
    expect(result.record).toMatchObject({ format: "apps", read: 5, kept: 4 });
    expect(result.kinds).toEqual({ stdio: 2, call: 2 });
    expect(result.skipped).toEqual([expect.stringMatching(/0004: no input_output\.json/)]);
    const set = loadProgramSet(result.out);
    const byId = new Map(set.problems.map((p) => [p.spec.id, p]));
    const sum = byId.get("0000");
    expect(sum?.spec).toMatchObject({
      kind: "stdio",
      difficulty: "introductory",
      judge: { compare: "tokens" },
    });
    expect(sum?.spec.source).toEqual({
      format: "apps",
      id: "0000",
      url: "https://example.invalid/apps/0000",
    });
    expect(sum?.tests[0]).toEqual({ input: "1 2\n", output: "3\n" });
    expect(sum?.solution).toBe("a, b = map(int, input().split())\nprint(a + b)\n");
    expect(byId.get("0001")?.spec.call).toEqual({
      name: "widestGap",
      className: "Solution",
      unwrapSingle: true,
    });
    expect(byId.get("0002")?.spec.call).toEqual({ name: "half", unwrapSingle: true });
    // 2.0 stays a float: the function must return one.
    expect((byId.get("0002")?.tests as CallTest[] | undefined)?.[0]).toEqual({
      args: [4],
      expected: [{ $float: 2 }],
    });
    // Inputs and outputs given as lists of lines are joined with newlines, as APPS's harness does.
    expect(byId.get("0003")?.tests[0]).toEqual({ input: "3\n1 2 3", output: "6" });
  });

  it("refuses malformed problems, each with its file and field, and writes nothing", async () => {
    const { error, out } = await refusal({ format: "apps", path: join(FIXTURES, "apps-bad") });
    expect(error.code).toBe("BAD_INPUT");
    const bad = join(FIXTURES, "apps-bad");
    expect(error.details).toEqual([
      expect.stringMatching(new RegExp(`^${bad}/0100/input_output\\.json: field "\\(top\\)": not JSON: `)),
      `${bad}/0101/input_output.json: field "outputs": 1 outputs for 2 inputs`,
      `${bad}/0102/input_output.json: field "fn_name": expected a Python identifier, got 3`,
      `${bad}/0103/question.txt: missing (each problem folder holds question.txt)`,
      `${bad}/0104/solutions.json: field "(top)": expected a list of programs (strings)`,
      `${bad}/0105/input_output.json: field "inputs[0]": expected the list of arguments, got string`,
    ]);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(join(out, ".."))).toEqual([]);
  });

  it("--skip-invalid keeps the good problems and lists the bad ones", async () => {
    const path = join(FIXTURES, "apps-bad");
    const { error } = await refusal({ format: "apps", path, skipInvalid: true });
    expect(error.message).toContain("no problem to import"); // every one of them is bad
  });
});

describe("importing CodeContests", () => {
  it("reads the Hugging Face rows: all three test lists, limits, tags, the Python 3 solution", async () => {
    const result = await run({ format: "codecontests", path: join(FIXTURES, "codecontests/valid.jsonl") });
    expect(result.record).toMatchObject({ read: 3, kept: 2 });
    expect(result.skipped).toEqual([
      expect.stringContaining("valid.jsonl:3: reads or writes a named file (input_file)"),
    ]);
    const [double, mean] = loadProgramSet(result.out).problems;
    expect(double?.spec).toMatchObject({
      id: "1000-a-double-it",
      title: "1000_A. Double It",
      time_limit: 2,
      memory_limit: 256000000,
      difficulty: "A",
      tags: ["math", "implementation"],
      source: { format: "codecontests", platform: "codeforces", contest_id: "1000" },
    });
    expect((double?.tests as StdioTest[] | undefined)?.map((t) => t.origin)).toEqual([
      "public",
      "private",
      "private",
      "generated",
    ]);
    expect(double?.solution).toBe("print(2 * int(input()))\n");
    expect(mean?.spec).toMatchObject({ time_limit: 1.5, difficulty: "B" });
    expect(mean?.spec.memory_limit).toBeUndefined(); // 0: unknown, passk's default applies
    expect(mean?.solution).toBeNull();
  });

  it("reads the repository converter's JSON array (tests as objects, the time limit as text)", async () => {
    const result = await run({ format: "codecontests", path: join(FIXTURES, "codecontests/converted.json") });
    const [problem] = loadProgramSet(result.out).problems;
    expect(problem?.spec).toMatchObject({
      time_limit: 1,
      memory_limit: 134217728,
      source: { platform: "aizu" },
    });
    expect(problem?.tests).toEqual([
      { input: "3 9 2\n", output: "9\n", origin: "public" },
      { input: "-1 -2\n", output: "-1\n", origin: "private" },
    ]);
  });

  it("refuses malformed rows with line and field", async () => {
    const path = join(FIXTURES, "codecontests/bad.jsonl");
    const { error } = await refusal({ format: "codecontests", path });
    expect(error.details).toEqual([
      `${path}:1: field "description": expected a string, got missing`,
      `${path}:2: field "public_tests.output": 1 outputs for 2 inputs`,
      `${path}:3: field "time_limit": expected "seconds: N", got "forever"`,
      `${path}:4: expected a JSON object, got array`,
    ]);
  });

  it("refuses --since: CodeContests problems carry no date", async () => {
    const { error } = await refusal({
      format: "codecontests",
      path: join(FIXTURES, "codecontests/valid.jsonl"),
      since: "2024-01-01",
    });
    expect(error.code).toBe("BAD_OPTION");
    expect(error.message).toContain("codecontests problems carry no contest date");
  });
});

describe("importing LiveCodeBench", () => {
  it("reads every release file of a folder; private tests decoded from base64(zlib(pickle)) or JSON", async () => {
    const result = await run({ format: "livecodebench", path: join(FIXTURES, "livecodebench") });
    expect(result.record).toMatchObject({ read: 4, kept: 4 });
    const set = programProblemSet(result.out);
    const byId = new Map(loadProgramSet(result.out).problems.map((p) => [p.spec.id, p]));
    const sum = byId.get("abc900-a");
    expect(sum?.spec).toMatchObject({
      kind: "stdio",
      contest_date: "2023-05-01",
      judge: { compare: "float", tolerance: 0 },
      source: { format: "livecodebench", id: "abc900_a", platform: "atcoder", contest_id: "abc900" },
    });
    expect(sum?.tests).toEqual([
      { input: "3\n1 2 3\n", output: "6\n", origin: "public" },
      { input: "5\n1 2 3 4 5\n", output: "15\n", origin: "private" }, // pickled with protocol 4
      { input: "1\n-7\n", output: "-7\n", origin: "private" },
    ]);
    expect(byId.get("1900a")?.tests[1]).toEqual({ input: "3.5\n", output: "12.25\n", origin: "private" }); // protocol 0
    const even = byId.get("9001");
    expect(even?.spec.call).toEqual({ name: "countEven", className: "Solution" });
    expect(even?.tests).toEqual([
      { args: [[1, 2, 4]], expected: 2, origin: "public" },
      { args: [[]], expected: 0, origin: "private" },
      { args: [[7, 9]], expected: 0, origin: "private" },
    ]);
    expect(byId.get("9002")?.tests[0]).toEqual({ args: ["ab", 3], expected: "ababab", origin: "public" });
    // As the rest of passk sees the set: HumanEval's shape, the prompt ending with the starter code.
    const problem = set.problems.get("livecodebench/9001");
    expect(problem?.prompt).toBe(
      '"""\nGiven an integer array nums, return how many of its elements are even.\n"""\n\n' +
        "class Solution:\n    def countEven(self, nums: List[int]) -> int:\n",
    );
    expect(problem?.program?.kind).toBe("call");
    expect(set.set?.source).toMatchObject({ format: "livecodebench", read: 4, kept: 4 });
  });

  it("--since keeps problems dated on or after the day, and records the filter in set.json", async () => {
    const result = await run({
      format: "livecodebench",
      path: join(FIXTURES, "livecodebench"),
      since: "2024-03-10",
    });
    expect(result.record).toMatchObject({ since: "2024-03-10", read: 4, kept: 3 });
    expect(result.skipped).toEqual(["abc900_a: contest date 2023-05-01 is before --since 2024-03-10"]);
    const manifest = JSON.parse(readFileSync(join(result.out, "set.json"), "utf8"));
    expect(manifest.source).toMatchObject({ format: "livecodebench", since: "2024-03-10", kept: 3 });
    expect(manifest.description).toContain("contest date on or after 2024-03-10");
    const bad = await refusal({
      format: "livecodebench",
      path: join(FIXTURES, "livecodebench"),
      since: "2024-13-45",
    });
    expect(bad.error.message).toContain("--since 2024-13-45: expected a date like 2024-05-01");
  });

  it("refuses hostile and malformed rows: a pickle that calls os.system, a pickled list, bad fields", async () => {
    const path = join(FIXTURES, "livecodebench-bad/test.jsonl");
    const { error } = await refusal({ format: "livecodebench", path: join(FIXTURES, "livecodebench-bad") });
    expect(error.details).toEqual([
      `${path}:1: field "private_test_cases": not a pickled str: opcode STACK_GLOBAL at byte 28 is refused: only a pickled str is accepted (passk never unpickles)`,
      `${path}:2: field "private_test_cases": not a pickled str: opcode EMPTY_LIST at byte 11 is refused: only a pickled str is accepted (passk never unpickles)`,
      `${path}:3: field "contest_date": expected a date like 2023-08-21T00:00:00, got "last spring"`,
      `${path}:4: field "public_test_cases[0].testtype": expected "stdin" or "functional", got "interactive"`,
      `${path}:5: field "metadata": functional tests need "func_name" (a Python identifier), got missing`,
      `${path}:6: field "private_test_cases": neither JSON nor base64`,
    ]);
  });

  it("stops a zlib bomb at the size cap", () => {
    const bomb = deflateSync(Buffer.alloc(4 << 20)).toString("base64");
    expect(() => decodeCompressedTests(bomb, 1 << 20)).toThrow(FieldError);
    expect(() => decodeCompressedTests(bomb, 1 << 20)).toThrow(`base64 inflates beyond ${1 << 20} bytes`);
    expect(() => decodeCompressedTests(Buffer.from("not zlib").toString("base64"))).toThrow("not zlib data");
  });
});

describe("the set folder", () => {
  it("refuses an --out folder that holds files, leaving it as it was", async () => {
    const out = outDir();
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "keep.txt"), "mine");
    await expect(importProblems({ format: "apps", path: join(FIXTURES, "apps"), out })).rejects.toThrow(
      "the folder exists and is not empty",
    );
    expect(readdirSync(out)).toEqual(["keep.txt"]);
  });

  it("a program set with faults is refused with each file and field", () => {
    const root = outDir();
    mkdirSync(join(root, "one"), { recursive: true });
    writeFileSync(
      join(root, "set.json"),
      JSON.stringify({ name: "s", version: "1.0.0", description: "d", kind: "programs" }),
    );
    writeFileSync(
      join(root, "one/problem.json"),
      JSON.stringify({
        id: "two",
        title: "t",
        kind: "call",
        statement: "s",
        judge: { compare: "lines" },
        source: { format: "x", id: "1" },
      }),
    );
    writeFileSync(join(root, "one/tests.json"), JSON.stringify([{ args: [2.0], expected: 1 }]));
    expect(() => loadProgramSet(root)).toThrow(PasskError);
    try {
      loadProgramSet(root);
    } catch (error) {
      expect((error as PasskError).details).toEqual([
        `${join(root, "one/problem.json")}: field "judge.compare": Invalid option: expected one of "tokens"|"float"|"exact"`,
      ]);
    }
    writeFileSync(
      join(root, "one/problem.json"),
      JSON.stringify({
        id: "two",
        title: "t",
        kind: "call",
        statement: "s",
        source: { format: "x", id: "1" },
      }),
    );
    writeFileSync(join(root, "one/tests.json"), '[{"args": [2.0], "expected": {"$oops": 1}}]');
    try {
      loadProgramSet(root);
      throw new Error("loaded");
    } catch (error) {
      expect((error as PasskError).details).toEqual([
        `${join(root, "one/problem.json")}: field "id": "two" must equal the folder name "one"`,
        `${join(root, "one/problem.json")}: field "call": required for a call problem`,
        `${join(root, "one/tests.json")}:1: 2.0 is an integral float; write {"$float": 2} (a plain integer is an int)`,
        `${join(root, "one/tests.json")}: test 1 expected: unknown tag $oops (known: $int, $float, $tuple, $set, $frozenset, $dict, $bytes)`,
      ]);
    }
  });
});
