// MultiPL-E's problem files (for example humaneval-js.jsonl, humaneval-ts.jsonl): one problem per line
// with `name`, `language`, `prompt`, `tests` and `stop_tokens` (and `doctests`, `original`, …, kept as
// they are). The program MultiPL-E runs is `prompt + completion + "\n" + tests`; the tests call the
// function through `let candidate = <name>;`, which is where passk finds the function under test.
import { createHash } from "node:crypto";
import * as z from "zod";
import { PasskError } from "../errors.js";
import { isJsonObject, type JsonlLine, jsonTypeOf, readJsonl, stringField } from "../io/jsonl.js";
import type { Language, Problem, ProblemSet } from "./types.js";

/** MultiPL-E's language names passk runs, and what they stand for. */
const LANGUAGES: Record<string, Language> = { js: "js", javascript: "js", ts: "ts", typescript: "ts" };

const lineSchema = z.looseObject({
  name: stringField("name").min(1, { error: 'field "name": must not be empty' }),
  language: stringField("language"),
  prompt: stringField("prompt"),
  tests: stringField("tests"),
  stop_tokens: z.array(z.string(), { error: 'field "stop_tokens": expected a list of strings' }),
});

/** True when a parsed line has MultiPL-E's shape rather than HumanEval's (no entry_point, `tests`). */
export function looksLikeMultiplE(value: unknown): boolean {
  return (
    isJsonObject(value) &&
    typeof value.name === "string" &&
    typeof value.tests === "string" &&
    typeof value.language === "string" &&
    !("entry_point" in value)
  );
}

/** The function the tests call: MultiPL-E's tests say `let candidate = <name>;`. */
export function candidateName(tests: string): string | null {
  return /\blet candidate\s*=\s*([A-Za-z_$][\w$]*)\s*;/.exec(tests)?.[1] ?? null;
}

/**
 * Loads a MultiPL-E problem file, or returns null when the file is not one (its first JSON line does
 * not have MultiPL-E's shape), so that the caller reads it as HumanEval/EvalPlus.
 *
 * @throws PasskError BAD_INPUT for a MultiPL-E file with faulty lines (all listed), a language passk
 *   does not run, or several languages or stop-token lists in one file
 */
export async function loadMultiplEProblems(path: string): Promise<ProblemSet | null> {
  const hash = createHash("sha256");
  const lines = await readJsonl(path, { onBytes: (chunk) => hash.update(chunk) });
  const first = lines.find((entry): entry is JsonlLine & { value: unknown } => "value" in entry);
  if (!first || !looksLikeMultiplE(first.value)) return null;

  const problems = new Map<string, Problem>();
  const details: string[] = [];
  const languages = new Set<Language>();
  let stop: string[] | undefined;
  for (const entry of lines) {
    const where = `${path}:${entry.line}`;
    if ("error" in entry) {
      details.push(`${where}: ${entry.error}`);
      continue;
    }
    if (!isJsonObject(entry.value)) {
      details.push(`${where}: expected a JSON object (one problem per line), got ${jsonTypeOf(entry.value)}`);
      continue;
    }
    const parsed = lineSchema.safeParse(entry.value);
    if (!parsed.success) {
      details.push(...parsed.error.issues.map((issue) => `${where}: ${issue.message}`));
      continue;
    }
    const line = parsed.data;
    const language = LANGUAGES[line.language.toLowerCase()];
    if (!language) {
      details.push(
        `${where}: language ${JSON.stringify(line.language)}: passk runs MultiPL-E's JavaScript and TypeScript problems (js, ts)`,
      );
      continue;
    }
    languages.add(language);
    const entryPoint = candidateName(line.tests);
    if (!entryPoint) {
      details.push(
        `${where}: field "tests": no \`let candidate = <function>;\`, so the function under test is unknown`,
      );
      continue;
    }
    if (problems.has(line.name)) {
      details.push(`${where}: duplicate name ${JSON.stringify(line.name)}`);
      continue;
    }
    if (stop === undefined) stop = line.stop_tokens;
    else if (JSON.stringify(stop) !== JSON.stringify(line.stop_tokens)) {
      details.push(
        `${where}: stop_tokens ${JSON.stringify(line.stop_tokens)} differ from the first problem's ${JSON.stringify(stop)} (MultiPL-E samples a file with one list)`,
      );
      continue;
    }
    problems.set(line.name, {
      ...line,
      task_id: line.name,
      entry_point: entryPoint,
      canonical_solution: "",
      test: line.tests,
      language,
    });
  }
  if (languages.size > 1) {
    details.push(`${path}: problems in ${[...languages].join(" and ")}: one language per file`);
  }
  if (details.length > 0) {
    throw new PasskError(
      "BAD_INPUT",
      `${path}: ${details.length} ${details.length === 1 ? "error" : "errors"} in the MultiPL-E problem file; fix the lines listed below`,
      details,
    );
  }
  const set: ProblemSet = { path, problems, sha256: hash.digest("hex") };
  const language = [...languages][0];
  if (language) set.language = language;
  if (stop) set.stop = stop;
  return set;
}
