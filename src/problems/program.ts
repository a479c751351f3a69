// The program a sample becomes, exactly as the reference harness builds it, and the same program
// split in two for the sandbox (the sample's module apart from the test that judges it).
import type { Sample } from "../evaluate/samples.js";
import type { SplitRun } from "../sandbox/types.js";
import type { Problem } from "./types.js";

/**
 * `prompt + completion + "\n" + test + "\n" + "check(" + entry_point + ")"`; a sample with
 * `solution` (a whole program) replaces `prompt + completion`. For a problem whose tests are data
 * (a passk set in Python or TypeScript, or EvalPlus's inputs) or a program problem, the program is only
 * `prompt + completion`: the sandbox runs the cases. For MultiPL-E's JavaScript and TypeScript,
 * `prompt + completion + "\n" + test`, as MultiPL-E builds it.
 */
export function buildProgram(problem: Problem, sample: Sample): string {
  const body = moduleOf(problem, sample);
  if (problem.data || problem.program || problem.evalplus) return body;
  if (problem.language === "js" || problem.language === "ts") return `${body}\n${problem.test}`;
  return `${body}\n${problem.test}\n${checkCall(problem)}`;
}

/**
 * The same program as two parts: the sample's module (what `buildProgram` puts before the test) and
 * the test, which runs beside the prompt's own helpers with `candidate` a proxy to the sample.
 */
export function buildSplit(problem: Problem, sample: Sample): SplitRun {
  return {
    module: moduleOf(problem, sample),
    prompt: problem.prompt,
    test: problem.test,
    entryPoint: problem.entry_point,
  };
}

function moduleOf(problem: Problem, sample: Sample): string {
  return sample.solution ?? problem.prompt + (sample.completion ?? "");
}

function checkCall(problem: Problem): string {
  return `check(${problem.entry_point})`;
}
