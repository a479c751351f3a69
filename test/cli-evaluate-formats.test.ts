// End-to-end tests of the sample files of other tools, evaluated as they are: bigcode-evaluation-harness's
// generations.json, EvalPlus's samples (solution and completion) and eval_results.json, human-eval's
// results file; a line that is not UTF-8 named at load; and a replay file of whole programs refused
// with its one reason said once. They run the BUILT command line; run `npm run build` first.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { assertCliBuilt, jsonOf, passk, runCli } from "./helpers/cli.js";
import { ADD, REVERSE, writeProblems } from "./helpers/problems.js";
import { readResults, removeWorkspaces, runOutputs, workspace, writeJsonl } from "./helpers/workspace.js";

beforeAll(assertCliBuilt);
afterEach(removeWorkspaces);

const RIGHT_ADD = "    return a + b\n";
const WRONG_ADD = "    return a - b\n";
const RIGHT_REVERSE = '    return " ".join(reversed(sentence.split()))\n';

describe("passk evaluate reads other tools' files as they are", () => {
  it("bigcode-evaluation-harness generations.json: lists mapped to the problems in order, prompts handled", async () => {
    const dir = workspace();
    writeProblems(dir); // ADD, then REVERSE
    const generations = [
      // bigcode's default: the prompt stripped, then the model's code.
      [`${ADD.prompt.trim()}\n${RIGHT_ADD}`, `${ADD.prompt.trim()}\n${WRONG_ADD}`],
      // A whole program of the sample's own.
      [`import re\n\ndef reverse_words(sentence):\n${RIGHT_REVERSE}`],
    ];
    writeFileSync(join(dir, "generations.json"), JSON.stringify(generations));
    const run = await runCli(
      ["generations.json", "-p", "problems.jsonl", "-k", "1", "--json", "--no-progress"],
      dir,
    );

    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      "list i is taken as the samples of problem i of problems.jsonl (list 1 = demo/add, list 2 = demo/reverse_words)",
    );
    expect(run.stderr).toContain("of 3 generations, 2 begin with the prompt, which was removed");
    expect(run.stderr).toContain("1 hold a whole program");
    const records = readResults(join(dir, "generations.json_results.jsonl")).sort(
      (a, b) => a.sample_line - b.sample_line,
    );
    expect(records.map((r) => [r.task_id, r.completion_id, r.passed])).toEqual([
      [ADD.task_id, 0, true],
      [ADD.task_id, 1, false],
      [REVERSE.task_id, 0, true],
    ]);
    expect(records[0]?.completion).toBe(RIGHT_ADD);
    expect(jsonOf(run)["pass@1"]).toBeCloseTo((0.5 + 1) / 2, 12);
  });

  it("EvalPlus samples with both solution and completion: the solution runs, said once", async () => {
    const dir = workspace();
    writeProblems(dir);
    writeJsonl(
      join(dir, "samples.jsonl"),
      [1, 2, 3].map(() => ({
        task_id: ADD.task_id,
        solution: `${ADD.prompt}${WRONG_ADD}`,
        completion: RIGHT_ADD,
      })),
    );
    const run = await runCli(["samples.jsonl", "-p", "problems.jsonl", "-k", "1", "--no-progress"], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr.match(/both "solution" and "completion"/g)).toHaveLength(1);
    expect(run.stderr).toContain(
      '3 samples have both "solution" and "completion"; the "solution" (a whole program) is run',
    );
    expect(readResults(join(dir, "samples.jsonl_results.jsonl")).map((r) => r.passed)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it("EvalPlus eval_results.json: each record's solution is judged again, its verdicts kept", async () => {
    const dir = workspace();
    writeProblems(dir);
    const record = (solution: string, status: string) => ({
      task_id: ADD.task_id,
      solution,
      base_status: status,
      plus_status: status,
      base_fail_tests: [],
      plus_fail_tests: [],
    });
    writeFileSync(
      join(dir, "eval_results.json"),
      JSON.stringify(
        {
          date: "2024-05-01 10:00",
          hash: "x",
          eval: {
            [ADD.task_id]: [
              record(`${ADD.prompt}${RIGHT_ADD}`, "pass"),
              record(`${ADD.prompt}${WRONG_ADD}`, "fail"),
            ],
          },
        },
        null,
        2,
      ),
    );
    const run = await runCli(["eval_results.json", "-p", "problems.jsonl", "-k", "1", "--no-progress"], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("EvalPlus eval results, 2 samples of 1 tasks");
    const records = readResults(join(dir, "eval_results.json_results.jsonl")).sort(
      (a, b) => a.sample_line - b.sample_line,
    );
    expect(records.map((r) => [r.base_status, r.passed])).toEqual([
      ["pass", true],
      ["fail", false],
    ]);
  });

  it("human-eval's results file: evaluated again, passk's verdict replacing the old one", async () => {
    const dir = workspace();
    writeProblems(dir);
    writeJsonl(join(dir, "samples.jsonl_results.jsonl"), [
      { task_id: ADD.task_id, completion: RIGHT_ADD, result: "failed: stale", passed: false },
      { task_id: ADD.task_id, completion: WRONG_ADD, result: "passed", passed: true },
    ]);
    const run = await runCli(
      ["samples.jsonl_results.jsonl", "-p", "problems.jsonl", "-k", "1", "--no-progress"],
      dir,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("2 samples carry an earlier verdict");
    const records = readResults(join(dir, "samples.jsonl_results.jsonl_results.jsonl"));
    expect(records.sort((a, b) => a.sample_line - b.sample_line).map((r) => [r.result, r.passed])).toEqual([
      ["passed", true],
      [expect.stringMatching(/^failed: /), false],
    ]);
  });
});

describe("bad input", () => {
  it("names a line that is not UTF-8 at load, with file, line and byte, before anything runs", async () => {
    const dir = workspace();
    writeProblems(dir);
    const latin1 = Buffer.from(
      `{"task_id": "${ADD.task_id}", "completion": "    return a + b  # caf\xe9\\n"}\n`,
      "latin1",
    );
    writeFileSync(
      join(dir, "samples.jsonl"),
      Buffer.concat([
        Buffer.from(`${JSON.stringify({ task_id: ADD.task_id, completion: RIGHT_ADD })}\n`),
        latin1,
      ]),
    );
    const run = await runCli(["samples.jsonl", "-p", "problems.jsonl", "-k", "1"], dir);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain(
      `samples.jsonl:2: not UTF-8: byte 0xE9 at byte ${latin1.indexOf(0xe9) + 1} of the line`,
    );
    expect(run.stderr).not.toContain("\uFFFD");
    expect(runOutputs(dir)).toEqual([]);
  });

  it("refuses to replay an EvalPlus file of whole programs, saying why once with the count", async () => {
    const dir = workspace();
    writeProblems(dir);
    writeJsonl(
      join(dir, "solutions.jsonl"),
      Array.from({ length: 60 }, () => ({ task_id: ADD.task_id, solution: `${ADD.prompt}${RIGHT_ADD}` })),
    );
    const run = await passk(
      ["run", "--model", "replay:solutions.jsonl", "--set", "problems.jsonl", "--no-cache", "--no-progress"],
      dir,
    );
    expect(run.code, run.stderr).toBe(2);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(
      /^ {2}solutions\.jsonl:1,2,3,…,60 \(60 lines\): expected \{"task_id": string, "completion": string, …\}/,
    );
    expect(lines[1]).toContain('whole-program "solution" samples cannot be replayed');
  });
});
