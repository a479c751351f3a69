// Reading a samples file back before generating more: which (task, completion_id) pairs are done,
// and a clear refusal when the file holds samples of another configuration.
import { existsSync } from "node:fs";
import { PasskError } from "../errors.js";
import { isJsonObject, readJsonl } from "../io/jsonl.js";
import type { PromptProblem } from "../providers/types.js";

/** Done ids per task (every problem has an entry), and how many samples that is. */
export interface ExistingSamples {
  done: Map<string, Set<number>>;
  count: number;
}

/**
 * @throws PasskError BAD_INPUT listing the offending lines when a sample has another configuration's
 *   cache key, an unknown task, a completion_id outside 0 … n−1, or repeats a completion_id.
 */
export async function readExistingSamples(
  path: string,
  problems: readonly PromptProblem[],
  n: number,
  keyOf: (problem: PromptProblem) => string,
): Promise<ExistingSamples> {
  const done = new Map<string, Set<number>>();
  const keys = new Map<string, string>();
  for (const problem of problems) {
    done.set(problem.task_id, new Set());
    keys.set(problem.task_id, keyOf(problem));
  }
  if (!existsSync(path)) return { done, count: 0 };
  const faults: string[] = [];
  let count = 0;
  for (const line of await readJsonl(path, { allowTornLastLine: true, allowEmpty: true })) {
    const where = `${path}:${line.line}`;
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
    else if (typeof id !== "number" || !Number.isInteger(id) || id < 0 || id >= n) {
      faults.push(
        `${where}: completion_id ${JSON.stringify(id)} is outside 0 … ${n - 1} (this run asks for n = ${n})`,
      );
    } else if (value.cache_key !== keys.get(value.task_id)) {
      faults.push(`${where}: made with another model, parameters or prompt than this run's`);
    } else if (ids.has(id)) faults.push(`${where}: completion_id ${id} of ${value.task_id} appears twice`);
    else {
      ids.add(id);
      count++;
    }
  }
  if (faults.length > 0) {
    throw new PasskError(
      "BAD_INPUT",
      `${path} holds samples that do not belong to this run (${faults.length} lines); use another output folder, or the configuration that made them`,
      faults,
    );
  }
  return { done, count };
}
