// The sampling loop: n samples per problem from a provider, with a bound on requests in flight,
// optional rate limits, the one retry policy, the completion cache, and samples appended to the
// samples file as they arrive. Resuming reads that file back: an interrupted run, re-run, ends with
// exactly n samples per problem (completion_id 0 … n−1), no duplicates and no gaps. Samples of the
// file beyond n (a folder made with a larger n) are left as they are.
import { runBounded, type TaskContext } from "../concurrency.js";
import { DEFAULTS } from "../defaults.js";
import { PasskError } from "../errors.js";
import { JsonlAppender } from "../io/jsonl.js";
import {
  type GeneratedSample,
  type GenerationResponse,
  type PromptProblem,
  type Provider,
  ProviderError,
  type SamplingParams,
} from "../providers/types.js";
import type { GenerationStats, NotGenerated, SampleRecord } from "../run/types.js";
import type { CompletionCache } from "./cache.js";
import { ModelCalls } from "./calls.js";
import type { RateLimits } from "./rate-limit.js";
import { type ExistingSamples, readExistingSamples } from "./resume.js";
import type { RetryPolicy } from "./retry.js";

/** Options of {@link generate}. */
export interface GenerateOptions {
  provider: Provider;
  problems: readonly PromptProblem[];
  n: number;
  params: SamplingParams;
  /** samples.jsonl to append to (created if missing; resumed if it has samples of this configuration). */
  samplesPath: string;
  /** The samples file as the caller already read (and checked) it with `readExistingSamples`. */
  existing?: ExistingSamples;
  /** The cache key of a problem's prompt under this configuration (see run/config.ts). */
  keyOf: (problem: PromptProblem) => string;
  cache?: CompletionCache;
  /** Requests in flight at most (default 8). */
  concurrency?: number;
  rateLimits?: RateLimits;
  retry?: RetryPolicy;
  /** What to tell a person when the server was never reached (how to start it, or which flag points at it). */
  serverHint?: string;
  signal?: AbortSignal;
  onEvent?: (event: GenerateEvent) => void;
  /** For tests: the jitter source. */
  random?: () => number;
  /** Fields to add to every sample of a problem (in-context runs record the exact prompt this way). */
  annotate?: (problem: PromptProblem) => Record<string, unknown>;
}

/** What the loop reports while it runs. */
export type GenerateEvent =
  | { type: "start"; total: number; resumed: number; cached: number; toRequest: number }
  | {
      type: "progress";
      done: number;
      total: number;
      requests: number;
      retries: number;
      tokensIn: number;
      tokensOut: number;
    }
  | { type: "retry"; taskId: string; attempt: number; delaySeconds: number; message: string }
  /** The counters so far, after every request that settled: for a caller that keeps the bill on disk. */
  | { type: "counters"; stats: GenerationStats }
  | { type: "warning"; message: string };

/** The outcome: counters, the samples that could not be had, and whether the run was stopped. */
export interface GenerateResult {
  stats: GenerationStats;
  interrupted: boolean;
}

interface Chunk {
  problem: PromptProblem;
  key: string;
  /** Consecutive completion ids. */
  ids: number[];
}

/**
 * Generates the missing samples of every problem. Retryable failures are retried with backoff;
 * a request that still fails, or a problem the provider cannot serve, is reported in
 * `stats.notGenerated`; a permanent failure (bad key, unknown model) stops everything.
 *
 * @throws PasskError MODEL_ERROR on a permanent failure, or when no request ever reached the server
 *   (samples already written stay written); BAD_INPUT when the samples file holds samples of another
 *   configuration.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const { provider, n, params, cache } = options;
  const emit = options.onEvent ?? (() => {});
  const stats: GenerationStats = {
    requested: n * options.problems.length,
    generated: 0,
    resumed: 0,
    cached: 0,
    requests: 0,
    retries: 0,
    tokensIn: 0,
    tokensOut: 0,
    elapsedSeconds: 0,
    notGenerated: [],
  };
  const calls = new ModelCalls({
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.random ? { random: options.random } : {}),
    onRetry: ({ label, attempt, delaySeconds, message }) => {
      counters();
      emit({ type: "retry", taskId: label, attempt, delaySeconds, message });
    },
  });
  const counters = () => {
    stats.requests = calls.requests;
    stats.retries = calls.retries;
    if (!options.onEvent) return;
    stats.elapsedSeconds = (performance.now() - started) / 1000;
    emit({ type: "counters", stats: { ...stats, notGenerated: [...stats.notGenerated] } });
  };
  let appender: JsonlAppender | undefined;
  try {
    // Checked before the file is opened for appending (which repairs a torn tail): a file of another
    // configuration is refused untouched.
    const existing =
      options.existing ?? (await readExistingSamples(options.samplesPath, options.problems, options.keyOf));
    appender = new JsonlAppender(options.samplesPath);
    for (const ids of existing.done.values()) for (const id of ids) if (id < n) stats.resumed++;
    const queue: Chunk[] = [];
    const write = (problem: PromptProblem, key: string, id: number, sample: GeneratedSample) => {
      const fields = options.annotate?.(problem);
      appender?.append(
        sampleRecord(provider.info.spec, problem.task_id, id, key, {
          ...sample,
          extra: { ...sample.extra, ...fields },
        }),
      );
      existing.done.get(problem.task_id)?.add(id);
    };
    for (const problem of options.problems) {
      const key = options.keyOf(problem);
      const done = existing.done.get(problem.task_id) as Set<number>;
      const cached = cache && provider.cacheable ? cache.get(key) : undefined;
      const missing: number[] = [];
      for (let id = 0; id < n; id++) {
        if (done.has(id)) continue;
        const hit = cached?.get(id);
        if (hit) {
          write(problem, key, id, hit);
          stats.cached++;
        } else missing.push(id);
      }
      for (const ids of consecutiveRuns(missing, provider.maxN)) queue.push({ problem, key, ids });
    }
    const toRequest = queue.reduce((sum, chunk) => sum + chunk.ids.length, 0);
    emit({ type: "start", total: stats.requested, resumed: stats.resumed, cached: stats.cached, toRequest });
    if (stats.cached > 0) counters();

    const progress = () =>
      emit({
        type: "progress",
        done: stats.resumed + stats.cached + stats.generated,
        total: stats.requested,
        requests: calls.requests,
        retries: calls.retries,
        tokensIn: stats.tokensIn,
        tokensOut: stats.tokensOut,
      });

    const runChunk = async (chunk: Chunk, { signal, requeue }: TaskContext<Chunk>): Promise<void> => {
      const outcome = await calls.call<GenerationResponse>({
        label: chunk.problem.task_id,
        estimatedTokens: Math.ceil(chunk.problem.prompt.length / 4) + params.maxTokens * chunk.ids.length,
        tokensUsed: ({ usage }) => usage.inputTokens + usage.outputTokens,
        signal,
        attempt: async (attemptSignal) => {
          const response = await provider.generate({
            problem: chunk.problem,
            n: chunk.ids.length,
            firstIndex: chunk.ids[0] as number,
            params,
            signal: attemptSignal,
          });
          stats.tokensIn += response.usage.inputTokens;
          stats.tokensOut += response.usage.outputTokens;
          if (response.samples.length === 0)
            throw new ProviderError("the server returned no samples", "retryable");
          return response;
        },
      });
      if (outcome.status === "stopped") return counters();
      if (outcome.status === "gave-up") {
        const { task_id } = chunk.problem;
        stats.notGenerated.push({ task_id, completion_ids: chunk.ids, reason: outcome.reason });
        return counters();
      }
      const got = outcome.value.samples.slice(0, chunk.ids.length);
      got.forEach((sample, i) => {
        const id = chunk.ids[i] as number;
        if (cache && provider.cacheable) cache.put(chunk.key, id, sample);
        write(chunk.problem, chunk.key, id, sample);
        stats.generated++;
      });
      progress();
      counters();
      // Fewer than asked (a server that ignores `n`): the rest go back to the queue, not as a retry.
      if (got.length < chunk.ids.length) requeue({ ...chunk, ids: chunk.ids.slice(got.length) });
    };

    // A bug in one request stops the others; every request settles before the file closes.
    await runBounded(
      queue,
      { concurrency: options.concurrency ?? DEFAULTS.concurrency, signal: calls.signal },
      runChunk,
    );
  } finally {
    appender?.close();
    stats.requests = calls.requests;
    stats.retries = calls.retries;
    stats.elapsedSeconds = (performance.now() - started) / 1000;
  }
  const fatal = calls.stopReason;
  if (fatal?.unreachable) {
    const hint = options.serverHint ?? "start the server, or point --base-url at it";
    throw new PasskError(
      "MODEL_ERROR",
      `${provider.info.spec}: ${fatal.error.message}; no request has reached the server (${stats.requests} tried) — ${hint}, then run the same command again`,
    );
  }
  if (fatal) {
    throw new PasskError(
      "MODEL_ERROR",
      `${provider.info.spec}: ${fatal.error.message} — the run was stopped (${stats.resumed + stats.cached + stats.generated} samples are kept in ${options.samplesPath}; fix the cause and re-run the same command to continue)`,
    );
  }
  return { stats, interrupted: Boolean(options.signal?.aborted) };
}

/** Splits ascending ids into runs of consecutive ids, each at most `max` long. */
export function consecutiveRuns(ids: readonly number[], max: number): number[][] {
  const runs: number[][] = [];
  for (const id of ids) {
    const last = runs[runs.length - 1];
    if (last && last.length < max && last[last.length - 1] === id - 1) last.push(id);
    else runs.push([id]);
  }
  return runs;
}

function sampleRecord(
  model: string,
  taskId: string,
  id: number,
  key: string,
  sample: GeneratedSample,
): SampleRecord {
  const record: SampleRecord = {
    task_id: taskId,
    completion_id: id,
    completion: sample.completion,
    model,
    finish_reason: sample.finishReason,
    logprobs: sample.logprobs,
  };
  if (sample.raw !== undefined) record.raw = sample.raw;
  if (sample.extraction !== undefined) record.extraction = sample.extraction;
  for (const [field, value] of Object.entries(sample.extra ?? {}))
    if (!(field in record)) record[field] = value;
  record.cache_key = key;
  return record;
}

export type { NotGenerated };
