// `passk problems …`: export, list, stats and check a passk problem set (a folder, a shipped set or a
// generated family); write a generated family as a folder.
import { writeFileSync } from "node:fs";
import { type Command, Option } from "commander";
import { PasskError } from "../errors.js";
import { checkSet, type ProblemCheck } from "../problems/check.js";
import {
  FAMILY_HINT,
  formatFamilySpec,
  parseFamilySpec,
  writeGeneratedSet,
} from "../problems/families/index.js";
import { toHumanEval } from "../problems/render.js";
import { loadPasskSet } from "../problems/set.js";
import { setStats } from "../problems/stats.js";
import { count, percent } from "../report/format.js";

export function registerProblems(program: Command): void {
  const problems = program.command("problems").description("work with passk problem sets (datasets/<set>/)");

  problems
    .command("export")
    .description("write a set in another format (HumanEval JSONL), to stdout or --out")
    .argument("<set>", "set name (passk-core), folder or generated family (compose, bind:seed=3)")
    .addOption(new Option("--format <format>", "output format").choices(["humaneval"]).default("humaneval"))
    .option("-o, --out <file>", "write to a file instead of stdout")
    .action((name: string, flags: { out?: string }) => {
      const set = loadPasskSet(name);
      const text = set.problems.map((p) => JSON.stringify(toHumanEval(p))).join("\n");
      if (flags.out) writeFileSync(flags.out, `${text}\n`);
      else process.stdout.write(`${text}\n`);
      process.stderr.write(
        `passk: exported ${set.problems.length} problems of ${set.manifest.name} ${set.manifest.version}\n`,
      );
    });

  problems
    .command("generate")
    .description("write a generated family (compose-N, bind-N) as a set folder, to read, edit or ship")
    .argument("<family>", "compose or bind, with parameters if any: compose:seed=3,per=20,min=1,max=8")
    .requiredOption("-o, --out <folder>", "the set folder to create (new or empty)")
    .action((name: string, flags: { out: string }) => {
      const spec = parseFamilySpec(name);
      if (!spec) {
        throw new PasskError("BAD_OPTION", `${name}: not a generated family; give ${FAMILY_HINT}`);
      }
      const files = writeGeneratedSet(spec, flags.out);
      process.stderr.write(
        `passk: wrote ${formatFamilySpec(spec)} to ${flags.out} (${count(files)} files, ${count(spec.per * (spec.max - spec.min + 1))} problems)\n`,
      );
    });

  problems
    .command("list")
    .description("one line per problem: id, difficulty, tests, tags, title")
    .argument("<set>", "set name (passk-core), folder or generated family (compose, bind:seed=3)")
    .option("--json", "print JSON")
    .action((name: string, flags: { json?: boolean }) => {
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
    .argument("<set>", "set name (passk-core), folder or generated family (compose, bind:seed=3)")
    .option("--json", "print JSON")
    .action((name: string, flags: { json?: boolean }) => {
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
    .argument("<set>", "set name (passk-core), folder or generated family (compose, bind:seed=3)")
    .option("--only <ids>", "only these problem ids, comma-separated")
    .option("--json", "print the full report as JSON on stdout")
    .action(async (name: string, flags: { only?: string; json?: boolean }) => {
      const set = loadPasskSet(name);
      const only = flags.only?.split(",").map((id) => id.trim());
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
