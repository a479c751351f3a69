// End-to-end tests of the time limits of `passk evaluate`: CPU time, not wall time, is what stops a
// sample on an overloaded machine, and a sleeping sample meets the wall-clock backstop. Each test runs
// the BUILT command line (`node dist/passk.js`) against the real sandbox; run `npm run build` first.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { assertCliBuilt, type CliResult, runCli } from "./helpers/cli.js";
import { ADD, burn, writeProblems } from "./helpers/problems.js";
import { sleep } from "./helpers/wait.js";
import { readResults, removeWorkspaces, workspace, writeJsonl } from "./helpers/workspace.js";

beforeAll(assertCliBuilt);
afterEach(removeWorkspaces);

describe("passk evaluate", () => {
  it("limits CPU time, not wall time, so an overloaded machine does not fail a correct sample", async () => {
    // Two runs side by side, while 3 busy loops overload the machine: a correct sample needing 1.2 s of
    // CPU under --timeout 2 (it takes well over 2 s of wall time here), and an endless loop, which must
    // meet the CPU limit, not the wall-clock backstop (that one does not count time spent waiting for
    // a CPU).
    const slowDir = workspace();
    const loopDir = workspace();
    writeProblems(slowDir);
    writeProblems(loopDir);
    writeJsonl(join(slowDir, "samples.jsonl"), [
      { task_id: ADD.task_id, completion: burn(1.2, "slow", "a + b") },
    ]);
    writeJsonl(join(loopDir, "samples.jsonl"), [
      { task_id: ADD.task_id, completion: "    while True:\n        pass\n" },
    ]);
    const limits = ["samples.jsonl", "-p", "problems.jsonl", "-k", "1", "--timeout", "2", "-j", "2"];
    const burners = Array.from({ length: 3 }, () =>
      spawn(process.execPath, ["-e", "for(;;){}"], { stdio: "ignore" }),
    );
    let runs: CliResult[];
    try {
      await sleep(200);
      runs = await Promise.all([runCli(limits, slowDir), runCli(limits, loopDir)]);
    } finally {
      for (const burner of burners) burner.kill("SIGKILL");
    }
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const [slow] = readResults(join(slowDir, "samples.jsonl_results.jsonl"));
    const [endless] = readResults(join(loopDir, "samples.jsonl_results.jsonl"));
    expect(slow, JSON.stringify(slow)).toMatchObject({ status: "passed", passed: true });
    expect(slow?.cpu_time).toBeGreaterThanOrEqual(1.2);
    expect(endless, JSON.stringify(endless)).toMatchObject({
      status: "timeout",
      result: "timed out",
      time_limit: "cpu",
    });
    expect(endless?.cpu_time).toBeGreaterThanOrEqual(1.9);
  });

  it("stops a sleeping sample at the wall-clock backstop", async () => {
    const dir = workspace();
    writeProblems(dir);
    writeJsonl(join(dir, "samples.jsonl"), [
      { task_id: ADD.task_id, completion: "    import time\n    time.sleep(30)\n    return a + b\n" },
    ]);
    const run = await runCli(["samples.jsonl", "-p", "problems.jsonl", "-k", "1", "--timeout", "1"], dir);
    expect(run.code, run.stderr).toBe(0);
    const [record] = readResults(join(dir, "samples.jsonl_results.jsonl"));
    expect(record, JSON.stringify(record)).toMatchObject({
      status: "timeout",
      time_limit: "wall",
      passed: false,
    });
    expect(record?.wall_time).toBeLessThan(4);
  });
});
