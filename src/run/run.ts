// `passk generate` and `passk run` as a library: resolve the configuration, open (or resume) the
// run folder, generate the samples, evaluate them in the sandbox, and write the summary. Every step
// appends to files as it goes, so the same call after a crash continues where it stopped.

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULTS } from "../defaults.js";
import { PasskError } from "../errors.js";
import { evaluate } from "../evaluate/evaluate.js";
import { checkProblemModules } from "../evaluate/module-preflight.js";
import { judgedAnotherWay, judgeOf } from "../evaluate/resume.js";
import type { EvaluateEvent, EvaluationSummary } from "../evaluate/types.js";
import { CompletionCache, defaultCacheDir } from "../generate/cache.js";
import { type GenerateEvent, type GenerateResult, generate } from "../generate/generate.js";
import { writeJsonAtomically } from "../io/json-file.js";
import { docstringPrompts, MBPP_STOP } from "../problems/mbpp.js";
import { PROGRAM_STOP } from "../problems/program-prompt.js";
import { loadAnyProblems } from "../problems/resolve.js";
import type { ProblemSet } from "../problems/types.js";
import { createProvider, type ProviderOptions, serverHint } from "../providers/registry.js";
import type { PromptProblem, Provider, SamplingParams } from "../providers/types.js";
import { writeReport } from "../report/build.js";
import { jsonSummary } from "../report/summary.js";
import { VERSION } from "../version.js";
import {
  configHash,
  type EvaluationOptions,
  evaluationOptions,
  type PartialSettings,
  promptKey,
  requestOptions,
  samplingParams,
  withoutCredentials,
} from "./config.js";
import { firstNEvaluation } from "./first-n.js";
import { folderDefaults, openRunFolder } from "./folder.js";
import { didSomething, invocationOf, withInvocation } from "./invocations.js";
import { RUN_FILES } from "./load.js";
import { machineInfo, runFolderName } from "./machine.js";
import { summarizeRun } from "./summary.js";
import {
  type GenerationStats,
  type InvocationRecord,
  RUN_FORMAT,
  type RunManifest,
  type RunSummary,
} from "./types.js";

/** Options of {@link runModel}. */
export interface RunOptions {
  settings: PartialSettings;
  /** generate: samples only; run: samples, evaluation and summary. */
  stage: "generate" | "run";
  /** Folder under which run folders are named when `settings.out` is not given (default DEFAULTS.runsDir, "runs"). */
  runsDir?: string;
  /** Sandbox, limits, bootstrap and EvalPlus settings of the evaluation, over those of `settings`. */
  evaluation?: EvaluationOptions;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  onEvent?: (event: RunEvent) => void;
}

/** Progress of a run, by stage. */
export type RunEvent =
  /** `n`: the samples per problem this command answers from (the folder may hold more). */
  | { type: "begin"; dir: string; manifest: RunManifest; resumed: boolean; n: number }
  | { type: "generate"; event: GenerateEvent }
  | { type: "evaluate"; event: EvaluateEvent }
  | { type: "warning"; message: string }
  | { type: "note"; message: string };

/** What a run produced. */
export interface RunOutcome {
  dir: string;
  manifest: RunManifest;
  generation: GenerateResult;
  /** Of the first `n` samples per problem (see RunSummary.firstN when the folder holds more). */
  evaluation: EvaluationSummary | null;
  summary: RunSummary | null;
  /** Samples per problem asked for, and held by the folder (≥ n). */
  n: number;
  folderN: number;
}

/**
 * Generates (and with stage "run", evaluates and summarises) one configuration into its run folder.
 *
 * On a folder that holds a run already, the folder's settings are the defaults, n included: more
 * samples are generated only for an explicit larger n. A smaller n is answered from the first n
 * samples of each problem, and the folder stays as it is. A refused command writes nothing.
 */
export async function runModel(options: RunOptions): Promise<RunOutcome> {
  const settings = { ...folderDefaults(options.settings.out), ...options.settings };
  const emit = options.onEvent ?? (() => {});
  const problemSet = await loadAnyProblems(settings.problems ?? DEFAULTS.problems, {
    ...(settings.since === undefined ? {} : { since: settings.since }),
    ...(settings.language === undefined ? {} : { language: settings.language }),
  });
  if (options.stage === "run") {
    // Before any request: samples of problems whose code needs a missing module could only fail.
    const python = options.evaluation?.sandbox?.python;
    await checkProblemModules(problemSet.path, [...problemSet.problems.values()], python);
  }
  const provider = await createProvider(
    settings.model ?? DEFAULTS.model,
    providerOptions(settings, options, emit),
  );
  try {
    const multiplE = [...problemSet.problems.values()].some((p) => !p.data);
    if (provider.info.mode === "chat" && problemSet.language && problemSet.language !== "py" && multiplE) {
      // passk's own sets in TypeScript have a chat prompt (docs/typescript.md); MultiPL-E's files not yet.
      throw new PasskError(
        "BAD_OPTION",
        `${problemSet.path}: ${problemSet.language === "ts" ? "TypeScript" : "JavaScript"} problems run in completion mode only (chat mode asks for Python); use --mode completion with a completion model (vllm:, llamacpp:)`,
      );
    }
    const problems: PromptProblem[] = [...problemSet.problems.values()];
    // The set's own stops (MultiPL-E's stop_tokens, TypeScript renderings'); MBPP's prompts are a
    // docstring alone: EvalPlus's stops for them, not the Codex paper's. Whole programs (stdin → stdout)
    // print and define functions at top level: stops of their own.
    const stop =
      problemSet.stop ??
      (problems.some((p) => p.program?.kind === "stdio")
        ? PROGRAM_STOP
        : !problems.some((p) => p.program) && docstringPrompts(problems.map((p) => p.prompt))
          ? MBPP_STOP
          : undefined);
    const params = samplingParams(settings, provider.info.mode, stop);
    const hash = configHash(provider.info, params, problemSet.sha256);
    const keyOf = (problem: PromptProblem) => promptKey(provider.info, params, problem);
    const dir =
      settings.out ??
      join(options.runsDir ?? DEFAULTS.runsDir, runFolderName(provider.info, problemSet, hash));
    const folder = await openRunFolder(dir, {
      hash,
      info: provider.info,
      params,
      datasetSha256: problemSet.sha256,
      problems,
      keyOf,
    });
    const n = settings.n ?? (folder.n > 0 ? folder.n : defaultN(provider, problems));
    const folderN = Math.max(n, folder.n);
    if (Array.isArray(settings.k) && settings.k.every((k) => k > folderN)) {
      // Refused before any request or file: no asked k could be reported from n samples a problem.
      throw new PasskError(
        "BAD_OPTION",
        `--k ${settings.k.join(",")}: no pass@k can be reported from n = ${folderN} samples a problem; ask for k ≤ ${folderN} (e.g. --k 1,${folderN}, or --k all), or a larger --n`,
      );
    }

    // Accepted: from here on the folder is written.
    const created = !existsSync(dir);
    mkdirSync(dir, { recursive: true });
    const manifest = folder.manifest ?? newManifest(provider, params, problemSet, hash);
    const saved = { text: folder.manifest ? comparable(folder.manifest) : "" };
    const save = () => {
      if (comparable(manifest) === saved.text) return;
      manifest.updated = new Date().toISOString();
      writeManifest(dir, manifest);
      saved.text = comparable(manifest);
    };
    manifest.params.n = folderN;
    save();
    emit({ type: "begin", dir, manifest, resumed: folder.manifest !== null, n });
    if (n < folder.n) {
      const held = [...folder.existing.done.values()].reduce(
        (sum, ids) => sum + [...ids].filter((id) => id < n).length,
        0,
      );
      const missing = n * problems.length - held;
      emit({
        type: "note",
        message: `${dir} holds ${folder.n} samples per problem; answering from the first ${n} of each (completion_id 0–${n - 1}), ${missing === 0 ? "with no new requests" : `requesting only the ${missing} of those missing`} (leave --n out to use all ${folder.n})`,
      });
    }

    const record = invocationRecorder(dir, manifest, {
      command: options.stage,
      n,
      requested: folderN * problems.length,
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
        ...(options.signal ? { signal: options.signal } : {}),
        onEvent: (event) => {
          if (event.type === "counters") record.progress(event.stats);
          emit({ type: "generate", event });
        },
      });
    } catch (error) {
      // A first attempt that got nothing leaves nothing behind; otherwise its counters are kept.
      if (folder.manifest === null && countSamples(dir) === 0) discardNewFolder(dir, created);
      else record.finish();
      throw error;
    }
    record.finish(generation.stats);
    const written = generation.stats.resumed + generation.stats.cached + generation.stats.generated;
    const outcome = { dir, manifest, generation, n, folderN };
    // Nothing to evaluate (every request failed): the caller reports what was not generated.
    if (options.stage === "generate" || generation.interrupted || written === 0) {
      return { ...outcome, evaluation: null, summary: null };
    }

    const changed = generation.stats.generated + generation.stats.cached > 0;
    // Unless asked for, only the k this n can report (pass@100 of 10 samples would only be a note).
    const kFor = (size: number) => {
      const k = settings.k ?? DEFAULTS.k.filter((value) => value <= size);
      return k.length > 0 ? k : [1];
    };
    // The folder is evaluated whole: its results, summary and report describe the folder.
    const evaluationSettings = { ...evaluationOptions(settings), ...options.evaluation };
    const evaluation = await evaluate({
      ...evaluationSettings,
      samples: join(dir, RUN_FILES.samples),
      problems: settings.problems ?? DEFAULTS.problems,
      ...(settings.since === undefined ? {} : { since: settings.since }),
      ...(settings.language === undefined ? {} : { language: settings.language }),
      out: join(dir, RUN_FILES.results),
      k: kFor(folderN),
      // New samples since the last evaluation: its results no longer match the file, start over.
      // So too when they were judged another way than now: by an earlier passk's sandbox (in-process,
      // forgeable), or an EvalPlus file by its `test` alone (before passk judged its inputs).
      // Evaluated under other settings (a new --timeout, …): evaluated again, said in a note.
      fresh:
        changed || judgedAnotherWay(join(dir, RUN_FILES.results), judgeOf(problemSet.problems.values()))
          ? true
          : "if-changed",
      ...(options.signal ? { signal: options.signal } : {}),
      onEvent: (event) => emit({ type: "evaluate", event }),
    });
    manifest.evaluation = { isolation: evaluation.isolation, limits: evaluation.limits, k: kFor(folderN) };
    save();
    if (evaluation.interrupted) return { ...outcome, evaluation, summary: null };
    const summary = await summarizeRun(dir, manifest, jsonSummary(evaluation));
    writeFileSync(join(dir, RUN_FILES.summary), `${JSON.stringify(summary, null, 2)}\n`);
    // The simulated model scores back-translation offline, so the demo report shows every strategy.
    const scorer = provider.info.simulated && provider.score ? provider : undefined;
    await writeReport([dir], join(dir, RUN_FILES.report), {
      ...(scorer ? { scorer } : {}),
      onNote: (message) => emit({ type: "note", message }),
    });
    if (n >= folderN) return { ...outcome, evaluation, summary };
    // The answer to what was asked: the first n samples of each problem.
    const answer = await firstNEvaluation(evaluation, n, kFor(n), evaluationSettings.bootstrap);
    const subset = await summarizeRun(dir, manifest, jsonSummary(answer), { n, folderN });
    return { ...outcome, evaluation: answer, summary: subset };
  } finally {
    await provider.close?.();
  }
}

/** Keeps this invocation's counters in run.json: as they grow (at most once a second), and at the end. */
export function invocationRecorder(
  dir: string,
  manifest: RunManifest,
  fields: { command: InvocationRecord["command"]; n: number; requested: number },
): { progress: (stats: GenerationStats) => void; finish: (stats?: GenerationStats) => void } {
  const index = manifest.generation?.invocations.length ?? 0;
  const started = new Date().toISOString();
  let last: GenerationStats | undefined;
  let savedAt = Number.NEGATIVE_INFINITY;
  let recorded = false;
  const save = (stats: GenerationStats, finished: boolean) => {
    if (!recorded && !didSomething(stats)) return;
    recorded = true;
    const invocation = invocationOf(stats, {
      started,
      passkVersion: VERSION,
      command: fields.command,
      n: fields.n,
      finished,
    });
    manifest.generation = withInvocation(manifest.generation, index, invocation, {
      requested: fields.requested,
      notGenerated: stats.notGenerated,
    });
    manifest.updated = new Date().toISOString();
    writeManifest(dir, manifest);
    savedAt = performance.now();
  };
  return {
    progress(stats) {
      last = stats;
      if (performance.now() - savedAt >= 1000) save(stats, false);
    },
    finish(stats = last) {
      if (stats) save(stats, true);
    },
  };
}

/** The provider options of a run's settings (shared with `passk incontext run`). */
export function providerOptions(
  settings: PartialSettings,
  options: Pick<RunOptions, "env">,
  emit: (event: RunEvent) => void,
): ProviderOptions {
  const result: ProviderOptions = {
    timeoutSeconds: settings.requestTimeout ?? DEFAULTS.requestTimeout,
    onWarning: (message) => emit({ type: "warning", message }),
  };
  if (settings.maxAnswerSize) result.maxAnswerBytes = settings.maxAnswerSize;
  if (settings.baseUrl) result.baseUrl = settings.baseUrl;
  if (settings.mode) result.mode = settings.mode;
  if (settings.apiKey) result.apiKey = settings.apiKey;
  if (settings.apiKeyEnv) result.apiKeyEnv = settings.apiKeyEnv;
  if (settings.maxPerRequest) result.maxN = settings.maxPerRequest;
  if (settings.seed !== undefined && settings.seed !== null) result.seed = settings.seed;
  if (options.env) result.env = options.env;
  return result;
}

/** Replaying a file defaults to all of its samples; the reference to one; a model to DEFAULTS.n. */
function defaultN(provider: Provider, problems: PromptProblem[]): number {
  const counts = (provider as { counts?: () => Map<string, number> }).counts?.();
  if (counts) return Math.max(1, ...problems.map((p) => counts.get(p.task_id) ?? 0));
  return provider.info.provider === "reference" ? 1 : DEFAULTS.n;
}

function newManifest(
  provider: Provider,
  params: SamplingParams,
  problemSet: ProblemSet,
  hash: string,
): RunManifest {
  const now = new Date().toISOString();
  return {
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
      n: 0,
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
      ...(problemSet.set?.since === undefined ? {} : { since: problemSet.set.since }),
      ...(problemSet.set?.source ? { source: problemSet.set.source } : {}),
      sha256: problemSet.sha256,
      problems: problemSet.problems.size,
      ...(problemSet.language ? { language: problemSet.language } : {}),
      ...(problemSet.renderedFrom ? { renderedFrom: problemSet.renderedFrom } : {}),
    },
    machine: machineInfo(),
  };
}

/** run.json as compared to decide whether it changed (its `updated` time aside). */
function comparable(manifest: RunManifest): string {
  return JSON.stringify({ ...manifest, updated: null });
}

/** Written whole or not at all (temp file + rename): a kill mid-write never leaves half a run.json. */
function writeManifest(dir: string, manifest: RunManifest): void {
  writeJsonAtomically(join(dir, RUN_FILES.manifest), manifest);
}

/** Samples in a folder's samples file (0 without one). */
export function countSamples(dir: string): number {
  const path = join(dir, RUN_FILES.samples);
  return existsSync(path)
    ? readFileSync(path, "utf8")
        .split("\n")
        .filter((line) => line.trim()).length
    : 0;
}

/** Removes what a new run wrote into `dir` (and `dir` itself when this run created it). */
export function discardNewFolder(dir: string, created: boolean): void {
  if (created) rmSync(dir, { recursive: true, force: true });
  else for (const file of [RUN_FILES.manifest, RUN_FILES.samples]) rmSync(join(dir, file), { force: true });
}
