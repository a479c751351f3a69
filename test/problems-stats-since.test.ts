// End-to-end tests (BUILT command line, real sandbox) of `passk problems stats` beside HumanEval's
// figures, of --since (problems added on or after a date) on list, export and evaluate, and of the
// rule that data mode and the exported check() judge alike: 1 is not True.
// Run `npm run build` first (`npm test` does).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passk } from "./helpers/cli.js";
import { readResults, removeWorkspaces, workspace, writeJsonl } from "./helpers/workspace.js";

const CORE = fileURLToPath(new URL("../datasets/passk-core/", import.meta.url));
const HUMANEVAL = fileURLToPath(new URL("../../shared/conformance/HumanEval.jsonl.gz", import.meta.url));

interface Exported {
  task_id: string;
  prompt: string;
  canonical_solution: string;
  test: string;
  entry_point: string;
}

/** Every problem folder of passk-core with the date it was added. */
const added = new Map(
  readdirSync(CORE, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => [
      entry.name,
      (JSON.parse(readFileSync(join(CORE, entry.name, "problem.json"), "utf8")) as { added: string }).added,
    ]),
);
const newest = [...added.values()].sort().pop() as string;
const recent = [...added].filter(([, date]) => date >= newest).map(([id]) => `passk-core/${id}`);

let work: string;
let exported: Exported[];

beforeAll(async () => {
  work = workspace();
  const run = await passk(["problems", "export", "passk-core"]);
  expect(run.code, run.stderr).toBe(0);
  exported = run.stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Exported);
  writeFileSync(join(work, "passk-core.jsonl"), run.stdout);
});

afterAll(removeWorkspaces);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const words = (text: string) => text.split(/\s+/).filter((w) => w !== "").length;

describe("passk problems stats", () => {
  it("measures prompt words and solution lines on the prompts a model sees", async () => {
    const run = await passk(["problems", "stats", "passk-core", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const stats = JSON.parse(run.stdout) as {
      problems: number;
      promptWords: { median: number; max: number };
      solutionLines: { median: number };
      added: { first: string; last: string };
      wrong: number;
      alt: number;
    };
    expect(stats.problems).toBe(exported.length);
    expect(stats.promptWords.median).toBe(median(exported.map((p) => words(p.prompt))));
    expect(stats.promptWords.max).toBe(Math.max(...exported.map((p) => words(p.prompt))));
    const lines = exported.map((p) => p.canonical_solution.split("\n").filter((l) => l.trim() !== "").length);
    expect(stats.solutionLines.median).toBe(median(lines));
    expect(stats.added).toEqual({ first: [...added.values()].sort()[0], last: newest });
    expect(stats.wrong).toBeGreaterThanOrEqual(3 * exported.length);
    expect(stats.alt).toBeGreaterThanOrEqual(exported.length);
  });

  it.skipIf(!existsSync(HUMANEVAL))(
    "puts HumanEval's figures beside the set's, measured the same way",
    async () => {
      const run = await passk(["problems", "stats", "passk-core", "--humaneval", HUMANEVAL]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^ +passk-core \d+\.\d+\.\d+ +HumanEval\.jsonl\.gz$/m);
      expect(run.stdout).toMatch(new RegExp(`^problems +${exported.length} +164$`, "m"));
      const json = await passk(["problems", "stats", "passk-core", "--humaneval", HUMANEVAL, "--json"]);
      const compared = (
        JSON.parse(json.stdout) as { compared: { problems: number; tests: { total: number } } }
      ).compared;
      expect(compared.problems).toBe(164);
      // HumanEval's tests are counted as the assert lines of check(): over a thousand in all.
      expect(compared.tests.total).toBeGreaterThan(1000);
    },
  );
});

describe("--since", () => {
  it("lists and exports only the problems added on or after the date", async () => {
    const list = await passk(["problems", "list", "passk-core", "--since", newest]);
    expect(list.code, list.stderr).toBe(0);
    const ids = list.stdout
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => l.split(/\s+/)[0]);
    expect(ids).toEqual(recent);
    expect(list.stdout).toContain(`  ${newest}  `);
    const exportRun = await passk(["problems", "export", "passk-core", "--since", newest]);
    expect(exportRun.stderr).toContain(`exported ${recent.length} problems`);
  });

  it("evaluates only the samples of those problems, and says how many it left out", async () => {
    const samples = writeJsonl(
      join(work, "canonical.jsonl"),
      exported.map((p) => ({ task_id: p.task_id, completion: p.canonical_solution })),
    );
    const out = join(work, "since-results.jsonl");
    const run = await passk([
      "evaluate",
      samples,
      "--problems",
      "passk-core",
      "--since",
      newest,
      "--k",
      "1",
      "--no-progress",
      "--out",
      out,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const records = readResults(out);
    expect(records.map((r) => r.task_id).sort()).toEqual([...recent].sort());
    expect(records.every((r) => r.passed)).toBe(true);
    const left = exported.length - recent.length;
    expect(run.stderr).toContain(
      `${left} samples are of problems added before ${newest} (--since), left out`,
    );
  });

  it("runs a model on those problems only and records the date, which the folder keeps as its setting", async () => {
    const out = join(work, "run-since");
    const args = ["run", "--model", "sim", "--n", "1", "--k", "1", "--out", out];
    const run = await passk([...args, "--since", newest]);
    expect(run.code, run.stderr).toBe(0);
    const manifest = () =>
      JSON.parse(readFileSync(join(out, "run.json"), "utf8")) as {
        dataset: { since?: string; problems: number; sha256: string };
      };
    const first = manifest().dataset;
    expect(first.since).toBe(newest);
    expect(first.problems).toBe(recent.length);
    const samples = readFileSync(join(out, "samples.jsonl"), "utf8")
      .split("\n")
      .filter((l) => l !== "");
    expect(new Set(samples.map((l) => (JSON.parse(l) as { task_id: string }).task_id))).toEqual(
      new Set(recent),
    );
    // Run again without --since: the folder's date is the default, so the same folder answers.
    const again = await passk(args);
    expect(again.code, again.stderr).toBe(0);
    expect(manifest().dataset).toEqual(first);
  });

  it("refuses --since with a problem file, which records no dates", async () => {
    const run = await passk([
      "evaluate",
      join(work, "canonical.jsonl"),
      "--problems",
      join(work, "passk-core.jsonl"),
      "--since",
      newest,
    ]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("only passk sets record when each problem was added; leave out --since");
    expect(run.stderr.split("\n").filter((l) => l !== "")).toHaveLength(1);
  });
});

describe("data mode and the exported check() agree on bools", () => {
  it("fails a sample that returns 1 for True both ways (sensor-header-decode)", async () => {
    const wrong = readFileSync(join(CORE, "sensor-header-decode", "wrong", "urgent-as-int.py"), "utf8");
    const canonical = readFileSync(join(CORE, "sensor-header-decode", "solution.py"), "utf8");
    const samples = writeJsonl(join(work, "bools.jsonl"), [
      { task_id: "passk-core/sensor-header-decode", solution: canonical, name: "canonical" },
      { task_id: "passk-core/sensor-header-decode", solution: wrong, name: "urgent-as-int" },
    ]);
    for (const problems of ["passk-core", join(work, "passk-core.jsonl")]) {
      const out = join(work, `bools-${problems === "passk-core" ? "data" : "export"}.jsonl`);
      const run = await passk([
        "evaluate",
        samples,
        "--problems",
        problems,
        "--k",
        "1",
        "--no-progress",
        "--out",
        out,
      ]);
      expect(run.code, run.stderr).toBe(0);
      const verdict = new Map(readResults(out).map((r) => [r.name as string, r]));
      expect(verdict.get("canonical")?.passed, problems).toBe(true);
      expect(verdict.get("urgent-as-int")?.passed, problems).toBe(false);
    }
  });
});
