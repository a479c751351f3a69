// `--format evalplus`: the results written again in EvalPlus's eval_results.json shape, so leaderboards
// and scripts made for EvalPlus read passk's verdicts: `{date, hash, eval: {task_id: [{task_id,
// solution, base_status, plus_status, base_fail_tests, plus_fail_tests}, …]}, pass_at_k: {base, plus}}`.
// It is derived from the results file (the one source of truth) at the end of an evaluation and
// written whole (temp file + rename). See docs/evalplus.md, "Results files".
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";
import { writeJsonAtomically } from "../io/json-file.js";
import { readJsonl } from "../io/jsonl.js";
import { passAtK } from "../metrics/passAtK.js";
import type { ProblemSet } from "../problems/types.js";
import type { EvalPlusStatus } from "./evalplus-results.js";
import type { ResultRecord } from "./types.js";

/** One record of EvalPlus's `eval` lists. */
export interface EvalPlusRecord {
  task_id: string;
  solution: string;
  base_status: EvalPlusStatus;
  plus_status: EvalPlusStatus;
  base_fail_tests: unknown[];
  plus_fail_tests: unknown[];
}

/** EvalPlus's eval_results.json. */
export interface EvalPlusDocument {
  /** When it was written, local time, as EvalPlus writes it ("2025-01-31 14:05"). */
  date: string;
  /** EvalPlus's dataset hash: the MD5 of the problem file's uncompressed bytes. */
  hash: string;
  eval: Record<string, EvalPlusRecord[]>;
  /** pass@1, @10, @100 as far as every task has that many samples: base tests, and base + extra. */
  pass_at_k: { base: Record<string, number>; plus: Record<string, number> };
}

/**
 * Where `--format evalplus` writes: beside the results file, named as EvalPlus names its own
 * (`samples.jsonl` → `samples_eval_results.json`; a run folder's `results.jsonl` → `eval_results.json`).
 */
export function evalPlusPathFor(resultsPath: string): string {
  const stem = basename(resultsPath)
    .replace(/\.jsonl$/, "")
    .replace(/(^|_)results$/, "")
    .replace(/\.jsonl?(\.gz)?$/, "");
  return join(dirname(resultsPath), stem === "" ? "eval_results.json" : `${stem}_eval_results.json`);
}

/** The document for these results, problems in file order, each task's samples by completion id. */
export function evalPlusDocument(
  records: readonly ResultRecord[],
  problems: ProblemSet,
  hash: string,
  now: Date = new Date(),
): EvalPlusDocument {
  const byTask = new Map<string, ResultRecord[]>();
  for (const record of records) {
    const list = byTask.get(record.task_id);
    if (list) list.push(record);
    else byTask.set(record.task_id, [record]);
  }
  const evaluated: Record<string, EvalPlusRecord[]> = {};
  for (const [taskId, problem] of problems.problems) {
    const list = byTask.get(taskId);
    if (!list) continue;
    evaluated[taskId] = [...list]
      .sort((a, b) => order(a) - order(b))
      .map((record) => ({
        task_id: taskId,
        solution:
          typeof record.solution === "string"
            ? record.solution
            : problem.prompt + (typeof record.completion === "string" ? record.completion : ""),
        base_status: baseStatus(record),
        plus_status: plusStatus(record),
        base_fail_tests: Array.isArray(record.base_fail_tests) ? record.base_fail_tests : [],
        plus_fail_tests: Array.isArray(record.plus_fail_tests) ? record.plus_fail_tests : [],
      }));
  }
  const tasks = Object.values(evaluated);
  const passes = (correct: (r: EvalPlusRecord) => boolean) => {
    const out: Record<string, number> = {};
    const smallest = Math.min(...tasks.map((list) => list.length));
    for (const k of [1, 10, 100]) {
      if (tasks.length === 0 || smallest < k) continue;
      const sum = tasks.reduce((s, list) => s + passAtK(list.length, list.filter(correct).length, k), 0);
      out[`pass@${k}`] = sum / tasks.length;
    }
    return out;
  };
  return {
    date: localMinute(now),
    hash,
    eval: evaluated,
    pass_at_k: {
      base: passes((r) => r.base_status === "pass"),
      // EvalPlus's plus pass@k: correct on the base inputs and on the extra ones.
      plus: passes((r) => r.base_status === "pass" && r.plus_status === "pass"),
    },
  };
}

/**
 * EvalPlus's dataset hash of the problems: the MD5 of the file's uncompressed bytes (EvalPlus hashes
 * the .jsonl it unpacked); for a passk set, which is a folder, its SHA-256.
 */
export function evalPlusHash(problems: ProblemSet): string {
  return problems.set ? problems.sha256 : evalPlusFileHash(problems.path);
}

/** The MD5 of a problem file's uncompressed bytes: EvalPlus's hash of its dataset files. */
export function evalPlusFileHash(path: string): string {
  const bytes = readFileSync(path);
  const plain = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  return createHash("md5").update(plain).digest("hex");
}

/** Writes the document of the results file's records to `path`, whole or not at all. */
export async function writeEvalPlusFromResults(
  path: string,
  resultsPath: string,
  problems: ProblemSet,
): Promise<EvalPlusDocument> {
  const lines = await readJsonl(resultsPath, { allowTornLastLine: true, allowEmpty: true });
  const records = lines.flatMap((line) => ("value" in line ? [line.value as ResultRecord] : []));
  const document = evalPlusDocument(records, problems, evalPlusHash(problems));
  writeJsonAtomically(path, document, 0);
  return document;
}

/** The verdict on the base inputs: `base_passed`/`base_result` when the sample was judged as EvalPlus judges. */
function baseStatus(record: ResultRecord): EvalPlusStatus {
  if (typeof record.base_passed !== "boolean") return plusStatus(record);
  if (record.base_passed) return "pass";
  return record.base_result === "timed out" ? "timeout" : "fail";
}

/** passk's verdict (on base + extra inputs for EvalPlus problems; the only one for others). */
function plusStatus(record: ResultRecord): EvalPlusStatus {
  if (record.status === "passed") return "pass";
  return record.status === "timeout" ? "timeout" : "fail";
}

function order(record: ResultRecord): number {
  if (Number.isSafeInteger(record.completion_id)) return record.completion_id as number;
  return record.sample_line;
}

function localMinute(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
