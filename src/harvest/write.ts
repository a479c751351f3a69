// A harvested function as a passk problem folder (docs/problem-format.md): problem.json with the real
// signature and docstring and the function's provenance, solution.py with the real body, tests.json
// with the recorded calls chosen by select.ts.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Difficulty, ProblemSpec, Provenance, TestCase } from "../problems/set-types.js";
import type { Value } from "../problems/values.js";
import type { StaticInfo } from "./trace.js";

/** Everything needed to write one problem. */
export interface HarvestedProblem {
  id: string;
  module: string;
  name: string;
  info: Required<Pick<StaticInfo, "signature" | "body">> & StaticInfo;
  tests: TestCase[];
  provenance: Provenance;
  /** The harvest's date (YYYY-MM-DD): problem.json's `added`. */
  added: string;
  /** Whether to put the project's helpers in the prompt (they are needed). */
  helpers: boolean;
}

/** A problem id from a module and function name: lowercase words joined by "-", unique in `taken`. */
export function problemId(module: string, name: string, taken: Set<string>): string {
  const base =
    `${module}-${name}`
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "function";
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Rough difficulty from the number of statements of the body (a harvested function has no author's). */
export function difficultyOf(statements: number): Difficulty {
  if (statements <= 4) return "easy";
  if (statements <= 12) return "medium";
  return "hard";
}

/** Whether a value holds a float anywhere (the tests then compare floats with a tolerance). */
export function holdsFloat(value: Value): boolean {
  if (typeof value === "number") return !Number.isInteger(value);
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some(holdsFloat);
  if ("$float" in value) return true;
  return Object.values(value).some(holdsFloat);
}

/** Floats compare within this relative tolerance in harvested tests (another formula, other last bits). */
export const HARVEST_TOLERANCE = 1e-9;

/** problem.json's content. */
export function problemSpec(problem: HarvestedProblem): ProblemSpec {
  const { info } = problem;
  const floats = problem.tests.some((t) => holdsFloat(t.expected) || t.args.some(holdsFloat));
  const helpers =
    problem.helpers && info.helpers?.length ? info.helpers.map((h) => h.source).join("\n\n\n") : "";
  return {
    id: problem.id,
    title: `${problem.module}.${problem.name}`,
    entry_point: problem.name,
    signature: info.signature,
    ...(info.imports?.length ? { imports: info.imports } : {}),
    ...(helpers ? { helpers } : {}),
    description: info.docstring ?? "",
    examples: [],
    tags: ["harvested"],
    difficulty: difficultyOf(info.statements ?? 0),
    added: problem.added,
    ...(floats ? { tolerance: HARVEST_TOLERANCE } : {}),
    provenance: problem.provenance,
  };
}

/** solution.py's content: imports, helpers, the signature and the real body. */
export function solutionSource(spec: ProblemSpec, body: string): string {
  const parts: string[] = [];
  if (spec.imports?.length) parts.push(spec.imports.join("\n"));
  if (spec.helpers) parts.push(spec.helpers);
  parts.push(`${spec.signature}\n${body.replace(/\s+$/, "")}`);
  return `${parts.join("\n\n\n")}\n`;
}

/**
 * A value as JSON text that passk's loader reads back as the same value: an integral float (tagged
 * `$float`) is written with all its digits, never with an exponent that would make it read like a
 * float literal the format refuses.
 */
export function valueJson(value: unknown): string {
  if (typeof value === "number") {
    return Number.isInteger(value) && Math.abs(value) >= 1e21
      ? BigInt(value).toString()
      : JSON.stringify(value);
  }
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(valueJson).join(", ")}]`;
  const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${valueJson(v)}`);
  return `{${entries.join(", ")}}`;
}

/** Writes the problem's folder under `root`. */
export function writeProblem(root: string, problem: HarvestedProblem): ProblemSpec {
  const spec = problemSpec(problem);
  const dir = join(root, problem.id);
  mkdirSync(dir);
  writeFileSync(join(dir, "problem.json"), `${JSON.stringify(spec, null, 2)}\n`);
  writeFileSync(join(dir, "solution.py"), solutionSource(spec, problem.info.body));
  const cases = problem.tests.map(
    (t) => `  {"args": ${valueJson(t.args)}, "expected": ${valueJson(t.expected)}}`,
  );
  writeFileSync(join(dir, "tests.json"), `[\n${cases.join(",\n")}\n]\n`);
  return spec;
}
