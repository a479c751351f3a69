// EvalPlus's eval_results.json read as a run, so that `passk report` and `passk compare` take it beside
// run folders. Its verdicts become result records under the record contract of EvalPlus-judged runs:
// `passed`/`result`/`status` are the plus verdict (base and extra inputs both passed, as EvalPlus's
// leaderboard counts), `base_passed`/`base_result` the base verdict. Nothing is run again; what the
// file does not say (machine, limits, sampling settings) is left unknown, never made up.
import { existsSync, statSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { PasskError } from "../errors.js";
import { evalPlusFileHash } from "../evaluate/evalplus-format.js";
import {
  type EvalPlusEntry,
  type EvalPlusStatus,
  evalPlusEntries,
  isEvalPlusResults,
} from "../evaluate/evalplus-results.js";
import type { ResultRecord } from "../evaluate/types.js";
import { readJsonDocument } from "../io/jsonl.js";
import { VERSION } from "../version.js";
import type { LoadedRun } from "./load.js";
import { RUN_FORMAT, type RunManifest } from "./types.js";

/**
 * Reads an EvalPlus results file as a run. Its model is named after the file (EvalPlus names files
 * `<model>_<backend>_temp_<T>…eval_results.json`), its temperature read from the name when there.
 *
 * @throws PasskError BAD_INPUT for a file that is not EvalPlus's results, or holds no sample
 */
export async function loadEvalPlusRun(path: string): Promise<LoadedRun> {
  const document = await readJsonDocument(path);
  if (!isEvalPlusResults(document)) {
    throw new PasskError(
      "BAD_INPUT",
      `${path}: neither a run folder nor EvalPlus's eval_results.json (a JSON object with "eval"); pass a folder written by \`passk run\` or an EvalPlus results file`,
    );
  }
  const entries = evalPlusEntries(path, document.eval);
  if (entries.length === 0) throw new PasskError("BAD_INPUT", `${path}: EvalPlus results without any sample`);
  const baseOnly = entries.every((entry) => entry.plus === null);
  const results = entries.map((entry, i) => toRecord(entry, i + 1, baseOnly));
  const n = new Map<string, number>();
  for (const entry of entries) n.set(entry.taskId, (n.get(entry.taskId) ?? 0) + 1);
  const label = labelOf(path);
  const hash = typeof document.hash === "string" ? document.hash : "unknown";
  const date = typeof document.date === "string" ? document.date : "unknown";
  const manifest: RunManifest = {
    format: RUN_FORMAT,
    passkVersion: VERSION,
    created: date,
    updated: date,
    configHash: "",
    simulated: false,
    model: { spec: label, provider: "evalplus", model: label, mode: "offline" },
    params: {
      n: Math.max(...n.values()),
      temperature: temperatureOf(path),
      topP: null,
      maxTokens: 0,
      seed: null,
      stop: [],
      logprobs: false,
    },
    // EvalPlus's hash (MD5 of the dataset's JSONL): files of the same dataset version compare as such.
    dataset: { path: `EvalPlus dataset (hash ${hash})`, sha256: hash, problems: n.size },
    machine: {
      platform: "unknown",
      arch: "unknown",
      cpus: 0,
      cpuModel: "unknown",
      memoryBytes: 0,
      node: "unknown",
    },
    source: { kind: "evalplus", path, date, hash, baseOnly },
  };
  return { dir: path, manifest, samples: [], results, summary: null };
}

/**
 * Runs read from EvalPlus's results take the dataset of a run folder among `runs` whose problem file
 * has EvalPlus's hash (the MD5 of its uncompressed bytes): the same data, by EvalPlus's own measure,
 * so they compare without --allow-different-data. Other runs are returned as they are.
 */
export function withMatchedDatasets<T extends Pick<LoadedRun, "manifest">>(runs: readonly T[]): T[] {
  if (!runs.some((run) => run.manifest.source)) return [...runs];
  const byHash = new Map<string, RunManifest["dataset"]>();
  for (const { manifest } of runs) {
    const path = manifest.dataset.path;
    if (manifest.source || !existsSync(path) || !statSync(path).isFile()) continue;
    byHash.set(evalPlusFileHash(path), manifest.dataset);
  }
  return runs.map((run) => {
    const dataset = run.manifest.source ? byHash.get(run.manifest.source.hash) : undefined;
    return dataset ? { ...run, manifest: { ...run.manifest, dataset: { ...dataset } } } : run;
  });
}

function toRecord(entry: EvalPlusEntry, line: number, baseOnly: boolean): ResultRecord {
  const { record = {}, base, plus } = entry;
  // The plus verdict counts a sample that passes the base inputs and the extra ones (EvalPlus's rule).
  const verdict: EvalPlusStatus = baseOnly || base !== "pass" ? base : (plus ?? base);
  const passed = verdict === "pass";
  const status = passed ? "passed" : verdict === "timeout" ? "timeout" : "failed";
  const which = base !== "pass" ? "the base inputs" : "the extra (plus) inputs";
  const result = passed
    ? "passed"
    : verdict === "timeout"
      ? "timed out"
      : `failed: EvalPlus: ${which} failed`;
  const out: Record<string, unknown> = {
    ...record,
    task_id: entry.taskId,
    completion_id: entry.index,
    result,
    passed,
    status,
    sample_line: line,
  };
  if (!baseOnly) {
    out.base_passed = base === "pass";
    out.base_result =
      base === "pass"
        ? "passed"
        : base === "timeout"
          ? "timed out"
          : "failed: EvalPlus: the base inputs failed";
  }
  // No cpu_time, wall_time or isolation: EvalPlus's file does not say them.
  return out as ResultRecord;
}

/** The model's name from EvalPlus's file name, without the results suffix (else the folder's name). */
function labelOf(path: string): string {
  const stem = basename(path).replace(/[._]?eval_results\.json(\.gz)?$/, "");
  return stem !== "" ? stem : basename(dirname(resolve(path)));
}

/** EvalPlus's file names carry the temperature: `…_temp_0.8…`. */
function temperatureOf(path: string): number | null {
  const match = /_temp_(\d+(?:\.\d+)?)/.exec(basename(path));
  return match ? Number(match[1]) : null;
}
