// `passk sweep`: one run per temperature (each in its own resumable run folder, through the run
// machinery), then pass@k against temperature for several k, and the best temperature per k with
// its ties and whether it is told apart from the runner-up. A folder that holds more samples than
// --n (the demo's, at 0.8) answers from its first n.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Command, InvalidArgumentError } from "commander";
import { DEFAULTS } from "../defaults.js";
import { PasskError } from "../errors.js";
import { hashKey } from "../generate/cache.js";
import type { SweepStudy } from "../metrics/studies.js";
import { sweepStudy } from "../metrics/sweep.js";
import { SWEEP_FILE, writeReport } from "../report/build.js";
import { bestTemperatures, bestTemperatureText, percent } from "../report/format.js";
import { readConfigFile } from "../run/config.js";
import { firstN } from "../run/first-n.js";
import { loadRun, RUN_FILES } from "../run/load.js";
import { shown } from "../run/settings.js";
import { stopOnInterrupt } from "./interrupt.js";
import { addInvocationFlags, type Flags, runOne } from "./run.js";
import { addSettingFlags, settingsFromFlags, withDefault } from "./setting-flags.js";

interface SweepFlags extends Flags {
  temperatures?: number[];
}

export function registerSweep(program: Command): void {
  const command = program
    .command("sweep")
    .description("run a model at several temperatures and report pass@k against temperature")
    .option(
      "--temperatures <list>",
      withDefault("temperatures to run", shown(DEFAULTS.temperatures)),
      parseTemperatures,
    );
  addInvocationFlags(addSettingFlags(command, "sweep")).action(async (flags: SweepFlags) => {
    const temperatures = flags.temperatures ?? DEFAULTS.temperatures;
    const runsDir = flags.runsDir ?? DEFAULTS.runsDir;
    const base = {
      ...(flags.config ? readConfigFile(flags.config).shared : {}),
      ...settingsFromFlags(command),
    };
    // A config file shared with `passk run` may set these; the sweep chooses both for each of its runs.
    if (base.out !== undefined || base.temperature !== undefined) {
      throw new PasskError(
        "BAD_OPTION",
        `${flags.config}: "${base.out !== undefined ? "out" : "temperature"}" does not apply to a sweep (each temperature of --temperatures gets a run folder of its own, under --runs-dir); remove it, or use another config file`,
      );
    }
    const controller = new AbortController();
    const release = stopOnInterrupt(controller);
    const points = [];
    try {
      for (const temperature of temperatures) {
        process.stderr.write(`passk: sweep: temperature ${temperature}\n`);
        // Each run's summary stays in its folder; stdout gets the sweep's JSON only.
        const outcome = await runOne(
          { ...base, temperature },
          { ...flags, json: false },
          "run",
          controller.signal,
        );
        if (controller.signal.aborted) {
          process.exitCode = 130;
          return;
        }
        // Nothing could be evaluated (runOne has listed what was not generated): no point to plot.
        if (!outcome.summary) {
          process.exitCode = 1;
          return;
        }
        const run = await loadRun(outcome.dir);
        // The first n of each problem when the folder holds more (outcome.n ≤ the folder's n).
        points.push({ run: outcome.dir, temperature, n: outcome.n, results: firstN(run.results, outcome.n) });
      }
    } finally {
      release();
    }
    const n = Math.min(...points.map((point) => point.n));
    const ks = base.k === "all" ? Array.from({ length: n }, (_, i) => i + 1) : (base.k ?? DEFAULTS.k);
    const study = sweepStudy(base.model ?? DEFAULTS.model, points, ks, base.ciSeed ?? DEFAULTS.ciSeed);
    const dir = join(runsDir, `sweep_${hashKey(points.map((p) => [p.run, p.n])).slice(0, 12)}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, SWEEP_FILE), `${JSON.stringify(study, null, 2)}\n`);
    await writeReport([dir], join(dir, RUN_FILES.report), {
      onNote: (message) =>
        process.stderr.write(`passk: note: ${message}
`),
    });
    process.stderr.write(formatSweep(study));
    process.stderr.write(`  sweep: ${join(dir, SWEEP_FILE)} · report: ${join(dir, RUN_FILES.report)}\n`);
    if (flags.json) process.stdout.write(`${JSON.stringify(study, null, 2)}\n`);
  });
}

/** The table of pass@k by temperature, best marked with *. */
export function formatSweep(study: SweepStudy): string {
  const temperatures = [...new Set(study.rows.map((row) => row.temperature))].sort((a, b) => a - b);
  const out = [`Temperature sweep of ${study.model} (pass@k, 95 % CI in the JSON):`];
  out.push(`  ${"T".padEnd(6)}${study.ks.map((k) => `pass@${k}`.padStart(12)).join("")}`);
  for (const t of temperatures) {
    const cells = study.ks.map((k) => {
      const row = study.rows.find((r) => r.k === k && r.temperature === t);
      const best = bestTemperatures(study.best.find((b) => b.k === k)).includes(t);
      return `${row ? percent(row.value) : "–"}${best ? "*" : " "}`.padStart(12);
    });
    out.push(`  ${String(t).padEnd(6)}${cells.join("")}`);
  }
  for (const best of study.best) out.push(`  pass@${best.k}: ${bestTemperatureText(best)}`);
  return `${out.join("\n")}\n`;
}

function parseTemperatures(value: string): number[] {
  const list = value.split(",").map((part) => Number(part.trim()));
  if (list.length === 0 || list.some((t) => !Number.isFinite(t) || t < 0 || t > 2)) {
    throw new InvalidArgumentError(
      `expected temperatures from 0 to 2 separated by commas, like 0,0.4,0.8 (got "${value}")`,
    );
  }
  return [...new Set(list)].sort((a, b) => a - b);
}
