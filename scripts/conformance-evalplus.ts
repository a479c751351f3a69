// Conformance with EvalPlus: passk's base and plus verdicts beside EvalPlus's own, sample by sample.
//
//   npm run conformance:evalplus -- <eval_results.json>... [--problems <HumanEvalPlus.jsonl.gz>]
//   npm run conformance:evalplus -- --reference <samples.jsonl>... [--problems …]
//
// An EvalPlus eval_results.json (of evalplus ≥ 0.2: each record has its `solution`, `base_status`,
// `plus_status` and fail tests) is evaluated by passk as a samples file; the table compares the
// verdicts, and the first failing input EvalPlus names with passk's. With --reference, HumanEval
// samples that have the reference harness's verdicts beside them (../shared/conformance) are judged
// on HumanEval+'s base inputs and compared with the reference harness, which ran HumanEval's test.
// No data is bundled: the files are the user's (the problems default to ../shared/evalplus).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { evaluate } from "../src/evaluate/evaluate.js";
import type { ResultRecord } from "../src/evaluate/types.js";
import { readJsonl } from "../src/io/jsonl.js";
import { loadProblems } from "../src/problems/load.js";
import { parsePythonJson } from "../src/problems/pyjson.js";

const SHARED = resolve(fileURLToPath(new URL("../..", import.meta.url)), "shared");

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    problems: { type: "string", default: join(SHARED, "evalplus/HumanEvalPlus-v0.1.10.jsonl.gz") },
    reference: { type: "boolean", default: false },
  },
});

async function records(path: string): Promise<ResultRecord[]> {
  return (await readJsonl(path)).flatMap((line) => ("value" in line ? [line.value as ResultRecord] : []));
}

/** The same input, whichever side wrote it (EvalPlus's JSON of Python values, the dataset's text). */
function sameInput(a: unknown, text: string): boolean {
  return JSON.stringify(a) === JSON.stringify(parsePythonJson(text));
}

const work = mkdtempSync(join(tmpdir(), "passk-conformance-evalplus-"));
try {
  const problems = await loadProblems(values.problems);
  console.log(
    `| file | samples | base agree | plus agree | same first failing input | base pass@1 EvalPlus / passk | plus pass@1 EvalPlus / passk |`,
  );
  console.log(`|---|---|---|---|---|---|---|`);
  for (const file of positionals) {
    const out = join(work, `${basename(file)}.results.jsonl`);
    const summary = await evaluate({ samples: file, problems: values.problems, out, k: [1], fresh: true });
    const ours = await records(out);
    let baseAgree = 0;
    let plusAgree = 0;
    let sameFailure = 0;
    let failures = 0;
    let theirBase = 0;
    let theirPlus = 0;
    const disagreements: string[] = [];
    const referenceLines = values.reference
      ? new Map(
          (await readJsonl(file.replace(/\.jsonl$/, ".reference_results.jsonl"))).flatMap((line) =>
            "value" in line ? [[line.line, line.value as { passed: boolean; result: string }] as const] : [],
          ),
        )
      : null;
    for (const record of ours) {
      if (referenceLines) {
        // The reference harness ran HumanEval's test; passk's base verdict ran HumanEval+'s base inputs.
        const reference = referenceLines.get(record.sample_line);
        if (!reference) continue;
        theirBase += reference.passed ? 1 : 0;
        if (reference.passed === record.base_passed) baseAgree++;
        else
          disagreements.push(
            `${record.task_id} (line ${record.sample_line}): reference ${reference.result.slice(0, 80)} · passk base ${record.base_result?.slice(0, 120)}`,
          );
        continue;
      }
      const theirs = {
        base: record.base_status === "pass",
        plus: record.base_status === "pass" && record.plus_status === "pass",
      };
      theirBase += theirs.base ? 1 : 0;
      theirPlus += theirs.plus ? 1 : 0;
      if (theirs.base === record.base_passed) baseAgree++;
      if (theirs.plus === record.passed) plusAgree++;
      if (theirs.base !== record.base_passed || theirs.plus !== record.passed) {
        disagreements.push(
          `${record.task_id}: EvalPlus ${record.base_status}/${record.plus_status} · passk ${record.base_result} / ${record.result}`.slice(
            0,
            300,
          ),
        );
      }
      const evalplus = problems.problems.get(record.task_id)?.evalplus;
      for (const [list, theirFails, ourFails] of [
        ["base", record.base_fail_tests, record.base_failed_inputs],
        ["plus", record.plus_fail_tests, record.plus_failed_inputs],
      ] as const) {
        const first = (theirFails as unknown[] | undefined)?.[0];
        const mine = (ourFails as number[] | undefined)?.[0];
        if (first === undefined || mine === undefined || !evalplus) continue;
        failures++;
        if (sameInput(first, evalplus[list][mine] as string)) sameFailure++;
        else disagreements.push(`${record.task_id}: first failing ${list} input differs`);
      }
    }
    const n = ours.length;
    const pct = (x: number) => `${((100 * x) / n).toFixed(1)} %`;
    const base = summary.passAtKBase?.entries[0]?.value ?? Number.NaN;
    const plus = summary.passAtK.entries[0]?.value ?? Number.NaN;
    console.log(
      `| ${basename(file)} | ${n} | ${baseAgree}/${n} | ${referenceLines ? "–" : `${plusAgree}/${n}`} | ${referenceLines ? "–" : `${sameFailure}/${failures}`} | ${pct(theirBase)} / ${(100 * base).toFixed(1)} % | ${referenceLines ? "–" : `${pct(theirPlus)} / ${(100 * plus).toFixed(1)} %`} |`,
    );
    for (const line of disagreements) console.log(`    ${line}`);
  }
  if (positionals.length === 0)
    console.log("give EvalPlus eval_results.json files (or --reference samples files)");
} finally {
  rmSync(work, { recursive: true, force: true });
}
