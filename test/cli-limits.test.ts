// The limits study end to end, offline: the simulated model runs small generated sets of both
// families through the built CLI (`passk run --set compose:…`), then `passk limits` reads the run
// folders side by side, `passk report` draws the study, and a family written as a folder passes
// `passk problems check` like any set.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertCliBuilt, passk } from "./helpers/cli.js";
import { DEMO_PROBLEMS } from "./helpers/demo-model.js";
import { removeWorkspaces, workspace } from "./helpers/workspace.js";

let root: string;
let compose: string;
let composeOther: string;
let bind: string;
let demo: string;

const run = (set: string, out: string, extra: string[] = []) =>
  passk(["run", "--set", set, "--n", "4", "--out", out, "--no-progress", ...extra]);

beforeAll(async () => {
  assertCliBuilt();
  root = workspace();
  [compose, composeOther, bind, demo] = ["compose", "compose-seed2", "bind", "demo"].map((d) =>
    join(root, d),
  ) as [string, string, string, string];
  const results = await Promise.all([
    run("compose:per=3,max=5", compose),
    run("compose:per=3,max=5", composeOther, ["--seed", "2"]),
    run("bind:seed=4,per=3,max=4", bind),
    run(DEMO_PROBLEMS, demo),
  ]);
  for (const result of results) expect(result.code, result.stderr).toBe(0);
}, 240_000);

afterAll(removeWorkspaces);

/** Mean pass rate (= pass@1) of each N of a run, from its results file. */
function passRates(dir: string): Map<number, number> {
  const perTask = new Map<string, { n: number; c: number }>();
  for (const line of readFileSync(join(dir, "results.jsonl"), "utf8").trim().split("\n")) {
    const record = JSON.parse(line) as { task_id: string; passed: boolean };
    const entry = perTask.get(record.task_id) ?? { n: 0, c: 0 };
    entry.n++;
    if (record.passed) entry.c++;
    perTask.set(record.task_id, entry);
  }
  const byN = new Map<number, number[]>();
  for (const [task, { n, c }] of perTask) {
    const knob = Number(/\/n(\d+)-/.exec(task)?.[1]);
    byN.set(knob, [...(byN.get(knob) ?? []), c / n]);
  }
  return new Map([...byN].map(([n, rates]) => [n, rates.reduce((a, b) => a + b, 0) / rates.length]));
}

describe("passk limits", () => {
  it("gives pass@k against N per family, the runs side by side in the order given", async () => {
    const result = await passk(["limits", composeOther, compose, bind, "-k", "1,4", "--json"]);
    expect(result.code, result.stderr).toBe(0);
    const study = JSON.parse(result.stdout);
    expect(study.runs).toEqual([composeOther, compose, bind]);
    expect(study.families.map((f: { family: string }) => f.family)).toEqual(["compose", "bind"]);
    const [composeStudy, bindStudy] = study.families;
    expect(composeStudy.ks).toEqual([1, 4]);
    for (const [dir, family] of [
      [compose, composeStudy],
      [composeOther, composeStudy],
      [bind, bindStudy],
    ]) {
      const rates = passRates(dir);
      const rows = family.rows.filter((r: { run: string; k: number }) => r.run === dir && r.k === 1);
      expect(rows.map((r: { n: number }) => r.n)).toEqual([...rates.keys()].sort((a, b) => a - b));
      for (const row of rows) {
        expect(row.value).toBeCloseTo(rates.get(row.n) as number, 12);
        expect(row.problems).toBe(3);
        expect(row.lo).toBeLessThanOrEqual(row.value);
        expect(row.hi).toBeGreaterThanOrEqual(row.value);
      }
    }
    // The tables go to stderr with --json: one column per run and k, the runs named below.
    expect(result.stderr).toContain("compose-N: pass@k against N");
    expect(result.stderr).toMatch(/N {3}problems {2}\[1\] pass@1 +\[1\] pass@4 +\[2\] pass@1/);
    expect(result.stderr).toContain(`[1] sim · T=0.8: ${composeOther}`);
    expect(result.stderr).toContain("simulated runs included");
  });

  it("prints the table on stdout, warns about runs without generated problems, refuses when none has any", async () => {
    const mixed = await passk(["limits", compose, demo]);
    expect(mixed.code, mixed.stderr).toBe(0);
    expect(mixed.stdout).toMatch(/^compose-N: pass@k against N/);
    expect(mixed.stdout).toMatch(/\n {2}5 {3}3 {9}\d+\.\d %/);
    expect(mixed.stderr).toContain(`${demo}: no evaluated sample of a generated family; left out`);
    const none = await passk(["limits", demo]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe("");
    expect(none.stderr.trim().split("\n")).toHaveLength(1);
    expect(none.stderr).toMatch(/no evaluated sample of a generated family .*passk run --set compose/);
  });

  it("takes the bootstrap's seed and resamples from the settings table", async () => {
    const help = await passk(["limits", "--help"]);
    expect(help.stdout).toMatch(/--seed <n> +seed of the bootstrap confidence intervals \(default 0\)/);
    expect(help.stdout).toMatch(/--resamples <n> +bootstrap resamples \(default 2000\)/);
    expect(help.stdout).toMatch(/-k, --k <list> .*\(default 1,10\)/);
    const study = async (extra: string[]) => {
      const result = await passk(["limits", compose, "-k", "1", "--json", ...extra]);
      expect(result.code, result.stderr).toBe(0);
      return JSON.parse(result.stdout).families[0].rows as { value: number; lo: number; hi: number }[];
    };
    const [base, same, other] = await Promise.all([
      study([]),
      study(["--seed", "0", "--resamples", "2000"]),
      study(["--seed", "5", "--resamples", "40"]),
    ]);
    expect(same).toEqual(base);
    expect(other.map((r) => r.value)).toEqual(base.map((r) => r.value));
    expect(other.map((r) => [r.lo, r.hi])).not.toEqual(base.map((r) => [r.lo, r.hi]));
  });

  it("is in the reports: markdown and the run's own report.html", async () => {
    const markdown = await passk(["report", compose, bind, "--format", "markdown"]);
    expect(markdown.code, markdown.stderr).toBe(0);
    expect(markdown.stdout).toContain("## Composition and binding limits");
    expect(markdown.stdout).toContain("### bind-N: pass@k against N");
    const html = readFileSync(join(compose, "report.html"), "utf8");
    expect(html).toContain('<section id="limits"');
    expect(html).toContain("compose-N: pass@k against N");
  });
});

describe("a generated family as a set", () => {
  it("is written to a folder that passes the quality gate and runs like the spec it came from", async () => {
    const dir = join(root, "sets", "bind-s4");
    const written = await passk(["problems", "generate", "bind:seed=4,per=3,max=4", "--out", dir]);
    expect(written.code, written.stderr).toBe(0);
    // set.json, then per problem: problem.json, solution.py, tests.json, 3 wrong/ and 1 alt/ solutions.
    expect(written.stderr).toContain("(85 files, 12 problems)");
    const check = await passk(["problems", "check", dir, "--only", "n1-02,n4-00"]);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stderr).toContain("all problems pass the gate");
    const again = await passk(["problems", "generate", "bind:seed=4", "--out", dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/holds files already/);
    // Its tests are generated: `problems cases` sends the user to a folder of their own.
    const cases = await passk(["problems", "cases", "bind:seed=4,per=3,max=4", "n1-00"]);
    expect(cases.code).toBe(2);
    expect(cases.stderr).toMatch(/tests are generated; write it as a folder first \(passk problems generate/);
    const fromFolder = await passk(["run", "--set", dir, "--n", "4", "--out", bind, "--no-progress"]);
    // The folder holds the same files as the spec: the same dataset hash, so the run folder takes it.
    expect(fromFolder.code, fromFolder.stderr).toBe(0);
    expect(fromFolder.stderr).toMatch(/Generated: 0 new samples .*\(48 already there/);
  });
});
