// Judging a sample of an EvalPlus problem in passk's sandbox: the runs judge.ts asks for, made with
// the sandbox's data mode, and the result record's fields (the plus verdict is the record's own;
// the base verdict sits beside it).
import type { Problem } from "../../problems/types.js";
import type { Sandbox } from "../../sandbox/pool.js";
import type { EvalPlusRun, Execution, Limits } from "../../sandbox/types.js";
import { DIGEST_ABOVE, type ExpectedOutputs, FULL_CAP, referenceCases, referenceRun } from "./expected.js";
import {
  type EvalPlusSettings,
  type JudgedProblem,
  judgeSample,
  type ListName,
  type Runner,
} from "./judge.js";
import { type ExpectedCase, POLYNOMIAL_PROGRAM } from "./oracle.js";

/** What every sample of an evaluation shares. */
export interface EvalPlusContext {
  sandbox: Sandbox;
  limits: Limits;
  settings: EvalPlusSettings;
  expected: ExpectedOutputs;
  /** Canonical outputs fetched whole (when digests could not decide an input), by task, list and index. */
  whole: Map<string, Promise<ExpectedCase>>;
}

/** A judged sample: its execution (the plus verdict) and the record's EvalPlus fields. */
export interface EvalPlusJudgement {
  execution: Execution;
  fields: {
    base_passed: boolean;
    base_result: string;
    base_failed_inputs?: number[];
    plus_failed_inputs?: number[];
  };
}

/** Judges `program` (the sample's module) on the EvalPlus inputs of `problem`. */
export async function judgeEvalPlus(
  context: EvalPlusContext,
  problem: Problem,
  program: string,
): Promise<EvalPlusJudgement> {
  const inputs = problem.evalplus;
  const expected = context.expected.problems.get(problem.task_id);
  if (!inputs || !expected) throw new Error(`no EvalPlus inputs or expected outputs for ${problem.task_id}`);
  const judged: JudgedProblem = { entryPoint: problem.entry_point, inputs, expected };
  const verdicts = await judgeSample(judged, runnerFor(context, problem, program), context.settings);
  const { plus, base, extra } = verdicts;
  const execution: Execution = {
    status: plus.status,
    result: plus.result,
    cpu: round(plus.cpu),
    wall: round(plus.wall),
    exitCode: null,
    output: plus.output,
    verdict: "data",
  };
  if (plus.limit) execution.limit = plus.limit;
  const fields: EvalPlusJudgement["fields"] = {
    base_passed: base.status === "passed",
    base_result: base.result,
  };
  if (base.failed.length > 0) fields.base_failed_inputs = base.failed;
  if (extra && extra.failed.length > 0) fields.plus_failed_inputs = extra.failed;
  return { execution, fields };
}

function runnerFor(context: EvalPlusContext, problem: Problem, program: string): Runner {
  const inputs = problem.evalplus;
  if (!inputs) throw new Error(`${problem.task_id} has no EvalPlus inputs`);
  const mbpp = inputs.mbppTask !== undefined ? { mbppTask: inputs.mbppTask } : {};
  const run = (list: ListName, from: number, to: number, budget: number, evalplus: EvalPlusRun) =>
    context.sandbox.run(
      program,
      { ...context.limits, timeout: budget, wallTimeout: 2 * budget },
      { entryPoint: problem.entry_point, inputs: inputs[list].slice(from, to), evalplus },
    );
  return {
    sample: (list, from, caseLimits, budget, stopOnError) =>
      run(list, from, inputs[list].length, budget, {
        ...mbpp,
        caseLimits,
        stopOnError,
        digestAbove: DIGEST_ABOVE,
      }),
    sampleFull: (list, index, limit) =>
      run(list, index, index + 1, limit + 1, {
        ...mbpp,
        caseLimits: [limit],
        stopOnError: true,
        digestAbove: FULL_CAP,
      }),
    polynomial: (inputs) =>
      context.sandbox.run(
        POLYNOMIAL_PROGRAM,
        { ...context.limits, timeout: 60, wallTimeout: 120 },
        {
          entryPoint: "passk_poly",
          inputs,
          evalplus: { reference: true, stopOnError: false, digestAbove: DIGEST_ABOVE },
        },
      ),
    expectedFull: (list, index) => {
      const key = `${problem.task_id}\0${list}\0${index}`;
      let found = context.whole.get(key);
      if (!found) {
        const fallback = context.expected.problems.get(problem.task_id)?.[list][index] as ExpectedCase;
        found = referenceRun(context.sandbox, problem, list, index, context.limits).then((execution) => {
          const cases = referenceCases(execution, 1, list);
          // Kept as it was (a digest) when the canonical solution cannot give it whole.
          return typeof cases === "string"
            ? fallback
            : { ...(cases[0] as ExpectedCase), time: fallback.time };
        });
        context.whole.set(key, found);
      }
      return found;
    },
  };
}

function round(seconds: number): number {
  return Math.round(seconds * 10_000) / 10_000;
}
