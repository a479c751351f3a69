// Hostile samples through the BUILT command line at full isolation: writes problems and named samples
// to a temp folder, runs `passk evaluate --isolation full --timeout 1` (bubblewrap and seccomp
// required: a machine without them fails the run, it is never skipped), checks that the run completed
// with one record per sample, and hands back each record by its sample's name.
import { join } from "node:path";
import { expect } from "vitest";
import { type CliResult, jsonOf, passk } from "./cli.js";
import { type ResultRecord, readResults, writeJsonl } from "./workspace.js";

export interface HumanEvalProblem {
  task_id: string;
  prompt: string;
  entry_point: string;
  canonical_solution: string;
  test: string;
}

/** A sample with a name of its own (written to the samples file as `attack`, and copied to its record). */
export type NamedSample = { name: string; task_id: string } & (
  | { completion: string; solution?: never }
  | { solution: string; completion?: never }
);

export interface HostileRun {
  run: CliResult;
  summary: ReturnType<typeof jsonOf>;
  /** The record of the sample called `name`. */
  result(name: string): ResultRecord;
}

/** `add_three(a, b, c)`: the plain integer problem most attacks are aimed at. */
export const ADD_THREE: HumanEvalProblem = {
  task_id: "hostile/add_three",
  prompt: 'def add_three(a, b, c):\n    """Return the sum of the three integers a, b and c."""\n',
  entry_point: "add_three",
  canonical_solution: "    return a + b + c\n",
  test: "def check(candidate):\n    assert candidate(1, 2, 3) == 6\n    assert candidate(-4, 0, 9) == 5\n",
};

/**
 * The same problem with a test that reads an attribute of `candidate`: it cannot be split, so passk
 * runs it in the sample's own process (the reference harness's way, verdict "in-process"). A hostile
 * sample that passes there shows that its attack is real, and that only the split stops it.
 */
export function inProcessTwin(problem: HumanEvalProblem): HumanEvalProblem {
  const header = "def check(candidate):\n";
  if (!problem.test.includes(header)) throw new Error(`${problem.task_id}: the test has no ${header}`);
  return {
    ...problem,
    task_id: `${problem.task_id}-in-process`,
    test: problem.test.replace(
      header,
      `${header}    candidate.__name__  # inspects the candidate: not splittable\n`,
    ),
  };
}

/** A completion: the function's body `body`, then `module`, code at the module's top level. */
export const completion = (body: string, module: string) => `    ${body}\n\n\n${module}`;

/** The canonical solution of `problem`, as a sample called `name`. */
export const canonical = (
  problem: HumanEvalProblem,
  name = `canonical-${problem.entry_point}`,
): NamedSample => ({ name, task_id: problem.task_id, completion: problem.canonical_solution });

/** The same samples, aimed at another problem (their names get `suffix`). */
export function aimedAt(
  problem: HumanEvalProblem,
  samples: readonly NamedSample[],
  suffix: string,
): NamedSample[] {
  return samples.map((s) => ({ ...s, name: `${s.name}${suffix}`, task_id: problem.task_id }));
}

/**
 * Runs `passk evaluate` on `samples` in `dir`, against `problems` (HumanEval-format problems, written
 * to problems.jsonl; or the name of a passk set) with `--timeout 1` at full isolation, plus `args`.
 * Checks that it exited 0 and wrote one record per sample, at full isolation.
 */
export async function evaluateHostile(
  dir: string,
  problems: readonly HumanEvalProblem[] | string,
  samples: readonly NamedSample[],
  args: readonly string[] = [],
): Promise<HostileRun> {
  const names = samples.map((s) => s.name);
  expect(new Set(names).size, "sample names must be unique").toBe(names.length);
  const problemsArg =
    typeof problems === "string" ? problems : writeJsonl(join(dir, "problems.jsonl"), problems);
  writeJsonl(
    join(dir, "samples.jsonl"),
    samples.map(({ name, ...sample }) => ({ ...sample, attack: name })),
  );
  const run = await passk(
    [
      "evaluate",
      "samples.jsonl",
      "--problems",
      problemsArg,
      "--out",
      "results.jsonl",
      "--timeout",
      "1",
      "--isolation",
      "full",
      "--k",
      "1",
      "--json",
      "--no-progress",
      ...args,
    ],
    dir,
  );
  expect(run.code, run.stderr).toBe(0);
  const records = readResults(join(dir, "results.jsonl"));
  expect(records.map((r) => r.sample_line).sort((a, b) => a - b)).toEqual(samples.map((_, i) => i + 1));
  const byName = new Map(records.map((r) => [r.attack as string, r]));
  for (const record of records) expect(record.isolation).toBe("bubblewrap+seccomp");
  return {
    run,
    summary: jsonOf(run),
    result(name) {
      const record = byName.get(name);
      if (!record) throw new Error(`no result for the sample ${name}`);
      return record;
    },
  };
}

/**
 * Each sample of `names` did not pass when split, and did pass as `<name>@in-process` against the
 * problem's {@link inProcessTwin}.
 */
export function expectStoppedOnlyBySplit(results: HostileRun, names: readonly string[]): void {
  for (const name of names) {
    const split = results.result(name);
    expectNotPassed(split);
    expect(split.verdict, name).toBe("split");
    const control = results.result(`${name}@in-process`);
    expect(control.verdict, name).toBe("in-process");
    expectPassed(control);
  }
}

/** The sample passed (the message shows its result and output when it did not). */
export function expectPassed(record: ResultRecord): void {
  expect(record.passed, `${record.attack}: ${record.result}\n${record.output ?? ""}`).toBe(true);
  expect(record.status).toBe("passed");
}

/** The sample did not pass, by any field of its record. */
export function expectNotPassed(record: ResultRecord): void {
  expect(record.passed, `${record.attack} passed: ${JSON.stringify(record)}`).toBe(false);
  expect(record.status).not.toBe("passed");
  expect(record.result).toMatch(/^(failed: |timed out$)/);
}

/** What the sample printed (kept up to the output limit); "" if nothing. */
export function outputOf(record: ResultRecord): string {
  return typeof record.output === "string" ? record.output : "";
}
