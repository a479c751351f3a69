// Where `passk run` and `passk generate` will write, checked for every configuration before the first
// request is sent: a run folder that cannot be made fails in one line, not after the sampling.
import { checkOutputDir } from "../io/output-path.js";
import type { PartialSettings } from "../run/config.js";

/** Checks the run folder (`--out`, or a new folder under `--runs-dir`) of each configuration. */
export function checkRunFolders(runs: readonly PartialSettings[], runsDir: string): void {
  for (const settings of runs) {
    if (settings.out !== undefined) checkOutputDir(settings.out, "--out");
    else checkOutputDir(runsDir, "--runs-dir");
  }
}
