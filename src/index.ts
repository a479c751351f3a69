// passk's public API. Anything not exported here is private to the package.

export { PasskError, type PasskErrorCode } from "./errors.js";
export {
  DEFAULT_K,
  type EvaluateOptions,
  evaluate,
  resolveLimits,
} from "./evaluate/evaluate.js";
export { type LoadedSample, loadSamples, type Sample, type SkippedLine } from "./evaluate/samples.js";
export type { EvaluateEvent, EvaluationSummary, ResultRecord, StatusCounts } from "./evaluate/types.js";
export { JsonlAppender, type JsonlLine, readJsonl } from "./io/jsonl.js";
export * from "./metrics/index.js";
export { loadProblems } from "./problems/load.js";
export { buildProgram } from "./problems/program.js";
export type { Problem, ProblemSet } from "./problems/types.js";
export { createProgress } from "./report/progress.js";
export { formatSummary, jsonSummary } from "./report/summary.js";
export { createSandbox, type Sandbox, type SandboxOptions } from "./sandbox/pool.js";
export {
  DEFAULT_LIMITS,
  type ExecStatus,
  type Execution,
  type Isolation,
  type IsolationLevel,
  type Limits,
} from "./sandbox/types.js";
export { VERSION } from "./version.js";
