// `passk problems …`: export, list, stats and check a passk problem set.
import { writeFileSync } from "node:fs";
import { Argument, type Command, Option } from "commander";
import { PasskError } from "../errors.js";
import { checkProgramSet } from "../evaluate/program-check.js";
import { checkSet, type ProblemCheck } from "../problems/check.js";
import { IMPORT_FORMATS, type ImportFormat, importProblems } from "../problems/import/import.js";
import { isProgramSet, loadProgramSet } from "../problems/program-set.js";
import { toHumanEval } from "../problems/render.js";
import { loadPasskSet, resolveSetPath } from "../problems/set.js";
import { setStats } from "../problems/stats.js";
import { count, percent } from "../report/format.js";

export function registerProblems(program: Command): void {
  const problems = program.command("problems").description("work with passk problem sets (datasets/<set>/)");

  problems
    .command("export")
    .description("write a set in another format (HumanEval JSONL), to stdout or --out")
    .argument("<set>", "set name (passk-core) or folder")
    .addOption(new Option("--format <format>", "output format").choices(["humaneval"]).default("humaneval"))
    .option("-o, --out <file>", "write to a file instead of stdout")
    .action((name: string, flags: { out?: string }) => {
      refuseProgramSet(name, "export");
      const set = loadPasskSet(name);
      const text = set.problems.map((p) => JSON.stringify(toHumanEval(p))).join("\n");
      if (flags.out) writeFileSync(flags.out, `${text}\n`);
      else process.stdout.write(`${text}\n`);
      process.stderr.write(
        `passk: exported ${set.problems.length} problems of ${set.manifest.name} ${set.manifest.version}\n`,
      );
    });

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

  problems
    .command("list")
    .description("one line per problem: id, difficulty, tests, tags, title")
    .argument("<set>", "set name (passk-core) or folder")
    .option("--json", "print JSON")
    .action((name: string, flags: { json?: boolean }) => {
      const programs = programSetAt(name);
      if (programs) {
        listPrograms(programs, flags.json ?? false);
        return;
      }
      const set = loadPasskSet(name);
      const rows = set.problems.map((p) => ({
        task_id: p.taskId,
        difficulty: p.spec.difficulty,
        tests: p.tests.length,
        tags: p.spec.tags,
        title: p.spec.title,
      }));
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      const width = Math.max(...rows.map((r) => r.task_id.length));
      for (const r of rows) {
        process.stdout.write(
          `${r.task_id.padEnd(width)}  ${r.difficulty.padEnd(6)}  ${String(r.tests).padStart(3)} tests  ${r.tags.join(",").padEnd(28)}  ${r.title}\n`,
        );
      }
    });

  problems
    .command("stats")
    .description("counts, tests per problem, difficulty and tag histograms, content hash")
    .argument("<set>", "set name (passk-core) or folder")
    .option("--json", "print JSON")
    .action((name: string, flags: { json?: boolean }) => {
      refuseProgramSet(name, "stats");
      const stats = setStats(loadPasskSet(name));
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
        return;
      }
      const bar = (n: number) => "█".repeat(n);
      const out = [
        `${stats.name} ${stats.version} · sha256 ${stats.sha256.slice(0, 16)}…`,
        `problems: ${stats.problems}`,
        `tests: ${count(stats.tests.total)} (per problem: min ${stats.tests.min}, mean ${stats.tests.mean.toFixed(1)}, max ${stats.tests.max})`,
        "difficulty:",
        ...Object.entries(stats.difficulty).map(
          ([d, n]) => `  ${d.padEnd(8)} ${String(n).padStart(3)} ${bar(n)}`,
        ),
        "tags:",
        ...Object.entries(stats.tags).map(([t, n]) => `  ${t.padEnd(20)} ${String(n).padStart(3)} ${bar(n)}`),
      ];
      process.stdout.write(`${out.join("\n")}\n`);
    });

  problems
    .command("check")
    .description(
      "quality gate: canonical solutions pass (3×, fast), examples agree, tests kill ≥ 90 % of mutants",
    )
    .argument("<set>", "set name (passk-core) or folder")
    .option("--only <ids>", "only these problem ids, comma-separated")
    .option("--json", "print the full report as JSON on stdout")
    .action(async (name: string, flags: { only?: string; json?: boolean }) => {
      const only = flags.only?.split(",").map((id) => id.trim());
      const programs = programSetAt(name);
      if (programs) {
        await checkPrograms(programs, only, flags.json ?? false);
        return;
      }
      const set = loadPasskSet(name);
      const report = await checkSet(set, {
        ...(only ? { only } : {}),
        onProblem: (check) => process.stderr.write(line(check)),
      });
      const byDifficulty = new Map<string, { problems: number; killed: number; counted: number }>();
      for (const c of report.problems) {
        const row = byDifficulty.get(c.difficulty) ?? { problems: 0, killed: 0, counted: 0 };
        row.problems++;
        row.killed += c.killed;
        row.counted += c.mutants - c.equivalent;
        byDifficulty.set(c.difficulty, row);
      }
      const out = [`\n${report.set} ${report.version}: ${report.problems.length} problems checked`];
      for (const [difficulty, row] of byDifficulty) {
        out.push(
          `  ${difficulty.padEnd(7)} ${String(row.problems).padStart(3)} problems · mutants killed ${count(row.killed)}/${count(row.counted)} (${percent(row.counted ? row.killed / row.counted : 1)})`,
        );
      }
      for (const d of report.nearDuplicates) {
        out.push(
          `  near-duplicate? ${d.a} ~ ${d.b} (description ${percent(d.description, 0)}, solution ${percent(d.solution, 0)} shared words)`,
        );
      }
      const failing = report.problems.filter((c) => c.faults.length > 0);
      out.push(
        failing.length === 0 ? "  all problems pass the gate" : `  ${failing.length} problems fail the gate`,
      );
      process.stderr.write(`${out.join("\n")}\n`);
      if (flags.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      if (!report.ok) process.exitCode = 1;
    });
}

function line(check: ProblemCheck): string {
  const head = `${check.faults.length === 0 ? "ok  " : "FAIL"} ${check.taskId}: ${check.tests} tests, ${check.killed}/${check.mutants - check.equivalent} mutants killed (${percent(check.killRate)})${check.equivalent ? `, ${check.equivalent} equivalent` : ""}, canonical ${(check.canonicalCpu * 1000).toFixed(0)} ms`;
  const details = check.faults.map((f) => `\n      ${f}`).join("");
  return `${head}${details}\n`;
}

/** `export` and `stats` are about function sets: a program set gets a one-line refusal. */
function refuseProgramSet(name: string, command: string): void {
  if (programSetAt(name)) {
    throw new PasskError(
      "BAD_OPTION",
      `${name}: a program set (stdin/stdout or call problems); \`passk problems ${command}\` is for function sets (try \`passk problems list ${name}\`)`,
    );
  }
}

/** The program set at `name` (an imported set), or null for a function set. */
function programSetAt(name: string) {
  const root = resolveSetPath(name);
  return root && isProgramSet(root) ? loadProgramSet(root) : null;
}

function listPrograms(set: ReturnType<typeof loadProgramSet>, json: boolean): void {
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
async function checkPrograms(
  set: ReturnType<typeof loadProgramSet>,
  only: string[] | undefined,
  json: boolean,
): Promise<void> {
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
