// The part of `passk problems check` that runs a problem's other solutions: every wrong/*.py must
// fail the tests (while passing some: a plausible mistake, not a broken file) and every alt/*.py must
// pass them, judged both ways a sample can be (data mode, and the exported HumanEval check()), which
// must agree. Harvested problems (with `provenance`) need none, but any they have are run.
import { dataRun, judgeData } from "../evaluate/data-verdict.js";
import type { Sandbox } from "../sandbox/pool.js";
import type { Execution, Limits } from "../sandbox/types.js";
import type { SetProblem, SolutionFile } from "./set-types.js";
import type { Problem, ProblemData } from "./types.js";

/** Wrong solutions a problem needs at least, and alternative correct ones. */
export const MIN_WRONG = 3;
export const MIN_ALT = 1;

/** How one wrong solution fared. */
export interface WrongOutcome {
  name: string;
  mistake: string;
  /** Some test fails it. */
  killed: boolean;
  /** How many tests fail it (null when it did not run to the end: timeout, crash). */
  failingTests: number | null;
  /** The first failing case, as the verdict says it. */
  result: string;
}

/**
 * Runs `program` on every test once: the verdict, how many cases it fails and how many it answered
 * with a value (both null when it did not run to the end: a timeout, a crash, a module error).
 */
async function runCases(
  sandbox: Sandbox,
  program: string,
  data: ProblemData,
  limits: Limits,
): Promise<{ verdict: Execution; failing: number | null; answered: number | null }> {
  const execution = await sandbox.run(program, limits, dataRun(data));
  const verdict = judgeData(data, execution);
  const outputs = execution.cases ?? [];
  if (execution.status !== "passed" || outputs.length !== data.tests.length) {
    return { verdict, failing: null, answered: null };
  }
  const failing = data.tests.filter(
    (test, i) =>
      judgeData({ ...data, tests: [test] }, { ...execution, cases: [outputs[i] as string] }).status !==
      "passed",
  ).length;
  const answered = outputs.filter((line) => !/^\{"error"/.test(line)).length;
  return { verdict, failing, answered };
}

/** Whether the exported check() passes `program` (the whole program, then the test, then the call). */
async function passesExport(sandbox: Sandbox, program: string, exported: Problem, limits: Limits) {
  const run = await sandbox.run(`${program}\n${exported.test}\ncheck(${exported.entry_point})`, limits);
  return run.status === "passed";
}

/** Runs wrong/ and alt/ of `problem`; returns the wrong solutions' outcomes and every fault found. */
export async function checkSolutions(
  sandbox: Sandbox,
  problem: SetProblem,
  data: ProblemData,
  exported: Problem,
  limits: Limits,
): Promise<{ wrong: WrongOutcome[]; faults: string[] }> {
  const faults: string[] = [];
  // A harvested problem (provenance) has no author to write wrong/ and alt/: the mutation gate alone
  // measures its tests. Any it does have are still run.
  const required = problem.spec.provenance === undefined;
  if (required && problem.wrong.length < MIN_WRONG) {
    faults.push(
      `${problem.wrong.length} wrong solutions in wrong/; at least ${MIN_WRONG} are required (plausible mistakes, each with "# mistake: …" on its first line)`,
    );
  }
  if (required && problem.alt.length < MIN_ALT) {
    faults.push(
      `no alternative solution in alt/; at least ${MIN_ALT} is required (correct, written differently)`,
    );
  }
  const wrong = await Promise.all(
    problem.wrong.map(async (file: SolutionFile): Promise<WrongOutcome> => {
      const [{ verdict, failing, answered }, exportPasses] = await Promise.all([
        runCases(sandbox, file.source, data, limits),
        passesExport(sandbox, file.source, exported, limits),
      ]);
      const killed = verdict.status !== "passed";
      if (!killed) {
        faults.push(`${file.name} passes every test (mistake: ${file.mistake}); add a test that it fails`);
      } else if (answered === 0 || (answered === null && verdict.status === "failed")) {
        // A file that cannot run, or raises on every case, is broken, not a plausible mistake.
        faults.push(
          `${file.name} never returns a value (${verdict.result}); a wrong solution must be a plausible mistake`,
        );
      }
      if (killed === exportPasses) {
        faults.push(
          `${file.name}: data mode says ${killed ? "failed" : "passed"}, the exported check() says ${exportPasses ? "passed" : "failed"}; the two verdicts must agree`,
        );
      }
      return {
        name: file.name,
        mistake: file.mistake ?? "",
        killed,
        failingTests: failing,
        result: verdict.result,
      };
    }),
  );
  await Promise.all(
    problem.alt.map(async (file) => {
      const [{ verdict }, exportPasses] = await Promise.all([
        runCases(sandbox, file.source, data, limits),
        passesExport(sandbox, file.source, exported, limits),
      ]);
      if (verdict.status !== "passed")
        faults.push(`${file.name}, a correct solution, fails: ${verdict.result}`);
      else if (!exportPasses) faults.push(`${file.name} passes in data mode but fails the exported check()`);
    }),
  );
  return { wrong, faults };
}
