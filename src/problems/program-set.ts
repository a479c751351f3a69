// Loads a set of program problems (set.json with "kind": "programs", one folder per problem:
// problem.json, tests.json, optionally solution.py), as `passk problems import` writes it, checking
// every file and reporting every fault with its file and field at once.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import * as z from "zod";
import { PasskError } from "../errors.js";
import { canonicalCompletion, programPrompt } from "./program-prompt.js";
import type { CallTest, ProgramData, ProgramSpec, StdioTest } from "./program-types.js";
import { integralFloatLiterals } from "./set.js";
import type { Problem, ProblemSet } from "./types.js";
import { validateValue } from "./values.js";

/** set.json of a program set. */
export interface ProgramSetManifest {
  name: string;
  version: string;
  description: string;
  kind: "programs";
  /** How the set was made: `passk problems import`'s format, input, date filter and counts. */
  source?: ImportRecord;
}

/** What `passk problems import` records in set.json (and every run of the set carries in run.json). */
export type ImportRecord = {
  format: string;
  path: string;
  /** Only problems whose contest date is on or after this day were kept (YYYY-MM-DD). */
  since?: string;
  imported: string;
  /** Problems read from the source, and kept in the set. */
  read: number;
  kept: number;
};

/** One loaded program problem. */
export interface ProgramProblem {
  taskId: string;
  dir: string;
  spec: ProgramSpec;
  tests: StdioTest[] | CallTest[];
  /** solution.py, when the source had a known-correct program. */
  solution: string | null;
}

/** A loaded program set. */
export interface ProgramSet {
  root: string;
  manifest: ProgramSetManifest;
  problems: ProgramProblem[];
  /** SHA-256 over every file of the set (paths and contents). */
  sha256: string;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const judgeSchema = z.strictObject({
  compare: z.enum(["tokens", "float", "exact"]),
  tolerance: z.number().nonnegative().optional(),
});
const specSchema = z.strictObject({
  id: z.string().regex(ID, "lowercase words joined by '-'"),
  title: z.string().min(1),
  kind: z.enum(["stdio", "call"]),
  statement: z.string().min(1),
  starter_code: z.string().optional(),
  call: z
    .strictObject({
      name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "a Python identifier"),
      className: z
        .string()
        .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "a Python identifier")
        .optional(),
      unwrapSingle: z.boolean().optional(),
    })
    .optional(),
  judge: judgeSchema.optional(),
  time_limit: z.number().positive().max(600).optional(),
  memory_limit: z
    .number()
    .int()
    .min(16 * 1024 ** 2, "at least 16 MiB")
    .optional(),
  difficulty: z.string().min(1).optional(),
  tags: z.array(z.string().min(1)).optional(),
  contest_date: z.string().regex(DATE, "a date like 2024-05-01").optional(),
  source: z.looseObject({ format: z.string().min(1), id: z.string().min(1) }),
});
const origin = z.enum(["public", "private", "generated"]).optional();
const stdioTests = z.array(z.strictObject({ input: z.string(), output: z.string(), origin })).min(1);
const callTests = z
  .array(z.strictObject({ args: z.array(z.unknown()), expected: z.unknown(), origin }))
  .min(1);
const manifestSchema = z.strictObject({
  name: z.string().regex(ID, "lowercase words joined by '-'"),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "a version like 1.0.0"),
  description: z.string().min(1),
  kind: z.literal("programs"),
  source: z
    .strictObject({
      format: z.string(),
      path: z.string(),
      since: z.string().regex(DATE).optional(),
      imported: z.string(),
      read: z.number().int(),
      kept: z.number().int(),
    })
    .optional(),
});

/** Whether the folder holds a program set (its set.json says "kind": "programs"). */
export function isProgramSet(root: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(root, "set.json"), "utf8")) as unknown;
    return (
      typeof manifest === "object" && manifest !== null && "kind" in manifest && manifest.kind === "programs"
    );
  } catch {
    return false;
  }
}

/**
 * The refusal of `--since` with a program set: its date filter is chosen when it is imported (and
 * recorded in set.json), not at each command.
 */
export function programSetSince(name: string, since: string): PasskError {
  return new PasskError(
    "BAD_OPTION",
    `--since ${since}: ${name} is a program set, whose dates are chosen when it is imported (passk problems import livecodebench <path> --out <folder> --since ${since}); leave out --since`,
  );
}

/**
 * Loads and checks a program set folder.
 * @throws PasskError BAD_INPUT listing every fault as `<file>: field "<name>": <what is wrong>`.
 */
export function loadProgramSet(root: string): ProgramSet {
  const faults: string[] = [];
  const hash = createHash("sha256");
  const read = (path: string): string => {
    const text = readFileSync(path, "utf8");
    hash.update(`${relative(root, path)}\0${text}\0`);
    return text;
  };
  const manifestPath = join(root, "set.json");
  const manifest = parse(read(manifestPath), manifestPath, manifestSchema, faults) as
    | ProgramSetManifest
    | undefined;
  const problems: ProgramProblem[] = [];
  const dirs = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const name of dirs) {
    const dir = join(root, name);
    const specPath = join(dir, "problem.json");
    const testsPath = join(dir, "tests.json");
    const solutionPath = join(dir, "solution.py");
    const missing = [specPath, testsPath].filter((path) => !existsSync(path));
    if (missing.length > 0) {
      faults.push(
        ...missing.map((path) => `${path}: missing (each problem folder holds problem.json and tests.json)`),
      );
      continue;
    }
    const spec = parse(read(specPath), specPath, specSchema, faults) as ProgramSpec | undefined;
    const testsText = read(testsPath);
    const solution = existsSync(solutionPath) ? read(solutionPath) : null;
    if (!spec) continue;
    if (spec.id !== name)
      faults.push(`${specPath}: field "id": "${spec.id}" must equal the folder name "${name}"`);
    if (spec.kind === "call" && !spec.call)
      faults.push(`${specPath}: field "call": required for a call problem`);
    if (spec.kind === "stdio" && spec.call) faults.push(`${specPath}: field "call": only for a call problem`);
    if (spec.kind === "call" && spec.judge)
      faults.push(`${specPath}: field "judge": only for a stdio problem (a call problem compares values)`);
    const tests =
      spec.kind === "stdio"
        ? (parse(testsText, testsPath, stdioTests, faults) as StdioTest[] | undefined)
        : (parse(testsText, testsPath, callTests, faults) as CallTest[] | undefined);
    if (!tests) continue;
    if (spec.kind === "call") {
      faults.push(...integralFloatLiterals(testsText, testsPath));
      (tests as CallTest[]).forEach((test, i) => {
        for (const problem of [
          validateValue(test.args, `${testsPath}: test ${i + 1} args`),
          validateValue(test.expected, `${testsPath}: test ${i + 1} expected`),
        ]) {
          if (problem) faults.push(problem);
        }
      });
    }
    problems.push({ taskId: `${manifest?.name ?? "set"}/${spec.id}`, dir, spec, tests, solution });
  }
  if (problems.length === 0 && faults.length === 0) faults.push(`${root}: the set has no problem folders`);
  if (faults.length > 0 || !manifest) {
    throw new PasskError(
      "BAD_INPUT",
      `${root}: ${faults.length} faults in the program set; fix them:`,
      faults,
    );
  }
  return { root, manifest, problems, sha256: hash.digest("hex") };
}

function parse(text: string, path: string, schema: z.ZodType, faults: string[]): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    faults.push(`${path}: invalid JSON: ${(error as Error).message}`);
    return undefined;
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 20)) {
      faults.push(`${path}: field "${issue.path.join(".") || "(top)"}": ${issue.message}`);
    }
    return undefined;
  }
  return parsed.data;
}

/** The problem's tests and judge as the evaluator takes them. */
export function programData(problem: ProgramProblem): ProgramData {
  const { spec } = problem;
  const limits = {
    statement: spec.statement,
    ...(spec.starter_code ? { starterCode: spec.starter_code } : {}),
    ...(spec.time_limit === undefined ? {} : { timeLimit: spec.time_limit }),
    ...(spec.memory_limit === undefined ? {} : { memoryLimit: spec.memory_limit }),
  };
  if (spec.kind === "stdio") {
    return {
      kind: "stdio",
      tests: problem.tests as StdioTest[],
      judge: spec.judge ?? { compare: "tokens" },
      ...limits,
    };
  }
  return {
    kind: "call",
    tests: problem.tests as CallTest[],
    call: spec.call as NonNullable<ProgramSpec["call"]>,
    judge: {},
    ...limits,
  };
}

/** A loaded program set as the problems every command takes. */
export function programProblemSet(root: string): ProblemSet {
  const set = loadProgramSet(root);
  const problems = new Map<string, Problem>(set.problems.map((p) => [p.taskId, programToProblem(p)]));
  const { name, version, source } = set.manifest;
  return {
    path: set.root,
    problems,
    sha256: set.sha256,
    set: { name, version, ...(source ? { source } : {}) },
  };
}

/** The problem in HumanEval's shape, with its tests as `program`. */
export function programToProblem(problem: ProgramProblem): Problem {
  const prompt = programPrompt(problem.spec);
  return {
    task_id: problem.taskId,
    prompt,
    entry_point: problem.spec.kind === "call" ? (problem.spec.call?.name ?? "") : "__main__",
    canonical_solution: canonicalCompletion(prompt, problem.solution ?? ""),
    test: "",
    program: programData(problem),
    ...(problem.spec.contest_date ? { contest_date: problem.spec.contest_date } : {}),
  };
}
