// End-to-end tests of `passk evaluate` on bad input: a malformed samples or problems file is refused
// before anything runs, with every bad line listed and no stack trace, and `--skip-invalid` runs the
// valid lines instead. Each test writes its files to a temp folder and runs the BUILT command line
// (`node dist/passk.js`); run `npm run build` first (`npm test` does).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { assertCliBuilt, jsonOf, runCli } from "./helpers/cli.js";
import { ADD, writeProblems } from "./helpers/problems.js";
import { readResults, removeWorkspaces, runOutputs, workspace } from "./helpers/workspace.js";

beforeAll(assertCliBuilt);
afterEach(removeWorkspaces);

describe("passk evaluate", () => {
  describe("refuses bad input before running anything", () => {
    const valid = JSON.stringify({ task_id: ADD.task_id, completion: "    return a + b\n" });
    const cases: {
      name: string;
      samples?: string;
      problems?: { name: string; text: string };
      args?: string[];
      stderr: string[];
    }[] = [
      {
        name: "an invalid JSON line",
        samples: `${valid}\n{"task_id": "demo/add", "completion": \n${valid}\n`,
        stderr: ["samples.jsonl:2: invalid JSON"],
      },
      {
        name: "a missing task_id",
        samples: `${valid}\n{"completion": "    return a + b\\n"}\n`,
        stderr: ['samples.jsonl:2: field "task_id": missing'],
      },
      {
        name: "neither completion nor solution",
        samples: `${valid}\n{"task_id": "demo/add"}\n`,
        stderr: ['samples.jsonl:2: neither "completion" nor "solution" is present'],
      },
      {
        name: "a field of the wrong type",
        samples: `${valid}\n{"task_id": "demo/add", "completion": 42}\n`,
        stderr: ['samples.jsonl:2: field "completion": expected string, got number'],
      },
      {
        name: "an unknown task_id",
        samples: `${valid}\n{"task_id": "demo/ad", "completion": "x"}\n`,
        stderr: ['samples.jsonl:2: task_id "demo/ad" is not in the problem file problems.jsonl'],
      },
      {
        name: "samples of another problem set",
        samples: '{"task_id": "HumanEval/0", "completion": "x"}\n',
        stderr: ["samples.jsonl: no sample has a task_id of the problem file problems.jsonl"],
      },
      {
        name: "an empty samples file",
        samples: "",
        stderr: ["samples.jsonl: empty file"],
      },
      {
        name: "a problems file named .gz that is not gzip",
        problems: { name: "problems.jsonl.gz", text: `${JSON.stringify(ADD)}\n` },
        args: ["samples.jsonl", "-p", "problems.jsonl.gz"],
        stderr: ["problems.jsonl.gz: not a gzip file"],
      },
      {
        name: "a problem without entry_point",
        problems: { name: "problems.jsonl", text: `${JSON.stringify({ ...ADD, entry_point: undefined })}\n` },
        stderr: ['problems.jsonl:1: field "entry_point": missing'],
      },
      {
        name: "a missing samples file",
        args: ["nowhere.jsonl", "-p", "problems.jsonl"],
        stderr: ["nowhere.jsonl: no such file"],
      },
      {
        name: "a missing problems file",
        args: ["samples.jsonl", "-p", "nowhere.jsonl"],
        stderr: ["nowhere.jsonl: no such file"],
      },
    ];

    it.each(cases)("$name", async ({ samples, problems, args, stderr }) => {
      const dir = workspace();
      if (problems) writeFileSync(join(dir, problems.name), problems.text);
      else writeProblems(dir);
      writeFileSync(join(dir, "samples.jsonl"), samples ?? `${valid}\n`);
      const run = await runCli(args ?? ["samples.jsonl", "-p", "problems.jsonl"], dir);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain("passk: error: ");
      for (const text of stderr) expect(run.stderr).toContain(text);
      expect(run.stderr, "no stack trace for a known error").not.toMatch(/^\s+at /m);
      expect(runOutputs(dir)).toEqual([]);
    });

    const several = [
      valid, // 1
      "not json", // 2
      valid, // 3
      '{"task_id": "demo/add"}', // 4
      '{"task_id": 7, "completion": "    return a + b\\n"}', // 5
      '{"task_id": "demo/add", "completion": "    return a - b\\n"}', // 6
      '{"task_id": "demo/nope", "solution": "pass"}', // 7
    ];

    it("lists every bad line, not only the first", async () => {
      const dir = workspace();
      writeProblems(dir);
      writeFileSync(join(dir, "samples.jsonl"), `${several.join("\n")}\n`);
      const run = await runCli(["samples.jsonl", "-p", "problems.jsonl"], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("4 invalid lines of 7");
      for (const line of [2, 4, 5, 7]) expect(run.stderr).toContain(`samples.jsonl:${line}: `);
      for (const line of [1, 3, 6]) expect(run.stderr).not.toContain(`samples.jsonl:${line}: `);
      expect(run.stderr).toContain('field "task_id": expected string, got number');
      expect(runOutputs(dir)).toEqual([]);
    });

    it("--skip-invalid runs the valid lines and lists every skipped one", async () => {
      const dir = workspace();
      writeProblems(dir);
      writeFileSync(join(dir, "samples.jsonl"), `${several.join("\n")}\n`);
      const run = await runCli(
        ["samples.jsonl", "-p", "problems.jsonl", "-k", "1", "--skip-invalid", "--json"],
        dir,
      );
      expect(run.code, run.stderr).toBe(0);
      const records = readResults(join(dir, "samples.jsonl_results.jsonl"));
      expect(records.map((r) => r.sample_line).sort()).toEqual([1, 3, 6]);
      expect(records.find((r) => r.sample_line === 6)?.passed).toBe(false);
      expect(run.stderr).toContain("skipped 4 invalid sample lines");
      for (const line of [2, 4, 5, 7]) expect(run.stderr).toContain(`samples.jsonl:${line}: `);
      expect(jsonOf(run)["pass@1"]).toBeCloseTo(2 / 3, 12);
    });
  });
});
