// `passk run` killed with SIGKILL in the middle of generation, then run again: the run ends with
// exactly n samples per problem (completion_id 0 … n−1), no duplicates, no gaps, and the samples
// that were already paid for are not asked for again. Also: the same command reuses its own run
// folder, and a folder of another configuration is refused.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { assertCliBuilt, passk, startPassk } from "./helpers/cli.js";
import { correctReply, DEMO_PROBLEMS, demoProblems } from "./helpers/demo-model.js";
import { type FakeLlm, startFakeLlm } from "./helpers/fake-llm-server.js";
import { waitFor } from "./helpers/wait.js";
import { removeWorkspaces, workspace } from "./helpers/workspace.js";

beforeAll(assertCliBuilt);
let server: FakeLlm | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  removeWorkspaces();
});

const lines = (path: string): Record<string, unknown>[] =>
  existsSync(path)
    ? readFileSync(path, "utf8")
        .split("\n")
        .filter((line) => line.trim())
        .flatMap((line) => {
          try {
            return [JSON.parse(line) as Record<string, unknown>];
          } catch {
            return []; // a torn last line
          }
        })
    : [];

describe("passk run after kill -9", () => {
  it("ends with exactly n samples per problem and does not ask twice for what it had", async () => {
    server = await startFakeLlm({ latencyMs: 250, reply: (request) => correctReply(request) });
    const n = 4;
    const dir = join(workspace(), "run");
    const args = [
      "run",
      "--model",
      "vllm:m",
      "--base-url",
      `${server.url}/v1`,
      "--set",
      DEMO_PROBLEMS,
      "--n",
      String(n),
      "--max-per-request",
      "1",
      "--concurrency",
      "2",
      "--out",
      dir,
      "--cache-dir",
      workspace(),
      "-k",
      "1",
      "--no-progress",
    ];
    const samplesPath = join(dir, "samples.jsonl");
    const first = startPassk(args);
    await waitFor("6 samples on disk", () => lines(samplesPath).length >= 6, 20_000);
    first.child.kill("SIGKILL");
    await first.done;
    const before = lines(samplesPath).length;
    const requestsBefore = server.stats.requests;
    expect(before).toBeLessThan(n * demoProblems.length);

    const second = await passk(args);
    expect(second.code, second.stderr).toBe(0);
    const samples = lines(samplesPath);
    expect(samples).toHaveLength(n * demoProblems.length);
    for (const problem of demoProblems) {
      const ids = samples.filter((s) => s.task_id === problem.task_id).map((s) => Number(s.completion_id));
      expect(ids.sort((a, b) => a - b)).toEqual([0, 1, 2, 3]);
    }
    // The second run asked only for what was missing (requests in flight at the kill may have been
    // answered into the cache, so it may have asked for even fewer).
    expect(server.stats.requests - requestsBefore).toBeLessThanOrEqual(n * demoProblems.length - before);
    const summary = JSON.parse(readFileSync(join(dir, "summary.json"), "utf8"));
    expect(summary["pass@1"]).toBe(1);
    // Both invocations' counters are kept: the killed one's as last saved while it ran.
    const [killed, resumed] = summary.generation.invocations;
    expect(killed).toMatchObject({ finished: false, n });
    expect(killed.requests).toBeGreaterThan(0);
    expect(resumed).toMatchObject({ finished: true, resumed: before });
    expect(summary.generation.requests).toBe(killed.requests + resumed.requests);
  });

  it("continues its own folder when the same command runs again, and refuses another configuration's", async () => {
    server = await startFakeLlm({ reply: (request) => correctReply(request) });
    const cwd = workspace();
    const base = [
      "generate",
      "--model",
      "vllm:m",
      "--base-url",
      `${server.url}/v1`,
      "--set",
      DEMO_PROBLEMS,
      "--cache-dir",
      workspace(),
      "--no-progress",
    ];
    const first = await passk([...base, "--n", "1"], cwd);
    expect(first.code, first.stderr).toBe(0);
    const folder = /run (runs\/\S+):/.exec(first.stderr)?.[1];
    expect(folder).toMatch(/^runs\/vllm-m_problems_[0-9a-f]{8}$/);
    // More samples of the same configuration: the same folder, extended.
    const more = await passk([...base, "--n", "2"], cwd);
    expect(more.stderr).toContain(`continuing run ${folder}`);
    expect(lines(join(cwd, folder as string, "samples.jsonl"))).toHaveLength(2 * demoProblems.length);
    // Another temperature into that folder: refused, nothing written.
    const run = readFileSync(join(cwd, folder as string, "run.json"), "utf8");
    const other = await passk([...base, "--n", "2", "--temperature", "0.2", "--out", folder as string], cwd);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/holds a run of another configuration/);
    expect(readFileSync(join(cwd, folder as string, "run.json"), "utf8")).toBe(run);
  });
});
