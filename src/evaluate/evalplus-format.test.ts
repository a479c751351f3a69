// Tests of EvalPlus's eval_results.json, written from result records and read back (as samples and as
// verdicts), on real files.
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { rejection } from "../../test/helpers/errors.js";
import { passAtK } from "../../test/helpers/problems.js";
import { jsonl, useWorkspace } from "../../test/helpers/workspace.js";
import { loadProblems } from "../problems/load.js";
import { evalPlusDocument, evalPlusHash, evalPlusPathFor } from "./evalplus-format.js";
import { evalPlusEntries } from "./evalplus-results.js";
import type { ResultRecord } from "./types.js";

const ws = useWorkspace();

const PROBLEMS = [0, 1].map((n) => ({
  task_id: `T/${n}`,
  prompt: `def f${n}(x):\n    """Return x."""\n`,
  entry_point: `f${n}`,
  canonical_solution: "    return x\n",
  test: `def check(candidate):\n    assert candidate(${n}) == ${n}\n`,
}));

/** A result record with the verdict fields that matter here. */
function record(taskId: string, completionId: number, fields: Partial<ResultRecord>): ResultRecord {
  return {
    task_id: taskId,
    completion_id: completionId,
    completion: `    return ${completionId}\n`,
    result: "passed",
    passed: true,
    status: "passed",
    cpu_time: 0.01,
    wall_time: 0.02,
    sample_line: completionId + 1,
    isolation: "bubblewrap+seccomp",
    ...fields,
  };
}

describe("evalPlusPathFor", () => {
  it("names the file as EvalPlus does, beside the results file", () => {
    expect(evalPlusPathFor("out/samples.jsonl_results.jsonl")).toBe("out/samples_eval_results.json");
    expect(evalPlusPathFor("runs/r1/results.jsonl")).toBe("runs/r1/eval_results.json");
    expect(evalPlusPathFor("x/my.jsonl")).toBe("x/my_eval_results.json");
    expect(evalPlusPathFor("gen.json_results.jsonl")).toBe("gen_eval_results.json");
  });
});

describe("evalPlusDocument", () => {
  it("writes EvalPlus's shape: tasks in problem order, samples by completion id, base and plus statuses, pass@k", async () => {
    const problems = await loadProblems(ws.write("p.jsonl", jsonl(PROBLEMS)));
    const records = [
      // Out of order, as a resumed results file may be.
      record("T/1", 1, {
        passed: false,
        status: "timeout",
        result: "timed out",
        base_passed: true,
        base_result: "passed",
      }),
      record("T/1", 0, { base_passed: true, base_result: "passed" }),
      record("T/0", 1, {
        passed: false,
        status: "failed",
        result: "failed: AssertionError",
        base_passed: false,
        base_result: "timed out",
      }),
      record("T/0", 0, { solution: "def f0(x):\n    return x\n", base_passed: true, base_result: "passed" }),
    ];
    const now = new Date(2025, 0, 31, 14, 5);
    const doc = evalPlusDocument(records, problems, "abc", now);
    expect(doc.date).toBe("2025-01-31 14:05");
    expect(doc.hash).toBe("abc");
    expect(Object.keys(doc.eval)).toEqual(["T/0", "T/1"]);
    expect(doc.eval["T/0"]).toEqual([
      {
        task_id: "T/0",
        solution: "def f0(x):\n    return x\n",
        base_status: "pass",
        plus_status: "pass",
        base_fail_tests: [],
        plus_fail_tests: [],
      },
      {
        task_id: "T/0",
        // A completion runs after the prompt: EvalPlus's "solution" is the whole program.
        solution: `${PROBLEMS[0]?.prompt}    return 1\n`,
        base_status: "timeout",
        plus_status: "fail",
        base_fail_tests: [],
        plus_fail_tests: [],
      },
    ]);
    expect(doc.eval["T/1"]?.map((r) => [r.base_status, r.plus_status])).toEqual([
      ["pass", "pass"],
      ["pass", "timeout"],
    ]);
    // base: T/0 1 of 2, T/1 2 of 2; plus (base and extra both pass): 1 of 2 each. n = 2: only pass@1.
    expect(doc.pass_at_k).toEqual({
      base: { "pass@1": (passAtK(2, 1, 1) + passAtK(2, 2, 1)) / 2 },
      plus: { "pass@1": (passAtK(2, 1, 1) + passAtK(2, 1, 1)) / 2 },
    });
  });

  it("gives records without a base verdict (no extra inputs) one verdict for both, and reports pass@10 from n ≥ 10", async () => {
    const problems = await loadProblems(ws.write("p.jsonl", jsonl(PROBLEMS)));
    const records = Array.from({ length: 10 }, (_, i) =>
      record("T/0", i, i < 3 ? {} : { passed: false, status: "failed", result: "failed: " }),
    );
    const doc = evalPlusDocument(records, problems, "h");
    expect(doc.eval["T/0"]?.map((r) => r.base_status === r.plus_status)).toEqual(Array(10).fill(true));
    expect(doc.pass_at_k.base).toEqual({ "pass@1": passAtK(10, 3, 1), "pass@10": 1 });
    expect(doc.pass_at_k.plus).toEqual(doc.pass_at_k.base);
    expect(doc.eval["T/1"]).toBeUndefined();
  });

  it("hashes the problem file as EvalPlus does: the MD5 of its uncompressed bytes", async () => {
    const text = jsonl(PROBLEMS);
    const md5 = createHash("md5").update(text).digest("hex");
    expect(evalPlusHash(await loadProblems(ws.write("p.jsonl", text)))).toBe(md5);
    expect(evalPlusHash(await loadProblems(ws.write("p.jsonl.gz", gzipSync(text))))).toBe(md5);
  });
});

describe("evalPlusEntries", () => {
  it("reads today's shape and EvalPlus < 0.2's, with its older words", () => {
    const today = {
      "T/0": [
        { task_id: "T/0", solution: "s", base_status: "pass", plus_status: "fail" },
        { task_id: "T/0", solution: "s", base_status: "timeout", plus_status: null },
      ],
    };
    expect(
      evalPlusEntries("r.json", today).map(({ taskId, index, base, plus }) => [taskId, index, base, plus]),
    ).toEqual([
      ["T/0", 0, "pass", "fail"],
      ["T/0", 1, "timeout", null],
    ]);
    const older = {
      "T/0": {
        nfiles: 2,
        base: [
          ["success", []],
          ["failed", []],
        ],
        plus: [
          ["timed out", []],
          ["success", []],
        ],
      },
    };
    expect(evalPlusEntries("r.json", older).map(({ base, plus, record }) => [base, plus, record])).toEqual([
      ["pass", "timeout", undefined],
      ["fail", "pass", undefined],
    ]);
    const baseOnly = { "T/0": { nfiles: 1, base: [["success", []]], plus: [] } };
    expect(evalPlusEntries("r.json", baseOnly)[0]?.plus).toBeNull();
  });

  it("names every record whose verdict cannot be read", async () => {
    const bad = {
      "T/0": [{ base_status: "passed", plus_status: "pass" }, 3],
      "T/1": "nope",
    };
    const error = await rejection(Promise.resolve().then(() => evalPlusEntries("r.json", bad)));
    expect(error.code).toBe("BAD_INPUT");
    expect(error.details).toEqual([
      'r.json: eval["T/0"][0]: base_status "passed" is not one of "pass", "fail", "timeout"',
      'r.json: eval["T/0"][1]: expected an object, got number',
      'r.json: eval["T/1"]: expected a list of records, got string',
    ]);
  });
});
