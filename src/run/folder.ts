// Opening a run folder before anything is written to it: the folder's own settings as defaults, the
// check that it holds this configuration, and what its samples file already holds. A command that
// is refused here has changed nothing on disk.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PasskError } from "../errors.js";
import { type ExistingSamples, readExistingSamples } from "../generate/resume.js";
import type { PromptProblem, ProviderInfo, SamplingParams } from "../providers/types.js";
import { configDifferences, folderSettings, type PartialSettings } from "./config.js";
import { RUN_FILES, readManifest } from "./load.js";
import type { RunManifest } from "./types.js";

/** A run folder as found: its run.json (null for a new folder), its samples, and its n. */
export interface OpenedFolder {
  manifest: RunManifest | null;
  existing: ExistingSamples;
  /** Samples per problem the folder is for: run.json's n, or more when samples.jsonl holds more. */
  n: number;
}

/** The settings of the run in `dir` when there is one (see `folderSettings`), else none. */
export function folderDefaults(dir: string | undefined): PartialSettings {
  if (dir === undefined || !existsSync(join(dir, RUN_FILES.manifest))) return {};
  return folderSettings(readManifest(dir));
}

/** What a folder must match: the configuration hash, and what it stands for (to say what differs). */
export interface FolderIdentity {
  hash: string;
  info: ProviderInfo;
  params: SamplingParams;
  datasetSha256: string;
  problems: readonly PromptProblem[];
  keyOf: (problem: PromptProblem) => string;
}

/**
 * Reads the folder without writing anything.
 * @throws PasskError BAD_INPUT, in one line, when the folder holds a run of another configuration
 *   (saying what differs) or samples that do not belong to this one.
 */
export async function openRunFolder(dir: string, identity: FolderIdentity): Promise<OpenedFolder> {
  const manifest = existsSync(join(dir, RUN_FILES.manifest)) ? readManifest(dir) : null;
  if (manifest && manifest.configHash !== identity.hash) {
    const differences = configDifferences(manifest, identity.info, identity.params, identity.datasetSha256);
    const what = differences.length > 0 ? differences.join("; ") : "made by another passk or prompt format";
    throw new PasskError(
      "BAD_INPUT",
      `${dir} holds a run of another configuration (${what}); choose another --out, or leave --out out to get a folder of its own`,
    );
  }
  const existing = await readExistingSamples(join(dir, RUN_FILES.samples), identity.problems, identity.keyOf);
  return { manifest, existing, n: Math.max(manifest?.params.n ?? 0, existing.n) };
}
