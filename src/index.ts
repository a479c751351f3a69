// passk's public API. Anything not exported here is private to the package.

export {
  CHAT_PROMPT_VERSION,
  CHAT_SYSTEM,
  type ChatProblem,
  chatMessages,
} from "./completion/chat-prompt.js";
export {
  type Extraction,
  type ExtractionMethod,
  type ExtractProblem,
  extractCompletion,
} from "./completion/extract.js";
export { CODEX_STOP, cutAtStop } from "./completion/stop.js";
export { PasskError, type PasskErrorCode } from "./errors.js";
export {
  DEFAULT_K,
  type EvaluateOptions,
  evaluate,
  resolveLimits,
} from "./evaluate/evaluate.js";
export { type LoadedSample, loadSamples, type Sample, type SkippedLine } from "./evaluate/samples.js";
export type { EvaluateEvent, EvaluationSummary, ResultRecord, StatusCounts } from "./evaluate/types.js";
export { CompletionCache, defaultCacheDir } from "./generate/cache.js";
export {
  type GenerateEvent,
  type GenerateOptions,
  type GenerateResult,
  generate,
} from "./generate/generate.js";
export { RateLimiter, type RateLimits } from "./generate/rate-limit.js";
export { DEFAULT_RETRY, type RetryPolicy } from "./generate/retry.js";
export { JsonlAppender, type JsonlLine, readJsonl } from "./io/jsonl.js";
export * from "./metrics/index.js";
export type * from "./metrics/studies.js";
export { loadProblems } from "./problems/load.js";
export { loadMultiplEProblems } from "./problems/multipl-e.js";
export { buildProgram, buildSplit } from "./problems/program.js";
export type { Language, Problem, ProblemSet } from "./problems/types.js";
export { createProvider, OPENAI_PRESETS, type ProviderOptions } from "./providers/registry.js";
export { createSimProvider, type SimKind, type SimOptions } from "./providers/sim.js";
export type {
  GeneratedSample,
  GenerationRequest,
  GenerationResponse,
  LogprobSummary,
  PromptProblem,
  Provider,
  ProviderInfo,
  SamplingParams,
  ScoreRequest,
} from "./providers/types.js";
export { ProviderError } from "./providers/types.js";
export { type BuildReportOptions, buildReportInput } from "./report/build.js";
export { passCurve, type ReportInput } from "./report/html/input.js";
export { type HtmlOptions, renderHtml } from "./report/html/page.js";
export { renderMarkdown } from "./report/markdown.js";
export { createProgress } from "./report/progress.js";
export type * from "./report/studies.js";
export { formatSummary, jsonSummary } from "./report/summary.js";
export { type PartialSettings, RUN_DEFAULTS, readConfigFile } from "./run/config.js";
export { type LoadedRun, loadRun, RUN_FILES, readManifest } from "./run/load.js";
export { type RunEvent, type RunOptions, type RunOutcome, runModel } from "./run/run.js";
export type {
  GenerationRecord,
  GenerationStats,
  InvocationRecord,
  NotGenerated,
  RunManifest,
  RunSummary,
  SampleRecord,
} from "./run/types.js";
export { createNodeSandbox, type NodeLanguage, type NodeSandboxOptions } from "./sandbox/node/pool.js";
export { createSandbox, type Sandbox, type SandboxOptions } from "./sandbox/pool.js";
export {
  DEFAULT_LIMITS,
  type ExecStatus,
  type Execution,
  type Isolation,
  type IsolationLevel,
  type Limits,
  type SplitRun,
  type VerdictMode,
} from "./sandbox/types.js";
export { VERSION } from "./version.js";
