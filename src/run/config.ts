// A run's configuration: settings (declared in settings.ts, defaults in src/defaults.ts) turned into
// the options of each step, a JSON config file (for long model and parameter lists), and the
// identities derived from it — the configuration hash that names the run folder, and the cache
// key of each prompt.
import { readFileSync } from "node:fs";
import * as z from "zod";
import { CHAT_PROMPT_VERSION, TS_CHAT_PROMPT_VERSION } from "../completion/chat-prompt.js";
import { PROGRAM_CHAT_VERSION } from "../completion/program-chat.js";
import { CODEX_STOP } from "../completion/stop.js";
import { DEFAULTS } from "../defaults.js";
import { PasskError } from "../errors.js";
import type { EvaluateOptions } from "../evaluate/evaluate.js";
import { hashKey } from "../generate/cache.js";
import type { RateLimits } from "../generate/rate-limit.js";
import { DEFAULT_RETRY, type RetryPolicy } from "../generate/retry.js";
import type { PromptProblem, ProviderInfo, SamplingParams } from "../providers/types.js";
import { sandboxSetup } from "../sandbox/setup.js";
import type { Limits } from "../sandbox/types.js";
import { settingsSchema } from "./settings.js";
import type { RunManifest } from "./types.js";

/** Everything a user can set for a run, by flag or in a config file: made from the settings table. */
export const RunSettingsSchema = settingsSchema();

/** Settings as given (any subset). */
export type PartialSettings = z.infer<typeof RunSettingsSchema>;

const ConfigFileSchema = RunSettingsSchema.extend({
  runs: z.array(RunSettingsSchema).min(1).optional(),
});

/** A config file: shared settings, and optionally one entry per run (each overriding the shared ones). */
export interface ConfigFile {
  shared: PartialSettings;
  runs: PartialSettings[];
}

/** Reads and validates a JSON config file; every fault is reported with its field. */
export function readConfigFile(path: string): ConfigFile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new PasskError("FILE_NOT_FOUND", `${path}: config file not found`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new PasskError("BAD_INPUT", `${path}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = ConfigFileSchema.safeParse(value);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => {
      const field = issue.path.length > 0 ? `field "${issue.path.join(".")}"` : "top level";
      return `${path}: ${field}: ${issue.message}`;
    });
    throw new PasskError("BAD_INPUT", `${path}: invalid config (${details.length} problems)`, details);
  }
  const { runs, ...shared } = parsed.data;
  return { shared: stripUndefined(shared), runs: (runs ?? [{}]).map(stripUndefined) };
}

function stripUndefined(value: object): PartialSettings {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as PartialSettings;
}

/**
 * The sampling parameters of a run: null temperature/top_p mean "not sent"; stop sequences default
 * to the Codex paper's in completion mode (or `completionStop`, the ones that fit the problem set's
 * prompts, such as MultiPL-E's stop_tokens) and to none in chat mode; max tokens to DEFAULTS.maxTokens.
 */
export function samplingParams(
  settings: PartialSettings,
  mode: ProviderInfo["mode"],
  completionStop: readonly string[] = CODEX_STOP,
): SamplingParams {
  const params: SamplingParams = {
    maxTokens:
      settings.maxTokens ?? (mode === "chat" ? DEFAULTS.maxTokens.chat : DEFAULTS.maxTokens.completion),
    stop: settings.stop ?? (mode === "completion" ? [...completionStop] : []),
    logprobs: settings.logprobs ?? true,
  };
  const temperature = settings.temperature === undefined ? DEFAULTS.temperature : settings.temperature;
  const topP = settings.topP === undefined ? DEFAULTS.topP : settings.topP;
  if (temperature !== null) params.temperature = temperature;
  if (topP !== null) params.topP = topP;
  if (settings.seed !== undefined && settings.seed !== null) params.seed = settings.seed;
  return params;
}

/**
 * The evaluate() options of the sandbox, limit, bootstrap and EvalPlus settings; what is not set is
 * evaluate()'s default.
 */
export function evaluationOptions(settings: PartialSettings): EvaluationOptions {
  const limits: Partial<Limits> = {};
  if (settings.timeout !== undefined) limits.timeout = settings.timeout;
  if (settings.wallTimeout !== undefined) limits.wallTimeout = settings.wallTimeout;
  if (settings.memory !== undefined) limits.memoryBytes = settings.memory;
  const options: EvaluationOptions = {
    limits,
    dedup: settings.dedup ?? true,
    sandbox: sandboxSetup(settings),
    bootstrap: bootstrapOptions(settings),
  };
  if (settings.workers !== undefined) options.workers = settings.workers;
  if (settings.resultsFormat === "evalplus") options.format = "evalplus";
  const evalplus: NonNullable<EvaluationOptions["evalplus"]> = {};
  if (settings.minTimeLimit !== undefined) evalplus.minTimeLimit = settings.minTimeLimit;
  if (settings.gtTimeLimitFactor !== undefined) evalplus.gtTimeLimitFactor = settings.gtTimeLimitFactor;
  if (settings.testDetails !== undefined) evalplus.testDetails = settings.testDetails;
  if (Object.keys(evalplus).length > 0) options.evalplus = evalplus;
  return options;
}

/** How a run's requests to a model go (sampling, or back-translation scoring): the request settings. */
export function requestOptions(settings: PartialSettings): {
  concurrency: number;
  rateLimits: RateLimits;
  retry: RetryPolicy;
} {
  const rateLimits: RateLimits = {};
  if (settings.requestsPerMinute) rateLimits.requestsPerMinute = settings.requestsPerMinute;
  if (settings.tokensPerMinute) rateLimits.tokensPerMinute = settings.tokensPerMinute;
  return {
    concurrency: settings.concurrency ?? DEFAULTS.concurrency,
    rateLimits,
    retry: { ...DEFAULT_RETRY, ...(settings.maxAttempts ? { maxAttempts: settings.maxAttempts } : {}) },
  };
}

/** The bootstrap of the confidence intervals (seed and resamples) the settings decide. */
export function bootstrapOptions(settings: PartialSettings): { seed: number; resamples: number } {
  return { seed: settings.ciSeed ?? DEFAULTS.ciSeed, resamples: settings.resamples ?? DEFAULTS.resamples };
}

/** The evaluate() options a run's settings decide. */
export type EvaluationOptions = Pick<
  EvaluateOptions,
  "limits" | "workers" | "sandbox" | "bootstrap" | "dedup" | "format" | "evalplus"
>;

/** What decides the samples, apart from the prompt: the model and how it is asked. */
function modelIdentity(info: ProviderInfo, params: SamplingParams): Record<string, unknown> {
  return {
    provider: info.provider,
    model: info.model,
    mode: info.mode,
    baseUrl: info.baseUrl,
    chatPrompt: info.mode === "chat" ? CHAT_PROMPT_VERSION : undefined,
    params,
  };
}

/** The cache key of one prompt: (model, parameters, prompt); the sample index is kept beside it. */
export function promptKey(info: ProviderInfo, params: SamplingParams, problem: PromptProblem): string {
  const program = problem.program && info.mode === "chat" ? { chatPrompt: PROGRAM_CHAT_VERSION } : {};
  // TypeScript's chat wording has a version of its own (Python keys stay as they were).
  const typescript =
    info.mode === "chat" && problem.language === "ts" ? { tsChatPrompt: TS_CHAT_PROMPT_VERSION } : {};
  return hashKey({ ...modelIdentity(info, params), ...program, prompt: problem.prompt, ...typescript });
}

/** The run's identity: the model, parameters and dataset (n may grow: a run can be extended). */
export function configHash(info: ProviderInfo, params: SamplingParams, datasetSha256: string): string {
  return hashKey({ ...modelIdentity(info, params), spec: info.spec, dataset: datasetSha256 });
}

/**
 * The settings a run folder was made with: the defaults of any later command on that folder (flags
 * and config files still win), so `passk run --out <folder>` continues the folder as it was made.
 * Its n is decided apart (see `runModel`): more samples only when asked for.
 */
export function folderSettings(manifest: RunManifest): PartialSettings {
  const { model, params, dataset } = manifest;
  return {
    model: model.spec,
    problems: dataset.path,
    ...(dataset.since === undefined ? {} : { since: dataset.since }),
    temperature: params.temperature,
    topP: params.topP,
    maxTokens: params.maxTokens,
    seed: params.seed,
    stop: params.stop,
    logprobs: params.logprobs,
    ...(model.mode === "offline" ? {} : { mode: model.mode }),
    ...(model.baseUrl ? { baseUrl: model.baseUrl } : {}),
  };
}

/** How a configuration differs from a folder's, for people ("temperature 0.2, the folder's is 0.8"). */
export function configDifferences(
  manifest: RunManifest,
  info: ProviderInfo,
  params: SamplingParams,
  datasetSha256: string,
): string[] {
  const folder = manifest.params;
  const pairs: [string, unknown, unknown][] = [
    ["model", info.spec, manifest.model.spec],
    ["mode", info.mode, manifest.model.mode],
    ["base URL", info.baseUrl && withoutCredentials(info.baseUrl), manifest.model.baseUrl],
    ["temperature", params.temperature ?? null, folder.temperature],
    ["top_p", params.topP ?? null, folder.topP],
    ["max tokens", params.maxTokens, folder.maxTokens],
    ["seed", params.seed ?? null, folder.seed],
    ["stop sequences", params.stop, folder.stop],
    ["log-probs", params.logprobs, folder.logprobs],
    ["dataset (sha256)", datasetSha256.slice(0, 12), manifest.dataset.sha256.slice(0, 12)],
  ];
  const show = (value: unknown) => (value === undefined ? "none" : JSON.stringify(value));
  return pairs
    .filter(([, asked, held]) => show(asked) !== show(held))
    .map(([name, asked, held]) => `${name} ${show(asked)}, the folder's is ${show(held)}`);
}

/** A base URL as run.json keeps it: without user, password or query (where keys sometimes hide). */
export function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    parsed.search = "";
    return parsed.toString().replace(/\/$/, "");
  } catch {
    return url;
  }
}
