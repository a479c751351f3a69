// The run folder: what `passk run` writes and every analysis reads.
//
//   <run>/run.json          RunManifest: configuration, model, dataset and hash, versions, machine
//   <run>/samples.jsonl     SampleRecord per line, appended as samples arrive
//   <run>/results.jsonl     the sample's fields + the verdict (ResultRecord of src/evaluate/types.ts)
//   <run>/results.run.json  the evaluation's own manifest (limits, isolation, hashes; see evaluate/resume.ts)
//   <run>/summary.json      RunSummary, recomputed from the files
//   <run>/report.html       the self-contained report
import type { Isolation, Limits } from "../sandbox/types.js";

export const RUN_FORMAT = "passk-run/1";

/** One line of samples.jsonl. `{task_id, completion}` stays readable by the reference harness. */
export interface SampleRecord {
  task_id: string;
  /** Index of the sample within its problem, 0 … n−1 (the reference harness's name). */
  completion_id: number;
  completion: string;
  /** The model spec that produced it. */
  model: string;
  finish_reason: string | null;
  logprobs: { sum: number; mean: number; tokens: number } | null;
  /** Chat mode: the whole reply, and how the completion was extracted from it. */
  raw?: string;
  extraction?: string;
  /** Simulated model only: which kind of sample this is (canonical, mutant, syntax, loop, …). */
  sim_kind?: string;
  [field: string]: unknown;
}

/** A sample that could not be generated, with the reason. */
export interface NotGenerated {
  task_id: string;
  completion_ids: number[];
  reason: string;
}

/** Counters of the generation step. */
export interface GenerationStats {
  requested: number;
  generated: number;
  /** Samples already in samples.jsonl from an earlier, interrupted invocation. */
  resumed: number;
  /** Samples answered by the completion cache (no request sent). */
  cached: number;
  requests: number;
  retries: number;
  tokensIn: number;
  tokensOut: number;
  elapsedSeconds: number;
  notGenerated: NotGenerated[];
}

/** run.json. */
export interface RunManifest {
  format: typeof RUN_FORMAT;
  passkVersion: string;
  created: string;
  updated: string;
  /** Hash of everything that decides the samples (model, params, dataset, prompt format). */
  configHash: string;
  simulated: boolean;
  model: {
    spec: string;
    provider: string;
    model: string;
    mode: "completion" | "chat" | "offline";
    baseUrl?: string;
  };
  params: {
    n: number;
    temperature: number | null;
    topP: number | null;
    maxTokens: number;
    seed: number | null;
    stop: string[];
    logprobs: boolean;
  };
  dataset: { path: string; name?: string; version?: string; sha256: string; problems: number };
  generation?: GenerationStats;
  /** `k`: the k of pass@k asked for ("all": every k up to the smallest n). */
  evaluation?: { isolation: Isolation; limits: Limits; k: number[] | "all" };
  machine: {
    platform: string;
    arch: string;
    cpus: number;
    cpuModel: string;
    memoryBytes: number;
    node: string;
  };
}

/** One problem's line of the summary. */
export interface ProblemOutcome {
  task_id: string;
  n: number;
  c: number;
  /** c / n. */
  passRate: number;
}

/** summary.json: flat `pass@k` keys first (like `passk evaluate --json`), then the detail. */
export interface RunSummary {
  [flatPassAtK: `pass@${number}`]: number;
  run: string;
  simulated: boolean;
  model: RunManifest["model"];
  dataset: RunManifest["dataset"];
  generation: GenerationStats | null;
  /** The evaluation summary as `passk evaluate --json` prints it (passAtK table, statuses, …). */
  evaluation: Record<string, unknown>;
  perProblem: ProblemOutcome[];
}
