// Reads an in-context run folder back and scores it: every number of an in-context summary or report
// is recomputed from samples.jsonl (each sample records its task, K, question, exact prompt and
// expected answer), so an interrupted run's folder reports what it holds.
import { PasskError } from "../errors.js";
import type { BootstrapOptions } from "../metrics/bootstrap.js";
import {
  type IncontextCell,
  type IncontextGap,
  incontextAccuracy,
  incontextGaps,
  type ScoredSample,
} from "../metrics/incontext.js";
import { loadRun, RUN_FILES } from "./load.js";
import type { RunManifest } from "./types.js";

/** An in-context run as read from its folder, scored. */
export interface ScoredIncontextRun {
  dir: string;
  manifest: RunManifest & { incontext: NonNullable<RunManifest["incontext"]> };
  samples: ScoredSample[];
  cells: IncontextCell[];
  gaps: IncontextGap[];
}

/** summary.json of an in-context run. */
export interface IncontextSummary {
  run: string;
  simulated: boolean;
  model: RunManifest["model"];
  params: RunManifest["params"];
  incontext: NonNullable<RunManifest["incontext"]>;
  generation: RunManifest["generation"] | null;
  /** Accuracy per task and K, with bootstrap intervals over questions. */
  accuracy: IncontextCell[];
  /** Zero-shot against the largest K, per task. */
  gaps: IncontextGap[];
}

/**
 * Loads and scores the in-context run in `dir`.
 * @throws PasskError BAD_INPUT when the folder holds a run of another kind (`passk run`), or a sample
 *   without the fields an in-context sample records.
 */
export async function loadIncontextRun(
  dir: string,
  bootstrap?: BootstrapOptions,
): Promise<ScoredIncontextRun> {
  const run = await loadRun(dir);
  const incontext = run.manifest.incontext;
  if (!incontext) {
    throw new PasskError(
      "BAD_INPUT",
      `${dir}: not an in-context run (its run.json has no "incontext"; it was made by \`passk run\`: use \`passk report\`)`,
    );
  }
  const samples: ScoredSample[] = [];
  run.samples.forEach((sample, index) => {
    const { task, shots, item, expected, completion } = sample;
    if (
      typeof task !== "string" ||
      typeof shots !== "number" ||
      typeof item !== "number" ||
      typeof expected !== "string" ||
      typeof completion !== "string"
    ) {
      throw new PasskError(
        "BAD_INPUT",
        `${dir}/${RUN_FILES.samples}: sample ${index + 1} (${sample.task_id}) lacks the fields of an in-context sample (task, shots, item, expected, completion)`,
      );
    }
    samples.push({ task, shots, item, expected, completion });
  });
  const manifest = { ...run.manifest, incontext };
  return {
    dir,
    manifest,
    samples,
    cells: incontextAccuracy(samples, bootstrap),
    gaps: incontextGaps(samples, bootstrap),
  };
}

/** summary.json's content for a scored run. */
export function incontextSummary(run: ScoredIncontextRun): IncontextSummary {
  const { manifest } = run;
  return {
    run: run.dir,
    simulated: manifest.simulated,
    model: manifest.model,
    params: manifest.params,
    incontext: manifest.incontext,
    generation: manifest.generation ?? null,
    accuracy: run.cells,
    gaps: run.gaps,
  };
}
