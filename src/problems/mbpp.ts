// MBPP's own problem files (Austin et al. 2021: mbpp.jsonl with `text`, `code`, `test_list`,
// `test_setup_code`, `challenge_test_list`; and the sanitized set with `prompt` and `test_imports`) read
// as HumanEval-shaped problems. The prompt is rendered as EvalPlus renders MBPP's (a docstring holding
// the task's text and its first assertion), the test is the setup code and the assertions inside
// `check`, and the entry point is the function of `code` that the first assertion calls.
// See docs/evalplus.md, "MBPP prompts".
import { isJsonObject, type JsonlLine } from "../io/jsonl.js";

/** A line is MBPP's when it has MBPP's fields and none of HumanEval's that would say otherwise. */
export function isMbppLine(value: Record<string, unknown>): boolean {
  return "test_list" in value && "code" in value && !("entry_point" in value) && !("test" in value);
}

/**
 * EvalPlus's MBPP prompt: `"""\n<text>\n<first assertion>\n"""\n`. The text and the assertion are
 * put in as they are, as EvalPlus does (a backslash in them reads as an escape in the docstring).
 */
export function renderMbppPrompt(text: string, example: string): string {
  return `"""\n${text}\n${example}\n"""\n`;
}

/**
 * EvalPlus's stop sequences for MBPP prompts in completion mode (its general ones, and those it adds for
 * MBPP): the model writes whole functions after the docstring, so the Codex paper's ("\ndef", "\n#",
 * "\nif", …) would cut a sample at its second function, a comment, or a blank line before `def`.
 */
export const MBPP_STOP: readonly string[] = ["\nif __name__", "\ndef main(", "\nprint(", '\n"""', "\nassert"];

/** True when every prompt is a docstring alone (MBPP's and MBPP+'s prompts): the model writes the function. */
export function docstringPrompts(prompts: Iterable<string>): boolean {
  let any = false;
  for (const prompt of prompts) {
    if (!/^"""\n[\s\S]*\n"""\n?$/.test(prompt) || /^def /m.test(prompt)) return false;
    any = true;
  }
  return any;
}

/** The problem made of one MBPP line, or every reason it cannot be one. */
export function mbppProblem(
  value: Record<string, unknown>,
): { problem: Record<string, unknown> } | { faults: string[] } {
  const faults: string[] = [];
  const taskId = mbppTaskId(value.task_id, faults);
  const description = value.text ?? value.prompt;
  const descriptionField = "text" in value ? "text" : "prompt";
  if (typeof description !== "string")
    faults.push(`field "${descriptionField}": expected a string (the task)`);
  const code = value.code;
  if (typeof code !== "string") faults.push('field "code": expected a string (the reference solution)');
  const tests = stringList(value, "test_list", faults);
  if (tests?.length === 0) faults.push('field "test_list": must hold at least one assertion');
  const setup = setupCode(value, faults);
  if ("challenge_test_list" in value) stringList(value, "challenge_test_list", faults);
  const first = tests?.[0];
  if (faults.length > 0 || typeof code !== "string" || typeof description !== "string" || !tests || !first) {
    return { faults };
  }
  const entryPoint = entryPointOf(code, first);
  if (entryPoint === undefined) {
    return {
      faults: [
        `cannot tell the entry point: the first assertion of "test_list" calls no function (${JSON.stringify(first.slice(0, 80))})`,
      ],
    };
  }
  const { prompt: _sanitizedText, ...rest } = value;
  return {
    problem: {
      ...rest,
      task_id: taskId,
      text: description,
      prompt: renderMbppPrompt(description, first),
      entry_point: entryPoint,
      canonical_solution: code.replaceAll("\r\n", "\n"),
      test: renderMbppTest(setup, tests),
    },
  };
}

/** MBPP numbers its tasks; EvalPlus names them `Mbpp/<n>`, and so does passk (samples of both then match). */
function mbppTaskId(value: unknown, faults: string[]): string {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return `Mbpp/${value}`;
  if (typeof value === "string" && value !== "") return value;
  faults.push('field "task_id": expected a task number or a non-empty string');
  return "";
}

function stringList(value: Record<string, unknown>, field: string, faults: string[]): string[] | undefined {
  const list = value[field];
  if (Array.isArray(list) && list.every((item) => typeof item === "string")) return list as string[];
  faults.push(`field "${field}": expected a list of strings`);
  return undefined;
}

/** `test_setup_code` (MBPP) or `test_imports` (sanitized MBPP): what runs before the assertions. */
function setupCode(value: Record<string, unknown>, faults: string[]): string {
  if ("test_setup_code" in value && value.test_setup_code !== null) {
    if (typeof value.test_setup_code === "string") return value.test_setup_code.replaceAll("\r\n", "\n");
    faults.push('field "test_setup_code": expected a string');
    return "";
  }
  if ("test_imports" in value && value.test_imports !== null) {
    return stringList(value, "test_imports", faults)?.join("\n") ?? "";
  }
  return "";
}

/**
 * `check(candidate)` holding the assertions. They call the function by its own name, which the
 * sandbox's test side binds to the sample's function, as the reference program (sample, then test)
 * does; the setup code runs first, at the test's top level.
 */
export function renderMbppTest(setup: string, assertions: readonly string[]): string {
  const body = assertions
    .flatMap((assertion) => assertion.replaceAll("\r\n", "\n").split("\n"))
    .map((line) => (line.trim() === "" ? "" : `    ${line}`));
  const head = setup.trim() === "" ? "" : `${setup.replace(/\s+$/, "")}\n\n\n`;
  return `${head}def check(candidate):\n${body.join("\n")}\n`;
}

// Calls that wrap the function under test in assertions (`assert set(f(x)) == …`), never its name.
const WRAPPERS = new Set([
  "abs",
  "all",
  "any",
  "bool",
  "dict",
  "float",
  "frozenset",
  "int",
  "isinstance",
  "len",
  "list",
  "max",
  "min",
  "repr",
  "round",
  "set",
  "sorted",
  "str",
  "sum",
  "tuple",
  "type",
]);

/**
 * The function the first assertion calls: of the functions `code` defines at its top level, the one
 * called first in the assertion (EvalPlus takes the defined function whose name the assertion holds);
 * else the first function called that is not a built-in wrapper.
 */
export function entryPointOf(code: string, assertion: string): string | undefined {
  const defined = [...code.matchAll(/^(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)[ \t]*\(/gm)].map(
    (match) => match[1] as string,
  );
  let best: { name: string; at: number } | undefined;
  for (const name of defined) {
    const at = assertion.search(new RegExp(`(?<![\\w.])${name}\\s*\\(`));
    if (at >= 0 && (best === undefined || at < best.at)) best = { name, at };
  }
  if (best) return best.name;
  for (const match of assertion.matchAll(/(?<![\w.])([A-Za-z_]\w*)\s*\(/g)) {
    const name = match[1] as string;
    if (name !== "assert" && !WRAPPERS.has(name)) return name;
  }
  return undefined;
}

/**
 * A line of a problem file with an MBPP line made into its problem (or into an error line naming every
 * fault); any other line as it is.
 */
export function fromMbppLine(entry: JsonlLine): JsonlLine {
  if (!("value" in entry) || !isJsonObject(entry.value) || !isMbppLine(entry.value)) return entry;
  const made = mbppProblem(entry.value);
  return "problem" in made
    ? { line: entry.line, value: made.problem }
    : { line: entry.line, error: `MBPP line: ${made.faults.join("; ")}` };
}
