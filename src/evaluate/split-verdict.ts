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

/**
 * Reasons a test cannot be split that only the problem determines: no sample can make the prompt
 * fail to compile, or make the test read the candidate's attributes. (An argument that is not data
 * can be a value the sample returned and the test passed back.)
 */
const BY_THE_PROBLEM = [/^the prompt and test do not compile/, /^the test reads the candidate's attribute/];

export function splitJudge(sandbox: Sandbox, limits: Limits): SplitJudge {
  // task_id → why the problem's test cannot be split (null: it can), decided once.
  const decisions = new Map<string, Promise<string | null>>();
  const fallback = new Map<string, string>();

  const decide = (problem: Problem, reason: string): Promise<string | null> => {
    if (!problem.canonical_solution) {
      // Nothing to ask: only a reason the problem alone determines may move it in-process.
      const own = BY_THE_PROBLEM.some((pattern) => pattern.test(reason));
      return Promise.resolve(own ? `${reason} (the problem has no canonical solution to confirm it)` : null);
    }
    let decision = decisions.get(problem.task_id);
    if (!decision) {
      decision = sandbox
        .runSplit(
          {
            module: problem.prompt + problem.canonical_solution,
            prompt: problem.prompt,
            test: problem.test,
            entryPoint: problem.entry_point,
          },
          limits,
        )
        .then((canonical) => canonical.unsplittable ?? null);
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
