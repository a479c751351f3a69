// End-to-end tests of `passk evaluate` when a run is interrupted: resuming after the CLI is killed
// with SIGKILL (and leaving no sandbox process behind), refusing to resume from a changed samples
// file, and replacing a fork server killed from outside. Each test runs the BUILT command line
// (`node dist/passk.js`) against the real sandbox; run `npm run build` first (`npm test` does).
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { assertCliBuilt, jsonOf, runCli, startCli } from "./helpers/cli.js";
import { ADD, burn, REVERSE, writeProblems } from "./helpers/problems.js";
import { descendants, isForkServerPython, isRunning } from "./helpers/process-tree.js";
import { sleep, waitFor } from "./helpers/wait.js";
import {
  completeLines,
  type ResultRecord,
  readResults,
  removeWorkspaces,
  workspace,
  writeJsonl,
} from "./helpers/workspace.js";

beforeAll(assertCliBuilt);
afterEach(removeWorkspaces);

describe("passk evaluate", () => {
  it("resumes a run killed with SIGKILL, leaving no sandbox process behind", async () => {
    // 40 distinct samples of ~0.2 s CPU each on one worker: ~8 s, long enough to kill it halfway.
    const samples = Array.from({ length: 40 }, (_, i) => ({
      task_id: ADD.task_id,
      completion: burn(0.2, i, i % 3 === 0 ? "a - b" : "a + b"),
    }));
    const crashed = workspace();
    const clean = workspace();
    for (const dir of [crashed, clean]) {
      writeProblems(dir);
      writeJsonl(join(dir, "samples.jsonl"), samples);
    }
    const args = ["samples.jsonl", "-p", "problems.jsonl", "-k", "1", "-j", "1"];
    const uninterrupted = runCli(args, clean); // the verdicts to compare with, meanwhile

    const results = join(crashed, "samples.jsonl_results.jsonl");
    const run = startCli(args, crashed);
    await waitFor("some results", () => completeLines(results) >= 15, 60_000);
    const sandbox = descendants(run.pid).filter(isForkServerPython);
    expect(sandbox.length).toBeGreaterThan(0);
    run.child.kill("SIGKILL");
    expect((await run.done).signal).toBe("SIGKILL");
    const before = completeLines(results);
    expect(before).toBeGreaterThanOrEqual(15);
    expect(before).toBeLessThan(samples.length);

    // The servers and the sample in flight go with the CLI (bubblewrap's --die-with-parent; the server
    // also exits when its stdin closes, so this checks the outcome, not which of the two did it).
    const deadline = Date.now() + 3_000;
    let survivors = sandbox;
    while (survivors.length > 0 && Date.now() < deadline) {
      await sleep(100);
      survivors = survivors.filter(isRunning);
    }
    expect(survivors, "sandbox processes outlived the killed CLI").toEqual([]);

    const rerun = await runCli([...args, "--json"], crashed);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stderr).toMatch(new RegExp(`resuming: ${before} of 40 samples already done`));
    expect(jsonOf(rerun)).toMatchObject({ resumed: before, executed: samples.length - before });

    const resumed = readResults(results);
    expect(resumed.map((r) => r.sample_line).sort((a, b) => a - b)).toEqual(samples.map((_, i) => i + 1));

    const reference = await uninterrupted;
    expect(reference.code, reference.stderr).toBe(0);
    const verdicts = (records: ResultRecord[]) =>
      records
        .sort((a, b) => a.sample_line - b.sample_line)
        .map(({ sample_line, result, passed }) => ({ sample_line, result, passed }));
    const expected = verdicts(readResults(join(clean, "samples.jsonl_results.jsonl")));
    expect(verdicts(resumed)).toEqual(expected);
    expect(expected.filter((v) => v.passed)).toHaveLength(26);
  });

  it("never resumes results an earlier passk's sandbox judged (in-process) into a run judged split", async () => {
    const dir = workspace();
    writeProblems(dir);
    writeJsonl(join(dir, "samples.jsonl"), [{ task_id: ADD.task_id, completion: "    return a + b\n" }]);
    const args = ["samples.jsonl", "-p", "problems.jsonl", "-k", "1"];
    expect((await runCli(args, dir)).code).toBe(0);
    // What an earlier version wrote: the same identity, without the way its verdicts were reached.
    const manifestPath = join(dir, "samples.jsonl_results.run.json");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    delete manifest.identity.judge;
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const refused = await runCli(args, dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("the way verdicts are reached");
    expect(refused.stderr).toContain("--fresh");
    const fresh = await runCli([...args, "--fresh"], dir);
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(readResults(join(dir, "samples.jsonl_results.jsonl")).map((r) => r.verdict)).toEqual(["split"]);
  });

  it("refuses to resume from a changed samples file unless --fresh", async () => {
    const dir = workspace();
    writeProblems(dir);
    const samplesPath = writeJsonl(join(dir, "samples.jsonl"), [
      { task_id: ADD.task_id, completion: "    return a + b\n" },
      { task_id: ADD.task_id, completion: "    return a - b\n" },
    ]);
    const args = ["samples.jsonl", "-p", "problems.jsonl", "-k", "1"];
    expect((await runCli(args, dir)).code).toBe(0);
    const resultsPath = join(dir, "samples.jsonl_results.jsonl");
    const firstResults = readFileSync(resultsPath, "utf8");

    appendFileSync(
      samplesPath,
      `${JSON.stringify({ task_id: REVERSE.task_id, completion: "    return ''\n" })}\n`,
    );
    const refused = await runCli(args, dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("samples file changed");
    expect(refused.stderr).toContain("--fresh");
    expect(readFileSync(resultsPath, "utf8")).toBe(firstResults);

    const fresh = await runCli([...args, "--fresh"], dir);
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(readResults(resultsPath).map((r) => [r.sample_line, r.passed])).toEqual(
      expect.arrayContaining([
        [1, true],
        [2, false],
        [3, false],
      ]),
    );
    expect(readResults(resultsPath)).toHaveLength(3);
  });

  it("replaces a fork server killed from outside and judges its sample again", async () => {
    const dir = workspace();
    writeProblems(dir);
    writeJsonl(join(dir, "samples.jsonl"), [
      { task_id: ADD.task_id, completion: "    import time\n    time.sleep(1.5)\n    return a + b\n" },
      { task_id: ADD.task_id, completion: "    return a - b\n" },
      { task_id: REVERSE.task_id, completion: '    return " ".join(sentence.split()[::-1])\n' },
    ]);
    const run = startCli(
      ["samples.jsonl", "-p", "problems.jsonl", "-k", "1", "-j", "1", "--timeout", "5"],
      dir,
    );
    // The slow sample is first: a child of the server that is still there 300 ms after it was first
    // seen is the slow sample (the server's start-up probes also fork children, for a few ms).
    const firstSeen = new Map<number, number>();
    const { server, sample } = await waitFor(
      "the slow sample to start",
      () => {
        const tree = descendants(run.pid).filter(isForkServerPython);
        const sample = tree.find((p) => tree.some((q) => q.pid === p.ppid));
        const server = tree.find((p) => p.pid === sample?.ppid);
        if (!sample || !server) return undefined;
        const since = firstSeen.get(sample.pid) ?? Date.now();
        firstSeen.set(sample.pid, since);
        return Date.now() - since >= 300 ? { server, sample } : undefined;
      },
      30_000,
    );
    process.kill(server.pid, "SIGKILL");

    const result = await run.done;
    expect(result.code, result.stderr).toBe(0);
    const records = readResults(join(dir, "samples.jsonl_results.jsonl")).sort(
      (a, b) => a.sample_line - b.sample_line,
    );
    expect(records.map((r) => [r.sample_line, r.status, r.result])).toEqual([
      [1, "passed", "passed"],
      [2, "failed", "failed: "],
      [3, "passed", "passed"],
    ]);
    expect(isRunning(sample), "the killed server's sample is gone").toBe(false);
  });
});
