// Which recorded calls become a harvested function's tests, judged by running them: the real body is
// run alone (in the sandbox, outside the suite that recorded the calls) on every recorded call, and a
// call it does not reproduce is left out (it depended on state the suite had set up). Then, up to the
// cap, calls are taken greedily by how many of the body's mutants they tell apart from it (the
// mutants `passk problems check` makes), and the rest of the cap is filled with the most varied calls
// (select.ts). All of it happens in the sandbox: the body is the project's code, as untrusted as a sample.
import { outputProblem } from "../evaluate/data-verdict.js";
import { generateMutants, MUTANT_LIMITS } from "../problems/check.js";
import { toHumanEval } from "../problems/render.js";
import { problemData } from "../problems/resolve.js";
import type { SetProblem, TestCase } from "../problems/set-types.js";
import { type Value, valuesEqual } from "../problems/values.js";
import type { Sandbox } from "../sandbox/pool.js";
import { DEFAULT_LIMITS, type Execution } from "../sandbox/types.js";
import { selectCases } from "./select.js";

/** The tests chosen for one function. */
export interface ChosenTests {
  tests: TestCase[];
  /** Recorded calls whose result the body alone did not reproduce. */
  unreproduced: number;
  /** Why the body cannot run alone at all, when it cannot. */
  failure: string | null;
}

/** The canonical run over every recorded call gets more time than one test run: there may be 1000. */
const REPLAY_LIMITS = { ...DEFAULT_LIMITS, timeout: 10, wallTimeout: 20 };

/**
 * Chooses at most `cap` tests among `problem.tests` (every recorded call): see the file comment.
 * `problem` is the problem as written, its tests being all the recorded calls.
 */
export async function chooseTests(sandbox: Sandbox, problem: SetProblem, cap: number): Promise<ChosenTests> {
  const exported = toHumanEval(problem);
  const data = problemData(problem);
  const replay = await sandbox.run(exported.prompt + exported.canonical_solution, REPLAY_LIMITS, {
    entryPoint: data.entryPoint,
    inputs: data.tests.map((t) => JSON.stringify(t.args)),
  });
  const outputs = replay.cases ?? [];
  if (outputs.length === 0 && replay.status !== "passed") {
    return {
      tests: [],
      unreproduced: problem.tests.length,
      failure: `its body does not run alone: ${replay.result}`,
    };
  }
  const tolerance = data.tolerance === undefined ? {} : { tolerance: data.tolerance };
  const same = (testCase: TestCase, text: string | undefined) => {
    const value = okValue(text);
    return value !== undefined && valuesEqual(testCase.expected, value, tolerance);
  };
  const reproduced = problem.tests.filter((t, i) => same(t, outputs[i]));
  const unreproduced = problem.tests.length - reproduced.length;
  if (reproduced.length <= cap) {
    return { tests: selectCases(reproduced, cap), unreproduced, failure: null };
  }
  const { mutants } = await generateMutants(sandbox, problem.solution, problem.spec.entry_point);
  const inputs = reproduced.map((t) => JSON.stringify(t.args));
  const runs = await Promise.all(
    mutants.map(([, , source]) =>
      sandbox.run(source, MUTANT_LIMITS, { entryPoint: data.entryPoint, inputs }),
    ),
  );
  // For each mutant, the calls that tell it apart from the body.
  const killers = runs.map((run) => killingCases(run, reproduced, same));
  const chosen = new Set<number>();
  let open = killers.filter((k) => k.size > 0);
  while (chosen.size < cap && open.length > 0) {
    let best = -1;
    let bestCount = 0;
    const counts = new Map<number, number>();
    for (const k of open) for (const i of k) counts.set(i, (counts.get(i) ?? 0) + 1);
    for (const [i, n] of counts) {
      if (n > bestCount || (n === bestCount && size(reproduced[i]) < size(reproduced[best]))) {
        best = i;
        bestCount = n;
      }
    }
    chosen.add(best);
    open = open.filter((k) => !k.has(best));
  }
  const first = [...chosen].map((i) => reproduced[i] as TestCase);
  const rest = reproduced.filter((_, i) => !chosen.has(i));
  return { tests: [...first, ...selectCases(rest, cap - first.length)], unreproduced, failure: null };
}

/** The indexes of the cases a mutant's run failed (a wrong value, an error, the case it stopped at). */
function killingCases(
  run: Execution,
  cases: readonly TestCase[],
  same: (testCase: TestCase, text: string | undefined) => boolean,
): Set<number> {
  const outputs = run.cases ?? [];
  const killing = new Set<number>();
  outputs.forEach((text, i) => {
    if (i < cases.length && !same(cases[i] as TestCase, text)) killing.add(i);
  });
  if (outputs.length < cases.length) killing.add(outputs.length); // stopped there: a loop, a crash
  return killing;
}

/** The value of a case output `{"ok": value}`, or undefined for an error or anything malformed. */
function okValue(text: string | undefined): Value | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed === null || typeof parsed !== "object" || !("ok" in parsed)) return undefined;
    const value = (parsed as { ok: unknown }).ok;
    return outputProblem(value) === null ? (value as Value) : undefined;
  } catch {
    return undefined;
  }
}

function size(testCase: TestCase | undefined): number {
  return testCase
    ? JSON.stringify(testCase.args).length + JSON.stringify(testCase.expected).length
    : Infinity;
}
