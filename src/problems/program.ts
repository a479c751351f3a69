// The program a sample becomes, exactly as the reference harness builds it.
import type { Sample } from "../evaluate/samples.js";
import type { Problem } from "./types.js";

/**
 * `prompt + completion + "\n" + test + "\n" + "check(" + entry_point + ")"`; a sample with
 * `solution` (a whole program) replaces `prompt + completion`. For a problem whose tests are data
 * (a passk set), the program is only `prompt + completion`: the cases are run by the sandbox.
 */
export function buildProgram(problem: Problem, sample: Sample): string {
  const body = sample.solution ?? problem.prompt + (sample.completion ?? "");
  return problem.data ? body : `${body}\n${problem.test}\ncheck(${problem.entry_point})`;
}
