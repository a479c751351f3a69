// Other tools' sample files, loaded as they are: bigcode-evaluation-harness's generations.json,
// EvalPlus's samples and eval_results.json, human-eval's results. Real files in a temp folder.
import { describe, expect, it } from "vitest";
import { rejection } from "../../test/helpers/errors.js";
import { jsonl, useWorkspace } from "../../test/helpers/workspace.js";
import type { Problem, ProblemSet } from "../problems/types.js";
import { loadSamples } from "./samples.js";

const ws = useWorkspace();

const problem = (task_id: string, name: string, before = ""): [string, Problem] => [
  task_id,
  {
    task_id,
    prompt: `${before}def ${name}(x):\n    """Return x."""\n`,
    entry_point: name,
    canonical_solution: "    return x\n",
    test: "",
  },
];
// In file order: bigcode's lists follow it.
const problems: ProblemSet = {
  path: "problems.jsonl",
  sha256: "0".repeat(64),
  // T/0's prompt begins with a blank line, which bigcode's stripping removes.
  problems: new Map([problem("T/0", "first", "\n"), problem("T/1", "second"), problem("T/2", "third")]),
};
const prompt = (i: number) => problems.problems.get(`T/${i}`)?.prompt ?? "";

describe("bigcode-evaluation-harness generations.json", () => {
  const generations = [
    // As bigcode writes them by default: the prompt stripped of surrounding whitespace, then the code.
    [`${prompt(0).trim()}\n    return x\n`, `${prompt(0).trim()}\n    return -x\n`],
    // The same for a prompt without leading whitespace: it begins with the whole prompt.
    [`${prompt(1).trim()}\n    return x\n`],
  ];

  it("maps list i to problem i of the problem file, and says so", async () => {
    const file = ws.write("generations.json", JSON.stringify(generations));
    const { samples, skipped, notes } = await loadSamples(file, problems);
    expect(skipped).toEqual([]);
    expect(samples).toEqual([
      { line: 1, sample: { task_id: "T/0", completion_id: 0, solution: generations[0]?.[0] } },
      { line: 2, sample: { task_id: "T/0", completion_id: 1, solution: generations[0]?.[1] } },
      { line: 3, sample: { task_id: "T/1", completion_id: 0, completion: "    return x\n" } },
    ]);
    expect(notes[0]).toBe(
      `${file}: a JSON list of 2 lists (bigcode-evaluation-harness generations: one list per problem, in the dataset's order): ` +
        "list i is taken as the samples of problem i of problems.jsonl (list 1 = T/0, list 2 = T/1); its last 1 problems have no list and are left out",
    );
    expect(notes[1]).toContain("of 3 generations, 1 begin with the prompt, which was removed");
    expect(notes[1]).toContain("2 hold a whole program");
  });

  it("reads the pretty-printed file as well, with the same samples and hash of its own bytes", async () => {
    const oneLine = await loadSamples(ws.write("g1.json", JSON.stringify(generations)), problems);
    const pretty = await loadSamples(ws.write("g2.json", JSON.stringify(generations, null, 2)), problems);
    expect(pretty.samples).toEqual(oneLine.samples);
    expect(pretty.sha256).not.toBe(oneLine.sha256);
  });

  it("runs a generation without the prompt after it, and one defining the function as a whole program", async () => {
    const file = ws.write(
      "g.json",
      JSON.stringify([["    return x\n", "import math\n\ndef first(x):\n    return x\n"]]),
    );
    // (T/0's prompt is "\ndef first…": neither generation begins with it, stripped or not.)
    const { samples } = await loadSamples(file, problems);
    expect(samples.map((s) => s.sample)).toEqual([
      { task_id: "T/0", completion_id: 0, completion: "    return x\n" },
      { task_id: "T/0", completion_id: 1, solution: "import math\n\ndef first(x):\n    return x\n" },
    ]);
  });

  it("refuses more lists than problems, naming both counts", async () => {
    const file = ws.write("g.json", JSON.stringify([["a"], ["b"], ["c"], ["d"]]));
    const error = await rejection(loadSamples(file, problems, { skipInvalid: true }));
    expect(error.code).toBe("BAD_INPUT");
    expect(error.message).toContain("a JSON list of 4 lists");
    expect(error.message).toContain("problems.jsonl has 3 problems");
  });

  it("refuses items that are not strings, each with its place", async () => {
    const file = ws.write("g.json", JSON.stringify([["ok", 3], [null]]));
    const error = await rejection(loadSamples(file, problems));
    expect(error.details).toEqual([
      `${file}: list 1 (T/0), item 2: expected a string, got number`,
      `${file}: list 2 (T/1), item 1: expected a string, got null`,
    ]);
  });
});

describe("EvalPlus", () => {
  it("takes a sample with both solution and completion, runs its solution, and says so once", async () => {
    const records = [
      { task_id: "T/0", solution: "def first(x):\n    return x\n", completion: "    return x\n" },
      { task_id: "T/0", solution: "def first(x):\n    return 0\n", completion: "    return 0\n" },
      { task_id: "T/1", solution: "def second(x):\n    return x\n" },
    ];
    const { samples, notes } = await loadSamples(ws.write("samples.jsonl", jsonl(records)), problems);
    expect(samples.map((s) => s.sample)).toEqual(records);
    expect(notes).toEqual([
      expect.stringContaining(
        '2 samples have both "solution" and "completion"; the "solution" (a whole program) is run',
      ),
    ]);
  });

  it("reads eval_results.json: every record a sample, EvalPlus's verdicts kept", async () => {
    const results = {
      date: "2024-05-01 10:00",
      hash: "abc",
      eval: {
        "T/0": [
          {
            task_id: "T/0",
            solution: "def first(x):\n    return x\n",
            base_status: "pass",
            plus_status: "pass",
            base_fail_tests: [],
            plus_fail_tests: [],
          },
          {
            task_id: "T/0",
            solution: "def first(x):\n    return 1\n",
            base_status: "fail",
            plus_status: "fail",
            base_fail_tests: [[2]],
            plus_fail_tests: [],
          },
        ],
        "T/2": [
          {
            task_id: "T/2",
            solution: "def third(x):\n    return x\n",
            base_status: "pass",
            plus_status: null,
            base_fail_tests: [],
            plus_fail_tests: [],
          },
        ],
      },
      pass_at_k: { base: { "pass@1": 0.5 } },
    };
    const file = ws.write("eval_results.json", JSON.stringify(results));
    const { samples, notes } = await loadSamples(file, problems);
    expect(
      samples.map((s) => [s.line, s.sample.task_id, s.sample.completion_id, s.sample.base_status]),
    ).toEqual([
      [1, "T/0", 0, "pass"],
      [2, "T/0", 1, "fail"],
      [3, "T/2", 0, "pass"],
    ]);
    expect(samples[1]?.sample.solution).toBe("def first(x):\n    return 1\n");
    expect(notes[0]).toContain("EvalPlus eval results, 3 samples of 2 tasks");
  });

  it("refuses eval results of an older EvalPlus, which hold no solutions", async () => {
    const file = ws.write(
      "old.json",
      JSON.stringify({
        date: "x",
        hash: "y",
        eval: { "T/0": { nfiles: 1, base: [["success", []]], plus: [] } },
      }),
    );
    const error = await rejection(loadSamples(file, problems));
    expect(error.message).toContain(
      "hold no solutions to run; evaluate the samples file they were made from",
    );
  });
});

describe("a JSON list of samples", () => {
  it("is read in list order, one line or pretty-printed", async () => {
    const records = [
      { task_id: "T/1", completion: "    return x\n" },
      { task_id: "T/0", solution: "def first(x):\n    return x\n" },
    ];
    for (const text of [JSON.stringify(records), JSON.stringify(records, null, 2)]) {
      const { samples, notes } = await loadSamples(ws.write("list.json", text), problems);
      expect(samples).toEqual(records.map((sample, i) => ({ line: i + 1, sample })));
      expect(notes).toEqual([expect.stringContaining("a JSON list of 2 samples")]);
    }
  });
});

describe("human-eval's results file", () => {
  it("is read as samples, with a note that its verdicts are replaced", async () => {
    const records = [
      { task_id: "T/0", completion: "    return x\n", result: "passed", passed: true },
      { task_id: "T/1", completion: "    return 0\n", result: "failed: AssertionError", passed: false },
    ];
    const file = ws.write("samples.jsonl_results.jsonl", jsonl(records));
    const { samples, skipped, notes } = await loadSamples(file, problems);
    expect(skipped).toEqual([]);
    expect(samples.map((s) => s.sample)).toEqual(records);
    expect(notes).toEqual([expect.stringContaining("2 samples carry an earlier verdict")]);
  });
});
