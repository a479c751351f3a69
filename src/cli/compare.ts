// `passk compare <run> <run> …`: a leaderboard of runs on their shared problems, paired differences
// with bootstrap intervals, and the problems that separate the runs most.
import type { Command } from "commander";
import { DEFAULTS } from "../defaults.js";
import { hasBaseVerdicts, onBaseInputs } from "../metrics/base-verdicts.js";
import { compareRuns } from "../metrics/compare.js";
import type { CompareStudy } from "../metrics/studies.js";
import { count, percent } from "../report/format.js";
import { bootstrapOptions } from "../run/config.js";
import { withMatchedDatasets } from "../run/evalplus-run.js";
import { loadRun } from "../run/load.js";
import { shown } from "../run/settings.js";
import { parseKList, parsePositiveInt } from "./options.js";
import { addSettingFlags, settingsFromFlags, withDefault } from "./setting-flags.js";

/** The flags of `compare` that are not settings (those are read with settingsFromFlags). */
interface Flags {
  k?: number[];
  allowDifferentData?: boolean;
  top: number;
  json?: boolean;
}

export function registerCompare(program: Command): void {
  const command = program
    .command("compare")
    .description(
      "compare runs on the problems they share: pass@k leaderboard, paired differences, separating problems",
    )
    .argument("<runs...>", "two or more run folders, or EvalPlus eval_results.json files")
    .option("-k, --k <list>", withDefault("k values of pass@k", shown(DEFAULTS.compareK)), parseKList)
    .option(
      "--allow-different-data",
      "compare runs made on different problem files (on the task ids they share)",
    )
    .option("--top <n>", "how many separating problems to list", parsePositiveInt, 10)
    .option("--json", "print the study as JSON on stdout (the table goes to stderr)");
  addSettingFlags(command, "compare").action(async (dirs: string[], flags: Flags) => {
    const runs = withMatchedDatasets(await Promise.all(dirs.map((dir) => loadRun(dir))));
    const options = {
      ...(flags.k ? { k: flags.k } : {}),
      allowDifferentData: flags.allowDifferentData ?? false,
      separating: flags.top,
      bootstrap: bootstrapOptions(settingsFromFlags(command)),
    };
    const study = compareRuns(runs, options);
    // Runs judged as EvalPlus judges have a base verdict too: the same study on it follows.
    const base = runs.some((run) => hasBaseVerdicts(run.results))
      ? compareRuns(
          runs.map((run) => ({ ...run, results: onBaseInputs(run.results) })),
          options,
        )
      : undefined;
    for (const warning of study.warnings) process.stderr.write(`passk: warning: ${warning}\n`);
    const out = flags.json ? process.stderr : process.stdout;
    if (base)
      out.write("Verdicts on the base and extra (plus) inputs, as EvalPlus's leaderboard counts them:\n");
    out.write(formatCompare(study));
    if (base) {
      out.write(
        "\nVerdicts on the base inputs alone (EvalPlus's base; a problem without extra inputs has one verdict):\n",
      );
      out.write(formatCompare(base));
    }
    if (runs.some((run) => run.manifest.simulated)) {
      out.write("(simulated runs included: their numbers say nothing about any real model)\n");
    }
    if (flags.json) process.stdout.write(`${JSON.stringify(base ? { ...study, base } : study, null, 2)}\n`);
  });
}

function formatCompare(study: CompareStudy): string {
  const label = new Map(study.leaderboard.map((row) => [row.run, row.label]));
  const labelWidth = Math.max(...study.leaderboard.map((row) => row.label.length));
  const cell = 26;
  const lines = [
    `Comparing ${study.leaderboard.length} runs on the ${count(study.sharedProblems)} problems they share (95 % intervals over problems)`,
    "",
    `     ${"run".padEnd(labelWidth)}  ${study.k.map((k) => `pass@${k}`.padEnd(cell)).join("")}`.trimEnd(),
  ];
  study.leaderboard.forEach((row, i) => {
    const cells = row.passAtK.map((e) =>
      `${percent(e.value)} (${percent(e.lo)} – ${percent(e.hi)})`.padEnd(cell),
    );
    lines.push(`${String(i + 1).padStart(3)}. ${row.label.padEnd(labelWidth)}  ${cells.join("")}`.trimEnd());
  });
  if (study.k.length === 0) lines.push("  no k can be reported (see the warnings)");
  if (study.pairs.length > 0) lines.push("", "paired differences (a − b, same problems resampled for both):");
  const points = (x: number) => {
    const rounded = Math.abs(x * 100).toFixed(1);
    return rounded === "0.0" ? rounded : `${x > 0 ? "+" : "−"}${rounded}`;
  };
  for (const pair of study.pairs) {
    const { value, lo, hi } = pair.difference;
    lines.push(
      `  ${label.get(pair.a)} − ${label.get(pair.b)}  pass@${pair.k}  ${points(value)} points (${points(lo)} to ${points(hi)})  ${pair.significant ? "significant" : "not significant"}` +
        `  (p ${pValue(pair.p)}; after Holm over ${study.pairs.length} tests: p ${pValue(pair.pHolm)}, ${pair.significantHolm ? "significant" : "not significant"})`,
    );
  }
  if (study.separating.length > 0) {
    const runs = study.leaderboard.map((row) => row.run);
    const names = runs.map((run) => label.get(run) ?? run);
    const widths = names.map((name) => Math.max(7, name.length));
    const idWidth = Math.max(...study.separating.map((p) => p.task_id.length));
    lines.push("", "problems that separate the runs most (pass rate per run):");
    lines.push(
      `  ${"".padEnd(idWidth)}  ${names.map((name, i) => name.padStart(widths[i] as number)).join("  ")}`,
    );
    for (const p of study.separating) {
      const rates = runs.map((run, i) => percent(p.rates[run] ?? 0).padStart(widths[i] as number));
      lines.push(`  ${p.task_id.padEnd(idWidth)}  ${rates.join("  ")}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** A p-value for people, with its relation: "= 0.042", or "< 0.001". */
function pValue(p: number): string {
  return p < 0.001 ? "< 0.001" : `= ${p.toFixed(3)}`;
}
