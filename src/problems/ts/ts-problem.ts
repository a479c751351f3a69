// A passk set problem in TypeScript: the rendered prompt, the canonical solution from solution.ts,
// and the tests as the same data, minus the cases TypeScript's numbers cannot hold (each is named in
// `omitted`). The types travel with the data, so results are read back as the signature says.
import { createHash } from "node:crypto";
import type { SetProblem, TestCase } from "../set-types.js";
import type { Problem, ProblemData } from "../types.js";
import type { PySignature } from "./py-types.js";
import { renderTsPrompt } from "./render-ts.js";
import { NotRepresentable, toWire } from "./ts-values.js";

/** Tests as data for a TypeScript problem: the cases and the signature's types. */
export interface TsProblemData extends ProblemData {
  signature: PySignature;
}

/** A passk problem for TypeScript, with what its rendering had to leave out or say differently. */
export interface TsProblem {
  problem: Problem & { language: "ts"; data: TsProblemData };
  /** Test cases left out, each with the reason (a value beyond a number's ±2^53, …). */
  omitted: { index: number; reason: string }[];
  /** Where the TypeScript text differs from the Python one (see render-ts.ts). */
  notes: string[];
}

/** Version of the TypeScript rendering: part of a rendered set's identity (bump on any change). */
export const TS_RENDER_VERSION = "passk-ts-1";

/** The identity of a set's TypeScript rendering: the set's hash and the rendering's version. */
export function tsDatasetSha256(setSha256: string): string {
  return createHash("sha256").update(`${setSha256}\0${TS_RENDER_VERSION}`).digest("hex");
}

/** The fewest cases a TypeScript rendering may keep: fewer, and the problem has no TypeScript form. */
export const MIN_TS_CASES = 8;

/** The problem's TypeScript form. Throws (TypeHintError, …) when it has none. */
export function toTypeScript(problem: SetProblem): TsProblem {
  const rendering = renderTsPrompt(problem);
  const { signature } = rendering;
  const omitted: TsProblem["omitted"] = [];
  const tests: TestCase[] = [];
  problem.tests.forEach((testCase, index) => {
    const reason = unrepresentable(testCase, signature);
    if (reason) omitted.push({ index, reason });
    else tests.push(testCase);
  });
  const data: TsProblemData = {
    entryPoint: problem.spec.entry_point,
    tests,
    checker: problem.spec.checker ?? "exact",
    signature,
  };
  if (problem.spec.tolerance !== undefined) data.tolerance = problem.spec.tolerance;
  return {
    problem: {
      task_id: problem.taskId,
      prompt: rendering.prompt,
      entry_point: problem.spec.entry_point,
      canonical_solution: problem.solutionTs
        ? canonicalBody(problem.solutionTs, rendering.signatureLine)
        : "",
      test: "",
      language: "ts",
      data,
    },
    omitted,
    notes: rendering.notes,
  };
}

/** Why a case cannot be given to TypeScript, or null. */
export function unrepresentable(testCase: TestCase, signature: PySignature): string | null {
  try {
    for (const [i, arg] of testCase.args.entries()) toWire(arg, signature.params[i]?.type ?? { kind: "any" });
    toWire(testCase.expected, signature.returns);
    return null;
  } catch (error) {
    if (error instanceof NotRepresentable) return error.message;
    throw error;
  }
}

/**
 * What follows the signature line in solution.ts: the completion a model would write. Empty when the
 * file does not contain the rendered signature line (the quality gate says so).
 */
export function canonicalBody(solutionTs: string, signatureLine: string): string {
  const lines = solutionTs.split("\n");
  const at = lines.findIndex((line) => line.trimEnd() === signatureLine);
  return at < 0
    ? ""
    : `${lines
        .slice(at + 1)
        .join("\n")
        .trimEnd()}\n`;
}

/** The arguments of every case, as the sandbox's tests-as-data request takes them. */
export function tsInputs(data: TsProblemData): string[] {
  return data.tests.map((testCase) =>
    JSON.stringify(
      testCase.args.map((arg, i) => toWire(arg, data.signature.params[i]?.type ?? { kind: "any" })),
    ),
  );
}
