// `passk limits <run…>`: the Codex paper's composition and binding limits. pass@k against the knob N of
// the generated families (compose-N, bind-N), with bootstrap intervals, for one run or several side
// by side (in the order given: e.g. models of growing size). The same study is in `passk report`.
import type { Command } from "commander";
import { DEFAULTS } from "../defaults.js";
import { PasskError } from "../errors.js";
import { limitsStudy } from "../metrics/limits.js";
import type { LimitsStudy } from "../metrics/studies.js";
import { count, percent, percentRange } from "../report/format.js";
import { runLabel } from "../report/html/input.js";
import { bootstrapOptions } from "../run/config.js";
import { loadRun } from "../run/load.js";
import { shown } from "../run/settings.js";
import { parseKList } from "./options.js";
import { addSettingFlags, settingsFromFlags, withDefault } from "./setting-flags.js";

/** The flags of `limits` that are not settings (the bootstrap's are read with settingsFromFlags). */
interface Flags {
  k?: number[];
  json?: boolean;
}

export function registerLimits(program: Command): void {
  const command = program
    .command("limits")
    .description(
      "pass@k against N on the generated families (compose-N, bind-N), runs side by side, with intervals",
    )
    .argument("<runs...>", "run folders of `passk run --set compose` or `--set bind` (any order you choose)")
    .option(
      "-k, --k <list>",
      withDefault("k values of pass@k (those every N can report)", shown(DEFAULTS.limitsK)),
      parseKList,
    )
    .option("--json", "print the study as JSON on stdout (the tables go to stderr)");
  addSettingFlags(command, "limits").action(async (dirs: string[], flags: Flags) => {
    const runs = await Promise.all(dirs.map((dir) => loadRun(dir)));
    const study = limitsStudy(
      runs.map((run) => ({ run: run.dir, results: run.results })),
      flags.k ?? DEFAULTS.limitsK,
      bootstrapOptions(settingsFromFlags(command)),
    );
    if (study.families.length === 0) {
      throw new PasskError(
        "BAD_INPUT",
        `${dirs.join(", ")}: no evaluated sample of a generated family (compose-N, bind-N); make one with \`passk run --set compose --out <folder>\``,
      );
    }
    for (const run of study.leftOut) {
      process.stderr.write(
        `passk: warning: ${run}: no evaluated sample of a generated family; left out of the study\n`,
      );
    }
    const labels = new Map(runs.map((run) => [run.dir, runLabel(run)]));
    const out = flags.json ? process.stderr : process.stdout;
    out.write(formatLimits(study, (run) => labels.get(run) ?? run));
    if (runs.some((run) => run.manifest.simulated)) {
      out.write("(simulated runs included: their numbers say nothing about any real model)\n");
    }
    if (flags.json) process.stdout.write(`${JSON.stringify(study, null, 2)}\n`);
  });
}

const CELL = 26;

/** One table per family: a row per N, a column per run and k; the runs' names below. */
export function formatLimits(study: LimitsStudy, label: (run: string) => string): string {
  const lines: string[] = [];
  const runs = study.runs.filter((run) => !study.leftOut.includes(run));
  const tag = (run: string) => `[${runs.indexOf(run) + 1}]`;
  for (const f of study.families) {
    lines.push(`${f.family}-N: pass@k against N (${f.knob}); 95 % intervals over problems`);
    if (f.ks.length === 0) {
      lines.push(
        "  no k can be reported for every N: ask for a k no larger than the samples per problem",
        "",
      );
      continue;
    }
    const present = runs.filter((run) => f.rows.some((row) => row.run === run));
    const columns = present.flatMap((run) => f.ks.map((k) => ({ run, k })));
    const head = columns.map(({ run, k }) =>
      `${runs.length > 1 ? `${tag(run)} ` : ""}pass@${k}`.padEnd(CELL),
    );
    lines.push(`  ${"N".padEnd(4)}${"problems".padEnd(10)}${head.join("")}`.trimEnd());
    const ns = [...new Set(f.rows.map((row) => row.n))].sort((a, b) => a - b);
    for (const n of ns) {
      const rows = f.rows.filter((row) => row.n === n);
      const cells = columns.map(({ run, k }) => {
        const row = rows.find((r) => r.run === run && r.k === k);
        return (row ? `${percent(row.value)} (${percentRange(row.lo, row.hi)})` : "–").padEnd(CELL);
      });
      const problems = [...new Set(rows.map((row) => row.problems))].map(count).join("/");
      lines.push(`  ${String(n).padEnd(4)}${problems.padEnd(10)}${cells.join("")}`.trimEnd());
    }
    lines.push("");
  }
  if (runs.length > 1) lines.push(...runs.map((run) => `${tag(run)} ${label(run)}: ${run}`));
  else if (runs[0]) lines.push(`run: ${label(runs[0])}: ${runs[0]}`);
  return `${lines.join("\n")}\n`;
}
