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
export {
  type AnswerExtraction,
  extractAnswer,
  INCONTEXT_CHAT_SYSTEM,
  INCONTEXT_CHAT_VERSION,
  incontextChatMessages,
} from "./completion/incontext-chat.js";
export { CODEX_STOP, cutAtStop } from "./completion/stop.js";
export { runBounded } from "./concurrency.js";
export { DEFAULTS } from "./defaults.js";
export { PasskError, type PasskErrorCode } from "./errors.js";
export { type EvaluateOptions, evaluate, resolveLimits } from "./evaluate/evaluate.js";
export { type LoadedSample, loadSamples, type Sample, type SkippedLine } from "./evaluate/samples.js";
export type { EvaluateEvent, EvaluationSummary, ResultRecord, StatusCounts } from "./evaluate/types.js";
export { CompletionCache, defaultCacheDir } from "./generate/cache.js";
export { type CallOutcome, ModelCalls, type ModelCallsOptions } from "./generate/calls.js";
export {
  type GenerateEvent,
  type GenerateOptions,
  type GenerateResult,
  generate,
} from "./generate/generate.js";
export { RateLimiter, type RateLimits } from "./generate/rate-limit.js";
export { DEFAULT_RETRY, type RetryPolicy } from "./generate/retry.js";
export { type HarvestEvent, type HarvestOptions, harvest } from "./harvest/harvest.js";
export type { FunctionReport, HarvestReport, RunReport } from "./harvest/report.js";
export { JsonlAppender, type JsonlLine, readJsonl } from "./io/jsonl.js";
export * from "./metrics/index.js";
export type * from "./metrics/studies.js";
export {
  type FamilyName,
  type FamilySpec,
  familyOf,
  formatFamilySpec,
  generateFamily,
  parseFamilySpec,
  writeGeneratedSet,
} from "./problems/families/index.js";
export { FAMILIES, familyNamed, GROUPS } from "./problems/incontext/families.js";
export { loadIncontextFile } from "./problems/incontext/load.js";
export { buildPrompts, type IncontextPrompt, type PromptOptions } from "./problems/incontext/prompt.js";
export { generateTask, resolveTasks, taskFileText } from "./problems/incontext/resolve.js";
export type { Family, IncontextItem, IncontextTask } from "./problems/incontext/types.js";
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
  IncontextQuery,
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
export { renderIncontextHtml } from "./report/incontext/html.js";
export { type IncontextStudy, incontextStudy } from "./report/incontext/study.js";
export { formatIncontextStudy } from "./report/incontext/text.js";
export { renderMarkdown } from "./report/markdown.js";
export { createProgress } from "./report/progress.js";
export type * from "./report/studies.js";
export { formatSummary, jsonSummary } from "./report/summary.js";
export { type PartialSettings, readConfigFile } from "./run/config.js";
export {
  INCONTEXT_DEFAULTS,
  type IncontextOutcome,
  type IncontextPlan,
  type IncontextRunOptions,
  runIncontext,
} from "./run/incontext.js";
export { type IncontextSummary, loadIncontextRun } from "./run/incontext-load.js";
export { type LoadedRun, loadRun, RUN_FILES, readManifest } from "./run/load.js";
export { type RunEvent, type RunOptions, type RunOutcome, runModel } from "./run/run.js";
export type {
  GenerationRecord,
  GenerationStats,
  IncontextManifest,
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
  STATUSES,
  type VerdictMode,
} from "./sandbox/types.js";
export { VERSION } from "./version.js";
