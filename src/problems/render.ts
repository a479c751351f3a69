// Renders a passk set problem into HumanEval's shape: prompt (imports + typed signature + docstring
// with examples), canonical_solution (the body), test (`def check(candidate)` with asserts).
import type { SetProblem, TestCase } from "./set-types.js";
import type { Problem } from "./types.js";
import { toPython, type Value } from "./values.js";

/** The call `entry(args…)` as Python source. */
export function renderCall(entryPoint: string, args: readonly Value[]): string {
  return `${entryPoint}(${args.map(toPython).join(", ")})`;
}

/** imports, helpers, signature and docstring, ending with a newline, as a model would be prompted. */
export function renderPrompt(problem: SetProblem): string {
  const { spec } = problem;
  const imports = spec.imports?.length ? `${spec.imports.join("\n")}\n\n\n` : "";
  const helpers = spec.helpers ? `${spec.helpers.trimEnd()}\n\n\n` : "";
  const description = spec.description
    .replaceAll("\\", "\\\\")
    .split("\n")
    .map((line, i) => (i === 0 || line === "" ? line : `    ${line}`))
    .join("\n");
  // Backslashes doubled: the docstring must show the literal ('a\\nb'), not a line break.
  const examples = spec.examples
    .map(
      (example) => `    >>> ${renderCall(spec.entry_point, example.args)}\n    ${toPython(example.expected)}`,
    )
    .join("\n")
    .replaceAll("\\", "\\\\");
  // A triple quote inside would end the docstring: written as ""\" it reads back as three quotes.
  const text = examples ? `${description}\n\n${examples}` : description;
  const docstring = text.replaceAll('"""', '""\\"');
  // A harvested function without a docstring (--allow-undocumented) is prompted by its signature.
  const body = docstring ? `    """${docstring}\n    """\n` : "";
  return `${imports}${helpers}${spec.signature}\n${body}`;
}

/** The body of solution.py after the signature line: what follows the prompt. */
export function renderCanonicalBody(problem: SetProblem): string {
  const lines = problem.solution.split("\n");
  const start = lines.indexOf(problem.spec.signature);
  return `${lines
    .slice(start + 1)
    .join("\n")
    .replace(/\s+$/, "")}\n`;
}

/**
 * True when some expected value holds a number or a bool: Python's `==` would then let 1 stand for
 * True (and 0 for False), which passk's own comparison does not, so the check uses `_same`.
 */
function holdsNumberOrBool(value: Value): boolean {
  if (typeof value === "number" || typeof value === "boolean") return true;
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some(holdsNumberOrBool);
  if ("$int" in value || "$float" in value) return true;
  return Object.values(value).some(holdsNumberOrBool);
}

/**
 * `def check(candidate):` with one assert per case, for HumanEval-format tools. It judges as passk's
 * data mode does (values.ts `valuesEqual`): plain `==`, except that a bool only equals a bool, NaN
 * equals NaN, floats may have a tolerance, and an unordered checker compares multisets.
 */
export function renderCheck(problem: SetProblem, cases: readonly TestCase[] = problem.tests): string {
  const { checker, tolerance } = problem.spec;
  const needsHelper =
    checker === "unordered" || tolerance !== undefined || cases.some((c) => holdsNumberOrBool(c.expected));
  const lines = ["def check(candidate):"];
  if (needsHelper) lines.push(...SAME_HELPER(checker === "unordered", tolerance));
  for (const testCase of cases) {
    const call = renderCall("candidate", testCase.args);
    const expected = toPython(testCase.expected);
    lines.push(needsHelper ? `    assert _same(${call}, ${expected})` : `    assert ${call} == ${expected}`);
  }
  return `${lines.join("\n")}\n`;
}

function SAME_HELPER(unordered: boolean, tolerance: number | undefined): string[] {
  const tol = tolerance === undefined ? "None" : String(tolerance);
  return [
    "    import math",
    "    def _eq(a, b):",
    "        if isinstance(a, bool) or isinstance(b, bool):",
    "            return type(a) is type(b) and a == b",
    "        if isinstance(a, float) or isinstance(b, float):",
    "            if a == b:",
    "                return True",
    "            if isinstance(b, float) and math.isnan(b):",
    "                return isinstance(a, float) and math.isnan(a)",
    `            if ${tol} is not None and isinstance(a, (int, float)) and isinstance(b, (int, float)):`,
    `                return abs(a - b) <= ${tol} * max(1.0, abs(b))`,
    "        if isinstance(a, (list, tuple)) and type(a) is type(b):",
    "            return len(a) == len(b) and all(_eq(x, y) for x, y in zip(a, b))",
    "        if isinstance(a, dict) and isinstance(b, dict):",
    "            return len(a) == len(b) and all(any(_eq(k, j) for j in b) and _eq(a[k], b[k]) for k in a)",
    "        if isinstance(a, (set, frozenset)) and isinstance(b, (set, frozenset)):",
    "            return len(a) == len(b) and all(any(_eq(x, y) for y in b) for x in a)",
    "        return a == b",
    "    def _same(actual, expected):",
    unordered
      ? "        if not isinstance(actual, list) or len(actual) != len(expected):\n            return False\n        rest = list(actual)\n        for item in expected:\n            match = next((i for i, x in enumerate(rest) if _eq(x, item)), None)\n            if match is None:\n                return False\n            del rest[match]\n        return True"
      : "        return _eq(actual, expected)",
  ];
}

/** The problem in HumanEval's format (task_id, prompt, entry_point, canonical_solution, test). */
export function toHumanEval(problem: SetProblem): Problem {
  return {
    task_id: problem.taskId,
    prompt: renderPrompt(problem),
    entry_point: problem.spec.entry_point,
    canonical_solution: renderCanonicalBody(problem),
    test: renderCheck(problem),
  };
}
