// Loads a passk problem set (set.json + one folder per problem), from a folder or from a generated
// family's files in memory, and validates every file, reporting every fault with its file and field at once.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type * as z from "zod";
import { PasskError } from "../errors.js";
import { ownPath } from "../paths.js";
import { FAMILY_HINT, generatedSource } from "./families/index.js";
import { caseSchema, isIsoDate, manifestSchema, specSchema } from "./set-schema.js";
import { folderSource, type SetSource } from "./set-source.js";
import type { PasskSet, ProblemSpec, SetManifest, SetProblem, TestCase } from "./set-types.js";
import { readSolutionFiles } from "./solution-files.js";
import { canonicalJson, validateValue } from "./values.js";

/** Where passk's own sets live (datasets/ in the package). */
export const DATASETS_DIR = ownPath("../datasets/");

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

/** Options of {@link loadPasskSet}. */
export interface LoadSetOptions {
  /** Keep only the problems added on or after this ISO date (YYYY-MM-DD). */
  since?: string;
}

/**
 * Loads and validates a set by name (`passk-core`), path, or generated family spec (`compose:seed=3`),
 * optionally only the problems added on or after `since` (the hash then covers those problems and the date).
 * @throws PasskError FILE_NOT_FOUND if there is no such set; BAD_INPUT listing every fault;
 *   BAD_OPTION for a `since` that is not a date or that leaves no problem, or a family spec with a bad parameter.
 */
export function loadPasskSet(nameOrPath: string, options: LoadSetOptions = {}): PasskSet {
  const { since } = options;
  if (since !== undefined && !isIsoDate(since)) {
    throw new PasskError(
      "BAD_OPTION",
      `--since ${since}: not a date; write it as YYYY-MM-DD, e.g. 2025-01-31`,
    );
  }
  const root = resolveSetPath(nameOrPath);
  if (root) return loadSetFrom(folderSource(root), options);
  const generated = generatedSource(nameOrPath);
  if (generated) return { ...loadSetFrom(generated, options), generated: generated.root };
  throw new PasskError(
    "FILE_NOT_FOUND",
    `${nameOrPath}: no problem set there (a set is a folder with set.json; passk's own sets: ${ownSets().join(", ") || "none"}; generated families: ${FAMILY_HINT})`,
  );
}

/** Validates the set `source` holds, reporting every fault with its file and field at once. */
export function loadSetFrom(source: SetSource, options: LoadSetOptions = {}): PasskSet {
  const { since } = options;
  const { root } = source;
  const faults: string[] = [];
  // What the hash covers, by problem folder: the files that decide verdicts (not wrong/ and alt/).
  const hashed = new Map<string, string[]>();
  const read = (path: string, folder = ""): string => {
    const text = source.read(path) ?? "";
    hashed.set(folder, [...(hashed.get(folder) ?? []), `${path}\0${text}\0`]);
    return text;
  };
  const manifestPath = join(root, "set.json");
  const manifest = parseJson(read("set.json"), manifestPath, manifestSchema, faults) as
    | SetManifest
    | undefined;
  const problems: SetProblem[] = [];
  const folders = new Map<SetProblem, string>();
  for (const name of source.dirs().sort()) {
    const problem = loadProblem(source, name, manifest?.name ?? "set", faults, (path) => read(path, name));
    if (problem) {
      problems.push(problem);
      folders.set(problem, name);
    }
  }
  if (problems.length === 0 && faults.length === 0) faults.push(`${root}: the set has no problem folders`);
  if (faults.length > 0 || !manifest) {
    throw new PasskError(
      "BAD_INPUT",
      `${root}: ${faults.length} faults in the problem set; fix them:`,
      faults,
    );
  }
  const selected = problems.filter((p) => since === undefined || p.spec.added >= since);
  if (selected.length === 0) {
    const newest = problems
      .map((p) => p.spec.added)
      .sort()
      .pop();
    throw new PasskError(
      "BAD_OPTION",
      `--since ${since}: no problem of ${manifest.name} was added on or after that date (the newest was added on ${newest}); give an earlier date`,
    );
  }
  const hash = createHash("sha256");
  for (const chunk of hashed.get("") ?? []) hash.update(chunk);
  for (const problem of selected) {
    for (const chunk of hashed.get(folders.get(problem) ?? "") ?? []) hash.update(chunk);
  }
  if (since !== undefined) hash.update(`since\0${since}\0`);
  const excluded = problems.filter((p) => !selected.includes(p)).map((p) => p.taskId);
  return {
    root,
    manifest,
    problems: selected,
    sha256: hash.digest("hex"),
    ...(since === undefined ? {} : { since }),
    excluded,
  };
}

/** One problem folder, or undefined (with its faults pushed) when its files cannot be used. */
function loadProblem(
  source: SetSource,
  name: string,
  setName: string,
  faults: string[],
  read: (path: string) => string,
): SetProblem | undefined {
  const dir = join(source.root, name);
  const files = ["problem.json", "solution.py", "tests.json"].map((f) => `${name}/${f}`);
  const missing = files.filter((f) => source.read(f) === null);
  if (missing.length > 0) {
    faults.push(
      ...missing.map(
        (f) =>
          `${join(source.root, f)}: missing (each problem folder holds problem.json, solution.py, tests.json)`,
      ),
    );
    return undefined;
  }
  const [specFile, solutionFile, testsFile] = files as [string, string, string];
  const [specPath, solutionPath, testsPath] = files.map((f) => join(source.root, f)) as [
    string,
    string,
    string,
  ];
  const specText = read(specFile);
  const solution = read(solutionFile);
  const testsText = read(testsFile);
  const spec = parseJson(specText, specPath, specSchema, faults) as ProblemSpec | undefined;
  const tests = parseJson(testsText, testsPath, caseSchema.array().min(1), faults) as TestCase[] | undefined;
  faults.push(...integralFloatLiterals(specText, specPath), ...integralFloatLiterals(testsText, testsPath));
  if (!spec || !tests) return undefined;
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
  const valueFaults = [
    ...checkValues(spec.examples, `${specPath}: examples`),
    ...checkValues(tests, testsPath),
  ];
  faults.push(...valueFaults);
  if (valueFaults.length === 0) faults.push(...duplicateCases(tests, testsPath));
  faults.push(...checkSolutionShape(solution, spec, solutionPath));
  const wrong = readSolutionFiles(source, name, "wrong", spec.entry_point);
  const alt = readSolutionFiles(source, name, "alt", spec.entry_point);
  faults.push(...wrong.faults, ...alt.faults);
  const solutionTs = source.read(`${name}/solution.ts`);
  return {
    taskId: `${setName}/${spec.id}`,
    dir,
    spec,
    solution,
    ...(solutionTs === null ? {} : { solutionTs }),
    tests,
    wrong: wrong.files,
    alt: alt.files,
  };
}

/** Cases that call with the same arguments as an earlier case: a repeat adds nothing, a clash is a bug. */
function duplicateCases(tests: readonly TestCase[], path: string): string[] {
  const seen = new Map<string, number>();
  const faults: string[] = [];
  tests.forEach((testCase, i) => {
    const key = canonicalJson(testCase.args);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      return;
    }
    const same = canonicalJson(testCase.expected) === canonicalJson((tests[first] as TestCase).expected);
    faults.push(
      same
        ? `${path}: case ${i} repeats case ${first} (same arguments); remove it, a repeat does not count as a test`
        : `${path}: case ${i} has the arguments of case ${first} but expects another result; one of them is wrong`,
    );
  });
  return faults;
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
