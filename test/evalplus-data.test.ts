// Checks against EvalPlus's own released data (../shared/evalplus beside the repo, or
// $PASSK_EVALPLUS_DIR; skipped when absent): passk's MBPP prompt and entry-point rules give MBPP+'s
// prompts and entry points, and the module check passes the HumanEval+ release file but refuses tests
// that import numpy, as HumanEvalPlus-OriginFmt's do.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkProblemModules } from "../src/evaluate/module-preflight.js";
import { isJsonObject, readJsonl } from "../src/io/jsonl.js";
import { loadProblems } from "../src/problems/load.js";
import { entryPointOf, renderMbppPrompt } from "../src/problems/mbpp.js";
import { rejection } from "./helpers/errors.js";

const DIR =
  process.env.PASSK_EVALPLUS_DIR ?? fileURLToPath(new URL("../../shared/evalplus", import.meta.url));
const MBPP_PLUS = join(DIR, "MbppPlus-v0.2.0.jsonl.gz");
const HUMANEVAL_PLUS = join(DIR, "HumanEvalPlus-v0.1.10.jsonl.gz");

describe.skipIf(!existsSync(DIR))("EvalPlus's released data", () => {
  it("MBPP+'s prompts are passk's MBPP prompts, and its entry points passk's choice", async () => {
    const lines = await readJsonl(MBPP_PLUS);
    const tasks = lines.flatMap((line) => ("value" in line && isJsonObject(line.value) ? [line.value] : []));
    expect(tasks.length).toBeGreaterThanOrEqual(377);
    const mismatches: string[] = [];
    for (const task of tasks) {
      const prompt = task.prompt as string;
      const parts = /^"""\n([\s\S]*)\n(assert [^\n]*)\n"""\n$/.exec(prompt);
      const [, text = "", assertion = ""] = parts ?? [];
      if (!parts || renderMbppPrompt(text, assertion) !== prompt) mismatches.push(`${task.task_id}: prompt`);
      const entryPoint = entryPointOf(task.canonical_solution as string, assertion);
      if (entryPoint !== task.entry_point)
        mismatches.push(`${task.task_id}: ${entryPoint} ≠ ${task.entry_point}`);
    }
    expect(mismatches).toEqual([]);
  });

  it("passes the HumanEval+ release file, and refuses its problems with tests that import numpy", async () => {
    const set = await loadProblems(HUMANEVAL_PLUS);
    const problems = [...set.problems.values()];
    await checkProblemModules(HUMANEVAL_PLUS, problems);
    const originFmt = problems.map((p) => ({ ...p, test: `import numpy as np\n\n\n${p.test}` }));
    const error = await rejection(checkProblemModules("HumanEvalPlus-OriginFmt.jsonl.gz", originFmt));
    expect(error.message).toContain("imports numpy (164 problems HumanEval/0–163)");
  });
});
