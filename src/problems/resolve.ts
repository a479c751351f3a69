// One entry point for "the problems": a HumanEval/EvalPlus JSONL(.gz) file, or a passk set given by
// folder path, by name (passk-core) or as a generated family (compose:seed=3), so that every command
// accepts them all.
import { existsSync, statSync } from "node:fs";
import { PasskError } from "../errors.js";
import { FAMILY_HINT, parseFamilySpec } from "./families/index.js";
import { loadProblems } from "./load.js";
import { loadMultiplEProblems } from "./multipl-e.js";
import { isProgramSet, programProblemSet, programSetSince } from "./program-set.js";
import { toHumanEval } from "./render.js";
import { loadPasskSet, ownSets, resolveSetPath } from "./set.js";
import type { SetProblem, TestCase } from "./set-types.js";
import { TS_STOP } from "./ts/render-ts.js";
import { toTypeScript, tsDatasetSha256 } from "./ts/ts-problem.js";
import type { Problem, ProblemData, ProblemSet } from "./types.js";

/** The tests-as-data of a set problem (its own tests, or other cases such as its examples). */
export function problemData(problem: SetProblem, tests: TestCase[] = problem.tests): ProblemData {
  const data: ProblemData = {
    entryPoint: problem.spec.entry_point,
    tests,
    checker: problem.spec.checker ?? "exact",
  };
  if (problem.spec.tolerance !== undefined) data.tolerance = problem.spec.tolerance;
  return data;
}

/** Options of {@link loadAnyProblems}. */
export interface LoadAnyOptions {
  /** Only the problems of a passk set added on or after this ISO date (YYYY-MM-DD). */
  since?: string;
  /** "ts": a passk set's problems rendered in TypeScript (src/problems/ts/); Python otherwise. */
  language?: "py" | "ts";
}

/**
 * Loads problems from a JSONL file (HumanEval, EvalPlus, MBPP or MultiPL-E), or from a passk set (by
 * path, name or family spec) with its tests as data.
 * @throws PasskError FILE_NOT_FOUND naming passk's own sets when `pathOrName` is neither; BAD_OPTION
 *   for `since` with a file (which records no dates) or a program set (dated when imported).
 */
export async function loadAnyProblems(pathOrName: string, options: LoadAnyOptions = {}): Promise<ProblemSet> {
  const root = resolveSetPath(pathOrName);
  const typescript = options.language === "ts";
  if (root && isProgramSet(root)) {
    if (typescript) throw notRenderable(pathOrName, "it is a set of whole programs, judged as Python");
    if (options.since !== undefined) throw programSetSince(pathOrName, options.since);
    return programProblemSet(root);
  }
  // A set folder first, then a file, then a generated family: a file named like a family still loads.
  const isFile = existsSync(pathOrName) && statSync(pathOrName).isFile();
  if (!root && (isFile || !parseFamilySpec(pathOrName))) {
    if (options.since !== undefined) {
      throw new PasskError(
        "BAD_OPTION",
        `--since ${options.since}: ${pathOrName} is not a passk set, and only passk sets record when each problem was added; leave out --since`,
      );
    }
    if (!existsSync(pathOrName)) {
      throw new PasskError(
        "FILE_NOT_FOUND",
        `${pathOrName}: no such file or problem set (passk's own sets: ${ownSets().join(", ") || "none"}; generated families: ${FAMILY_HINT}; a file is a HumanEval/EvalPlus JSONL(.gz), relative paths start from ${process.cwd()})`,
      );
    }
    if (typescript) {
      throw notRenderable(
        pathOrName,
        "only passk's own sets are rendered; a file is given in its own language (MultiPL-E's humaneval-ts.jsonl is TypeScript)",
      );
    }
    return (await loadMultiplEProblems(pathOrName)) ?? loadProblems(pathOrName);
  }
  const set = loadPasskSet(pathOrName, options);
  const problems = new Map<string, Problem>();
  for (const problem of set.problems) {
    if (!typescript) {
      problems.set(problem.taskId, { ...toHumanEval(problem), data: problemData(problem) });
      continue;
    }
    try {
      problems.set(problem.taskId, toTypeScript(problem).problem);
    } catch (error) {
      throw notRenderable(problem.taskId, (error as Error).message);
    }
  }
  return {
    path: set.root,
    problems,
    // A rendering is another dataset: its runs and results never mix with the Python set's.
    sha256: typescript ? tsDatasetSha256(set.sha256) : set.sha256,
    set: {
      name: set.manifest.name,
      version: set.manifest.version,
      ...(set.since === undefined ? {} : { since: set.since }),
    },
    excluded: new Set(set.excluded),
    ...(typescript ? { language: "ts" as const, stop: [...TS_STOP], renderedFrom: set.sha256 } : {}),
  };
}

function notRenderable(what: string, why: string): PasskError {
  return new PasskError(
    "BAD_OPTION",
    `--language ts: ${what} has no TypeScript form (${why}); leave out --language`,
  );
}
