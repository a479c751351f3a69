// The metrics step of the pipeline: unbiased pass@k per problem, and the run's pass@k table with
// bootstrap confidence intervals. The generator behind the bootstrap stays private.

export { auc } from "./auc.js";
export {
  BACKTRANSLATION_FILE,
  type BackTranslationOptions,
  type BackTranslationResult,
  backTranslationPrompt,
  backTranslationScores,
  scoreBackTranslation,
} from "./backtranslate.js";
export {
  type BleuOptions,
  type BleuResult,
  type BleuSmoothMethod,
  type BleuStats,
  bleuFromStats,
  bleuStatistics,
  corpusBleu,
  formatBleu,
  type ReferenceStream,
  sentenceBleu,
} from "./bleu.js";
export { bleuStudy, loadRunProblems, type RunProblems } from "./bleu-study.js";
export { type BootstrapOptions, bootstrapCI, DEFAULT_BOOTSTRAP } from "./bootstrap.js";
export { type CompareOptions, compareRuns } from "./compare.js";
export {
  answerOf,
  type IncontextCell,
  type IncontextGap,
  incontextAccuracy,
  incontextGaps,
  isExactMatch,
  type ScoredSample,
} from "./incontext.js";
export { KNOBS, type LimitsRun, limitsStudy } from "./limits.js";
export { passAtK } from "./passAtK.js";
export { perProblem } from "./per-problem.js";
export { chosenPassCurve, type ExternalScores, type RankOptions, rankStudy, rankWeights } from "./rank.js";
export { type SweepPoint, sweepStudy } from "./sweep.js";
export {
  type PassAtKEntry,
  type PassAtKTable,
  type ProblemCounts,
  passAtKTable,
  type SkippedK,
} from "./table.js";
export { tokenize13a } from "./tokenize13a.js";
export {
  countTokens,
  TOKEN_ENCODINGS,
  type TokenCounts,
  type TokenDistribution,
  type TokenEncoding,
  type TokenFileRow,
  type TokenReport,
  type TokenReportOptions,
  tokenReport,
} from "./tokens.js";
