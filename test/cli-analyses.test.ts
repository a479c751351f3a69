// Every analysis command on two real run folders: the offline demo model (`passk run` with no
// model) and a model behind the local fake OpenAI server that returns log-probs and scores text
// (echo), as a user would chain them: run → rank, bleu, compare, sweep, report, tokens.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertCliBuilt, passk } from "./helpers/cli.js";
import { correctReply, DEMO_PROBLEMS } from "./helpers/demo-model.js";
import { type FakeLlm, startFakeLlm } from "./helpers/fake-llm-server.js";
import { removeWorkspaces, workspace } from "./helpers/workspace.js";

let server: FakeLlm;
let root: string;
let demo: string;
let served: string;

beforeAll(async () => {
  assertCliBuilt();
  // Every other sample is wrong, so the studies have both kinds to tell apart.
  server = await startFakeLlm({
    reply: (request, choice) => (choice % 2 === 0 ? correctReply(request) : "    return None\n"),
  });
  root = workspace();
  demo = join(root, "demo");
  served = join(root, "served");
  const [a, b] = await Promise.all([
    passk(["run", "--set", DEMO_PROBLEMS, "--n", "6", "--out", demo, "--no-progress"]),
    passk([
      "run",
      "--model",
      "vllm:m",
      "--base-url",
      `${server.url}/v1`,
      "--set",
      DEMO_PROBLEMS,
      "--n",
      "6",
      "--out",
      served,
      "--cache-dir",
      join(root, "cache"),
      "--no-progress",
    ]),
  ]);
  expect(a.code, a.stderr).toBe(0);
  expect(b.code, b.stderr).toBe(0);
}, 120_000);

afterAll(async () => {
  await server.close();
  removeWorkspaces();
});

describe("analyses on run folders", () => {
  it("`passk run` with no model is the labelled offline demo, and writes a report", () => {
    for (const file of ["run.json", "samples.jsonl", "results.jsonl", "summary.json", "report.html"]) {
      expect(existsSync(join(demo, file)), file).toBe(true);
    }
    const summary = JSON.parse(readFileSync(join(demo, "summary.json"), "utf8"));
    expect(summary.simulated).toBe(true);
    expect(summary.model.spec).toBe("sim");
    expect(readFileSync(join(demo, "report.html"), "utf8")).toContain("SIMULATED MODEL");
    const kinds = new Set(
      readFileSync(join(demo, "samples.jsonl"), "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).sim_kind),
    );
    expect(kinds.has("canonical")).toBe(true);
    expect(kinds.size).toBeGreaterThan(1);
  });

  it("ranks samples without tests on both runs, with back-translation scored by the server", async () => {
    const demoRank = await passk(["rank", demo, "--json"]);
    expect(demoRank.code, demoRank.stderr).toBe(0);
    const demoStudy = JSON.parse(demoRank.stdout);
    const available = (study: { strategies: { strategy: string; available: boolean }[] }) =>
      study.strategies
        .filter((s) => s.available)
        .map((s) => s.strategy)
        .sort();
    expect(available(demoStudy)).toEqual([
      "back-translation",
      "mean-logprob",
      "oracle",
      "random",
      "sum-logprob",
    ]);

    const before = server.stats.requests;
    const rank = await passk(["rank", served, "--back-translation", "--json"]);
    expect(rank.code, rank.stderr).toBe(0);
    const study = JSON.parse(rank.stdout);
    expect(available(study)).toEqual(["back-translation", "mean-logprob", "oracle", "random", "sum-logprob"]);
    // 36 samples scored through /v1/completions with echo, and the scores cached in the run folder.
    const scoring = server.requests.slice(before);
    expect(scoring).toHaveLength(36);
    expect(scoring.every((r) => (r.body as { echo?: boolean }).echo === true)).toBe(true);
    expect(existsSync(join(served, "backtranslation.jsonl"))).toBe(true);
    // pass@1 at one sample drawn is the same for every strategy: the run's pass@1 (half the samples pass).
    const oracle = study.strategies.find((s: { strategy: string }) => s.strategy === "oracle");
    expect(oracle.points[0].value).toBeCloseTo(0.5, 9);
    expect(oracle.points[5].value).toBe(1);
  });

  it("studies BLEU against correctness, and brings the run's report up to date", async () => {
    const onDemo = await passk(["bleu", demo, "--json"]);
    expect(onDemo.code, onDemo.stderr).toBe(0);
    const demoStudy = JSON.parse(onDemo.stdout);
    expect(demoStudy.overall.problemsWithBoth).toBeGreaterThan(0);
    expect(onDemo.stderr).toContain(`charts: ${join(demo, "report.html")}`);

    const result = await passk(["bleu", served, "--json"]);
    expect(result.code, result.stderr).toBe(0);
    const study = JSON.parse(result.stdout);
    // Correct samples are the canonical text (BLEU 100); `return None` is far from it: perfectly separable.
    expect(study.overall.meanAuc).toBe(1);
    expect(study.overall.problemsWithBoth).toBe(6);
  });

  it("compares the two runs on their shared problems", async () => {
    const result = await passk(["compare", demo, served, "--k", "1", "--json"]);
    expect(result.code, result.stderr).toBe(0);
    const study = JSON.parse(result.stdout);
    expect(study.sharedProblems).toBe(6);
    expect(study.leaderboard).toHaveLength(2);
    expect(study.pairs[0].k).toBe(1);
  });

  it("writes one self-contained HTML report for both runs, and a markdown summary", async () => {
    const out = join(root, "both.html");
    const html = await passk(["report", demo, served, "--out", out]);
    expect(html.code, html.stderr).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/);
    for (const section of ["Ranking", "BLEU", "Compar"]) expect(text).toContain(section);
    const markdown = await passk(["report", served, "--format", "markdown"]);
    expect(markdown.code, markdown.stderr).toBe(0);
    expect(markdown.stdout).toMatch(/\| *pass@1 *\|/);
  });

  it("sweeps temperatures through the run machinery", async () => {
    const runs = join(root, "runs");
    const result = await passk([
      "sweep",
      "--set",
      DEMO_PROBLEMS,
      "--n",
      "4",
      "--temperatures",
      "0.2,1.0",
      "--runs-dir",
      runs,
      "--json",
      "--no-progress",
    ]);
    expect(result.code, result.stderr).toBe(0);
    const study = JSON.parse(result.stdout);
    expect(study.ks).toEqual([1]);
    expect(study.rows.map((r: { temperature: number }) => r.temperature)).toEqual([0.2, 1]);
    expect(study.best[0].k).toBe(1);
    expect(result.stderr).toMatch(/pass@1: best T=(0\.2|1) \(/);
    const sweepDir = /sweep: (\S+)sweep\.json/.exec(result.stderr)?.[1] as string;
    expect(readFileSync(join(sweepDir, "report.html"), "utf8")).toContain("Temperature");
  });

  it("sweeps temperatures of a served model", async () => {
    const runs = join(root, "served-runs");
    const result = await passk([
      "sweep",
      "--model",
      "vllm:m",
      "--base-url",
      `${server.url}/v1`,
      "--set",
      DEMO_PROBLEMS,
      "--n",
      "2",
      "--temperatures",
      "0,0.6",
      "-k",
      "1,2",
      "--runs-dir",
      runs,
      "--cache-dir",
      join(root, "cache"),
      "--json",
      "--no-progress",
    ]);
    expect(result.code, result.stderr).toBe(0);
    const study = JSON.parse(result.stdout);
    expect(study.model).toBe("vllm:m");
    expect(study.ks).toEqual([1, 2]);
    // The server's answers do not depend on temperature here: every row is the same pass@1.
    const pass1 = study.rows.filter((r: { k: number }) => r.k === 1).map((r: { value: number }) => r.value);
    expect(pass1).toEqual([0.5, 0.5]);
    // An exact tie is reported as one, not as a best temperature.
    expect(study.best[0]).toMatchObject({ k: 1, temperature: 0, ties: [0.6], distinguishable: false });
    expect(result.stderr).toContain("pass@1: best T=0 (50.0 %), tied with T=0.6");
    const temperatures = server.requests.map((r) => (r.body as { temperature?: number }).temperature);
    expect(temperatures).toContain(0);
    expect(temperatures).toContain(0.6);
  });

  it("reports pass@k for every k up to n with --k all", async () => {
    const result = await passk([
      "evaluate",
      join(demo, "samples.jsonl"),
      "--problems",
      DEMO_PROBLEMS,
      "--k",
      "all",
      "--out",
      join(root, "all.jsonl"),
      "--json",
    ]);
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.passAtK.entries.map((e: { k: number }) => e.k)).toEqual([1, 2, 3, 4, 5, 6]);
    const values = summary.passAtK.entries.map((e: { value: number }) => e.value);
    // pass@k never falls as k grows.
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1]);
  });

  it("counts tokens of the demo's code", async () => {
    const result = await passk(["tokens", "examples/demo", "--ext", "jsonl", "--json"]);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.totals.tokens.r50k_base).toBeGreaterThan(report.totals.tokens.p50k_base);
    expect(report.saving.p50k_base).toBeGreaterThan(0);
  });
});
