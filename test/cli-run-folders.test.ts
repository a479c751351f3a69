// Run folders never lie, and never spend money nobody asked for (issue 10), through the BUILT CLI
// against the fake OpenAI-compatible server: a smaller --n is answered from the folder's first n
// samples without a request; a refused command changes nothing on disk and says what to do in one
// line; every invocation's counters survive re-runs; an existing folder's settings are the defaults;
// a server that never answered fails within seconds, saying how to start it.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { assertCliBuilt, type CliResult, passk } from "./helpers/cli.js";
import { correctReply, DEMO_PROBLEMS, demoProblems } from "./helpers/demo-model.js";
import { type FakeLlm, startFakeLlm } from "./helpers/fake-llm-server.js";
import { filesOf, removeWorkspaces, workspace } from "./helpers/workspace.js";

beforeAll(assertCliBuilt);
let servers: FakeLlm[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  removeWorkspaces();
});

/** The first two samples of each request are right, the rest wrong: the first n tell from all of them. */
async function fake(): Promise<FakeLlm> {
  const server = await startFakeLlm({
    reply: (request, choice) => (choice < 2 ? correctReply(request) : "    return None\n"),
  });
  servers.push(server);
  return server;
}

const served = (server: FakeLlm, cache: string) => [
  "--model",
  "vllm:m",
  "--base-url",
  `${server.url}/v1`,
  "--set",
  DEMO_PROBLEMS,
  "--cache-dir",
  cache,
  "--no-progress",
];

const json = (path: string) => JSON.parse(readFileSync(path, "utf8"));
const lines = (path: string) => readFileSync(path, "utf8").trim().split("\n").length;
const PROBLEMS = demoProblems.length;

/** A refusal: exit 2, one line on stderr (the error, saying what to do), nothing on stdout. */
function expectRefusal(result: CliResult, what: RegExp): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr.trim().split("\n"), result.stderr).toHaveLength(1);
  expect(result.stderr).toMatch(/^passk: error: /);
  expect(result.stderr).toMatch(what);
}

describe("a run folder asked for fewer samples than it holds", () => {
  it("answers from the first n of each problem, with no request, and leaves the folder as it was", async () => {
    const server = await fake();
    const cwd = workspace();
    const args = ["run", ...served(server, workspace())];
    const first = await passk([...args, "--n", "4"], cwd);
    expect(first.code, first.stderr).toBe(0);
    const folder = join(cwd, /run (runs\/\S+):/.exec(first.stderr)?.[1] as string);
    const requests = server.stats.requests;
    const before = filesOf(folder);

    const fewer = await passk([...args, "--n", "2", "--json"], cwd);
    expect(fewer.code, fewer.stderr).toBe(0);
    expect(server.stats.requests).toBe(requests);
    expect(fewer.stderr).toContain(
      "holds 4 samples per problem; answering from the first 2 of each (completion_id 0–1), with no new requests",
    );
    const answer = JSON.parse(fewer.stdout);
    expect(answer.firstN).toEqual({ n: 2, folderN: 4 });
    // The first two of each problem pass; all four would give 50 %.
    expect(answer["pass@1"]).toBe(1);
    expect(answer.perProblem.every((p: { n: number }) => p.n === 2)).toBe(true);
    // The folder still says what it holds: n = 4, its own pass@1, its own report.
    expect(filesOf(folder)["samples.jsonl"]).toBe(before["samples.jsonl"]);
    expect(json(join(folder, "run.json")).params.n).toBe(4);
    expect(json(join(folder, "summary.json"))["pass@1"]).toBe(0.5);
    expect(readFileSync(join(folder, "report.html"), "utf8")).toMatch(
      /Samples per problem \(n\)<\/th><td>4<\/td>/,
    );
  });

  it("lets a sweep include the temperature of an existing folder that holds more samples", async () => {
    const server = await fake();
    const cwd = workspace();
    const cache = workspace();
    const run = await passk(["run", ...served(server, cache), "--n", "4"], cwd);
    expect(run.code, run.stderr).toBe(0);
    const requests = server.stats.requests;
    const sweep = await passk(
      ["sweep", ...served(server, cache), "--n", "2", "--temperatures", "0.8,1", "-k", "1", "--json"],
      cwd,
    );
    expect(sweep.code, sweep.stderr).toBe(0);
    // Only T = 1 was asked for: one request of n = 2 per problem.
    expect(server.stats.requests - requests).toBe(PROBLEMS);
    const study = JSON.parse(sweep.stdout);
    const at = (t: number) => study.rows.find((r: { temperature: number }) => r.temperature === t);
    expect(at(0.8).value).toBe(1); // the first 2 of the 4 samples at 0.8
    expect(at(1).value).toBe(1);
  });

  it("still extends the folder when --n is larger", async () => {
    const server = await fake();
    const cwd = workspace();
    const args = ["generate", ...served(server, workspace())];
    expect((await passk([...args, "--n", "2"], cwd)).code).toBe(0);
    const more = await passk([...args, "--n", "3"], cwd);
    expect(more.code, more.stderr).toBe(0);
    const folder = join(cwd, /run (runs\/\S+):/.exec(more.stderr)?.[1] as string);
    expect(lines(join(folder, "samples.jsonl"))).toBe(3 * PROBLEMS);
    expect(json(join(folder, "run.json")).params.n).toBe(3);
  });
});

describe("a refused command", () => {
  it("changes nothing on disk and says what to do in one line", async () => {
    const server = await fake();
    const dir = join(workspace(), "run");
    const args = ["generate", ...served(server, workspace()), "--out", dir];
    expect((await passk([...args, "--n", "2"])).code).toBe(0);
    // Another configuration into this folder.
    let before = filesOf(dir);
    const hotter = await passk([...args, "--n", "2", "--temperature", "0.2"]);
    expectRefusal(
      hotter,
      /holds a run of another configuration \(temperature 0\.2, the folder's is 0\.8\); choose another --out/,
    );
    expect(filesOf(dir)).toEqual(before);
    // A samples file with a line of another configuration (a larger n would have rewritten run.json).
    const samples = join(dir, "samples.jsonl");
    const foreign = {
      ...JSON.parse(readFileSync(samples, "utf8").split("\n")[0] as string),
      completion_id: 7,
    };
    writeFileSync(
      samples,
      `${readFileSync(samples, "utf8")}${JSON.stringify({ ...foreign, cache_key: "x" })}\n`,
    );
    before = filesOf(dir);
    const more = await passk([...args, "--n", "5"]);
    expectRefusal(
      more,
      /samples\.jsonl holds samples that do not belong to this run \(1 line; first, line 13: made with another model/,
    );
    expect(filesOf(dir)).toEqual(before);
  });
});

describe("a folder evaluated by an earlier passk's sandbox", () => {
  it("is evaluated again, never resumed into verdicts reached another way", async () => {
    const server = await fake();
    const dir = join(workspace(), "run");
    const args = ["run", ...served(server, workspace()), "--n", "2", "--out", dir];
    expect((await passk(args)).code).toBe(0);
    const manifestPath = join(dir, "results.run.json");
    const manifest = json(manifestPath);
    delete manifest.identity.judge; // what an earlier version wrote
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const again = await passk(args);
    expect(again.code, again.stderr).toBe(0);
    expect(json(manifestPath).identity.judge).toBe("split-1");
    const verdicts = readFileSync(join(dir, "results.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line).verdict);
    expect(verdicts).toHaveLength(2 * PROBLEMS);
    expect(new Set(verdicts)).toEqual(new Set(["split"]));
  });
});

describe("a folder evaluated under other limits", () => {
  it("is evaluated again with the new limits, said in a note, with no new request", async () => {
    const server = await fake();
    const cwd = workspace();
    const args = ["run", ...served(server, workspace()), "--n", "2"];
    const first = await passk(args, cwd);
    expect(first.code, first.stderr).toBe(0);
    const folder = join(cwd, /run (runs\/\S+):/.exec(first.stderr)?.[1] as string);
    const requests = server.stats.requests;
    const again = await passk([...args, "--timeout", "2"], cwd);
    expect(again.code, again.stderr).toBe(0);
    expect(server.stats.requests).toBe(requests);
    expect(again.stderr).toMatch(
      /evaluating every sample again: limits changed since \S+results\.jsonl was written/,
    );
    expect(json(join(folder, "run.json")).evaluation.limits.timeout).toBe(2);
    expect(lines(join(folder, "results.jsonl"))).toBe(2 * PROBLEMS);
  });
});

describe("a --k no run of that n could report", () => {
  it("is refused before any request, with no folder made", async () => {
    const server = await fake();
    const dir = join(workspace(), "never");
    const refused = await passk([
      "run",
      ...served(server, workspace()),
      "--n",
      "3",
      "--k",
      "5,10",
      "--out",
      dir,
    ]);
    expectRefusal(refused, /--k 5,10: no pass@k can be reported from n = 3 samples a problem; ask for k ≤ 3/);
    expect(existsSync(dir)).toBe(false);
    expect(server.stats.requests).toBe(0);
  });
});

describe("the generation record", () => {
  it("keeps every invocation's counters: a re-run of a finished run erases nothing, and the report shows the totals", async () => {
    const server = await fake();
    const dir = join(workspace(), "run");
    const args = ["run", "-k", "1", ...served(server, workspace()), "--out", dir];
    expect((await passk([...args, "--n", "2"])).code).toBe(0);
    const paid = json(join(dir, "run.json")).generation;
    expect(paid).toMatchObject({ requests: PROBLEMS, generated: 2 * PROBLEMS });
    expect(paid.tokensOut).toBeGreaterThan(0);

    const again = await passk([...args, "--n", "2"]);
    expect(again.code, again.stderr).toBe(0);
    expect(json(join(dir, "run.json")).generation).toEqual(paid);

    const more = await passk([...args, "--n", "3"]);
    expect(more.code, more.stderr).toBe(0);
    const record = json(join(dir, "run.json")).generation;
    expect(record.invocations).toHaveLength(2);
    expect(record.invocations.map((i: { n: number; finished: boolean }) => [i.n, i.finished])).toEqual([
      [2, true],
      [3, true],
    ]);
    for (const key of ["requests", "retries", "tokensIn", "tokensOut", "generated"]) {
      expect(record[key], key).toBe(record.invocations[0][key] + record.invocations[1][key]);
    }
    expect(record.requests).toBe(2 * PROBLEMS);
    expect(more.stderr).toContain(`run folder in all (2 invocations): ${2 * PROBLEMS} requests`);
    expect(json(join(dir, "summary.json")).generation).toEqual(record);
    const report = readFileSync(join(dir, "report.html"), "utf8");
    const tokensIn = (record.tokensIn as number).toLocaleString("en-US");
    expect(report).toContain(
      `Requests (all invocations)</th><td>${2 * PROBLEMS} (0 retries), ${tokensIn} tokens in`,
    );
    expect(report).toContain("over 2 invocations");
  });
});

describe("an existing folder's own settings are the defaults", () => {
  it("evaluates a folder made by `passk generate --n 3` as it is, and adds samples only for an explicit --n", async () => {
    const server = await fake();
    const dir = join(workspace(), "run");
    const cache = workspace();
    const made = await passk(["generate", ...served(server, cache), "--n", "3", "--out", dir]);
    expect(made.code, made.stderr).toBe(0);
    const requests = server.stats.requests;

    // No model, server, set or n given: the folder's.
    const run = await passk(["run", "--out", dir, "-k", "1", "--cache-dir", cache, "--no-progress"]);
    expect(run.code, run.stderr).toBe(0);
    expect(server.stats.requests).toBe(requests);
    expect(run.stderr).toContain(`continuing run ${dir}: vllm:m on ${DEMO_PROBLEMS}, n = 3`);
    expect(lines(join(dir, "samples.jsonl"))).toBe(3 * PROBLEMS);
    expect(lines(join(dir, "results.jsonl"))).toBe(3 * PROBLEMS);
    expect(json(join(dir, "run.json")).params.n).toBe(3);

    const more = await passk(["run", "--out", dir, "-k", "1", "--n", "4", "--no-cache", "--no-progress"]);
    expect(more.code, more.stderr).toBe(0);
    expect(server.stats.requests - requests).toBe(PROBLEMS);
    expect(lines(join(dir, "samples.jsonl"))).toBe(4 * PROBLEMS);
  });
});

describe("a server that never answered", () => {
  it("fails within seconds, naming the URL and how to start the server, and leaves no folder behind", async () => {
    const server = await fake();
    const url = `${server.url}/v1`;
    const port = new URL(server.url).port;
    await server.close();
    const dir = join(workspace(), "run");
    const started = performance.now();
    const result = await passk([
      "run",
      "--model",
      "vllm:foo",
      "--base-url",
      url,
      "--set",
      DEMO_PROBLEMS,
      "--n",
      "1",
      "--out",
      dir,
      "--no-cache",
      "--no-progress",
    ]);
    // The default policy (6 attempts, backoff up to a minute) is not spent on a server that is not there.
    expect(performance.now() - started).toBeLessThan(25_000);
    expect(result.code).toBe(1);
    const errors = result.stderr.split("\n").filter((line) => line.startsWith("passk: error:"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`${url}/completions: connection refused`);
    expect(errors[0]).toContain("no request has reached the server");
    expect(errors[0]).toContain(
      `start the server (\`vllm serve foo --port ${port}\`), or point --base-url at a running one`,
    );
    expect(result.stderr).not.toMatch(/NOT generated/);
    expect(existsSync(dir)).toBe(false);
  });
});

describe("what a person typed wrong", () => {
  it("suggests openai:gpt-4o for --model gpt-4o", async () => {
    const result = await passk(["run", "--model", "gpt-4o"], workspace());
    expectRefusal(result, /--model gpt-4o: unknown provider "gpt-4o"; did you mean openai:gpt-4o\?/);
  });

  it("lists passk's own sets for a --set that is neither a set nor a file", async () => {
    const result = await passk(["run", "--set", "nosuchset"], workspace());
    expectRefusal(result, /nosuchset: no such file or problem set \(passk's own sets: passk-core;/);
  });

  it("does not offer sweep flags it would ignore or refuse", async () => {
    const help = await passk(["sweep", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--temperatures <list>");
    expect(help.stdout).not.toMatch(/--temperature\b(?!s)/);
    expect(help.stdout).not.toMatch(/--out\b/);
    const flag = await passk(["sweep", "--temperature", "0.2"]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("unknown option '--temperature'");
  });
});
