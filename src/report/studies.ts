// What a report shows besides the runs themselves: the studies computed by src/metrics/ (their
// shapes are in src/metrics/studies.ts) and the pass@k curve of each run drawn by the reports.
import type {
  BleuStudy,
  CompareStudy,
  Estimate,
  LimitsStudy,
  RankStudy,
  SweepStudy,
} from "../metrics/studies.js";

/** pass@k for k = 1 … n of one run (the curve of "pass@k grows with k"). */
export interface PassCurve {
  run: string;
  label: string;
  points: (Estimate & { k: number })[];
}

/** Everything a report can show besides the runs themselves. */
export interface Studies {
  sweep?: SweepStudy;
  rank?: RankStudy[];
  bleu?: BleuStudy[];
  compare?: CompareStudy;
  /** pass@k against N of the generated families (compose-N, bind-N), when some run has their problems. */
  limits?: LimitsStudy;
}
