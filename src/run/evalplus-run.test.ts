// Tests of EvalPlus's eval_results.json read as a run: the plus verdict as `passed`, the base verdict
// beside it, the model and temperature from the file name, and what the file does not say left unknown.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rejection } from "../../test/helpers/errors.js";
import { useWorkspace } from "../../test/helpers/workspace.js";
import { hasBaseVerdicts, onBaseInputs } from "../metrics/base-verdicts.js";
import { perProblem } from "../metrics/per-problem.js";
import { loadRun } from "./load.js";

const ws = useWorkspace();

function record(base: string, plus: string | null) {
  return {
    task_id: "x",
    solution: "def f():\n    return 1\n",
    base_status: base,
    plus_status: plus,
    base_fail_tests: [],
    plus_fail_tests: [],
  };
}

const DOCUMENT = {
  date: "2025-02-03 10:11",
  hash: "0123456789abcdef0123456789abcdef",
  eval: {
    "HumanEval/0": [record("pass", "pass"), record("pass", "fail"), record("fail", "pass")],
    "HumanEval/1": [record("timeout", "pass"), record("pass", "timeout"), record("pass", "pass")],
  },
  pass_at_k: { base: {}, plus: {} },
};

describe("loadRun on EvalPlus's results file", () => {
  it("reads the plus verdict as passed (base and extra inputs both passed) and the base verdict beside it", async () => {
    const path = ws.write("deepseek-coder-1.3b_vllm_temp_0.8.eval_results.json", JSON.stringify(DOCUMENT));
    const run = await loadRun(path);
    expect(run.dir).toBe(path);
    expect(run.results.map((r) => [r.task_id, r.completion_id, r.passed, r.status, r.base_passed])).toEqual([
      ["HumanEval/0", 0, true, "passed", true],
      ["HumanEval/0", 1, false, "failed", true],
      ["HumanEval/0", 2, false, "failed", false], // plus_status "pass" alone is not a pass: the base failed
      ["HumanEval/1", 0, false, "timeout", false],
      ["HumanEval/1", 1, false, "timeout", true],
      ["HumanEval/1", 2, true, "passed", true],
    ]);
    expect(run.results[1]?.result).toBe("failed: EvalPlus: the extra (plus) inputs failed");
    expect(run.results[3]?.base_result).toBe("timed out");
    expect(run.results[0]?.solution).toBe("def f():\n    return 1\n");
    expect(perProblem(run.results).map((p) => p.c)).toEqual([1, 1]);
    expect(hasBaseVerdicts(run.results)).toBe(true);
    expect(perProblem(onBaseInputs(run.results)).map((p) => p.c)).toEqual([2, 2]);
    expect(run.manifest.model.spec).toBe("deepseek-coder-1.3b_vllm_temp_0.8");
    expect(run.manifest.params).toMatchObject({ n: 3, temperature: 0.8 });
    expect(run.manifest.dataset).toMatchObject({ sha256: DOCUMENT.hash, problems: 2 });
    expect(run.manifest.source).toEqual({
      kind: "evalplus",
      path,
      date: DOCUMENT.date,
      hash: DOCUMENT.hash,
      baseOnly: false,
    });
    expect(run.manifest.evaluation).toBeUndefined(); // no limits or isolation are made up
    expect(run.results[0]).not.toHaveProperty("cpu_time");
  });

  it("reads a base-only file (plus_status null) as its base verdict, with no second verdict, named by its folder", async () => {
    const only = { eval: { "Mbpp/2": [record("pass", null), record("fail", null)] } };
    const path = join(ws.dir, "eval_results.json");
    ws.write("eval_results.json", JSON.stringify(only));
    const run = await loadRun(path);
    expect(run.results.map((r) => r.passed)).toEqual([true, false]);
    expect(hasBaseVerdicts(run.results)).toBe(false);
    expect(run.manifest.model.spec).toBe(ws.dir.split("/").pop());
    expect(run.manifest.params.temperature).toBeNull();
    expect(run.manifest.source?.baseOnly).toBe(true);
  });

  it("refuses a file that is not EvalPlus's results, saying what it takes", async () => {
    const error = await rejection(loadRun(ws.write("other.json", JSON.stringify({ runs: [] }))));
    expect(error.code).toBe("BAD_INPUT");
    expect(error.message).toContain("neither a run folder nor EvalPlus's eval_results.json");
  });
});
