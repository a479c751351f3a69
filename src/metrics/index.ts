// The metrics step of the pipeline: unbiased pass@k per problem, and the run's pass@k table with
// bootstrap confidence intervals. The generator behind the bootstrap stays private.

export { type BootstrapOptions, bootstrapCI, DEFAULT_BOOTSTRAP } from "./bootstrap.js";
export { passAtK } from "./passAtK.js";
export {
  type PassAtKEntry,
  type PassAtKTable,
  type ProblemCounts,
  passAtKTable,
  type SkippedK,
} from "./table.js";
