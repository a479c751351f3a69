// summary.json: recomputed from the run folder's files, never kept in memory across steps.
import { join } from "node:path";
import { perProblem } from "../metrics/per-problem.js";
import { firstN, readResults } from "./first-n.js";
import { RUN_FILES } from "./load.js";
import type { RunManifest, RunSummary } from "./types.js";

/**
 * Builds summary.json from the evaluation's summary and the results file; with `subset`, the
 * per-problem lines are those of the first `subset.n` samples of each problem.
 */
export async function summarizeRun(
  dir: string,
  manifest: RunManifest,
  evaluation: Record<string, unknown>,
  subset?: { n: number; folderN: number },
): Promise<RunSummary> {
  const all = await readResults(join(dir, RUN_FILES.results));
  const results = subset ? firstN(all, subset.n) : all;
  const flat = Object.fromEntries(Object.entries(evaluation).filter(([key]) => key.startsWith("pass@")));
  return {
    ...flat,
    run: dir,
    simulated: manifest.simulated,
    model: manifest.model,
    dataset: manifest.dataset,
    generation: manifest.generation ?? null,
    ...(subset ? { firstN: subset } : {}),
    evaluation,
    perProblem: perProblem(results),
  } as RunSummary;
}
