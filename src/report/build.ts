// Assembles a report from run folders: loads them, computes every study their data allow (ranking,
// BLEU against the canonical solutions, the comparison of several runs, a temperature sweep, pass@k
// against N of the generated families), and renders HTML or markdown. Studies that cannot be computed are left out with a note, never fatal.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULTS } from "../defaults.js";
import { PasskError } from "../errors.js";
import {
  BACKTRANSLATION_FILE,
  backTranslationScores,
  readBackTranslationCache,
  scoreBackTranslation,
} from "../metrics/backtranslate.js";
import { bleuStudy, loadRunProblems } from "../metrics/bleu-study.js";
import { compareRuns } from "../metrics/compare.js";
import { limitsStudy } from "../metrics/limits.js";
import { sampleKey } from "../metrics/per-problem.js";
import { type ExternalScores, rankStudy } from "../metrics/rank.js";
import type { SweepStudy } from "../metrics/studies.js";
import type { Provider } from "../providers/types.js";
import { withMatchedDatasets } from "../run/evalplus-run.js";
import { type LoadedRun, loadRun } from "../run/load.js";
import { VERSION } from "../version.js";
import type { ReportInput } from "./html/input.js";
import { renderHtml } from "./html/page.js";
import type { Studies } from "./studies.js";

/** Options of {@link buildReportInput}. */
export interface BuildReportOptions {
  /** A temperature sweep over (some of) these runs. */
  sweep?: SweepStudy;
  /** Scores back-translation for runs not yet scored (the simulated model does it offline). */
  scorer?: Provider;
  /** Things left out, for people. */
  onNote?: (message: string) => void;
}

/** The file `passk sweep` writes into its folder. */
export const SWEEP_FILE = "sweep.json";

/**
 * Loads the given folders (run folders, or a sweep folder, which stands for its runs) and computes
 * the studies.
 */
export async function buildReportInput(
  dirs: readonly string[],
  options: BuildReportOptions = {},
): Promise<ReportInput> {
  const note = options.onNote ?? (() => {});
  let sweep = options.sweep;
  const runDirs: string[] = [];
  for (const dir of dirs) {
    const sweepPath = join(dir, SWEEP_FILE);
    if (existsSync(sweepPath)) {
      sweep = JSON.parse(readFileSync(sweepPath, "utf8")) as SweepStudy;
      runDirs.push(...new Set(sweep.rows.map((row) => row.run)));
    } else runDirs.push(dir);
  }
  const runs = await Promise.all([...new Set(runDirs)].map((dir) => loadRun(dir)));
  // An in-context run has no verdicts to show: its own report says what it measured.
  const incontext = runs.find((run) => run.manifest.incontext);
  if (incontext) {
    throw new PasskError(
      "BAD_INPUT",
      `${incontext.dir} is an in-context run (\`passk incontext run\`): use \`passk incontext report ${incontext.dir}\``,
    );
  }
  const studies: Studies = {};
  if (sweep) studies.sweep = sweep;
  const evaluated = runs.filter((run) => run.results.length > 0);
  for (const run of runs)
    if (run.results.length === 0) note(`${run.dir}: not evaluated yet; only its configuration is shown`);
  const rank: NonNullable<Studies["rank"]> = [];
  const bleu: NonNullable<Studies["bleu"]> = [];
  for (const run of evaluated) {
    const backTranslation = await backTranslationOf(run, options.scorer);
    rank.push(rankStudy(run.results, { run: run.dir, ...(backTranslation ? { backTranslation } : {}) }));
    try {
      bleu.push(await bleuStudy(run));
    } catch (error) {
      note(`${run.dir}: no BLEU study (${(error as Error).message})`);
    }
  }
  if (rank.length > 0) studies.rank = rank;
  const limits = limitsStudy(
    evaluated.map((run) => ({ run: run.dir, results: run.results })),
    DEFAULTS.k,
  );
  if (limits.families.length > 0) studies.limits = limits;
  if (bleu.length > 0) studies.bleu = bleu;
  if (evaluated.length >= 2 && !sweep) {
    try {
      studies.compare = compareRuns(withMatchedDatasets(evaluated));
    } catch (error) {
      note(`no comparison (${(error as Error).message})`);
    }
  }
  return { runs, studies, generatedAt: new Date().toISOString(), passkVersion: VERSION };
}

/** Builds the report of `dirs` and writes it as one HTML file at `out`; returns its size in bytes. */
export async function writeReport(
  dirs: readonly string[],
  out: string,
  options: BuildReportOptions = {},
): Promise<number> {
  const html = renderHtml(await buildReportInput(dirs, options));
  writeFileSync(out, html);
  return Buffer.byteLength(html);
}

/**
 * Back-translation scores from the run's cache (backtranslation.jsonl), scoring the rest with
 * `scorer` when given; undefined when there is neither. Without a scorer, samples missing from the
 * cache make the strategy unavailable, with what to run.
 */
export async function backTranslationOf(
  run: LoadedRun,
  scorer: Provider | undefined,
): Promise<ExternalScores | undefined> {
  if (scorer) {
    const { problems } = await loadRunProblems(run);
    return backTranslationScores(
      await scoreBackTranslation({ dir: run.dir, provider: scorer, problems, samples: run.results }),
    );
  }
  if (!existsSync(join(run.dir, BACKTRANSLATION_FILE))) return undefined;
  const scores = await readBackTranslationCache(run.dir, run.manifest.model.spec);
  const missing = run.results.filter((record) => !scores.has(sampleKey(record))).length;
  if (missing > 0) {
    return {
      unavailable: `${missing} samples have no back-translation score in ${BACKTRANSLATION_FILE}; run \`passk rank ${run.dir} --back-translation\``,
    };
  }
  return { scores: new Map([...scores].map(([key, summary]) => [key, summary.sum])) };
}
