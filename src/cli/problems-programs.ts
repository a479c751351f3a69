// `passk problems …` for program sets (stdin → stdout and call problems, docs/problem-format.md):
// `import` writes one from a contest dataset; `list` and `check` take one; the commands about function
// sets (export, stats, cases) refuse one in a line.
import { Argument, type Command } from "commander";
import { PasskError } from "../errors.js";
import { checkProgramSet } from "../evaluate/program-check.js";
import { IMPORT_FORMATS, type ImportFormat, importProblems } from "../problems/import/import.js";
import { isProgramSet, loadProgramSet, type ProgramSet, programSetSince } from "../problems/program-set.js";
import { resolveSetPath } from "../problems/set.js";

/** `passk problems import <format> <path> --out <folder>`. */
export function registerImport(problems: Command): void {
  problems
    .command("import")
    .description(
      "write a passk set from a contest dataset: apps, codecontests or livecodebench (docs/problem-format.md)",
    )
    .addArgument(new Argument("<format>", "the dataset's format").choices(IMPORT_FORMATS))
    .argument(
      "<path>",
      "the dataset: APPS folder or JSONL, CodeContests JSON(L), LiveCodeBench JSONL or folder",
    )
    .requiredOption("-o, --out <folder>", "the set folder to write (new, or empty)")
    .option("--name <name>", "the set's name (default: the format's)")
    .option("--since <date>", "keep problems whose contest date is on or after YYYY-MM-DD (livecodebench)")
    .option("--skip-invalid", "leave malformed problems out (listed) instead of refusing the import")
    .action(
      async (
        format: ImportFormat,
        path: string,
        flags: { out: string; name?: string; since?: string; skipInvalid?: boolean },
      ) => {
        const result = await importProblems({
          format,
          path,
          out: flags.out,
          ...(flags.name ? { name: flags.name } : {}),
          ...(flags.since ? { since: flags.since } : {}),
          ...(flags.skipInvalid ? { skipInvalid: true } : {}),
        });
        for (const reason of result.skipped.slice(0, 20)) process.stderr.write(`passk: left out ${reason}\n`);
        if (result.skipped.length > 20)
          process.stderr.write(`passk: … and ${result.skipped.length - 20} more left out\n`);
        const { read, kept, since } = result.record;
        process.stderr.write(
          `passk: imported ${kept} of ${read} ${format} problems (${result.kinds.stdio} stdin/stdout, ${result.kinds.call} call)${since ? ` dated ${since} or later` : ""} into ${result.out}\n`,
        );
      },
    );
}

/** `export`, `stats` and `cases` are about function sets: a program set gets a one-line refusal. */
export function refuseProgramSet(name: string, command: string): void {
  const root = resolveSetPath(name);
  if (root && isProgramSet(root)) {
    throw new PasskError(
      "BAD_OPTION",
      `${name}: a program set (stdin/stdout or call problems); \`passk problems ${command}\` is for function sets (try \`passk problems list ${name}\`)`,
    );
  }
}

/**
 * The program set at `name` (an imported set), or null for a function set.
 * @throws PasskError BAD_OPTION for `since` with a program set, whose dates are chosen at import.
 */
export function programSetAt(name: string, since?: string): ProgramSet | null {
  const root = resolveSetPath(name);
  if (!root || !isProgramSet(root)) return null;
  if (since !== undefined) throw programSetSince(name, since);
  return loadProgramSet(root);
}

/** `passk problems list` of a program set: id, kind, tests, difficulty, contest date, title. */
export function listPrograms(set: ProgramSet, json: boolean): void {
  const rows = set.problems.map((p) => ({
    task_id: p.taskId,
    kind: p.spec.kind,
    tests: p.tests.length,
    difficulty: p.spec.difficulty ?? "",
    contest_date: p.spec.contest_date ?? "",
    title: p.spec.title,
  }));
  if (json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  const width = Math.max(...rows.map((r) => r.task_id.length));
  for (const r of rows) {
    process.stdout.write(
      `${r.task_id.padEnd(width)}  ${r.kind.padEnd(5)}  ${String(r.tests).padStart(4)} tests  ${r.difficulty.padEnd(12)}  ${r.contest_date.padEnd(10)}  ${r.title}\n`,
    );
  }
}

/** A program set's check: each problem's solution.py (from the dataset) passes its own tests. */
export async function checkPrograms(
  set: ProgramSet,
  only: string[] | undefined,
  json: boolean,
): Promise<void> {
  const unknown = only?.filter((id) => !set.problems.some((p) => p.spec.id === id)) ?? [];
  if (unknown.length > 0) {
    throw new PasskError(
      "BAD_OPTION",
      `--only: no problem ${unknown.join(", ")} in ${set.manifest.name}; see passk problems list ${set.root}`,
    );
  }
  const checks = await checkProgramSet(set, {
    ...(only ? { only } : {}),
    onProblem: (check) =>
      process.stderr.write(
        `${check.ok ? "ok  " : "FAIL"} ${check.taskId}: ${check.tests} tests, ${check.result}\n`,
      ),
  });
  const failing = checks.filter((c) => !c.ok);
  const unchecked = checks.filter((c) => c.result === "no solution").length;
  process.stderr.write(
    `\n${set.manifest.name} ${set.manifest.version}: ${checks.length} problems, ${checks.length - unchecked - failing.length} solutions pass their tests, ${failing.length} fail, ${unchecked} have no solution to check\n`,
  );
  if (json) process.stdout.write(`${JSON.stringify(checks, null, 2)}\n`);
  if (failing.length > 0) process.exitCode = 1;
}
