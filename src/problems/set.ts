// Loads a passk problem set folder (set.json + one folder per problem) and validates every file,
// reporting every fault with its file and field at once.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { PasskError } from "../errors.js";
import type { PasskSet, ProblemSpec, SetManifest, SetProblem, TestCase } from "./set-types.js";
import { validateValue } from "./values.js";

/** Where passk's own sets live (datasets/ in the package). */
export const DATASETS_DIR = fileURLToPath(new URL("../../datasets/", import.meta.url));

/** A set folder given by path, or by the name of one of passk's own sets; null if neither exists. */
export function resolveSetPath(nameOrPath: string): string | null {
  for (const candidate of [nameOrPath, join(DATASETS_DIR, nameOrPath)]) {
    if (existsSync(join(candidate, "set.json")) && statSync(candidate).isDirectory())
      return resolve(candidate);
  }
  return null;
}

/** The names of passk's own sets (the folders of datasets/ that hold a set.json). */
export function ownSets(): string[] {
  if (!existsSync(DATASETS_DIR)) return [];
  return readdirSync(DATASETS_DIR)
    .filter((name) => existsSync(join(DATASETS_DIR, name, "set.json")))
    .sort();
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const caseSchema = z.strictObject({
  args: z.array(z.unknown()),
  expected: z.unknown(),
  note: z.string().optional(),
});
const specSchema = z.strictObject({
  id: z.string().regex(ID, "lowercase words joined by '-'"),
  title: z.string().min(1),
  entry_point: z.string().regex(IDENT, "a Python identifier"),
  signature: z.string().startsWith("def ").endsWith(":"),
  imports: z.array(z.string().regex(/^(import|from) /, "an import line")).optional(),
  description: z.string(),
  examples: z.array(caseSchema).max(3),
  tags: z.array(z.string().min(1)).min(1),
  difficulty: z.enum(["easy", "medium", "hard"]),
  checker: z.enum(["exact", "unordered"]).optional(),
  tolerance: z.number().positive().optional(),
  equivalent_mutants: z.record(z.string(), z.string().min(10, "say why the mutant is equivalent")).optional(),
  helpers: z.string().min(1).optional(),
  provenance: z
    .strictObject({
      project: z.string().min(1),
      file: z.string().min(1),
      function: z.string().regex(IDENT, "a Python identifier"),
      line: z.number().int().positive(),
      commit: z
        .string()
        .regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/, "a full commit hash")
        .nullable(),
      test_command: z.string().min(1),
      calls: z.number().int().nonnegative(),
      distinct_calls: z.number().int().nonnegative(),
      weak: z.string().min(1).optional(),
    })
    .optional(),
});
const manifestSchema = z.strictObject({
  name: z.string().regex(ID, "lowercase words joined by '-'"),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "a version like 1.0.0"),
  description: z.string().min(1),
});

/**
 * Loads and validates a set by name (`passk-core`) or path.
 * @throws PasskError FILE_NOT_FOUND if there is no such set; BAD_INPUT listing every fault.
 */
export function loadPasskSet(nameOrPath: string): PasskSet {
  const root = resolveSetPath(nameOrPath);
  if (!root) {
    throw new PasskError(
      "FILE_NOT_FOUND",
      `${nameOrPath}: no problem set there (a set is a folder with set.json; passk's own sets: ${ownSets().join(", ") || "none"})`,
    );
  }
  const faults: string[] = [];
  const hash = createHash("sha256");
  const read = (path: string): string => {
    const text = readFileSync(path, "utf8");
    hash.update(`${relative(root, path)}\0${text}\0`);
    return text;
  };
  const manifest = parseJson(read(join(root, "set.json")), join(root, "set.json"), manifestSchema, faults) as
    | SetManifest
    | undefined;
  const problems: SetProblem[] = [];
  const dirs = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const name of dirs) {
    const dir = join(root, name);
    const files = ["problem.json", "solution.py", "tests.json"].map((f) => join(dir, f));
    const missing = files.filter((f) => !existsSync(f));
    if (missing.length > 0) {
      faults.push(
        ...missing.map(
          (f) => `${f}: missing (each problem folder holds problem.json, solution.py, tests.json)`,
        ),
      );
      continue;
    }
    const [specPath, solutionPath, testsPath] = files as [string, string, string];
    const specText = read(specPath);
    const solution = read(solutionPath);
    const testsText = read(testsPath);
    const spec = parseJson(specText, specPath, specSchema, faults) as ProblemSpec | undefined;
    const tests = parseJson(testsText, testsPath, z.array(caseSchema).min(1), faults) as
      | TestCase[]
      | undefined;
    faults.push(...integralFloatLiterals(specText, specPath), ...integralFloatLiterals(testsText, testsPath));
    if (!spec || !tests) continue;
    if (spec.id !== name)
      faults.push(`${specPath}: field "id": "${spec.id}" must equal the folder name "${name}"`);
    // Only a harvested problem may have no examples or no description: its prompt is the real docstring.
    if (!spec.provenance && spec.examples.length === 0)
      faults.push(`${specPath}: field "examples": give 1 to 3 examples`);
    if (!spec.provenance && spec.description === "")
      faults.push(`${specPath}: field "description": must not be empty`);
    if (!spec.signature.startsWith(`def ${spec.entry_point}(`)) {
      faults.push(`${specPath}: field "signature": must define entry_point ${spec.entry_point}`);
    }
    faults.push(...checkValues(spec.examples, `${specPath}: examples`), ...checkValues(tests, testsPath));
    faults.push(...checkSolutionShape(solution, spec, solutionPath));
    problems.push({ taskId: `${manifest?.name ?? "set"}/${spec.id}`, dir, spec, solution, tests });
  }
  if (problems.length === 0 && faults.length === 0) faults.push(`${root}: the set has no problem folders`);
  if (faults.length > 0 || !manifest) {
    throw new PasskError(
      "BAD_INPUT",
      `${root}: ${faults.length} faults in the problem set; fix them:`,
      faults,
    );
  }
  return { root, manifest, problems, sha256: hash.digest("hex") };
}

function parseJson(text: string, path: string, schema: z.ZodType, faults: string[]): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    faults.push(`${path}: invalid JSON: ${(error as Error).message}`);
    return undefined;
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      faults.push(`${path}: field "${issue.path.join(".") || "(top)"}": ${issue.message}`);
    }
    return undefined;
  }
  return parsed.data;
}

function checkValues(cases: readonly TestCase[], where: string): string[] {
  const faults: string[] = [];
  cases.forEach((testCase, i) => {
    for (const problem of [
      validateValue(testCase.args, `${where}: case ${i} args`),
      validateValue(testCase.expected, `${where}: case ${i} expected`),
    ]) {
      if (problem) faults.push(problem);
    }
  });
  return faults;
}

/**
 * solution.py: the imports lines, the helpers (if any), then the signature line, then the indented
 * body, nothing else.
 */
function checkSolutionShape(solution: string, spec: ProblemSpec, path: string): string[] {
  const lines = solution.split("\n").filter((line) => line.trim() !== "");
  const imports = spec.imports ?? [];
  const helpers = (spec.helpers ?? "").split("\n").filter((line) => line.trim() !== "");
  const faults: string[] = [];
  if (imports.some((line, i) => lines[i] !== line))
    faults.push(`${path}: must start with the "imports" lines of problem.json, in order`);
  if (helpers.some((line, i) => lines[imports.length + i] !== line))
    faults.push(`${path}: the "helpers" of problem.json must follow the imports, as they are`);
  const at = imports.length + helpers.length;
  if (lines[at] !== spec.signature) {
    faults.push(`${path}: line after the imports must be the signature exactly: ${spec.signature}`);
  }
  const stray = lines.slice(at + 1).find((line) => !/^\s/.test(line));
  if (stray !== undefined)
    faults.push(`${path}: top-level code after the function: ${JSON.stringify(stray)} (nest helpers inside)`);
  return faults;
}

/**
 * JSON numbers written with a fraction or exponent but an integral value (2.0, 1e3): JavaScript
 * cannot tell them from ints, so the format asks for {"$float": 2}.
 */
export function integralFloatLiterals(text: string, path: string): string[] {
  const faults: string[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === "\n") line++;
    else if (ch === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    } else if (/[-0-9]/.test(ch)) {
      const match = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
      if (match) {
        if ((match[1] || match[2]) && Number.isInteger(Number(match[0]))) {
          faults.push(
            `${path}:${line}: ${match[0]} is an integral float; write {"$float": ${Number(match[0])}} (a plain integer is an int)`,
          );
        }
        i += match[0].length - 1;
      }
    }
  }
  return faults;
}
