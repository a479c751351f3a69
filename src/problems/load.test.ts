// Tests of problem-file loading and validation against real files.

import { createHash } from "node:crypto";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { rejection } from "../../test/helpers/errors.js";
import { jsonl, useWorkspace } from "../../test/helpers/workspace.js";
import { loadProblems } from "./load.js";

const ws = useWorkspace();

function problem(n: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    task_id: `Toy/${n}`,
    prompt: `def add${n}(a, b):\n    """Add a and b plus ${n}."""\n`,
    entry_point: `add${n}`,
    canonical_solution: `    return a + b + ${n}\n`,
    test: `def check(candidate):\n    assert candidate(1, 2) == ${3 + n}\n`,
    ...extra,
  };
}

describe("loadProblems", () => {
  it("loads problems in file order, keyed by task_id, with the hash of the file's bytes", async () => {
    const content = jsonl([problem(0), problem(1)]);
    const file = ws.write("toy.jsonl", content);
    const set = await loadProblems(file);
    expect(set.path).toBe(file);
    expect([...set.problems.keys()]).toEqual(["Toy/0", "Toy/1"]);
    expect(set.problems.get("Toy/1")).toEqual(problem(1));
    expect(set.sha256).toBe(createHash("sha256").update(content).digest("hex"));
  });

  it("reads gzip, hashing the compressed bytes as they are on disk", async () => {
    const bytes = gzipSync(jsonl([problem(0)]));
    const set = await loadProblems(ws.write("toy.jsonl.gz", bytes));
    expect(set.problems.get("Toy/0")).toEqual(problem(0));
    expect(set.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  it("keeps EvalPlus's extra fields as they are, and reads its inputs as the file writes them", async () => {
    const extra = {
      base_input: [[1, 2]],
      plus_input: [
        [3, 4],
        [-1, 0],
      ],
      atol: 1e-6,
      contract: "",
    };
    const set = await loadProblems(ws.write("plus.jsonl", jsonl([problem(0, extra)])));
    expect(set.problems.get("Toy/0")).toEqual({
      ...problem(0, extra),
      evalplus: { base: ["[1,2]"], plus: ["[3,4]", "[-1,0]"], atol: 1e-6, dataset: "humaneval" },
    });
  });

  it("keeps each EvalPlus input's text exactly: big integers, 1.0, '$' keys, and Python's Infinity", async () => {
    const line =
      '{"task_id": "Mbpp/7", "prompt": "", "entry_point": "f", "canonical_solution": "def f(*a):\\n    return a\\n", ' +
      '"assertion": "assert f(1) == (1,)\\nassert f(2) == (2,)", "atol": 0, ' +
      '"base_input": [[100000000000000000001, 1.0], [{"$int": "x"}, "]\\\\"]], "plus_input": [[Infinity], [-Infinity, NaN]]}';
    const set = await loadProblems(ws.write("mbpp.jsonl", `${line}\n`));
    const loaded = set.problems.get("Mbpp/7");
    expect(loaded?.evalplus).toEqual({
      base: ["[100000000000000000001, 1.0]", '[{"$int": "x"}, "]\\\\"]'],
      plus: ["[Infinity]", "[-Infinity, NaN]"],
      atol: 0,
      dataset: "mbpp",
      mbppTask: 7,
    });
    // MBPP+ has `assertion` where HumanEval has `test`: it becomes a check(candidate).
    expect(loaded?.test).toContain(
      "def check(candidate):\n    assert f(1) == (1,)\n    assert f(2) == (2,)\n",
    );
  });

  it("reads an empty input list written as {} (MBPP+ v0.2.0) as no inputs", async () => {
    const set = await loadProblems(
      ws.write("empty.jsonl", jsonl([problem(0, { base_input: [[1, 2]], plus_input: {}, atol: 0 })])),
    );
    expect(set.problems.get("Toy/0")?.evalplus?.plus).toEqual([]);
  });

  it("refuses EvalPlus lines it could not judge on their inputs, each fault named", async () => {
    const file = ws.write(
      "bad-plus.jsonl",
      jsonl([
        problem(0, { base_input: [[1, 2]], atol: 0 }),
        problem(1, { base_input: [[1, 2]], plus_input: [5], atol: 0 }),
        problem(2, { base_input: [[1, 2]], plus_input: [], atol: -1 }),
        problem(3, { base_input: [[1, 2]], plus_input: [], atol: 0, canonical_solution: "" }),
        problem(4, { base_input: "[[1]]", plus_input: [], atol: 0 }),
      ]),
    );
    const error = await rejection(loadProblems(file));
    expect(error.details).toEqual([
      `${file}:1: field "plus_input": missing (an EvalPlus problem has both base_input and plus_input)`,
      `${file}:2: field "plus_input": input 0 is not a list of arguments (5)`,
      `${file}:3: field "atol": expected a number ≥ 0 (EvalPlus's float tolerance), got number`,
      `${file}:4: field "canonical_solution": missing or empty; EvalPlus problems need it, since their expected outputs are its outputs`,
      `${file}:5: field "base_input": expected a list of inputs, got string`,
    ]);
  });

  it("accepts a missing or null canonical_solution as empty", async () => {
    const { canonical_solution: _, ...without } = problem(0);
    const set = await loadProblems(
      ws.write("nosol.jsonl", jsonl([without, { ...problem(1), canonical_solution: null }])),
    );
    expect(set.problems.get("Toy/0")?.canonical_solution).toBe("");
    expect(set.problems.get("Toy/1")?.canonical_solution).toBe("");
  });

  it("reports every fault of the file in one BAD_INPUT error", async () => {
    const { prompt: _, ...noPrompt } = problem(3);
    const file = ws.write(
      "bad.jsonl",
      [
        JSON.stringify(problem(0)),
        "{not json",
        "[1, 2]",
        JSON.stringify({ ...problem(2), entry_point: 7 }),
        JSON.stringify(noPrompt),
        JSON.stringify(problem(0)),
        JSON.stringify({ ...problem(6), task_id: "", test: null }),
        "",
      ].join("\n"),
    );
    const error = await rejection(loadProblems(file));
    expect(error.code).toBe("BAD_INPUT");
    expect(error.message).toBe(
      `${file}: 7 errors on 6 lines of the problem file; fix the lines listed below`,
    );
    expect(error.details).toEqual([
      expect.stringMatching(new RegExp(`^${file}:2: invalid JSON: `)),
      `${file}:3: expected a JSON object (one problem per line), got array`,
      `${file}:4: field "entry_point": expected string, got number`,
      `${file}:5: field "prompt": missing (expected string)`,
      `${file}:6: duplicate task_id "Toy/0" (first on line 1)`,
      `${file}:7: field "task_id": must not be empty`,
      `${file}:7: field "test": expected string, got null`,
    ]);
  });

  it("says so when handed a samples file instead of a problem file", async () => {
    const file = ws.write("samples.jsonl", jsonl([{ task_id: "Toy/0", completion: "    return 1\n" }]));
    const error = await rejection(loadProblems(file));
    expect(error.message).toContain("this looks like a samples file: pass the problem file instead");
  });

  it("passes on the reader's FILE_NOT_FOUND and empty-file errors", async () => {
    expect((await rejection(loadProblems(path.join(ws.dir, "nope.jsonl")))).code).toBe("FILE_NOT_FOUND");
    const empty = await rejection(loadProblems(ws.write("empty.jsonl", "\n")));
    expect(empty.code).toBe("BAD_INPUT");
    expect(empty.message).toContain("empty file");
  });
});
