// EvalPlus's eval_results.json, read: the one reader of its shape, for the samples it holds (evaluate)
// and for its verdicts (report and compare read it as a run). Today's shape is
// `{date, hash, eval: {task_id: [{task_id, solution, base_status, plus_status, base_fail_tests,
// plus_fail_tests}, …]}, pass_at_k}`; EvalPlus before 0.2 wrote `eval: {task_id: {nfiles, base: [[status,
// details], …], plus: […]}}`, with verdicts but no solutions. See docs/evalplus.md, "Results files".
import { PasskError } from "../errors.js";
import { isJsonObject, jsonTypeOf } from "../io/jsonl.js";

/** EvalPlus's verdict words (older versions wrote "success", "failed", "timed out"). */
export type EvalPlusStatus = "pass" | "fail" | "timeout";

/** One sample of an EvalPlus results file, in file order. */
export interface EvalPlusEntry {
  taskId: string;
  /** Its position among its task's records (EvalPlus sorts them by completion id). */
  index: number;
  /** The record as written (today's shape), or undefined for an older file, which has none. */
  record?: Record<string, unknown>;
  /** The verdict on the base inputs. */
  base: EvalPlusStatus;
  /** The verdict on the extra inputs alone; null when EvalPlus ran the base inputs only (--base-only). */
  plus: EvalPlusStatus | null;
}

const WORDS: Record<string, EvalPlusStatus> = {
  pass: "pass",
  fail: "fail",
  timeout: "timeout",
  success: "pass",
  failed: "fail",
  "timed out": "timeout",
};

/** A JSON document in EvalPlus's results shape (an object whose `eval` is an object). */
export function isEvalPlusResults(
  document: unknown,
): document is Record<string, unknown> & { eval: Record<string, unknown> } {
  return isJsonObject(document) && isJsonObject(document.eval);
}

/** The records of today's shape, each with its task and position among its task's records, in file order. */
export function evalPlusRecords(
  evaluated: Record<string, unknown>,
): { taskId: string; index: number; value: unknown }[] {
  return Object.entries(evaluated).flatMap(([taskId, records]) =>
    Array.isArray(records) ? records.map((value, index) => ({ taskId, index, value })) : [],
  );
}

/**
 * Every sample of an EvalPlus results file with its base and plus verdicts, in file order.
 *
 * @throws PasskError BAD_INPUT listing every record whose verdict cannot be read
 */
export function evalPlusEntries(path: string, evaluated: Record<string, unknown>): EvalPlusEntry[] {
  const entries: EvalPlusEntry[] = [];
  const faults: string[] = [];
  for (const [taskId, records] of Object.entries(evaluated)) {
    const where = (i: number) => `${path}: eval[${JSON.stringify(taskId)}][${i}]`;
    if (Array.isArray(records)) {
      records.forEach((record: unknown, i) => {
        if (!isJsonObject(record)) {
          faults.push(`${where(i)}: expected an object, got ${jsonTypeOf(record)}`);
          return;
        }
        const base = word(record.base_status);
        const plus = record.plus_status === null ? null : word(record.plus_status);
        if (base === undefined) faults.push(`${where(i)}: base_status ${describe(record.base_status)}`);
        if (plus === undefined) faults.push(`${where(i)}: plus_status ${describe(record.plus_status)}`);
        if (base !== undefined && plus !== undefined) entries.push({ taskId, index: i, record, base, plus });
      });
    } else if (isJsonObject(records) && Array.isArray(records.base)) {
      // EvalPlus < 0.2: parallel lists of [status, details] pairs; `plus` empty with --base-only.
      const plusList = Array.isArray(records.plus) ? records.plus : [];
      records.base.forEach((pair, i) => {
        const base = word(Array.isArray(pair) ? pair[0] : undefined);
        const plusPair = plusList[i];
        const plus = plusList.length === 0 ? null : word(Array.isArray(plusPair) ? plusPair[0] : undefined);
        if (base === undefined || plus === undefined) {
          faults.push(
            `${path}: eval[${JSON.stringify(taskId)}]: verdict ${i} cannot be read (expected [status, details])`,
          );
        } else entries.push({ taskId, index: i, base, plus });
      });
    } else {
      faults.push(
        `${path}: eval[${JSON.stringify(taskId)}]: expected a list of records, got ${jsonTypeOf(records)}`,
      );
    }
  }
  if (faults.length > 0) {
    throw new PasskError(
      "BAD_INPUT",
      `${path}: ${faults.length} EvalPlus ${faults.length === 1 ? "record" : "records"} without a readable verdict; fix or regenerate the file`,
      faults,
    );
  }
  return entries;
}

function word(value: unknown): EvalPlusStatus | undefined {
  return typeof value === "string" && Object.hasOwn(WORDS, value) ? WORDS[value] : undefined;
}

function describe(value: unknown): string {
  return typeof value === "string"
    ? `${JSON.stringify(value)} is not one of "pass", "fail", "timeout"`
    : `is ${jsonTypeOf(value)}, expected a string`;
}
