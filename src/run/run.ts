// `passk generate` and `passk run` as a library: resolve the configuration, open (or resume) the
// run folder, generate the samples, evaluate them in the sandbox, and write the summary. Every step
// appends to files as it goes, so the same call after a crash continues where it stopped.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PasskError } from "../errors.js";
import { type EvaluateOptions, evaluate } from "../evaluate/evaluate.js";
import type { EvaluateEvent, EvaluationSummary } from "../evaluate/types.js";
import { CompletionCache, defaultCacheDir } from "../generate/cache.js";
import { type GenerateEvent, type GenerateResult, generate } from "../generate/generate.js";
import { DEFAULT_RETRY } from "../generate/retry.js";
import { loadAnyProblems } from "../problems/resolve.js";
import { createProvider, type ProviderOptions } from "../providers/registry.js";
import type { PromptProblem, Provider } from "../providers/types.js";
import { writeReport } from "../report/build.js";
import { jsonSummary } from "../report/summary.js";
import { VERSION } from "../version.js";
import { configHash, type PartialSettings, promptKey, RUN_DEFAULTS, samplingParams } from "./config.js";
import { RUN_FILES, readManifest } from "./load.js";
import { machineInfo, runFolderName } from "./machine.js";
import { summarizeRun } from "./summary.js";
import { RUN_FORMAT, type RunManifest, type RunSummary } from "./types.js";

/** Options of {@link runModel}. */
export interface RunOptions {
  settings: PartialSettings;
  /** generate: samples only; run: samples, evaluation and summary. */
  stage: "generate" | "run";
  /** Folder under which run folders are named when `settings.out` is not given (default "runs"). */
  runsDir?: string;
  /** Sandbox and limits of the evaluation (the CLI's evaluation flags). */
  evaluation?: Pick<EvaluateOptions, "limits" | "workers" | "sandbox" | "bootstrap" | "dedup">;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  onEvent?: (event: RunEvent) => void;
}

/** Progress of a run, by stage. */
export type RunEvent =
  | { type: "begin"; dir: string; manifest: RunManifest; resumed: boolean }
  | { type: "generate"; event: GenerateEvent }
  | { type: "evaluate"; event: EvaluateEvent }
  | { type: "warning"; message: string }
  | { type: "note"; message: string };

/** What a run produced. */
export interface RunOutcome {
  dir: string;
  manifest: RunManifest;
  generation: GenerateResult;
  evaluation: EvaluationSummary | null;
  summary: RunSummary | null;
}

/** Generates (and with stage "run", evaluates and summarises) one configuration into its run folder. */
export async function runModel(options: RunOptions): Promise<RunOutcome> {
  const { settings } = options;
  const emit = options.onEvent ?? (() => {});
  const problemSet = await loadAnyProblems(settings.problems ?? RUN_DEFAULTS.problems);
  const provider = await createProvider(settings.model ?? RUN_DEFAULTS.model, providerOptions(options, emit));
  try {
    const params = samplingParams(settings, provider.info.mode);
    const problems: PromptProblem[] = [...problemSet.problems.values()];
    const n = settings.n ?? defaultN(provider, problems);
    const hash = configHash(provider.info, params, problemSet.sha256);
    const dir =
      settings.out ?? join(options.runsDir ?? "runs", runFolderName(provider.info, problemSet, hash));
    const manifestPath = join(dir, RUN_FILES.manifest);
    const resumed = existsSync(manifestPath);
    const now = new Date().toISOString();
    let manifest: RunManifest;
    if (resumed) {
      manifest = readManifest(dir);
      if (manifest.configHash !== hash) {
        throw new PasskError(
          "BAD_INPUT",
          `${dir} holds a run of another configuration (model ${manifest.model.spec}, dataset ${manifest.dataset.name ?? manifest.dataset.path}); choose another --out, or leave --out out to get a folder of its own`,
        );
      }
      manifest = { ...manifest, updated: now };
    } else {
      mkdirSync(dir, { recursive: true });
      manifest = {
        format: RUN_FORMAT,
        passkVersion: VERSION,
        created: now,
        updated: now,
        configHash: hash,
        simulated: provider.info.simulated,
        model: {
          spec: provider.info.spec,
          provider: provider.info.provider,
          model: provider.info.model,
          mode: provider.info.mode,
          ...(provider.info.baseUrl ? { baseUrl: withoutCredentials(provider.info.baseUrl) } : {}),
        },
        params: {
          n,
          temperature: params.temperature ?? null,
          topP: params.topP ?? null,
          maxTokens: params.maxTokens,
          seed: params.seed ?? null,
          stop: params.stop,
          logprobs: params.logprobs,
        },
        dataset: {
          path: problemSet.path,
          ...(problemSet.set ? { name: problemSet.set.name, version: problemSet.set.version } : {}),
          sha256: problemSet.sha256,
          problems: problemSet.problems.size,
        },
        machine: machineInfo(),
      };
    }
    manifest.params.n = n;
    writeManifest(dir, manifest);
    emit({ type: "begin", dir, manifest, resumed });

    const samplesPath = join(dir, RUN_FILES.samples);
    const cache =
      settings.cache === false
        ? undefined
        : new CompletionCache(settings.cacheDir ?? defaultCacheDir(options.env));
    const generation = await generate({
      provider,
      problems,
      n,
      params,
      samplesPath,
      keyOf: (problem) => promptKey(provider.info, params, problem),
      ...(cache ? { cache } : {}),
      concurrency: settings.concurrency ?? RUN_DEFAULTS.concurrency,
      rateLimits: {
        ...(settings.requestsPerMinute ? { requestsPerMinute: settings.requestsPerMinute } : {}),
        ...(settings.tokensPerMinute ? { tokensPerMinute: settings.tokensPerMinute } : {}),
      },
      retry: { ...DEFAULT_RETRY, ...(settings.maxAttempts ? { maxAttempts: settings.maxAttempts } : {}) },
      ...(options.signal ? { signal: options.signal } : {}),
      onEvent: (event) => emit({ type: "generate", event }),
    });
    manifest.generation = generation.stats;
    writeManifest(dir, manifest);
    const written = generation.stats.resumed + generation.stats.cached + generation.stats.generated;
    // Nothing to evaluate (every request failed): the caller reports what was not generated.
    if (options.stage === "generate" || generation.interrupted || written === 0) {
      return { dir, manifest, generation, evaluation: null, summary: null };
    }

    const changed = generation.stats.generated + generation.stats.cached > 0;
    // Unless asked for, only the k this n can report (pass@100 of 10 samples would only be a note).
    const k = settings.k ?? RUN_DEFAULTS.k.filter((value) => value <= n);
    const evaluation = await evaluate({
      ...options.evaluation,
      samples: samplesPath,
      problems: settings.problems ?? RUN_DEFAULTS.problems,
      out: join(dir, RUN_FILES.results),
      k: k.length > 0 ? k : [1],
      // New samples since the last evaluation: its results no longer match the file, start over.
      fresh: changed,
      ...(options.signal ? { signal: options.signal } : {}),
      onEvent: (event) => emit({ type: "evaluate", event }),
    });
    manifest.evaluation = {
      isolation: evaluation.isolation,
      limits: evaluation.limits,
      k: k.length > 0 ? k : [1],
    };
    manifest.updated = new Date().toISOString();
    writeManifest(dir, manifest);
    if (evaluation.interrupted) return { dir, manifest, generation, evaluation, summary: null };
    const summary = await summarizeRun(dir, manifest, jsonSummary(evaluation));
    writeFileSync(join(dir, RUN_FILES.summary), `${JSON.stringify(summary, null, 2)}\n`);
    // The simulated model scores back-translation offline, so the demo report shows every strategy.
    const scorer = provider.info.simulated && provider.score ? provider : undefined;
    await writeReport([dir], join(dir, RUN_FILES.report), {
      ...(scorer ? { scorer } : {}),
      onNote: (message) => emit({ type: "note", message }),
    });
    return { dir, manifest, generation, evaluation, summary };
  } finally {
    await provider.close?.();
  }
}

function providerOptions(options: RunOptions, emit: (event: RunEvent) => void): ProviderOptions {
  const { settings } = options;
  const result: ProviderOptions = {
    timeoutSeconds: settings.requestTimeout ?? RUN_DEFAULTS.requestTimeout,
    onWarning: (message) => emit({ type: "warning", message }),
  };
  if (settings.baseUrl) result.baseUrl = settings.baseUrl;
  if (settings.mode) result.mode = settings.mode;
  if (settings.apiKey) result.apiKey = settings.apiKey;
  if (settings.apiKeyEnv) result.apiKeyEnv = settings.apiKeyEnv;
  if (settings.maxPerRequest) result.maxN = settings.maxPerRequest;
  if (settings.seed !== undefined && settings.seed !== null) result.seed = settings.seed;
  if (options.env) result.env = options.env;
  return result;
}

/** Replaying a file defaults to all of its samples; the reference to one; a model to RUN_DEFAULTS.n. */
function defaultN(provider: Provider, problems: PromptProblem[]): number {
  const counts = (provider as { counts?: () => Map<string, number> }).counts?.();
  if (counts) return Math.max(1, ...problems.map((p) => counts.get(p.task_id) ?? 0));
  return provider.info.provider === "reference" ? 1 : RUN_DEFAULTS.n;
}

function withoutCredentials(url: string): string {
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

function writeManifest(dir: string, manifest: RunManifest): void {
  writeFileSync(join(dir, RUN_FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
}
