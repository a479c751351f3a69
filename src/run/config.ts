// A run's configuration: the defaults, a JSON config file (for long model and parameter lists), and
// the identities derived from it — the configuration hash that names the run folder, and the cache
// key of each prompt.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { CHAT_PROMPT_VERSION } from "../completion/chat-prompt.js";
import { CODEX_STOP } from "../completion/stop.js";
import { PasskError } from "../errors.js";
import { hashKey } from "../generate/cache.js";
import type { PromptProblem, ProviderInfo, SamplingParams } from "../providers/types.js";
import type { RunManifest } from "./types.js";

/** Everything a user can set for `passk generate` / `passk run`, by flag or in a config file. */
export const RunSettingsSchema = z.strictObject({
  model: z.string().min(1),
  problems: z.string().min(1),
  n: z.number().int().positive(),
  temperature: z.number().min(0).max(2).nullable(),
  topP: z.number().gt(0).max(1).nullable(),
  maxTokens: z.number().int().positive(),
  seed: z.number().int().nullable(),
  stop: z.array(z.string()),
  logprobs: z.boolean(),
  mode: z.enum(["completion", "chat"]),
  baseUrl: z.string().url(),
  apiKey: z.string().min(1),
  apiKeyEnv: z.string().min(1),
  maxPerRequest: z.number().int().positive(),
  concurrency: z.number().int().positive(),
  requestsPerMinute: z.number().positive(),
  tokensPerMinute: z.number().positive(),
  maxAttempts: z.number().int().positive(),
  requestTimeout: z.number().positive(),
  maxAnswerSize: z.number().int().min(1024),
  out: z.string().min(1),
  cache: z.boolean(),
  cacheDir: z.string().min(1),
  k: z.union([z.array(z.number().int().positive()), z.literal("all")]),
  timeout: z.number().positive(),
  workers: z.number().int().positive(),
});

/** Settings as given (any subset). */
export type PartialSettings = Partial<z.infer<typeof RunSettingsSchema>>;

/** The Codex paper's sampling defaults, and passk's. */
export const RUN_DEFAULTS = {
  model: "sim",
  problems: "passk-core",
  n: 10,
  temperature: 0.8,
  topP: 0.95,
  concurrency: 8,
  requestTimeout: 300,
  k: [1, 10, 100],
} as const;

const ConfigFileSchema = RunSettingsSchema.partial().extend({
  runs: z.array(RunSettingsSchema.partial()).min(1).optional(),
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
 * to the problem set's own (`setStop`, MultiPL-E's stop_tokens) or the Codex paper's in completion
 * mode, and to none in chat mode; max tokens to 512 / 1024.
 */
export function samplingParams(
  settings: PartialSettings,
  mode: ProviderInfo["mode"],
  setStop?: readonly string[],
): SamplingParams {
  const params: SamplingParams = {
    maxTokens: settings.maxTokens ?? (mode === "chat" ? 1024 : 512),
    stop: settings.stop ?? (mode === "completion" ? [...(setStop ?? CODEX_STOP)] : []),
    logprobs: settings.logprobs ?? true,
  };
  const temperature = settings.temperature === undefined ? RUN_DEFAULTS.temperature : settings.temperature;
  const topP = settings.topP === undefined ? RUN_DEFAULTS.topP : settings.topP;
  if (temperature !== null) params.temperature = temperature;
  if (topP !== null) params.topP = topP;
  if (settings.seed !== undefined && settings.seed !== null) params.seed = settings.seed;
  return params;
}

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
  return hashKey({ ...modelIdentity(info, params), prompt: problem.prompt });
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
