// `passk problems …`: export, list, stats and check a passk problem set (a folder, a shipped set or a
// generated family); write a generated family as a folder; turn Python calls into cases; import a
// contest dataset as a program set (problems-programs.ts), which list and check also take.
import { readFileSync, writeFileSync } from "node:fs";
import { type Command, Option } from "commander";
import { PasskError } from "../errors.js";
import { checkTsSet } from "../evaluate/ts-check.js";
import { checkSet } from "../problems/check.js";
import { parsePythonCases } from "../problems/check-text.js";
import {
  FAMILY_HINT,
  formatFamilySpec,
  parseFamilySpec,
  writeGeneratedSet,
} from "../problems/families/index.js";
import { loadProblems } from "../problems/load.js";
import { toHumanEval } from "../problems/render.js";
import { loadPasskSet } from "../problems/set.js";
import { assertCount, setStats, shapeStats } from "../problems/stats.js";
import { canonicalJson } from "../problems/values.js";
import { count } from "../report/format.js";
import { createSandbox } from "../sandbox/pool.js";
import { DEFAULT_LIMITS } from "../sandbox/types.js";
import { checkLine, checkSummary, formatStats, tsCheckLine, tsCheckSummary } from "./problems-output.js";
import {
  checkPrograms,
  listPrograms,
  programSetAt,
  refuseProgramSet,
  registerImport,
} from "./problems-programs.js";

const SINCE = "only the problems added on or after this date (YYYY-MM-DD)";
const SET = "set name (passk-core), folder or generated family (compose, bind:seed=3)";

/** loadPasskSet with the --since flag, when given. */
function load(name: string, flags: { since?: string }) {
  return loadPasskSet(name, flags.since === undefined ? {} : { since: flags.since });
}

export function registerProblems(program: Command): void {
  const problems = program.command("problems").description("work with passk problem sets (datasets/<set>/)");

  problems
    .command("export")
    .description("write a set in another format (HumanEval JSONL), to stdout or --out")
    .argument("<set>", SET)
    .addOption(new Option("--format <format>", "output format").choices(["humaneval"]).default("humaneval"))
    .option("-o, --out <file>", "write to a file instead of stdout")
    .option("--since <date>", SINCE)
    .action((name: string, flags: { out?: string; since?: string }) => {
      refuseProgramSet(name, "export");
      const set = load(name, flags);
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

  registerImport(problems);

  problems
    .command("list")
    .description("one line per problem: id, difficulty, tests, date added, tags, title")
    .argument("<set>", SET)
    .option("--since <date>", SINCE)
    .option("--json", "print JSON")
    .action((name: string, flags: { json?: boolean; since?: string }) => {
      const programs = programSetAt(name, flags.since);
      if (programs) {
        listPrograms(programs, flags.json ?? false);
        return;
      }
      const set = load(name, flags);
      const rows = set.problems.map((p) => ({
        task_id: p.taskId,
        difficulty: p.spec.difficulty,
        tests: p.tests.length,
        added: p.spec.added,
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
          `${r.task_id.padEnd(width)}  ${r.difficulty.padEnd(6)}  ${String(r.tests).padStart(3)} tests  ${r.added}  ${r.tags.join(",").padEnd(28)}  ${r.title}\n`,
        );
      }
    });

  problems
    .command("stats")
    .description(
      "difficulty, tags, prompt and solution length, tests per problem; beside a HumanEval file's with --humaneval",
    )
    .argument("<set>", SET)
    .option("--humaneval <file>", "a HumanEval-format JSONL(.gz) to compare with, e.g. HumanEval.jsonl.gz")
    .option("--since <date>", SINCE)
    .option("--json", "print JSON")
    .action(async (name: string, flags: { json?: boolean; since?: string; humaneval?: string }) => {
      refuseProgramSet(name, "stats");
      const stats = setStats(load(name, flags));
      const other = flags.humaneval
        ? {
            label: flags.humaneval.split(/[\\/]/).pop() as string,
            stats: shapeStats([...(await loadProblems(flags.humaneval)).problems.values()], assertCount),
          }
        : undefined;
      if (flags.json) {
        const json = other ? { ...stats, compared: { file: flags.humaneval, ...other.stats } } : stats;
        process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
        return;
      }
      process.stdout.write(formatStats(stats, other));
    });

  problems
    .command("check")
    .description(
      "quality gate: canonical solutions pass (3×, fast), examples agree, preconditions hold, wrong solutions fail, alternatives pass, tests kill ≥ 90 % of mutants",
    )
    .argument("<set>", SET)
    .option("--only <ids>", "only these problem ids, comma-separated")
    .option("--since <date>", SINCE)
    .option("--json", "print the full report as JSON on stdout")
    .addOption(
      new Option(
        "--language <language>",
        "ts: check the TypeScript rendering and solution.ts instead (signature, tests, examples, mutants)",
      ).choices(["py", "ts"]),
    )
    .action(
      async (name: string, flags: { only?: string; json?: boolean; since?: string; language?: string }) => {
        const only = flags.only?.split(",").map((id) => id.trim());
        const programs = programSetAt(name, flags.since);
        if (programs && flags.language === "ts") {
          throw new PasskError(
            "BAD_OPTION",
            `--language ts: ${name} is a set of whole programs, judged as Python; leave out --language`,
          );
        }
        if (programs) {
          await checkPrograms(programs, only, flags.json ?? false);
          return;
        }
        const set = load(name, flags);
        const unknown = only?.filter((id) => !set.problems.some((p) => p.spec.id === id)) ?? [];
        if (unknown.length > 0) {
          throw new PasskError(
            "BAD_OPTION",
            `--only: no problem ${unknown.join(", ")} in ${set.manifest.name}${set.since ? ` added since ${set.since}` : ""}; see passk problems list ${name}`,
          );
        }
        if (flags.language === "ts") {
          const report = await checkTsSet(set, {
            ...(only ? { only } : {}),
            onProblem: (check) => process.stderr.write(tsCheckLine(check)),
          });
          process.stderr.write(tsCheckSummary(report));
          if (flags.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
          if (!report.ok) process.exitCode = 1;
          return;
        }
        const report = await checkSet(set, {
          ...(only ? { only } : {}),
          onProblem: (check) => process.stderr.write(checkLine(check)),
        });
        process.stderr.write(checkSummary(report));
        if (flags.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        if (!report.ok) process.exitCode = 1;
      },
    );

  problems
    .command("cases")
    .description(
      "turn Python lines `f(args) == expected` (a file, or stdin) into tests.json cases (stdout), tuples and sets encoded",
    )
    .argument("<set>", "set name (passk-core) or folder")
    .argument(
      "<id>",
      "the problem's id: its entry point names the calls, its tests.json is checked for repeats",
    )
    .argument("[file]", "the Python lines (default: stdin)")
    .action(async (name: string, id: string, file: string | undefined) => {
      refuseProgramSet(name, "cases");
      const set = loadPasskSet(name);
      if (set.generated) {
        throw new PasskError(
          "BAD_OPTION",
          `${name}: a generated family's tests are generated; write it as a folder first (passk problems generate ${name} --out <folder>)`,
        );
      }
      const problem = set.problems.find((p) => p.spec.id === id);
      if (!problem)
        throw new PasskError(
          "BAD_OPTION",
          `${id}: no such problem in ${name}; see passk problems list ${name}`,
        );
      let text: string;
      try {
        text = readFileSync(file ?? 0, "utf8");
      } catch {
        throw new PasskError(
          "FILE_NOT_FOUND",
          `${file}: cannot read it; give a file of lines f(args) == expected`,
        );
      }
      const sandbox = await createSandbox({ workers: 1 });
      const parsed = await parsePythonCases(
        sandbox,
        DEFAULT_LIMITS,
        "calls",
        text,
        problem.spec.entry_point,
      ).finally(() => sandbox.close());
      if (parsed.faults.length > 0) {
        throw new PasskError(
          "BAD_INPUT",
          `${file ?? "stdin"}: ${parsed.faults.length} lines are not cases; fix them:`,
          parsed.faults,
        );
      }
      const known = new Set(problem.tests.map((t) => canonicalJson(t.args)));
      const fresh = parsed.cases.filter((c) => {
        const key = canonicalJson(c.args);
        if (known.has(key)) return false;
        known.add(key);
        return true;
      });
      process.stdout.write(`${fresh.map((c) => `  ${JSON.stringify(c)}`).join(",\n")}\n`);
      const repeats = parsed.cases.length - fresh.length;
      process.stderr.write(
        `passk: ${fresh.length} cases${repeats ? ` (${repeats} left out: their arguments are in tests.json or repeated)` : ""}; paste them into ${problem.dir}/tests.json\n`,
      );
    });
}
