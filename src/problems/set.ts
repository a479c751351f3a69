// Loads a passk problem set folder (set.json + one folder per problem) and validates every file,
// reporting every fault with its file and field at once.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { PasskError } from "../errors.js";
import { FAMILY_HINT, generatedSource } from "./families/index.js";
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
  description: z.string().min(1),
  examples: z.array(caseSchema).min(1).max(3),
  tags: z.array(z.string().min(1)).min(1),
  difficulty: z.enum(["easy", "medium", "hard"]),
  checker: z.enum(["exact", "unordered"]).optional(),
  tolerance: z.number().positive().optional(),
  equivalent_mutants: z.record(z.string(), z.string().min(10, "say why the mutant is equivalent")).optional(),
});
const manifestSchema = z.strictObject({
  name: z.string().regex(ID, "lowercase words joined by '-'"),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "a version like 1.0.0"),
  description: z.string().min(1),
});

/** Where a set's files come from: a folder, or a generated family's files in memory (families/). */
export interface SetSource {
  /** Shown in messages and recorded as the set's path: the folder, or the generated set's spec. */
  root: string;
  /** The names of the problem folders, in any order. */
  dirs(): string[];
  /** The text of a file by its path under the root ("add-two/problem.json"); null when missing. */
  read(path: string): string | null;
}

/** The set folder at `root` on disk. */
export function folderSource(root: string): SetSource {
  return {
    root,
    dirs: () =>
      readdirSync(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name),
    read: (path) => (existsSync(join(root, path)) ? readFileSync(join(root, path), "utf8") : null),
  };
}

/**
 * Loads and validates a set by name (`passk-core`), path, or generated family spec (`compose:seed=3`).
 * @throws PasskError FILE_NOT_FOUND if there is no such set; BAD_INPUT listing every fault;
 *   BAD_OPTION for a family spec with a bad parameter.
 */
export function loadPasskSet(nameOrPath: string): PasskSet {
  const root = resolveSetPath(nameOrPath);
  if (root) return loadSetFrom(folderSource(root));
  const generated = generatedSource(nameOrPath);
  if (generated) return { ...loadSetFrom(generated), generated: generated.root };
  throw new PasskError(
    "FILE_NOT_FOUND",
    `${nameOrPath}: no problem set there (a set is a folder with set.json; passk's own sets: ${ownSets().join(", ") || "none"}; generated families: ${FAMILY_HINT})`,
  );
}

/** Validates the set `source` holds, reporting every fault with its file and field at once. */
export function loadSetFrom(source: SetSource): PasskSet {
  const { root } = source;
  const faults: string[] = [];
  const hash = createHash("sha256");
  const read = (path: string): string => {
    const text = source.read(path) ?? "";
    hash.update(`${path}\0${text}\0`);
    return text;
  };
  const manifestPath = join(root, "set.json");
  const manifest = parseJson(read("set.json"), manifestPath, manifestSchema, faults) as
    | SetManifest
    | undefined;
  const problems: SetProblem[] = [];
  for (const name of source.dirs().sort()) {
    const dir = join(root, name);
    const files = ["problem.json", "solution.py", "tests.json"].map((f) => `${name}/${f}`);
    const missing = files.filter((f) => source.read(f) === null);
    if (missing.length > 0) {
      faults.push(
        ...missing.map(
          (f) =>
            `${join(root, f)}: missing (each problem folder holds problem.json, solution.py, tests.json)`,
        ),
      );
      continue;
    }
    const [specFile, solutionFile, testsFile] = files as [string, string, string];
    const [specPath, solutionPath, testsPath] = files.map((f) => join(root, f)) as [string, string, string];
    const specText = read(specFile);
    const solution = read(solutionFile);
    const testsText = read(testsFile);
    const spec = parseJson(specText, specPath, specSchema, faults) as ProblemSpec | undefined;
    const tests = parseJson(testsText, testsPath, z.array(caseSchema).min(1), faults) as
      | TestCase[]
      | undefined;
    faults.push(...integralFloatLiterals(specText, specPath), ...integralFloatLiterals(testsText, testsPath));
    if (!spec || !tests) continue;
    if (spec.id !== name)
      faults.push(`${specPath}: field "id": "${spec.id}" must equal the folder name "${name}"`);
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

/** solution.py: the imports lines, then the signature line, then the indented body, nothing else. */
function checkSolutionShape(solution: string, spec: ProblemSpec, path: string): string[] {
  const lines = solution.split("\n").filter((line) => line.trim() !== "");
  const imports = spec.imports ?? [];
  const faults: string[] = [];
  if (imports.some((line, i) => lines[i] !== line))
    faults.push(`${path}: must start with the "imports" lines of problem.json, in order`);
  if (lines[imports.length] !== spec.signature) {
    faults.push(`${path}: line after the imports must be the signature exactly: ${spec.signature}`);
  }
  const stray = lines.slice(imports.length + 1).find((line) => !/^\s/.test(line));
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
