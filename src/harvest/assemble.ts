// The harvested set on disk: the candidates written as problem folders, their tests chosen among the
// recorded calls (strengthen.ts), `passk problems check` run on them, what fails it removed, and the
// folder moved into place whole at the end.
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { PasskError } from "../errors.js";
import { checkSet } from "../problems/check.js";
import { loadPasskSet } from "../problems/set.js";
import type { Provenance } from "../problems/set-types.js";
import { createSandbox } from "../sandbox/pool.js";
import { type Candidate, type DropCode, isWeakTestsFault } from "./decide.js";
import type { HarvestEvent } from "./harvest.js";
import type { FunctionReport } from "./report.js";
import { chooseTests } from "./strengthen.js";
import type { TracedFunction } from "./trace.js";
import { type HarvestedProblem, problemId, writeProblem } from "./write.js";

/** What writing the set needs besides the candidates. */
export interface WriteContext {
  /** Every function seen, as the first run saw it (else the second). */
  functions: Map<string, TracedFunction>;
  project: string;
  commit: string | null;
  testCommand: string;
  /** The harvest's date (YYYY-MM-DD), each problem's `added`. */
  added: string;
  maxTests: number;
  minCalls: number;
  keepWeak: boolean;
  workers?: number;
  onEvent: ((event: HarvestEvent) => void) | undefined;
}

/**
 * Writes the candidates, chooses their tests (strengthen.ts), runs the check, removes what fails it;
 * returns how many problems remain.
 */
export async function writeAndCheck(
  setDir: string,
  name: string,
  candidates: Candidate[],
  reports: Map<string, FunctionReport>,
  context: WriteContext,
): Promise<number> {
  if (candidates.length === 0) return 0;
  mkdirSync(setDir);
  writeManifest(setDir, name, context);
  const taken = new Set<string>();
  const byId = new Map<string, { candidate: Candidate; problem: HarvestedProblem }>();
  const drop = (id: string, code: DropCode, reason: string) => {
    const found = byId.get(id);
    if (!found) return;
    const entry = reports.get(found.candidate.key) as FunctionReport;
    entry.code = code;
    entry.reason = reason;
    entry.helpers = [];
    byId.delete(id);
    rmSync(join(setDir, id), { recursive: true, force: true });
  };
  for (const candidate of candidates) {
    const traced = context.functions.get(candidate.key) as TracedFunction;
    const provenance: Provenance = {
      project: basename(context.project),
      file: traced.file,
      function: traced.name,
      line: traced.line,
      commit: context.commit,
      test_command: context.testCommand,
      calls: traced.calls,
      distinct_calls: candidate.cases.length,
    };
    const problem: HarvestedProblem = {
      id: problemId(traced.module, traced.name, taken),
      module: traced.module,
      name: traced.name,
      info: candidate.info,
      tests: candidate.cases,
      provenance,
      added: context.added,
      helpers: candidate.helperNames.length > 0,
    };
    writeProblem(setDir, problem);
    byId.set(problem.id, { candidate, problem });
  }
  // Every recorded call first: the body replays them, and the tests are chosen among those it reproduces.
  for (const [id, reason] of loadFaults(setDir)) drop(id, "not-extractable", reason);
  if (byId.size === 0) return 0;
  context.onEvent?.({ kind: "choose-start", problems: byId.size });
  const sandbox = await createSandbox({
    bubblewrap: "require",
    ...(context.workers ? { workers: context.workers } : {}),
  });
  try {
    const set = loadPasskSet(setDir);
    await Promise.all(
      set.problems.map(async (loaded) => {
        const { problem } = byId.get(loaded.spec.id) as { problem: HarvestedProblem };
        const chosen = await chooseTests(sandbox, loaded, context.maxTests);
        if (chosen.failure) return drop(loaded.spec.id, "check-failed", chosen.failure);
        const recorded = loaded.tests.length;
        if (chosen.tests.length < context.minCalls) {
          return drop(
            loaded.spec.id,
            "too-few-calls",
            `the body alone reproduces ${chosen.tests.length} of the ${recorded} recorded calls (${context.minCalls} needed); the others depended on what the tests had set up`,
          );
        }
        problem.tests = chosen.tests;
        problem.provenance.distinct_calls = recorded - chosen.unreproduced;
        rmSync(join(setDir, problem.id), { recursive: true });
        writeProblem(setDir, problem);
      }),
    );
  } finally {
    await sandbox.close();
  }
  if (byId.size === 0) return 0;
  context.onEvent?.({ kind: "check-start", problems: byId.size });
  const set = loadPasskSet(setDir);
  const check = await checkSet(set, {
    sandbox: { bubblewrap: "require", ...(context.workers ? { workers: context.workers } : {}) },
    onProblem: (c) => context.onEvent?.({ kind: "checked", taskId: c.taskId, ok: c.faults.length === 0 }),
  });
  let kept = 0;
  for (const result of check.problems) {
    const id = result.taskId.slice(name.length + 1);
    const { candidate, problem } = byId.get(id) as { candidate: Candidate; problem: HarvestedProblem };
    const entry = reports.get(candidate.key) as FunctionReport;
    entry.tests = result.tests;
    entry.killRate = result.killRate;
    const weak = result.faults.filter(isWeakTestsFault);
    const other = result.faults.filter((f) => !isWeakTestsFault(f));
    const code: DropCode | null = other.length > 0 ? "check-failed" : weak.length > 0 ? "weak-tests" : null;
    if (code === null || (code === "weak-tests" && context.keepWeak)) {
      kept++;
      entry.taskId = result.taskId;
      entry.decision = code === null ? "kept" : "kept-weak";
      if (code !== null) {
        entry.code = code;
        entry.reason = weak.join("; ");
        problem.provenance.weak = entry.reason;
        rmSync(join(setDir, id), { recursive: true });
        writeProblem(setDir, problem);
      }
    } else {
      drop(id, code, (code === "check-failed" ? other : weak).join("; "));
    }
  }
  return kept;
}

/** Problems of the written set that passk's loader refuses: problem id → the first fault. */
function loadFaults(setDir: string): Map<string, string> {
  const faults = new Map<string, string>();
  try {
    loadPasskSet(setDir);
  } catch (error) {
    if (!(error instanceof PasskError)) throw error;
    for (const detail of error.details) {
      const id = /^[^:]*?\/([a-z0-9-]+)\/[a-z]+\.(json|py):/.exec(detail.slice(setDir.length))?.[1];
      if (!id) throw error;
      if (!faults.has(id)) faults.set(id, detail.slice(setDir.length + id.length + 2));
    }
  }
  return faults;
}

function writeManifest(setDir: string, name: string, context: WriteContext): void {
  const at = context.commit ? ` at commit ${context.commit.slice(0, 12)}` : "";
  const manifest = {
    name,
    version: "0.1.0",
    description: `Functions of ${basename(context.project)}${at}, with the calls recorded while its tests ran (${context.testCommand}); made by passk harvest.`,
  };
  writeFileSync(join(setDir, "set.json"), `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * Moves the finished set to `out`: a rename when both are on one file system, otherwise a copy into a
 * hidden folder beside `out` and a rename, so that `out` appears whole or not at all.
 */
export function moveInto(setDir: string, out: string): void {
  try {
    renameSync(setDir, out);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
  }
  const staging = mkdtempSync(join(dirname(out), `.${basename(out)}.tmp-`));
  try {
    cpSync(setDir, join(staging, "set"), { recursive: true });
    renameSync(join(staging, "set"), out);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
