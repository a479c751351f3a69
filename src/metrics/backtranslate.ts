// Back-translation scores for the ranking study (Codex paper, section 5.2): how likely the model finds
// the problem's docstring given a sample's code, log P(docstring | code). The paper used a model
// trained to write docstrings (Codex-D); here any model that can score text (completions endpoint
// with echo + logprobs, vLLM, the simulated model) is prompted to write it instead.
//
// The prompt (context) is the sample's code without the docstring — the prompt's imports and signature
// with the docstring lines taken out, then the completion (or the whole `solution`, with the docstring
// literal removed when it appears verbatim) — followed by
//
//     <two blank lines>
//     # The docstring of `<entry_point>` above, saying what the function does:
//     """
//
// and the continuation scored is the docstring text as `inspect.cleandoc` would show it. Every sample
// of a problem is scored on the same continuation after the same last line, so the sums are comparable
// within a problem (which is all the ranking needs).
//
// Scores are appended to <run>/backtranslation.jsonl as they arrive, one line per sample
// ({task_id, completion_id, sum, mean, tokens, model}); a later call reuses the lines of the same model,
// so an interrupted `passk rank --back-translation` resumes where it stopped.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { runBounded } from "../concurrency.js";
import { DEFAULTS } from "../defaults.js";
import { ModelCalls } from "../generate/calls.js";
import type { RateLimits } from "../generate/rate-limit.js";
import type { RetryPolicy } from "../generate/retry.js";
import { isJsonObject, JsonlAppender, readJsonl } from "../io/jsonl.js";
import type { LogprobSummary, PromptProblem, Provider } from "../providers/types.js";
import { cutOut, extractDocstring } from "./docstring.js";
import { completionId, sampleKey } from "./per-problem.js";
import type { ExternalScores } from "./rank.js";

/** The cache file inside a run folder. */
export const BACKTRANSLATION_FILE = "backtranslation.jsonl";

/** A sample to score: a result (or sample) record of the run. */
export type ScoredSample = { task_id: string } & Record<string, unknown>;

/** Options of {@link scoreBackTranslation}. */
export interface BackTranslationOptions {
  /** The run folder (where the cache lives). */
  dir: string;
  provider: Provider;
  /** The run's problems by task id (only `prompt` and `entry_point` are read). */
  problems: ReadonlyMap<string, { prompt: string; entry_point: string; canonical_solution?: string }>;
  samples: readonly ScoredSample[];
  /** Score requests in flight at once (default DEFAULTS.concurrency). */
  concurrency?: number;
  /** The retry policy and rate limits of the score requests (default: DEFAULT_RETRY, no limits). */
  retry?: RetryPolicy;
  rateLimits?: RateLimits;
  signal?: AbortSignal;
  /** For tests: the jitter of the retries' backoff. */
  random?: () => number;
  /** Called after each newly scored sample. */
  onScored?: (done: number, total: number) => void;
}

/** What {@link scoreBackTranslation} found. */
export interface BackTranslationResult {
  /** By `sampleKey`: the log-probability of the docstring given the sample's code. */
  scores: Map<string, LogprobSummary>;
  /** Scored now, and read back from the cache. */
  scored: number;
  cached: number;
  /** Problems whose prompt has no docstring, or that are not in the problem set (samples not scored). */
  unscorable: string[];
  /** Why scoring stopped before the end (no `score`, a failed request, interrupted); scores so far are cached. */
  failure?: string;
  /** Which of those it was: the model cannot score text, a request failed, or the caller stopped it. */
  failureKind?: "cannot-score" | "request" | "interrupted";
}

const NO_SCORE =
  "cannot score text: back-translation needs a completions endpoint with echo + logprobs, or vLLM";

/** The context and continuation scored for one sample, or null when the problem has no docstring. */
export function backTranslationPrompt(
  problem: { prompt: string; entry_point: string },
  sample: Record<string, unknown>,
): { context: string; continuation: string } | null {
  const doc = extractDocstring(problem.prompt);
  if (!doc || doc.text === "") return null;
  const code =
    typeof sample.completion === "string"
      ? doc.without + sample.completion
      : typeof sample.solution === "string"
        ? withoutLiteral(sample.solution, doc.literal)
        : doc.without;
  const name = problem.entry_point ? `\`${problem.entry_point}\`` : "the function";
  return {
    context: `${code.trimEnd()}\n\n\n# The docstring of ${name} above, saying what the function does:\n"""`,
    continuation: doc.text,
  };
}

/**
 * Scores log P(docstring | code) of every sample, reusing and extending <dir>/backtranslation.jsonl.
 * Never throws for a model failure: failed requests are retried as the retry policy says; the first
 * one that still fails stops new requests (the ones in flight finish, and are cached), one the server
 * says cannot succeed (bad key, exhausted quota) stops those in flight too, and `failure` says what
 * happened.
 */
export async function scoreBackTranslation(options: BackTranslationOptions): Promise<BackTranslationResult> {
  const { provider, problems } = options;
  const model = provider.info.spec;
  const path = join(options.dir, BACKTRANSLATION_FILE);
  const scores = await readBackTranslationCache(options.dir, model);
  const cached = options.samples.filter((s) => scores.has(sampleKey(s))).length;
  const unscorable = new Set<string>();
  const todo: { sample: ScoredSample; context: string; continuation: string; problem: PromptProblem }[] = [];
  for (const sample of options.samples) {
    if (scores.has(sampleKey(sample))) continue;
    const problem = problems.get(sample.task_id);
    const prompt = problem ? backTranslationPrompt(problem, sample) : null;
    if (!problem || !prompt) {
      unscorable.add(sample.task_id);
      continue;
    }
    const { prompt: text, entry_point, canonical_solution = "" } = problem;
    todo.push({
      sample,
      ...prompt,
      problem: { task_id: sample.task_id, prompt: text, entry_point, canonical_solution },
    });
  }
  const result: BackTranslationResult = { scores, scored: 0, cached, unscorable: [...unscorable].sort() };
  if (todo.length === 0) return result;
  const score = provider.score?.bind(provider);
  if (!score) return { ...result, failure: `${model} ${NO_SCORE}`, failureKind: "cannot-score" };

  // Every score request takes the one path of model requests: rate limits, the retry policy, a stop
  // (bad key, exhausted quota) that ends the study at once with the server's message.
  const calls = new ModelCalls({
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.random ? { random: options.random } : {}),
  });
  const appender = new JsonlAppender(path);
  try {
    const concurrency = options.concurrency ?? DEFAULTS.concurrency;
    await runBounded(todo, { concurrency, signal: calls.signal }, async (item, { signal, stop }) => {
      const outcome = await calls.call({
        label: item.sample.task_id,
        estimatedTokens: Math.ceil((item.context.length + item.continuation.length) / 4),
        signal,
        attempt: (attemptSignal) =>
          score({
            context: item.context,
            continuation: item.continuation,
            problem: item.problem,
            signal: attemptSignal,
          }),
      });
      if (outcome.status === "done") {
        const { task_id } = item.sample;
        appender.append({ task_id, completion_id: completionId(item.sample), ...pick(outcome.value), model });
        scores.set(sampleKey(item.sample), outcome.value);
        result.scored++;
        options.onScored?.(result.scored, todo.length);
      } else if (outcome.status === "gave-up" && result.failure === undefined) {
        // The first request that failed for good stops new ones; those in flight finish and are cached.
        result.failureKind = "request";
        result.failure = `scoring ${item.sample.task_id} with ${model} failed: ${outcome.reason}`;
        stop();
      }
    });
  } finally {
    appender.close();
  }
  const stopped = calls.stopReason;
  if (result.failure === undefined && stopped) {
    result.failureKind = "request";
    result.failure = `scoring ${stopped.label} with ${model} failed: ${stopped.error.message}`;
  }
  if (result.failure === undefined && options.signal?.aborted) {
    result.failure = "interrupted before every sample was scored (run again to resume)";
    result.failureKind = "interrupted";
  }
  return result;
}

/** The ranking's input: the sum of log-probs (higher is better), or why there is none. */
export function backTranslationScores(result: BackTranslationResult): ExternalScores {
  if (result.failure !== undefined) return { unavailable: result.failure };
  return { scores: new Map([...result.scores].map(([key, summary]) => [key, summary.sum])) };
}

/** A whole program without the docstring literal, when it holds it verbatim. */
function withoutLiteral(program: string, literal: string): string {
  const at = program.indexOf(literal);
  return at === -1 ? program : cutOut(program, at, at + literal.length);
}

function pick({ sum, mean, tokens }: LogprobSummary): LogprobSummary {
  return { sum, mean, tokens };
}

/**
 * The scores of `model` cached in a run folder, by `sampleKey`; lines of other models or that are not
 * valid records are ignored (scored again).
 */
export async function readBackTranslationCache(
  dir: string,
  model: string,
): Promise<Map<string, LogprobSummary>> {
  const path = join(dir, BACKTRANSLATION_FILE);
  const scores = new Map<string, LogprobSummary>();
  if (!existsSync(path)) return scores;
  for (const line of await readJsonl(path, { allowTornLastLine: true, allowEmpty: true })) {
    if (!("value" in line) || !isJsonObject(line.value)) continue;
    const { task_id, completion_id, sum, mean, tokens } = line.value;
    if (line.value.model !== model || typeof task_id !== "string" || !Number.isSafeInteger(completion_id))
      continue;
    if (typeof sum !== "number" || typeof mean !== "number" || typeof tokens !== "number") continue;
    scores.set(sampleKey({ task_id, completion_id }), { sum, mean, tokens });
  }
  return scores;
}
