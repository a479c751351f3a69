// Reading a samples file back before generating more: which (task, completion_id) pairs are done,
// how many samples per problem the file holds, and a clear refusal when it holds samples of another
// configuration.
import { existsSync } from "node:fs";
import { PasskError } from "../errors.js";
import { isJsonObject, readJsonl } from "../io/jsonl.js";
import type { PromptProblem } from "../providers/types.js";

/** Done ids per task (every problem has an entry), how many samples that is, and the file's n. */
export interface ExistingSamples {
  done: Map<string, Set<number>>;
  count: number;
  /** Samples per problem the file was written for: the highest completion_id + 1 (0 when empty). */
  n: number;
}

/**
 * Any completion_id is accepted: samples are exchangeable, so a file with more of them than a run
 * asks for answers it from its first n (the caller decides which ids it needs).
 *
 * @throws PasskError BAD_INPUT, in one line that counts the offending lines and names the first,
 *   when a sample has another configuration's cache key, an unknown task, a completion_id that is
 *   not a whole number ≥ 0, or repeats a completion_id.
 */
export async function readExistingSamples(
  path: string,
  problems: readonly PromptProblem[],
  keyOf: (problem: PromptProblem) => string,
): Promise<ExistingSamples> {
  const done = new Map<string, Set<number>>();
  const keys = new Map<string, string>();
  for (const problem of problems) {
    done.set(problem.task_id, new Set());
    keys.set(problem.task_id, keyOf(problem));
  }
  if (!existsSync(path)) return { done, count: 0, n: 0 };
  const faults: string[] = [];
  let count = 0;
  let n = 0;
  for (const line of await readJsonl(path, { allowTornLastLine: true, allowEmpty: true })) {
    const where = `line ${line.line}`;
    if ("error" in line) {
      faults.push(`${where}: ${line.error}`);
      continue;
    }
    const value = line.value;
    if (!isJsonObject(value) || typeof value.task_id !== "string") {
      faults.push(`${where}: not a sample ({"task_id", "completion_id", …})`);
      continue;
    }
    const ids = done.get(value.task_id);
    const id = value.completion_id;
    if (!ids) faults.push(`${where}: task_id ${JSON.stringify(value.task_id)} is not in this run's problems`);
    else if (typeof id !== "number" || !Number.isSafeInteger(id) || id < 0) {
      faults.push(`${where}: completion_id ${JSON.stringify(id)} is not a whole number ≥ 0`);
    } else if (value.cache_key !== keys.get(value.task_id)) {
      faults.push(`${where}: made with another model, parameters or prompt than this run's`);
    } else if (ids.has(id)) faults.push(`${where}: completion_id ${id} of ${value.task_id} appears twice`);
    else {
      ids.add(id);
      count++;
      n = Math.max(n, id + 1);
    }
  }
  if (faults.length > 0) {
    throw new PasskError(
      "BAD_INPUT",
      `${path} holds samples that do not belong to this run (${faults.length} ${faults.length === 1 ? "line" : "lines"}; first, ${faults[0]}); use another output folder, or the configuration that made them`,
    );
  }
  return { done, count, n };
}
