// Judging HumanEval-style tests split in two processes, and the one way a problem falls back to
// running its test in the sample's own interpreter: when its own canonical solution cannot be split
// either. Whether a problem falls back is decided by the problem, never by a sample.
import type { Problem } from "../problems/types.js";
import type { Sandbox } from "../sandbox/pool.js";
import type { Execution, Limits, SplitRun } from "../sandbox/types.js";
import type { InProcessProblem } from "./types.js";

/** Runs samples split, falling back per problem; lists the problems that fell back. */
export interface SplitJudge {
  run(problem: Problem, split: SplitRun, program: string): Promise<Execution>;
  inProcess(): InProcessProblem[];
}

export function splitJudge(sandbox: Sandbox, limits: Limits): SplitJudge {
  // task_id → why the problem's test cannot be split (null: it can), decided once.
  const decisions = new Map<string, Promise<string | null>>();
  const fallback = new Map<string, string>();

  const decide = (problem: Problem, reason: string): Promise<string | null> => {
    let decision = decisions.get(problem.task_id);
    if (!decision) {
      decision = problem.canonical_solution
        ? sandbox
            .runSplit(
              {
                module: problem.prompt + problem.canonical_solution,
                prompt: problem.prompt,
                test: problem.test,
                entryPoint: problem.entry_point,
              },
              limits,
            )
            .then((canonical) => canonical.unsplittable ?? null)
        : Promise.resolve(`${reason} (and the problem has no canonical solution to show otherwise)`);
      decisions.set(problem.task_id, decision);
    }
    return decision;
  };

  return {
    async run(problem, split, program) {
      if (!fallback.has(problem.task_id)) {
        const execution = await sandbox.runSplit(split, limits);
        if (execution.unsplittable === undefined) return execution;
        const reason = await decide(problem, execution.unsplittable);
        if (reason === null) {
          // The canonical solution splits: this sample made the test unsplittable itself.
          return { ...execution, status: "failed", result: `failed: ${execution.unsplittable}` };
        }
        fallback.set(problem.task_id, reason);
      }
      return sandbox.run(program, limits);
    },
    inProcess: () => [...fallback].map(([task_id, reason]) => ({ task_id, reason })),
  };
}
