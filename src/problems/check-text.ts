// The parts of `passk problems check` that read Python written in a problem's text: `>>>` examples in
// the description (parsed by cases.py in the sandbox, then run against the canonical solution) and
// the `preconditions` (a predicate run on every case's arguments, in the sandbox).
import { readFileSync } from "node:fs";
import { runDataCases } from "../evaluate/data-verdict.js";
import { ownUrl } from "../paths.js";
import type { Sandbox } from "../sandbox/pool.js";
import type { Limits } from "../sandbox/types.js";
import { problemData } from "./resolve.js";
import type { SetProblem, TestCase } from "./set-types.js";

const CASES_SOURCE = readFileSync(ownUrl("problems/cases.py"), "utf8");
const PARSE_LIMITS: Partial<Limits> = { timeout: 5, wallTimeout: 10 };

/** Cases parsed from Python text, and what could not be parsed ("line 3: …"). */
export interface ParsedCases {
  cases: TestCase[];
  faults: string[];
}

/**
 * Parses Python text into cases, in the sandbox: `doctest` reads `>>> name(args)` lines each followed
 * by its result; `calls` reads statements `name(args) == expected` (the `problems cases` helper).
 */
export async function parsePythonCases(
  sandbox: Sandbox,
  limits: Limits,
  mode: "doctest" | "calls",
  text: string,
  entryPoint: string,
): Promise<ParsedCases> {
  const run = await sandbox.run(
    CASES_SOURCE,
    { ...limits, ...PARSE_LIMITS },
    {
      entryPoint: mode === "doctest" ? "parse_doctest" : "parse_calls",
      inputs: [JSON.stringify([text, entryPoint])],
    },
  );
  const first = run.cases?.[0];
  const output = first ? (JSON.parse(first) as { ok?: ParsedCases; error?: string }) : {};
  if (run.status !== "passed" || !output.ok) {
    return { cases: [], faults: [`could not parse: ${output.error ?? run.result}`] };
  }
  return output.ok;
}

/** Faults of the `>>>` examples written in the description: unreadable, or not what the solution returns. */
export async function descriptionExampleFaults(
  sandbox: Sandbox,
  limits: Limits,
  problem: SetProblem,
  canonical: string,
): Promise<{ cases: TestCase[]; faults: string[] }> {
  if (!problem.spec.description.includes(">>>")) return { cases: [], faults: [] };
  const parsed = await parsePythonCases(
    sandbox,
    limits,
    "doctest",
    problem.spec.description,
    problem.spec.entry_point,
  );
  const faults = parsed.faults.map((f) => `description: ${f}`);
  for (const [i, example] of parsed.cases.entries()) {
    const run = await runDataCases(sandbox, canonical, problemData(problem, [example]), limits);
    if (run.status !== "passed") {
      faults.push(
        `description: example ${i + 1} disagrees with the canonical solution: ${run.result.replace(/^failed: case 0: /, "")}`,
      );
    }
  }
  return { cases: parsed.cases, faults };
}

/**
 * Faults of cases whose arguments break a precondition (or make it raise). `cases` are labelled
 * (`tests.json case 3`, `example 1`) so that a fault says where to look.
 */
export async function preconditionFaults(
  sandbox: Sandbox,
  limits: Limits,
  problem: SetProblem,
  cases: { label: string; testCase: TestCase }[],
): Promise<string[]> {
  const conditions = problem.spec.preconditions;
  if (!conditions || cases.length === 0) return [];
  const name = "passk_preconditions";
  const body = conditions.flatMap((condition, i) => [
    "    try:",
    `        if not (${condition}):`,
    `            broken.append([${i}, ""])`,
    "    except Exception as error:",
    `        broken.append([${i}, "raised " + type(error).__name__ + ": " + str(error)[:100]])`,
  ]);
  const program = [
    ...(problem.spec.imports ?? []),
    problem.spec.signature.replace(`def ${problem.spec.entry_point}(`, `def ${name}(`),
    "    broken = []",
    ...body,
    "    return broken",
    "",
  ].join("\n");
  const run = await sandbox.run(
    program,
    { ...limits, ...PARSE_LIMITS },
    { entryPoint: name, inputs: cases.map(({ testCase }) => JSON.stringify(testCase.args)) },
  );
  if (run.status !== "passed") return [`preconditions: could not run them: ${run.result}`];
  const faults: string[] = [];
  for (const [i, line] of (run.cases ?? []).entries()) {
    const output = JSON.parse(line) as { ok?: [number, string][]; error?: string };
    const label = cases[i]?.label ?? `case ${i}`;
    if (output.error !== undefined) faults.push(`preconditions: ${label}: ${output.error}`);
    for (const [index, why] of output.ok ?? []) {
      faults.push(
        `preconditions: ${label} breaks ${JSON.stringify(conditions[index])}${why ? ` (${why})` : ""}; fix the case or the precondition`,
      );
    }
  }
  return faults;
}
