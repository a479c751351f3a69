// End-to-end tests of the study commands through the BUILT command line (`node dist/passk.js`):
// `passk rank`, `passk bleu` and `passk compare` on run folders written by test/helpers/study-runs.ts,
// with the expected numbers recomputed from the files the commands read.
// Run `npm run build` first (`npm test` does).
import { existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assertCliBuilt, passk } from "./helpers/cli.js";
import { startFakeLlm } from "./helpers/fake-llm-server.js";
import { countsOf, STUDY_PROBLEMS, writeStudyProblems, writeStudyRun } from "./helpers/study-runs.js";
import { useWorkspace } from "./helpers/workspace.js";

interface Point {
  samples: number;
  value: number;
  lo: number;
  hi: number;
}
interface Strategy {
  strategy: string;
  available: boolean;
  reason?: string;
  points: Point[];
}

const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
const rates = (dir: string) => [...countsOf(dir).values()].map(({ n, c }) => c / n);

beforeAll(assertCliBuilt);

describe("passk rank", () => {
  const ws = useWorkspace();

  it("prints pass@1 per strategy for m = 1, 2, 5, 10, 20 and says what could not be computed", async () => {
    const run = writeStudyRun(join(ws.dir, "run"), { problems: writeStudyProblems(ws.dir) });
    const text = await passk(["rank", run]);
    expect(text.code).toBe(0);
    const lines = text.stdout.split("\n");
    expect(
      lines
        .find((l) => l.trim().startsWith("m "))
        ?.split(/\s+/)
        .filter(Boolean),
    ).toEqual(["m", "random", "mean-logprob", "sum-logprob", "oracle"]);
    const rows = lines.filter((l) => /^\s+\d+\s+\d/.test(l)).map((l) => Number(l.trim().split(/\s+/)[0]));
    expect(rows).toEqual([1, 2, 5, 10, 20]);
    expect(text.stdout).toContain(
      "back-translation: not computed: run `passk rank <run> --back-translation` with a model that can score text",
    );

    const json = await passk(["rank", run, "--json"]);
    const study = JSON.parse(json.stdout) as { problems: number; n: number; strategies: Strategy[] };
    expect(study).toMatchObject({ problems: 5, n: 20 });
    const by = Object.fromEntries(study.strategies.map((s) => [s.strategy, s]));
    const random = mean(rates(run));
    for (const point of by.random?.points ?? []) expect(point.value).toBeCloseTo(random, 12);
    // Drawing all 20 samples, the oracle passes on every problem with a correct sample.
    const solvable = rates(run).filter((r) => r > 0).length / 5;
    expect(by.oracle?.points[19]?.value).toBeCloseTo(solvable, 12);
    expect(by["mean-logprob"]?.points).toHaveLength(20);
    expect(by["mean-logprob"]?.points[0]?.value).toBeCloseTo(random, 12);
    expect(json.stderr).toContain("mean-logprob");
  });

  it("explains missing log-probs, and refuses a run that was not evaluated", async () => {
    const problems = writeStudyProblems(ws.dir);
    const run = writeStudyRun(join(ws.dir, "run"), { problems, logprobs: false });
    const text = await passk(["rank", run]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      "mean-logprob: no log-probs in samples.jsonl — the server did not return them; rerun with a provider that does",
    );
    rmSync(join(run, "results.jsonl"));
    const unevaluated = await passk(["rank", run]);
    expect(unevaluated.code).toBe(2);
    expect(unevaluated.stderr).toMatch(/passk: error: .*run: no results to rank \(evaluate the run first\)/);
  });

  it("ranks by back-translation with a model that can score, caching the scores so a second call resumes", async () => {
    const run = writeStudyRun(join(ws.dir, "run"), { problems: writeStudyProblems(ws.dir), spec: "sim" });
    const first = await passk(["rank", run, "--back-translation", "--json"]);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(
      "back-translation with sim: 100 samples scored, 0 from backtranslation.jsonl",
    );
    const cache = readFileSync(join(run, "backtranslation.jsonl"), "utf8").trim().split("\n");
    expect(cache).toHaveLength(100);
    expect(Object.keys(JSON.parse(cache[0] as string))).toEqual([
      "task_id",
      "completion_id",
      "sum",
      "mean",
      "tokens",
      "model",
    ]);
    const bt = (JSON.parse(first.stdout) as { strategies: Strategy[] }).strategies.find(
      (s) => s.strategy === "back-translation",
    );
    expect(bt?.available).toBe(true);
    expect(bt?.points).toHaveLength(20);

    const again = await passk(["rank", run, "--back-translation"]);
    expect(again.stderr).toContain("0 samples scored, 100 from backtranslation.jsonl");
    expect(again.stdout).toContain("back-translation P(docstring | code)");

    // A scorer that cannot be reached: exit 1 with one line, not a table without the strategy asked for.
    const down = await startFakeLlm();
    const url = `${down.url}/v1`;
    await down.close();
    const unreachable = await passk([
      "rank",
      run,
      "--back-translation",
      "--model",
      "vllm:scorer",
      "--base-url",
      url,
    ]);
    expect(unreachable.code).toBe(1);
    expect(unreachable.stdout).toBe("");
    expect(unreachable.stderr.trim().split("\n")).toHaveLength(1);
    expect(unreachable.stderr).toMatch(
      new RegExp(
        `^passk: error: back-translation: scoring .* with vllm:scorer failed: ${url}/completions: connection refused`,
      ),
    );

    const cannot = await passk(["rank", run, "--back-translation", "--model", "reference"]);
    expect(cannot.code).toBe(0);
    expect(cannot.stdout).toContain(
      "back-translation: reference cannot score text: back-translation needs a completions endpoint with echo + logprobs, or vLLM",
    );
  });
});

describe("passk bleu", () => {
  const ws = useWorkspace();

  it("splits BLEU by verdict per problem, with AUCs, and finds moved problems with --problems", async () => {
    const problems = writeStudyProblems(ws.dir);
    const run = writeStudyRun(join(ws.dir, "run"), { problems });
    const result = await passk(["bleu", run, "--json"]);
    expect(result.code).toBe(0);
    const study = JSON.parse(result.stdout) as {
      problems: {
        task_id: string;
        passing: Record<string, number>;
        failing: Record<string, number>;
        auc: number | null;
      }[];
      overall: { meanAuc: number; problemsWithBoth: number };
    };
    const counts = countsOf(run);
    expect(study.problems.map((p) => p.task_id)).toEqual([...counts.keys()].sort());
    for (const p of study.problems) {
      const { n, c } = counts.get(p.task_id) ?? { n: 0, c: 0 };
      expect([Object.keys(p.passing).length, Object.keys(p.failing).length]).toEqual([c, n - c]);
      // Keyed by completion_id: together, every sample of the problem once.
      const ids = [...Object.keys(p.passing), ...Object.keys(p.failing)].map(Number).sort((a, b) => a - b);
      expect(ids).toEqual(Array.from({ length: n }, (_, i) => i));
      expect(p.auc === null || (p.auc >= 0 && p.auc <= 1)).toBe(true);
    }
    // A passing sample that is the canonical solution itself scores 100.
    const samples = readFileSync(join(run, "results.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const clamp = STUDY_PROBLEMS[0];
    expect(
      samples.some((s) => s.task_id === clamp?.task_id && s.completion === clamp?.canonical_solution),
    ).toBe(true);
    const clampRow = study.problems.find((p) => p.task_id === clamp?.task_id);
    expect(Math.max(...Object.values(clampRow?.passing ?? {}))).toBeCloseTo(100, 8);
    const withBoth = study.problems.filter((p) => p.auc !== null);
    expect(study.overall.problemsWithBoth).toBe(withBoth.length);
    expect(study.overall.meanAuc).toBeCloseTo(mean(withBoth.map((p) => p.auc as number)), 12);
    expect(result.stderr).toContain("mean AUC of BLEU as a classifier of correctness");

    renameSync(problems.path, join(ws.dir, "moved.jsonl"));
    const lost = await passk(["bleu", run]);
    expect(lost.code).toBe(2);
    expect(lost.stderr).toContain("pass them with --problems <file or set>");
    const found = await passk(["bleu", run, "--problems", join(ws.dir, "moved.jsonl")]);
    expect(found.code).toBe(0);
    expect(found.stdout).toContain("problems by AUC, most separable first:");
    expect(existsSync(join(run, "backtranslation.jsonl"))).toBe(false);
  });
});

describe("passk compare", () => {
  const ws = useWorkspace();

  it("ranks runs on shared problems with paired differences and separating problems", async () => {
    const problems = writeStudyProblems(ws.dir);
    const hot = writeStudyRun(join(ws.dir, "hot"), { problems, temperature: 0.8, seed: 1 });
    const cold = writeStudyRun(join(ws.dir, "cold"), {
      problems,
      temperature: 0.2,
      seed: 2,
      skill: [0.95, 0.7, 0.5, 0.1, 0.9],
      only: [0, 1, 2, 3],
    });
    const result = await passk(["compare", hot, cold, "--k", "1,5,50", "--json"]);
    expect(result.code).toBe(0);
    const study = JSON.parse(result.stdout) as {
      sharedProblems: number;
      k: number[];
      warnings: string[];
      leaderboard: { run: string; label: string; passAtK: (Point & { k: number })[] }[];
      pairs: { a: string; b: string; k: number; difference: Point; significant: boolean }[];
      separating: { task_id: string; rates: Record<string, number> }[];
    };
    expect(study.sharedProblems).toBe(4);
    expect(study.k).toEqual([1, 5]);
    expect(result.stderr).toContain(`passk: warning: ${hot}: 1 problems not in every run are left out`);
    expect(result.stderr).toMatch(/pass@50 left out: it needs n ≥ 50 samples/);
    const shared = (dir: string) => [...countsOf(dir)].filter(([id]) => id !== "study/is_palindrome");
    const pass1 = (dir: string) => mean(shared(dir).map(([, { n, c }]) => c / n));
    const row = (dir: string) => study.leaderboard.find((r) => r.run === dir);
    expect(row(hot)?.passAtK[0]?.value).toBeCloseTo(pass1(hot), 12);
    expect(row(cold)?.passAtK[0]?.value).toBeCloseTo(pass1(cold), 12);
    expect(study.leaderboard.map((r) => r.label)).toEqual(
      pass1(cold) > pass1(hot)
        ? ["vllm:tiny-coder T=0.2", "vllm:tiny-coder T=0.8"]
        : ["vllm:tiny-coder T=0.8", "vllm:tiny-coder T=0.2"],
    );
    const pair = study.pairs.find((p) => p.k === 1);
    expect(pair).toMatchObject({ a: hot, b: cold });
    expect(pair?.difference.value).toBeCloseTo(pass1(hot) - pass1(cold), 12);
    expect(pair?.significant).toBe(pair !== undefined && (pair.difference.lo > 0 || pair.difference.hi < 0));
    const spreads = study.separating.map((p) => Math.abs((p.rates[hot] ?? 0) - (p.rates[cold] ?? 0)));
    expect(spreads).toEqual([...spreads].sort((x, y) => y - x));
    expect(result.stderr).toContain("paired differences (a − b, same problems resampled for both):");
  });

  it("refuses runs on different data unless --allow-different-data, naming runs and hashes", async () => {
    const a = writeStudyRun(join(ws.dir, "a"), { problems: writeStudyProblems(ws.dir, "one.jsonl") });
    const other = writeStudyProblems(ws.dir, "two.jsonl");
    const b = writeStudyRun(join(ws.dir, "b"), { problems: { ...other, sha256: "f".repeat(64) }, seed: 9 });
    const refused = await passk(["compare", a, b]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("the runs were made on different data (dataset sha256 differ)");
    expect(refused.stderr).toContain(`${b}: ${other.path} sha256 ${"f".repeat(64)}`);
    const allowed = await passk(["compare", a, b, "--allow-different-data"]);
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toContain("passk: warning: the runs used different data");
    expect(allowed.stdout).toMatch(/Comparing 2 runs on the 5 problems they share/);
  });
});
