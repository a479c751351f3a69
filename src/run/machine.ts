// Facts about where a run happened (for run.json) and the default name of its folder.
import { cpus, totalmem } from "node:os";
import type { ProblemSet } from "../problems/types.js";
import type { ProviderInfo } from "../providers/types.js";
import type { RunManifest } from "./types.js";

/** The machine, as recorded in run.json. */
export function machineInfo(): RunManifest["machine"] {
  const list = cpus();
  return {
    platform: process.platform,
    arch: process.arch,
    cpus: list.length,
    cpuModel: list[0]?.model.trim() ?? "unknown",
    memoryBytes: totalmem(),
    node: process.version,
  };
}

/**
 * `<model>_<dataset>_<hash8>`: readable, and the same for the same configuration, so re-running a
 * command continues its own folder instead of starting a new one.
 */
export function runFolderName(info: ProviderInfo, problems: ProblemSet, configHash: string): string {
  const model = info.provider === "replay" ? "replay" : info.spec;
  const dataset = problems.set?.name ?? problems.path.split(/[\\/]/).pop() ?? "problems";
  return `${slug(model)}_${slug(dataset.replace(/\.jsonl(\.gz)?$/, ""))}_${configHash.slice(0, 8)}`;
}

function slug(text: string): string {
  return (
    text
      .replace(/[^A-Za-z0-9.-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "x"
  );
}
