// Tests of the refusal of problems whose code imports a module the sandbox's Python lacks, with the
// real interpreter.
import { describe, expect, it } from "vitest";
import { rejection } from "../../test/helpers/errors.js";
import type { Problem } from "../problems/types.js";
import { checkProblemModules, groupTaskIds, importLineNames } from "./module-preflight.js";

function problem(taskId: string, test: string, extra: Partial<Problem> = {}): Problem {
  return {
    task_id: taskId,
    prompt: "from typing import List\n\ndef f(xs: List[int]) -> int:\n",
    entry_point: "f",
    canonical_solution: "    return len(xs)\n",
    test,
    ...extra,
  };
}

const NUMPY_TEST = "import numpy as np\n\ndef check(candidate):\n    assert np.allclose(candidate([1]), 1)\n";
const PLAIN_TEST = "def check(candidate):\n    assert candidate([1]) == 1\n";

describe("checkProblemModules", () => {
  it("passes problems that need only the standard library", async () => {
    await checkProblemModules("p.jsonl", [problem("T/0", `import math\n${PLAIN_TEST}`)]);
  });

  it("refuses in one line naming each module with its problems, grouped, and what to do", async () => {
    const problems = [
      ...[0, 1, 2, 3, 7].map((n) => problem(`HumanEval/${n}`, NUMPY_TEST)),
      problem("HumanEval/4", PLAIN_TEST),
    ];
    const error = await rejection(checkProblemModules("plus.jsonl.gz", problems));
    expect(error.code).toBe("MISSING_MODULE");
    expect(error.message).not.toContain("\n");
    expect(error.message).toMatch(
      /^plus\.jsonl\.gz: the problems' code imports numpy \(5 problems HumanEval\/0–3, HumanEval\/7\), which the sandbox's Python \(.+ 3\.\d+\.\d+, run without site-packages\) cannot import/,
    );
    expect(error.message).toContain("use EvalPlus's release file HumanEvalPlus.jsonl.gz instead");
  });

  it("names every missing module, and looks at the canonical solution of problems judged from plus_input", async () => {
    const problems = [
      problem("A/1", `import passk_absent_one\n${PLAIN_TEST}`),
      problem("B/2", PLAIN_TEST, {
        canonical_solution: "    import passk_absent_two\n    return 1\n",
        plus_input: [],
      }),
      // Its canonical solution only runs for a `passk problems check`: not needed to judge samples.
      problem("C/3", PLAIN_TEST, { canonical_solution: "    import passk_absent_three\n    return 1\n" }),
    ];
    const error = await rejection(checkProblemModules("mixed.jsonl", problems));
    expect(error.message).toContain(
      "imports passk_absent_one (problem A/1), passk_absent_two (problem B/2), which",
    );
    expect(error.message).not.toContain("passk_absent_three");
    expect(error.message).toContain("the sandbox has Python's standard library only");
  });

  it("does not refuse an import in a docstring, or one in a try that expects an ImportError", async () => {
    const guarded = `try:\n    import numpy\nexcept ImportError:\n    numpy = None\n${PLAIN_TEST}`;
    const docstring = problem("T/1", PLAIN_TEST, {
      prompt: 'def f(xs):\n    """\n    import numpy\n    """\n',
    });
    await checkProblemModules("p.jsonl", [problem("T/0", guarded), docstring]);
  });
});

describe("helpers", () => {
  it("reads candidate module names off import lines", () => {
    const source = "import os.path as p, json\nfrom a.b import c\n  from . import d\nx = 1  # import no\n";
    expect(importLineNames(source)).toEqual(["os", "json", "a"]);
  });

  it("groups task ids into ranges under their prefix", () => {
    expect(groupTaskIds(["Mbpp/2", "Mbpp/3", "Mbpp/4", "Mbpp/9", "odd-one", "X/01"])).toBe(
      "Mbpp/2–4, Mbpp/9, odd-one, X/01",
    );
  });
});
