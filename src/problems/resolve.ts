// One entry point for "the problems": a HumanEval/EvalPlus JSONL(.gz) file, or a passk set given by
// folder path or by name (passk-core), so that every command accepts both.
import { existsSync } from "node:fs";
import { PasskError } from "../errors.js";
import { loadProblems } from "./load.js";
import { loadMultiplEProblems } from "./multipl-e.js";
import { toHumanEval } from "./render.js";
import { loadPasskSet, ownSets, resolveSetPath } from "./set.js";
import type { SetProblem, TestCase } from "./set-types.js";
import type { Problem, ProblemData, ProblemSet } from "./types.js";

/** The tests-as-data of a set problem (its own tests, or other cases such as its examples). */
export function problemData(problem: SetProblem, tests: TestCase[] = problem.tests): ProblemData {
  const data: ProblemData = {
    entryPoint: problem.spec.entry_point,
    tests,
    checker: problem.spec.checker ?? "exact",
  };
  if (problem.spec.tolerance !== undefined) data.tolerance = problem.spec.tolerance;
  return data;
}

/**
 * Loads problems from a JSONL file (HumanEval, EvalPlus or MultiPL-E), or from a passk set (by path
 * or name) with its tests as data.
 * @throws PasskError FILE_NOT_FOUND naming passk's own sets when `pathOrName` is neither.
 */
export async function loadAnyProblems(pathOrName: string): Promise<ProblemSet> {
  if (!resolveSetPath(pathOrName)) {
    if (!existsSync(pathOrName)) {
      throw new PasskError(
        "FILE_NOT_FOUND",
        `${pathOrName}: no such file or problem set (passk's own sets: ${ownSets().join(", ") || "none"}; a file is a HumanEval/EvalPlus JSONL(.gz), relative paths start from ${process.cwd()})`,
      );
    }
    return (await loadMultiplEProblems(pathOrName)) ?? loadProblems(pathOrName);
  }
  const set = loadPasskSet(pathOrName);
  const problems = new Map<string, Problem>();
  for (const problem of set.problems) {
    problems.set(problem.taskId, { ...toHumanEval(problem), data: problemData(problem) });
  }
  return {
    path: set.root,
    problems,
    sha256: set.sha256,
    set: { name: set.manifest.name, version: set.manifest.version },
  };
}
