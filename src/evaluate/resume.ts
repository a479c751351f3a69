// Resuming: a results file is appended to as samples finish; a run that was interrupted (even by
// kill -9) continues where it stopped, but only if it is the same run (same data, same limits).
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { PasskError } from "../errors.js";
import { readJsonl } from "../io/jsonl.js";
import type { Problem } from "../problems/types.js";
import type { Limits } from "../sandbox/types.js";
import type { ResultRecord } from "./types.js";

/** What identifies a run: results are only resumed when all of it is unchanged. */
export interface RunIdentity {
  samplesSha256: string;
  problemsSha256: string;
  limits: Limits;
  skipInvalid: boolean;
  /** How verdicts were reached (JUDGE); results of an earlier way are not mixed with new ones. */
  judge?: string;
  /** EvalPlus problems: the time limits and mode, which change verdicts. */
  evalplus?: { minTimeLimit: number; gtTimeLimitFactor: number; testDetails: boolean };
}

/**
 * The way passk reaches verdicts now: "split-1" is the sandbox that runs HumanEval-style tests apart
 * from the sample. Results judged before it (in-process, forgeable) are never resumed into a run.
 */
export const JUDGE = "split-1";

/**
 * The way passk judges problems with EvalPlus inputs (docs/evalplus.md): on those inputs, compared
 * outside the sandbox. Results of the same file judged by its `test` only are never mixed with them.
 */
export const JUDGE_EVALPLUS = "evalplus-1";

/** How passk judges these problems now: on EvalPlus's inputs when any problem has them, else by their tests. */
export function judgeOf(problems: Iterable<Problem>): string {
  for (const problem of problems) if (problem.evalplus) return JUDGE_EVALPLUS;
  return JUDGE;
}

/** The run manifest written next to the results: configuration, isolation, and the final summary. */
export interface RunManifest {
  passk: string;
  identity: RunIdentity;
  [field: string]: unknown;
}

/** `samples.jsonl_results.jsonl` → `samples.jsonl_results.run.json`. */
export function manifestPathFor(resultsPath: string): string {
  return `${resultsPath.replace(/\.jsonl$/, "")}.run.json`;
}

/** Writes the manifest atomically (temp file + rename), so a crash never leaves half of it. */
export function writeManifest(path: string, manifest: RunManifest): void {
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(temporary, path);
}

/**
 * Reads the records of an earlier run of the same identity, or [] when there is none.
 * With `fresh`, earlier results are deleted; with "if-changed", only when they are of a different run
 * (`onRestart` says why). Otherwise refuses to mix results of a different run.
 */
export async function previousResults(
  resultsPath: string,
  identity: RunIdentity,
  fresh: boolean | "if-changed",
  onRestart: (why: string) => void = () => {},
): Promise<ResultRecord[]> {
  const manifestPath = manifestPathFor(resultsPath);
  if (fresh === true) {
    rmSync(resultsPath, { force: true });
    rmSync(manifestPath, { force: true });
    return [];
  }
  if (!existsSync(resultsPath)) return [];
  const lines = await readJsonl(resultsPath, { allowTornLastLine: true, allowEmpty: true });
  if (lines.length === 0) return [];
  const restart = "pass --fresh to discard them and start over, or --out to write elsewhere";
  if (!existsSync(manifestPath)) {
    throw new PasskError(
      "BAD_OPTION",
      `${resultsPath} already holds results but no passk run manifest (${manifestPath}); ${restart}`,
    );
  }
  let manifest: RunManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as RunManifest;
  } catch (error) {
    throw new PasskError(
      "BAD_OPTION",
      `${manifestPath}: unreadable run manifest (${(error as Error).message}); ${restart}`,
    );
  }
  const changed = differences(manifest.identity, identity);
  if (changed.length > 0 && fresh === "if-changed") {
    // Results are derived from the samples: evaluated under other settings, they are made again.
    onRestart(`${changed.join(", ")} changed since ${resultsPath} was written`);
    return previousResults(resultsPath, identity, true);
  }
  if (changed.length > 0) {
    throw new PasskError(
      "BAD_OPTION",
      `${resultsPath} holds results of a different run (${changed.join(", ")} changed); ${restart}`,
    );
  }
  const records: ResultRecord[] = [];
  for (const line of lines) {
    if ("error" in line || typeof (line.value as ResultRecord).sample_line !== "number") {
      throw new PasskError(
        "BAD_INPUT",
        `${resultsPath}:${line.line}: not a passk result record (${"error" in line ? line.error : "no sample_line"}); ${restart}`,
      );
    }
    records.push(line.value as ResultRecord);
  }
  return records;
}

function differences(before: RunIdentity | undefined, now: RunIdentity): string[] {
  if (!before) return ["everything"];
  const changed: string[] = [];
  if (before.samplesSha256 !== now.samplesSha256) changed.push("samples file");
  if (before.problemsSha256 !== now.problemsSha256) changed.push("problems file");
  if (JSON.stringify(before.limits) !== JSON.stringify(now.limits)) changed.push("limits");
  if (before.skipInvalid !== now.skipInvalid) changed.push("--skip-invalid");
  if (before.judge !== now.judge)
    changed.push(`the way verdicts are reached (${way(before.judge)} then, ${way(now.judge)} now)`);
  if (JSON.stringify(before.evalplus) !== JSON.stringify(now.evalplus)) {
    changed.push("the EvalPlus settings (--min-time-limit, --gt-time-limit-factor, --test-details)");
  }
  return changed;
}

function way(judge: string | undefined): string {
  if (judge === JUDGE_EVALPLUS) return "EvalPlus's inputs";
  if (judge === JUDGE) return "the problems' tests";
  return "an earlier passk's sandbox";
}

/**
 * True when `resultsPath` holds results that passk reached another way than `judge`, the way it judges
 * their problems now (an earlier passk's sandbox, or an EvalPlus file judged by its `test`).
 */
export function judgedAnotherWay(resultsPath: string, judge: string): boolean {
  const manifestPath = manifestPathFor(resultsPath);
  if (!existsSync(resultsPath) || !existsSync(manifestPath)) return false;
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as RunManifest;
    return manifest.identity?.judge !== judge;
  } catch {
    return false; // an unreadable manifest is reported by previousResults, with what to do
  }
}
