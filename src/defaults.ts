// The one home of passk's defaults: the value every setting takes when nobody set it. The library
// reads them here, and so do the settings table (src/run/settings.ts) from which the flags, their
// "(default …)" help, the config-file schema and docs/settings.md are made; a default is changed here
// and nowhere else. Plain values only: this module sits below every folder of the pipeline.

/** Every default, by the name of its setting (config-file key). */
export const DEFAULTS = {
  /** The model of a run: the offline demo. */
  model: "sim",
  /** The problems of a run: passk's own core set. */
  problems: "passk-core",
  /** Samples per problem. */
  n: 10,
  /** Sampling as the Codex paper: T = 0.8 (its best for pass@100) with nucleus top_p 0.95. */
  temperature: 0.8,
  topP: 0.95,
  /** Tokens per sample, by mode (a chat reply carries prose around the code). */
  maxTokens: { completion: 512, chat: 1024 },
  /** Requests to a model in flight at once (sampling and back-translation scoring). */
  concurrency: 8,
  /** Attempts per request, the first included. */
  maxAttempts: 6,
  /** Seconds to wait for one answer: local models on small machines can be slow. */
  requestTimeout: 300,
  /** Bytes of one answer of a model server read at most (a larger one is a failed attempt). */
  maxAnswerSize: 32 * 1024 ** 2,
  /** The k of pass@k, as the Codex paper reports them. */
  k: [1, 10, 100],
  /** The k of `passk compare` (pass@100 of two runs rarely differs). */
  compareK: [1, 10],
  /** The k of `passk limits` (pass@k against N: every N must report it). */
  limitsK: [1, 10],
  /** CPU seconds a sample may use, as the reference harness (the wall-clock backstop is twice it). */
  timeout: 3.0,
  /** Address-space limit per sample, in bytes. */
  memory: 1024 ** 3,
  /** Sandbox isolation: the best available, with a warning when it is not full. */
  isolation: "auto",
  /** Bootstrap of the confidence intervals: resamples and seed (so a report is reproducible). */
  resamples: 2000,
  ciSeed: 0,
  /** Where run folders are named when no --out is given. */
  runsDir: "runs",
  /** What `evaluate`, `run` and `sweep` write besides passk's results: nothing else ("jsonl"). */
  resultsFormat: "jsonl",
  /** The temperatures of `passk sweep`. */
  temperatures: [0, 0.2, 0.4, 0.6, 0.8, 1.0],
  /** GPT-3's in-context tasks (`passk incontext run`): every task, K = 0, 1 and 10, 100 questions
   * per task drawn from 2,000 generated items, seed 0; and how they are asked, where it differs from
   * `passk run`: greedy decoding (one sample at temperature 0, no top_p sent), short answers cut at
   * the end of the line in completion mode, no log-probabilities. */
  incontext: {
    tasks: ["all"],
    shots: [0, 1, 10],
    items: 100,
    pool: 2000,
    taskSeed: 0,
    n: 1,
    temperature: 0,
    topP: null,
    maxTokens: { completion: 16, chat: 256 },
    stop: { completion: ["\n"], chat: [] },
    logprobs: false,
  },
  /** `passk harvest`: distinct data calls a function needs, tests kept per function, and seconds
   * each run of the project's test suite may take (wall clock; the suite, not one sample). */
  harvest: { minCalls: 5, maxTests: 20, runTimeout: 600 },
} as const;
