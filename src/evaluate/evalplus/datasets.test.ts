// HumanEval+ v0.1.10 and MBPP+ v0.2.0 themselves (../shared/evalplus, test data that is not part of
// the project; skipped when absent): both files load with every input, and a subset of problems chosen
// for their special handling (find_zero, bools, complex and set inputs, Infinity, the
// re.Match and second-formula oracles, an empty input list) passes its canonical solutions on base and
// plus, while samples that EvalPlus fails on the extra inputs fail here too.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { jsonl, useWorkspace } from "../../../test/helpers/workspace.js";
import { loadProblems } from "../../problems/load.js";
import { parsePythonJson } from "../../problems/pyjson.js";
import { evaluate } from "../evaluate.js";
import type { ResultRecord } from "../types.js";

const DIR = resolve(fileURLToPath(new URL("../../../..", import.meta.url)), "shared/evalplus");
const HUMANEVAL = join(DIR, "HumanEvalPlus-v0.1.10.jsonl.gz");
const MBPP = join(DIR, "MbppPlus-v0.2.0.jsonl.gz");
const ws = useWorkspace();

/** The lines of `file` for `ids`, as they are (a subset file for a quicker run). */
function subset(file: string, ids: readonly string[]): { text: string; lines: Record<string, string>[] } {
  const all = gunzipSync(readFileSync(file)).toString("utf8").split("\n");
  const kept = all.filter((line) => ids.some((id) => line.startsWith(`{"task_id": "${id}"`)));
  return {
    text: `${kept.join("\n")}\n`,
    lines: kept.map((line) => parsePythonJson(line) as Record<string, string>),
  };
}

describe.skipIf(!existsSync(DIR))("EvalPlus's own datasets", () => {
  it("loads HumanEval+ and MBPP+ with every input", async () => {
    const humaneval = await loadProblems(HUMANEVAL);
    const mbpp = await loadProblems(MBPP);
    const count = (set: typeof humaneval) =>
      [...set.problems.values()].reduce(
        (n, p) => n + (p.evalplus?.base.length ?? 0) + (p.evalplus?.plus.length ?? 0),
        0,
      );
    expect([humaneval.problems.size, count(humaneval)]).toEqual([164, 124253]);
    expect([mbpp.problems.size, count(mbpp)]).toEqual([378, 41015]);
    expect(mbpp.problems.get("Mbpp/404")?.evalplus?.plus).toContain("[-Infinity, Infinity]");
  });

  it("passes canonical solutions on base and plus, and fails what EvalPlus fails", async () => {
    const he = subset(HUMANEVAL, ["HumanEval/0", "HumanEval/22", "HumanEval/32"]);
    const mb = subset(MBPP, [
      "Mbpp/2",
      "Mbpp/115",
      "Mbpp/124",
      "Mbpp/404",
      "Mbpp/581",
      "Mbpp/737",
      "Mbpp/793",
    ]);
    const canonical = (lines: Record<string, string>[]) =>
      lines.map((line) => ({ task_id: line.task_id, completion: line.canonical_solution }));
    const wrong = [
      // The example: bools are ints to isinstance, and a plus input has them.
      { task_id: "HumanEval/22", completion: "    return [x for x in values if isinstance(x, int)]\n" },
      { task_id: "HumanEval/32", completion: "    return 0.0\n" },
    ];
    const run = async (name: string, problems: string, samples: object[]) => {
      const summary = await evaluate({
        samples: ws.write(`${name}.jsonl`, jsonl(samples)),
        problems: ws.write(`${name}-problems.jsonl`, problems),
        out: join(ws.dir, `${name}-results.jsonl`),
        cacheDir: join(ws.dir, "cache"),
        k: [1],
        workers: 2,
      });
      return readFileSync(summary.resultsPath, "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as ResultRecord);
    };
    for (const record of [
      ...(await run("he", he.text, canonical(he.lines))),
      ...(await run("mbpp", mb.text, canonical(mb.lines))),
    ]) {
      expect([record.task_id, record.base_passed, record.passed, record.result]).toEqual([
        record.task_id,
        true,
        true,
        "passed",
      ]);
    }
    const judged = await run("he-wrong", he.text, wrong);
    const filter = judged.find((r) => r.task_id === "HumanEval/22");
    const root = judged.find((r) => r.task_id === "HumanEval/32");
    expect(filter).toMatchObject({ base_passed: true, passed: false });
    expect(filter?.result).toMatch(/^failed: wrong output on plus input \d+: filter_integers\(\[True, /);
    expect(root).toMatchObject({ base_passed: false, passed: false });
  });
});
