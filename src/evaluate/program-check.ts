// `passk problems check` on a program set (an import): each problem's known-correct program (its
// solution.py, from the dataset) must pass every test as a sample would, in the sandbox, under the
// problem's limits. A solution that fails says the tests (or the judge, or the limits) are wrong
// for that problem, which is worth knowing before any model is measured on it.
import { canonicalCompletion, programPrompt } from "../problems/program-prompt.js";
import { type ProgramSet, programData } from "../problems/program-set.js";
import { createSandbox, type SandboxOptions } from "../sandbox/pool.js";
import { DEFAULT_LIMITS, type Limits } from "../sandbox/types.js";
import { runProgramTests } from "./program-verdict.js";

/** What the check found for one problem. */
export interface ProgramCheck {
  taskId: string;
  kind: "stdio" | "call";
  tests: number;
  /** "passed", "no solution" (nothing to check), or the failing verdict. */
  result: string;
  ok: boolean;
  cpu: number;
}

/** Runs every problem's solution (those of `only`, when given) against its tests. */
export async function checkProgramSet(
  set: ProgramSet,
  options: {
    only?: readonly string[];
    sandbox?: SandboxOptions;
    limits?: Limits;
    onProblem?: (check: ProgramCheck) => void;
  } = {},
): Promise<ProgramCheck[]> {
  const selected = set.problems.filter((p) => !options.only || options.only.includes(p.spec.id));
  const sandbox = await createSandbox(options.sandbox);
  try {
    return await Promise.all(
      selected.map(async (problem) => {
        const base = { taskId: problem.taskId, kind: problem.spec.kind, tests: problem.tests.length };
        let check: ProgramCheck;
        if (problem.solution === null) check = { ...base, result: "no solution", ok: true, cpu: 0 };
        else {
          // Run as a sample is: the prompt, then the solution as its completion.
          const prompt = programPrompt(problem.spec);
          const module = prompt + canonicalCompletion(prompt, problem.solution);
          const run = await runProgramTests(
            sandbox,
            module,
            programData(problem),
            options.limits ?? DEFAULT_LIMITS,
          );
          check = { ...base, result: run.result, ok: run.status === "passed", cpu: run.cpu };
        }
        options.onProblem?.(check);
        return check;
      }),
    );
  } finally {
    await sandbox.close();
  }
}
