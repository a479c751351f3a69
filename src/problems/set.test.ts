// Tests of loading a passk set folder: every fault reported at once with its file and field, a good set
// loaded with a content hash that follows every file. Each test builds its own set in a temp folder.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useWorkspace } from "../../test/helpers/workspace.js";
import { PasskError } from "../errors.js";
import { DATASETS_DIR, loadPasskSet, resolveSetPath } from "./set.js";

const ws = useWorkspace();

const MANIFEST = { name: "toy-set", version: "1.2.3", description: "A set built by a test." };

const SPEC = {
  id: "add-two",
  title: "Add two numbers",
  entry_point: "add_two",
  signature: "def add_two(a: int, b: int) -> int:",
  imports: ["from typing import List"],
  description: "Return a plus b.\nBoth are integers.",
  examples: [{ args: [1, 2], expected: 3 }],
  tags: ["math"],
  difficulty: "easy",
  added: "2026-11-26",
};
const SOLUTION = "from typing import List\ndef add_two(a: int, b: int) -> int:\n    return a + b\n";
const TESTS = [
  { args: [1, 2], expected: 3 },
  { args: [-4, 4], expected: 0 },
  { args: [{ $int: "9007199254740993" }, 1], expected: { $int: "9007199254740994" }, note: "big" },
];

interface ProblemFiles {
  "problem.json"?: string;
  "solution.py"?: string;
  "tests.json"?: string;
}

function writeManifest(manifest: unknown = MANIFEST): void {
  ws.write("set.json", JSON.stringify(manifest, null, 2));
}

/** A problem folder `name` with the good files, any of them replaced (or left out with null). */
function writeProblem(
  name: string,
  overrides: { spec?: Record<string, unknown>; files?: { [K in keyof ProblemFiles]?: string | null } } = {},
): string {
  const dir = join(ws.dir, name);
  mkdirSync(dir, { recursive: true });
  const files: Required<ProblemFiles> = {
    "problem.json": JSON.stringify({ ...SPEC, id: name, ...overrides.spec }, null, 2),
    "solution.py": SOLUTION,
    "tests.json": JSON.stringify(TESTS, null, 2),
  };
  for (const [file, text] of Object.entries(files) as [keyof ProblemFiles, string][]) {
    const override = overrides.files?.[file];
    if (override === null) continue;
    writeFileSync(join(dir, file), override ?? text);
  }
  return dir;
}

/** The PasskError loadPasskSet throws for the set at `path` (default: the test's folder). */
function faultsOf(path = ws.dir): PasskError {
  try {
    loadPasskSet(path);
  } catch (error) {
    if (error instanceof PasskError) return error;
    throw error;
  }
  throw new Error("loadPasskSet accepted a bad set");
}

describe("loadPasskSet: faults", () => {
  it("reports every fault of every file at once, each with its file and field", () => {
    writeManifest({ name: "bad-set" });
    writeProblem("good-one");
    writeProblem("missing-files", { files: { "solution.py": null, "tests.json": null } });
    writeProblem("wrong-id", { spec: { id: "another-id" } });
    writeProblem("bad-difficulty", { spec: { difficulty: "trivial" } });
    writeProblem("bad-signature", {
      spec: { signature: "def add(a: int, b: int) -> int:" },
      files: {
        "solution.py": "from typing import List\ndef add(a: int, b: int) -> int:\n    return a + b\n",
      },
    });
    writeProblem("no-imports", {
      files: { "solution.py": "def add_two(a: int, b: int) -> int:\n    return a + b\n" },
    });
    writeProblem("comment-first", {
      spec: { imports: [] },
      files: { "solution.py": "# adds\ndef add_two(a: int, b: int) -> int:\n    return a + b\n" },
    });
    writeProblem("top-level-code", {
      files: {
        "solution.py": `${SOLUTION}\n\nprint(add_two(1, 2))\n`,
      },
    });
    writeProblem("top-level-helper", {
      files: { "solution.py": `${SOLUTION}def helper():\n    return 1\n` },
    });
    writeProblem("float-literal", {
      files: {
        "tests.json":
          '[\n  { "args": [1, 1], "expected": 2 },\n  { "args": [1.5, 0.5], "expected": 2.0 }\n]\n',
      },
    });
    writeProblem("unsafe-int", {
      files: { "tests.json": '[\n  { "args": [9007199254740993, 0], "expected": 1 }\n]\n' },
    });

    const error = faultsOf();
    expect(error.code).toBe("BAD_INPUT");
    const details = error.details;
    expect(error.message).toContain(`${details.length} faults`);
    const fault = (pattern: RegExp) => details.filter((d) => pattern.test(d));
    const set = (file: string) => join(ws.dir, file).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

    expect(fault(new RegExp(`^${set("set.json")}: field "version"`))).toHaveLength(1);
    expect(fault(new RegExp(`^${set("set.json")}: field "description"`))).toHaveLength(1);
    expect(fault(new RegExp(`^${set("missing-files/solution.py")}: missing`))).toHaveLength(1);
    expect(fault(new RegExp(`^${set("missing-files/tests.json")}: missing`))).toHaveLength(1);
    expect(
      fault(
        new RegExp(
          `^${set("wrong-id/problem.json")}: field "id": "another-id" must equal the folder name "wrong-id"`,
        ),
      ),
    ).toHaveLength(1);
    expect(fault(new RegExp(`^${set("bad-difficulty/problem.json")}: field "difficulty"`))).toHaveLength(1);
    expect(
      fault(
        new RegExp(
          `^${set("bad-signature/problem.json")}: field "signature": must define entry_point add_two`,
        ),
      ),
    ).toHaveLength(1);
    expect(
      fault(new RegExp(`^${set("no-imports/solution.py")}: must start with the "imports" lines`)),
    ).toHaveLength(1);
    expect(
      fault(new RegExp(`^${set("comment-first/solution.py")}: line after the imports must be the signature`)),
    ).toHaveLength(1);
    expect(
      fault(
        new RegExp(`^${set("top-level-code/solution.py")}: top-level code after the function: "print\\(`),
      ),
    ).toHaveLength(1);
    expect(
      fault(
        new RegExp(`^${set("top-level-helper/solution.py")}: top-level code after the function: "def helper`),
      ),
    ).toHaveLength(1);
    expect(
      fault(
        new RegExp(
          `^${set("float-literal/tests.json")}:3: 2\\.0 is an integral float; write \\{"\\$float": 2\\}`,
        ),
      ),
    ).toHaveLength(1);
    expect(
      fault(new RegExp(`^${set("unsafe-int/tests.json")}: case 0 args\\[0\\]: integer .* is beyond ±2\\^53`)),
    ).toHaveLength(1);
    // The good problem, and the good files of the bad ones, add nothing.
    expect(fault(/good-one/)).toEqual([]);
    expect(fault(/float-literal\/(problem\.json|solution\.py)/)).toEqual([]);
    expect(details).toHaveLength(15);
  });

  it("finds integral floats anywhere in problem.json and tests.json, but not inside strings", () => {
    writeManifest();
    writeProblem("floats", {
      files: {
        "problem.json": JSON.stringify(
          { ...SPEC, id: "floats", description: "Costs 2.0 or 1e3." },
          null,
          2,
        ).replace('"expected": 3', '"expected": 3.0'),
        "tests.json":
          '[\n  { "args": [1, 2], "expected": 3 },\n  { "args": [1e3, -0.0], "expected": 1000.5 }\n]\n',
      },
    });
    const details = faultsOf().details;
    expect(details.filter((d) => /problem\.json:\d+: 3\.0 is an integral float/.test(d))).toHaveLength(1);
    expect(details.filter((d) => d.includes("tests.json:3: 1e3 is an integral float"))).toHaveLength(1);
    expect(details.filter((d) => d.includes("tests.json:3: -0.0 is an integral float"))).toHaveLength(1);
    expect(details.filter((d) => d.includes("2.0") || d.includes("1000.5"))).toEqual([]);
  });

  it("reports invalid JSON, unknown fields and malformed values with the file", () => {
    writeManifest({ ...MANIFEST, extra: 1 });
    writeProblem("broken-json", { files: { "tests.json": "[{" } });
    writeProblem("bad-values", {
      spec: { colour: "red", checker: "fuzzy" },
      files: { "tests.json": JSON.stringify([{ args: [{ $tupel: [1] }], expected: { $dict: [[1]] } }]) },
    });
    const details = faultsOf().details;
    expect(
      details.some((d) => d.startsWith(`${join(ws.dir, "set.json")}: field "(top)"`) && d.includes("extra")),
    ).toBe(true);
    expect(details.some((d) => d.startsWith(`${join(ws.dir, "broken-json/tests.json")}: invalid JSON`))).toBe(
      true,
    );
    expect(
      details.some((d) => d.startsWith(`${join(ws.dir, "bad-values/problem.json")}: field "checker"`)),
    ).toBe(true);
    expect(details.some((d) => d.includes("bad-values/problem.json") && d.includes("colour"))).toBe(true);
  });

  it("reports unknown tags and malformed $dict in tests", () => {
    writeManifest();
    writeProblem("bad-values", {
      files: { "tests.json": JSON.stringify([{ args: [{ $tupel: [1] }], expected: { $dict: [[1]] } }]) },
    });
    const details = faultsOf().details;
    const tests = join(ws.dir, "bad-values/tests.json");
    expect(details).toContain(
      `${tests}: case 0 args[0]: unknown tag $tupel (known: $int, $float, $tuple, $set, $frozenset, $dict, $bytes)`,
    );
    expect(details).toContain(`${tests}: case 0 expected: $dict takes an array of [key, value] pairs`);
  });

  it("refuses a folder without set.json, and a set without problems", () => {
    expect(faultsOf(join(ws.dir, "nowhere")).code).toBe("FILE_NOT_FOUND");
    expect(faultsOf().code).toBe("FILE_NOT_FOUND");
    writeManifest();
    const empty = faultsOf();
    expect(empty.code).toBe("BAD_INPUT");
    expect(empty.details).toEqual([`${ws.dir}: the set has no problem folders`]);
  });
});

describe("loadPasskSet: a good set", () => {
  function writeGoodSet(): void {
    writeManifest();
    writeProblem("add-two");
    writeProblem("add-more", {
      spec: { imports: [], checker: "unordered", tolerance: 1e-9, difficulty: "hard" },
      files: { "solution.py": "def add_two(a: int, b: int) -> int:\n    return b + a\n" },
    });
  }

  it("loads the manifest and the problems in id order, with task ids <set>/<id>", () => {
    writeGoodSet();
    const set = loadPasskSet(ws.dir);
    expect(set.root).toBe(ws.dir);
    expect(set.manifest).toEqual(MANIFEST);
    expect(set.problems.map((p) => p.taskId)).toEqual(["toy-set/add-more", "toy-set/add-two"]);
    const [more, two] = set.problems;
    expect(two?.tests).toEqual(TESTS);
    expect(two?.solution).toBe(SOLUTION);
    expect(two?.dir).toBe(join(ws.dir, "add-two"));
    expect(more?.spec.checker).toBe("unordered");
    expect(more?.spec.difficulty).toBe("hard");
    expect(set.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("has a sha256 that is stable, changes when any file of the set changes, and comes back", () => {
    writeGoodSet();
    const original = loadPasskSet(ws.dir).sha256;
    expect(loadPasskSet(ws.dir).sha256).toBe(original);

    const seen = new Set([original]);
    const edits: [string, string][] = [
      ["set.json", JSON.stringify({ ...MANIFEST, description: "A set built by a test!" })],
      ["add-two/problem.json", JSON.stringify({ ...SPEC, title: "Add two integers" })],
      ["add-two/solution.py", `${SOLUTION}    # unreachable comment\n`],
      ["add-two/tests.json", JSON.stringify([...TESTS, { args: [0, 0], expected: 0 }])],
      ["add-more/tests.json", JSON.stringify(TESTS)], // same content, other formatting
    ];
    for (const [file, text] of edits) {
      writeGoodSet();
      ws.write(file, text);
      const hash = loadPasskSet(ws.dir).sha256;
      expect(seen.has(hash), `editing ${file} left the hash unchanged`).toBe(false);
      seen.add(hash);
    }
    writeGoodSet();
    expect(loadPasskSet(ws.dir).sha256).toBe(original);
  });

  it("hashes file names too: the same files in a renamed folder give another hash", () => {
    writeGoodSet();
    const before = loadPasskSet(ws.dir).sha256;
    rmSync(join(ws.dir, "add-more"), { recursive: true });
    writeProblem("add-many", {
      spec: { imports: [], checker: "unordered", tolerance: 1e-9, difficulty: "hard" },
      files: { "solution.py": "def add_two(a: int, b: int) -> int:\n    return b + a\n" },
    });
    expect(loadPasskSet(ws.dir).sha256).not.toBe(before);
  });
});

describe("resolveSetPath", () => {
  it("finds the shipped passk-core set by name", () => {
    const path = resolveSetPath("passk-core");
    expect(path).toBe(join(DATASETS_DIR, "passk-core"));
    expect(existsSync(join(path as string, "set.json"))).toBe(true);
    expect(readdirSync(path as string).length).toBeGreaterThan(1);
  });

  it("takes a folder path, and gives null for what is not a set", () => {
    writeManifest();
    expect(resolveSetPath(ws.dir)).toBe(ws.dir);
    expect(resolveSetPath(join(ws.dir, "nothing"))).toBeNull();
    expect(resolveSetPath("no-such-set-name")).toBeNull();
    rmSync(join(ws.dir, "set.json"));
    expect(resolveSetPath(ws.dir)).toBeNull();
  });
});
