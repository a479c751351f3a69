// The run folder: what `passk run` writes and every analysis reads.
//
//   <run>/run.json          RunManifest: configuration, model, dataset and hash, versions, machine, and
//                           the counters of every invocation that generated anything
//   <run>/samples.jsonl     SampleRecord per line, appended as samples arrive
//   <run>/results.jsonl     the sample's fields + the verdict (ResultRecord of src/evaluate/types.ts)
//   <run>/results.run.json  the evaluation's own manifest (limits, isolation, hashes; see evaluate/resume.ts)
//   <run>/summary.json      RunSummary, recomputed from the files
//   <run>/report.html       the self-contained report
//   <run>/eval_results.json with --format evalplus: the results in EvalPlus's shape
import type { Language } from "../problems/types.js";
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

/** Counters of one invocation's generation step (what `generate()` returns). */
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

/** One invocation of `passk generate`/`run` that asked for or wrote samples: its own counters. */
export interface InvocationRecord {
  /** When it started (ISO 8601). */
  started: string;
  passkVersion: string;
  command: "generate" | "run" | "incontext";
  /** Samples per problem it asked for. */
  n: number;
  /** Samples of the first n already in the folder when it started. */
  resumed: number;
  generated: number;
  cached: number;
  requests: number;
  retries: number;
  tokensIn: number;
  tokensOut: number;
  elapsedSeconds: number;
  /** Samples it could not get. */
  notGenerated: number;
  /** False while it runs, and for one that was killed (its counters are then those last saved, ≤ 1 s old). */
  finished: boolean;
}

/** run.json's `generation`: totals over every invocation, and each invocation's own counters. */
export interface GenerationRecord {
  /** Samples the folder holds when complete: n × problems. */
  requested: number;
  /** Totals over `invocations`: nothing a later invocation does erases what an earlier one cost. */
  generated: number;
  cached: number;
  requests: number;
  retries: number;
  tokensIn: number;
  tokensOut: number;
  elapsedSeconds: number;
  /** What the latest invocation could not get, with the reason. */
  notGenerated: NotGenerated[];
  invocations: InvocationRecord[];
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
  /**
   * `since`: only the set's problems added on or after this date were loaded. `language`: the
   * problems' language when not Python (MultiPL-E's js, ts).
   */
  dataset: {
    path: string;
    name?: string;
    version?: string;
    since?: string;
    sha256: string;
    problems: number;
    /** An imported set's provenance (`passk problems import`): format, input, `since` date filter. */
    source?: Record<string, unknown>;
    language?: Language;
    /** A rendering of a passk set (`--language ts`): the set's own sha256, to compare with its Python runs. */
    renderedFrom?: string;
  };
  generation?: GenerationRecord;
  /** Present for a run of GPT-3's in-context tasks (`passk incontext run`): its tasks, K and prompts. */
  incontext?: IncontextManifest;
  /** `k`: the k of pass@k asked for ("all": every k up to the smallest n). */
  evaluation?: { isolation: Isolation; limits: Limits; k: number[] | "all" };
  /**
   * Set when the run was read from another tool's results rather than a run folder (EvalPlus's
   * eval_results.json, see run/evalplus-run.ts): what that file says, and that the rest is unknown.
   */
  source?: { kind: "evalplus"; path: string; date: string; hash: string; baseOnly: boolean };
  machine: {
    platform: string;
    arch: string;
    cpus: number;
    cpuModel: string;
    memoryBytes: number;
    node: string;
  };
}

/** run.json's `incontext`: what an in-context run asks (its samples record each exact prompt). */
export interface IncontextManifest {
  tasks: {
    name: string;
    /** The file as given, or "generated (seed S, N items)". */
    source: string;
    family: string | null;
    /** Items the task has (examples are drawn from all of them) and questions asked (its first ones). */
    items: number;
    asked: number;
    sha256: string;
  }[];
  /** The K of the run, ascending. */
  shots: number[];
  /** Seed of the generators and of the examples' draw. */
  taskSeed: number;
  /** Whether each prompt starts with its family's task description. */
  description: boolean;
  /** Chat mode: the version of the instruction and answer extraction (docs/incontext.md). */
  chatPrompt?: string;
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
  generation: GenerationRecord | null;
  /**
   * Present when the folder holds more samples per problem than were asked for: every number of this
   * summary is then from the first `n` samples of each problem (by completion_id) of the `folderN`.
   */
  firstN?: { n: number; folderN: number };
  /** The evaluation summary as `passk evaluate --json` prints it (passAtK table, statuses, …). */
  evaluation: Record<string, unknown>;
  perProblem: ProblemOutcome[];
}
