// Checks evaluate() makes before it starts a sandbox: everything that would otherwise fail after the
// work (an output path that cannot be written, a k no problem has enough samples for, nothing to
// score) fails here at once, in one line, with nothing started that would need tearing down.
import { closeSync, existsSync, openSync, readSync } from "node:fs";
import { resolve } from "node:path";
import { PasskError } from "../errors.js";
import { checkOutputFile } from "../io/output-path.js";
import { manifestPathFor } from "./resume.js";
import type { LoadedSample, SkippedLine } from "./samples.js";

/** What {@link preflight} looks at: the loaded samples and where the results will go. */
export interface PreflightInput {
  samplesPath: string;
  problemsPath: string;
  resultsPath: string;
  /** The results path was given (`--out`) rather than derived from the samples path. */
  outGiven: boolean;
  /** Earlier results will be discarded, so their content does not matter. */
  fresh: boolean;
  samples: readonly LoadedSample[];
  skipped: readonly SkippedLine[];
  k: readonly number[] | "all";
  /** Where `--format evalplus` will write EvalPlus's eval_results.json. */
  evalplusPath?: string;
}

/**
 * Throws the first reason the evaluation cannot give a useful answer.
 *
 * @throws PasskError BAD_OPTION for an output path that cannot be written (or is an input file), or
 *   when no requested k can be reported; BAD_INPUT when there is no sample to score.
 */
export function preflight(input: PreflightInput): void {
  checkResultsPath(input);
  checkSomethingToScore(input);
  checkK(input);
}

function checkResultsPath({
  samplesPath,
  problemsPath,
  resultsPath,
  outGiven,
  fresh,
  evalplusPath,
}: PreflightInput): void {
  const flag = outGiven ? "--out" : "results file";
  for (const [input, what] of [
    [samplesPath, "samples"],
    [problemsPath, "problems"],
  ] as const) {
    if (resolve(resultsPath) === resolve(input)) {
      throw new PasskError(
        "BAD_OPTION",
        `${flag} ${resultsPath}: is the ${what} file; results are appended to the results file, so choose another --out`,
      );
    }
  }
  checkOutputFile(resultsPath, flag);
  checkOutputFile(manifestPathFor(resultsPath), "run manifest");
  if (evalplusPath !== undefined) checkEvalPlusPath(evalplusPath, [samplesPath, problemsPath, resultsPath]);
  if (!fresh && startsWithGzipMagic(resultsPath)) {
    throw new PasskError(
      "BAD_OPTION",
      `${flag} ${resultsPath}: is gzip-compressed and cannot be appended to; decompress it, pass --fresh to replace it, or choose another --out`,
    );
  }
}

/** EvalPlus's results file, written beside the results: never over an input, and writable. */
function checkEvalPlusPath(path: string, inputs: readonly string[]): void {
  const flag = "--format evalplus: its output";
  if (inputs.some((input) => resolve(input) === resolve(path))) {
    throw new PasskError(
      "BAD_OPTION",
      `${flag} ${path} is one of the input files; it is written beside the results file, so choose another --out`,
    );
  }
  checkOutputFile(path, flag);
}

function startsWithGzipMagic(path: string): boolean {
  if (!existsSync(path)) return false;
  const fd = openSync(path, "r");
  try {
    const head = Buffer.alloc(2);
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

function checkSomethingToScore({ samplesPath, samples, skipped }: PreflightInput): void {
  if (samples.length > 0) return;
  throw new PasskError(
    "BAD_INPUT",
    skipped.length > 0
      ? `${samplesPath}: no sample to evaluate: all ${skipped.length} ${skipped.length === 1 ? "line was" : "lines were"} invalid and skipped (--skip-invalid)`
      : `${samplesPath}: no sample to evaluate`,
    skipped.map(({ line, reason }) => `${samplesPath}:${line}: ${reason}`),
  );
}

/** pass@k needs n ≥ k for every problem with samples: if no asked k qualifies, the run would report nothing. */
function checkK({ samples, k }: PreflightInput): void {
  if (k === "all") return; // every k up to the smallest n, so at least pass@1
  const n = new Map<string, number>();
  for (const { sample } of samples) n.set(sample.task_id, (n.get(sample.task_id) ?? 0) + 1);
  let smallest = Number.POSITIVE_INFINITY;
  let where = "";
  for (const [taskId, count] of n) {
    if (count < smallest) [smallest, where] = [count, taskId];
  }
  if (k.some((value) => value <= smallest)) return;
  const example = smallest === 1 ? "--k 1" : `--k 1,${smallest}`;
  throw new PasskError(
    "BAD_OPTION",
    `--k ${k.join(",")}: no pass@k can be reported: it needs at least k samples for every problem, and ${where} has ${smallest}; ` +
      `ask for k ≤ ${smallest} (e.g. ${example}, or --k all)`,
  );
}
