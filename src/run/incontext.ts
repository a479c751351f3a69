// `passk incontext run` as a library: GPT-3's in-context tasks × K through a model, into a run
// folder like `passk run`'s (run.json, samples.jsonl appended as answers arrive, summary.json), with
// the same providers, completion cache, rate limits, retries and resume (src/generate). Each (task,
// K, question) prompt is one "problem" of the sampling loop; each sample records its exact prompt
// and expected answer. Scoring is exact match (metrics/incontext.ts), recomputed from the samples.

import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { INCONTEXT_CHAT_VERSION } from "../completion/incontext-chat.js";
import { DEFAULTS } from "../defaults.js";
import { PasskError } from "../errors.js";
import { CompletionCache, defaultCacheDir, hashKey } from "../generate/cache.js";
import { type GenerateResult, generate } from "../generate/generate.js";
import { writeJsonAtomically } from "../io/json-file.js";
import type { BootstrapOptions } from "../metrics/bootstrap.js";
import { familyNamed } from "../problems/incontext/families.js";
import { buildPrompts, type IncontextPrompt } from "../problems/incontext/prompt.js";
import { resolveTasks } from "../problems/incontext/resolve.js";
import { createProvider, serverHint } from "../providers/registry.js";
import type { PromptProblem, ProviderInfo, SamplingParams } from "../providers/types.js";
import { VERSION } from "../version.js";
import { configHash, type PartialSettings, promptKey, requestOptions, withoutCredentials } from "./config.js";
import { openRunFolder } from "./folder.js";
import { type IncontextSummary, incontextSummary, loadIncontextRun } from "./incontext-load.js";
import { RUN_FILES } from "./load.js";
import { machineInfo, runFolderName } from "./machine.js";
import { countSamples, discardNewFolder, invocationRecorder, providerOptions, type RunEvent } from "./run.js";
import { type IncontextManifest, RUN_FORMAT, type RunManifest } from "./types.js";

/** What an in-context run asks, beyond the model and sampling settings. */
export interface IncontextPlan {
  /** Task files, family names and groups (default ["all"]). */
  tasks?: string[];
  /** K values (default [0, 1, 10]). */
  shots?: number[];
  /** Questions per task: its first ones (default 100; Infinity for all). */
  items?: number;
  /** Items made per generated task (default 2,000, as GPT-3's arithmetic files). */
  pool?: number;
  /** Seed of the generators and of the examples' draw (default 0). */
  taskSeed?: number;
  /** Put each family's task description before the examples (default false). */
  description?: boolean;
}

/** Options of {@link runIncontext}. */
export interface IncontextRunOptions {
  /** Model, sampling and run-folder settings (problems, k, timeout and workers do not apply). */
  settings: PartialSettings;
  plan: IncontextPlan;
  runsDir?: string;
  bootstrap?: BootstrapOptions;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  onEvent?: (event: RunEvent) => void;
}

/** What an in-context run produced. */
export interface IncontextOutcome {
  dir: string;
  manifest: RunManifest;
  generation: GenerateResult;
  /** Null when generation was interrupted or produced nothing. */
  summary: IncontextSummary | null;
  n: number;
}

/** The defaults of in-context runs: the plan's and the sampling's (their home is src/defaults.ts). */
export const INCONTEXT_DEFAULTS = DEFAULTS.incontext;

/** Greedy decoding, short answers: temperature 0, one line in completion mode (cut at "\n"). */
export function incontextParams(settings: PartialSettings, mode: ProviderInfo["mode"]): SamplingParams {
  const defaults = INCONTEXT_DEFAULTS;
  // The simulated model ("offline") is asked as a completion model.
  const asked = mode === "chat" ? "chat" : "completion";
  const params: SamplingParams = {
    maxTokens: settings.maxTokens ?? defaults.maxTokens[asked],
    stop: settings.stop ?? [...defaults.stop[asked]],
    logprobs: settings.logprobs ?? defaults.logprobs,
  };
  const temperature = settings.temperature === undefined ? defaults.temperature : settings.temperature;
  if (temperature !== null) params.temperature = temperature;
  const topP = settings.topP === undefined ? defaults.topP : settings.topP;
  if (topP !== null) params.topP = topP;
  if (settings.seed !== undefined && settings.seed !== null) params.seed = settings.seed;
  return params;
}

/** A prompt as the sampling loop's problem: the task id names task, K and question. */
function asProblem(prompt: IncontextPrompt): PromptProblem {
  return {
    task_id: `${prompt.task}/${prompt.shots}-shot/${prompt.item}`,
    prompt: prompt.prompt,
    entry_point: "",
    // What the `reference` model answers: the expected completion (a check of the pipeline).
    canonical_solution: ` ${prompt.expected}`,
    incontext: {
      task: prompt.task,
      family: prompt.family,
      shots: prompt.shots,
      item: prompt.item,
      expected: prompt.expected,
    },
  };
}

/**
 * Runs every (task, K, question) prompt of the plan through the model into its run folder; the same
 * call after an interruption continues where it stopped. A refused call writes nothing.
 * @throws PasskError BAD_OPTION (bad plan), FILE_NOT_FOUND / BAD_INPUT (task files, another
 *   configuration's folder), MODEL_ERROR (the server refused the run).
 */
export async function runIncontext(options: IncontextRunOptions): Promise<IncontextOutcome> {
  const { settings } = options;
  const { tasks: allTasks, shots: allShots, items, pool, taskSeed } = INCONTEXT_DEFAULTS;
  const plan = { tasks: allTasks, shots: allShots, items, pool, taskSeed, ...options.plan };
  const emit = options.onEvent ?? (() => {});
  const shots = [...new Set(plan.shots)].sort((a, b) => a - b);
  if (shots.length === 0 || shots.some((k) => !Number.isInteger(k) || k < 0)) {
    throw new PasskError(
      "BAD_OPTION",
      `--shots ${plan.shots.join(",")}: expected whole numbers ≥ 0, like 0,1,10`,
    );
  }
  const tasks = await resolveTasks(plan.tasks, { count: plan.pool, seed: plan.taskSeed });
  const prompts: IncontextPrompt[] = [];
  for (const task of tasks) {
    const description = plan.description ? familyNamed(task.family ?? "")?.description : undefined;
    if (plan.description && description === undefined) {
      emit({
        type: "note",
        message: `${task.name} is none of passk's families: its prompts have no task description`,
      });
    }
    prompts.push(
      ...buildPrompts(task, {
        shots,
        items: plan.items,
        seed: plan.taskSeed,
        ...(description !== undefined ? { description } : {}),
      }),
    );
  }
  const byId = new Map(prompts.map((prompt) => [asProblem(prompt).task_id, prompt]));
  const problems = prompts.map(asProblem);

  const provider = await createProvider(
    settings.model ?? DEFAULTS.model,
    providerOptions(settings, options.env ? { env: options.env } : {}, emit),
  );
  try {
    const params = incontextParams(settings, provider.info.mode);
    const chatPrompt = provider.info.mode === "chat" ? INCONTEXT_CHAT_VERSION : undefined;
    const datasetSha256 = hashKey(problems.map((p) => [p.task_id, p.prompt, p.incontext?.expected]));
    const hash = hashKey({
      run: configHash(provider.info, params, datasetSha256),
      chatPrompt,
      kind: "incontext",
    });
    const keyOf = (problem: PromptProblem) =>
      hashKey({ prompt: promptKey(provider.info, params, problem), chatPrompt });
    const dataset = {
      path: "incontext",
      problems: new Map(),
      sha256: datasetSha256,
      set: { name: "incontext", version: "1" },
    };
    const dir =
      settings.out ?? join(options.runsDir ?? DEFAULTS.runsDir, runFolderName(provider.info, dataset, hash));
    const folder = await openRunFolder(dir, {
      hash,
      info: provider.info,
      params,
      datasetSha256,
      problems,
      keyOf,
    });
    const n = settings.n ?? Math.max(INCONTEXT_DEFAULTS.n, folder.n);

    const created = !existsSync(dir);
    mkdirSync(dir, { recursive: true });
    const incontext: IncontextManifest = {
      tasks: tasks.map((task) => ({
        name: task.name,
        source: task.source,
        family: task.family,
        items: task.items.length,
        asked: Math.min(plan.items, task.items.length),
        sha256: task.sha256,
      })),
      shots,
      taskSeed: plan.taskSeed,
      description: plan.description ?? false,
      ...(chatPrompt ? { chatPrompt } : {}),
    };
    const manifest =
      folder.manifest ?? newManifest(provider.info, params, datasetSha256, problems.length, hash, incontext);
    manifest.params.n = Math.max(n, folder.n);
    manifest.updated = new Date().toISOString();
    writeJsonAtomically(join(dir, RUN_FILES.manifest), manifest);
    emit({ type: "begin", dir, manifest, resumed: folder.manifest !== null, n });

    const record = invocationRecorder(dir, manifest, {
      command: "incontext",
      n,
      requested: n * problems.length,
    });
    const cache =
      settings.cache === false
        ? undefined
        : new CompletionCache(settings.cacheDir ?? defaultCacheDir(options.env));
    let generation: GenerateResult;
    try {
      generation = await generate({
        provider,
        problems,
        n,
        params,
        samplesPath: join(dir, RUN_FILES.samples),
        existing: folder.existing,
        keyOf,
        ...(cache ? { cache } : {}),
        ...requestOptions(settings),
        serverHint: serverHint(provider.info),
        annotate: (problem) => {
          const prompt = byId.get(problem.task_id) as IncontextPrompt;
          return {
            task: prompt.task,
            shots: prompt.shots,
            item: prompt.item,
            examples: prompt.examples,
            prompt: prompt.prompt,
            expected: prompt.expected,
          };
        },
        ...(options.signal ? { signal: options.signal } : {}),
        onEvent: (event) => {
          if (event.type === "counters") record.progress(event.stats);
          emit({ type: "generate", event });
        },
      });
    } catch (error) {
      if (folder.manifest === null && countSamples(dir) === 0) discardNewFolder(dir, created);
      else record.finish();
      throw error;
    }
    record.finish(generation.stats);
    const written = generation.stats.resumed + generation.stats.cached + generation.stats.generated;
    if (generation.interrupted || written === 0) return { dir, manifest, generation, summary: null, n };
    const summary = incontextSummary(await loadIncontextRun(dir, options.bootstrap));
    writeFileSync(join(dir, RUN_FILES.summary), `${JSON.stringify(summary, null, 2)}\n`);
    return { dir, manifest, generation, summary, n };
  } finally {
    await provider.close?.();
  }
}

function newManifest(
  info: ProviderInfo,
  params: SamplingParams,
  sha256: string,
  prompts: number,
  hash: string,
  incontext: IncontextManifest,
): RunManifest {
  const now = new Date().toISOString();
  return {
    format: RUN_FORMAT,
    passkVersion: VERSION,
    created: now,
    updated: now,
    configHash: hash,
    simulated: info.simulated,
    model: {
      spec: info.spec,
      provider: info.provider,
      model: info.model,
      mode: info.mode,
      ...(info.baseUrl ? { baseUrl: withoutCredentials(info.baseUrl) } : {}),
    },
    params: {
      n: 0,
      temperature: params.temperature ?? null,
      topP: params.topP ?? null,
      maxTokens: params.maxTokens,
      seed: params.seed ?? null,
      stop: params.stop,
      logprobs: params.logprobs,
    },
    dataset: { path: "incontext", name: "incontext", sha256, problems: prompts },
    incontext,
    machine: machineInfo(),
  };
}
