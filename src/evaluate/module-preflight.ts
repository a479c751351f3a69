// Before any sandbox starts: a problem whose code (its prompt and test, and for EvalPlus problems the
// canonical solution that makes the expected outputs) imports a module the sandbox's Python lacks
// would fail every one of its samples, and be reported as the model's failure. That is refused here,
// in one line naming the modules and the problems, with what to do. The sandbox runs Python without
// site-packages, so what it can import is asked of that interpreter (sandbox/imports.ts), not listed.
import { PasskError } from "../errors.js";
import type { Problem } from "../problems/types.js";
import { importable, importsOf } from "../sandbox/imports.js";
import { resolvePython } from "../sandbox/python.js";

/**
 * Throws when the code of some problem imports a module the sandbox's Python cannot import.
 *
 * @param python the sandbox's Python command (default: $PASSK_PYTHON or python3)
 * @throws PasskError MISSING_MODULE naming each module with its problems, and what to do
 */
export async function checkProblemModules(
  problemsPath: string,
  problems: readonly Problem[],
  python?: string,
): Promise<void> {
  // Cheap first pass: the names on import lines. Most sets import only what every Python has, and
  // then nothing needs parsing.
  const units = problems.map(codeOf);
  const candidates = units.map((parts) => parts.flatMap(importLineNames));
  const all = new Set(candidates.flat());
  if (all.size === 0) return;
  const info = await resolvePython(python);
  const can = await importable(info, all);
  const suspects = candidates.flatMap((names, i) =>
    names.some((name) => can.get(name) === false) ? [i] : [],
  );
  if (suspects.length === 0) return;
  // Parsed for sure (Python's ast): an import in a docstring, or in a try that expects an ImportError, is not a need.
  const parts = suspects.flatMap((i) => (units[i] as string[]).map((source) => ({ i, source })));
  const parsed = await importsOf(
    info,
    parts.map((part) => part.source),
  );
  const imported = new Map<number, Set<string>>();
  parts.forEach(({ i }, j) => {
    const names = imported.get(i) ?? new Set<string>();
    for (const name of parsed[j] ?? []) names.add(name);
    imported.set(i, names);
  });
  const missing = new Map<string, string[]>();
  suspects.forEach((i) => {
    for (const name of imported.get(i) ?? []) {
      if (can.get(name) !== false) continue;
      const taskIds = missing.get(name) ?? [];
      taskIds.push((problems[i] as Problem).task_id);
      missing.set(name, taskIds);
    }
  });
  if (missing.size === 0) return;
  const needs = [...missing].map(
    ([name, taskIds]) =>
      `${name} (${taskIds.length === 1 ? "problem" : `${taskIds.length} problems`} ${groupTaskIds(taskIds)})`,
  );
  const taskIds = [...missing.values()].flat();
  throw new PasskError(
    "MISSING_MODULE",
    `${problemsPath}: the problems' code imports ${needs.join(", ")}, which the sandbox's Python (${info.executable} ${info.version}, run without site-packages) cannot import, so every sample of these problems would fail; ${advice(taskIds)}`,
  );
}

/**
 * Starts asking the sandbox's Python about every module that the code of `problems` names on an
 * import line, without waiting: evaluate() calls it as soon as the problems are read, so that the
 * question is answered while the samples load, and checkProblemModules() finds the answers (or waits
 * for this question rather than asking again). A failure here is left for checkProblemModules to report.
 */
export function prefetchProblemModules(problems: readonly Problem[], python?: string): void {
  const all = new Set(problems.flatMap((problem) => codeOf(problem).flatMap(importLineNames)));
  if (all.size === 0) return;
  resolvePython(python)
    .then((info) => importable(info, all))
    .catch(() => {});
}

/**
 * What runs besides the sample, in parts that parse alone: the prompt (with the canonical solution
 * when that makes the expected outputs), and the test unless the tests are data.
 */
function codeOf(problem: Problem): string[] {
  const module = "plus_input" in problem ? problem.prompt + problem.canonical_solution : problem.prompt;
  return problem.data ? [module] : [module, problem.test];
}

/** Top-level module names on lines that look like imports (a superset: strings and guarded imports included). */
export function importLineNames(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(
    /^[ \t]*(?:from[ \t]+([A-Za-z_]\w*)[\w.]*[ \t]+import\b|import[ \t]+([^\n#;]+))/gm,
  )) {
    if (match[1]) names.add(match[1]);
    for (const part of match[2]?.split(",") ?? []) {
      const name = /^\s*([A-Za-z_]\w*)/.exec(part)?.[1];
      if (name) names.add(name);
    }
  }
  return [...names];
}

/** "HumanEval/0–3, HumanEval/7" style: runs of consecutive numbers under one prefix shown as ranges. */
export function groupTaskIds(taskIds: readonly string[]): string {
  const groups = new Map<string, number[]>();
  const others: string[] = [];
  for (const id of taskIds) {
    const match = /^(.*?)(\d+)$/.exec(id);
    if (!match || match[2] !== String(Number(match[2]))) {
      others.push(id);
      continue;
    }
    const [, prefix = "", digits = ""] = match;
    const list = groups.get(prefix) ?? [];
    list.push(Number(digits));
    groups.set(prefix, list);
  }
  const parts: string[] = [];
  for (const [prefix, numbers] of groups) {
    const sorted = [...new Set(numbers)].sort((a, b) => a - b);
    const ranges: string[] = [];
    for (let i = 0; i < sorted.length; ) {
      let j = i;
      while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++;
      ranges.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
      i = j + 1;
    }
    parts.push(`${prefix}${ranges.join(`, ${prefix}`)}`);
  }
  return [...parts, ...others].join(", ");
}

/** What to do: EvalPlus's data has a release file that needs no module (its extra inputs are data). */
function advice(taskIds: readonly string[]): string {
  const release = taskIds.every((id) => id.startsWith("HumanEval/"))
    ? "HumanEvalPlus.jsonl.gz"
    : taskIds.every((id) => id.startsWith("Mbpp/"))
      ? "MbppPlus.jsonl.gz"
      : undefined;
  return release
    ? `use EvalPlus's release file ${release} instead (it needs no such module: its extra inputs are data, in plus_input)`
    : "the sandbox has Python's standard library only: use problems whose code needs nothing else, or leave these problems out of the file";
}
