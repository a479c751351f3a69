// summary.json: recomputed from the run folder's files, never kept in memory across steps.
import { join } from "node:path";
import type { ResultRecord } from "../evaluate/types.js";
import { isJsonObject, readJsonl } from "../io/jsonl.js";
import { perProblem } from "../metrics/per-problem.js";
import { RUN_FILES } from "./load.js";
import type { RunManifest, RunSummary } from "./types.js";

/** Builds summary.json from the evaluation's summary and the results file. */
export async function summarizeRun(
  dir: string,
  manifest: RunManifest,
  evaluation: Record<string, unknown>,
): Promise<RunSummary> {
  const lines = await readJsonl(join(dir, RUN_FILES.results), { allowEmpty: true, allowTornLastLine: true });
  const results = lines.flatMap((line) =>
    "value" in line && isJsonObject(line.value) ? [line.value as unknown as ResultRecord] : [],
  );
  const flat = Object.fromEntries(Object.entries(evaluation).filter(([key]) => key.startsWith("pass@")));
  return {
    ...flat,
    run: dir,
    simulated: manifest.simulated,
    model: manifest.model,
    dataset: manifest.dataset,
    generation: manifest.generation ?? null,
    evaluation,
    perProblem: perProblem(results),
  } as RunSummary;
}
