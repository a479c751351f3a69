// End-to-end tests of `passk evaluate` on good input: samples as completions or whole programs, the
// results file and the pass@k summary, running identical samples once, and the weaker isolation of
// `--no-bubblewrap`. Each test writes its files to a temp folder and runs the BUILT command line
// (`node dist/passk.js`) against the real sandbox; run `npm run build` first (`npm test` does).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { assertCliBuilt, jsonOf, runCli } from "./helpers/cli.js";
import { ADD, passAtK, REVERSE, writeProblems } from "./helpers/problems.js";
import { readResults, removeWorkspaces, workspace, writeJsonl } from "./helpers/workspace.js";

beforeAll(assertCliBuilt);
afterEach(removeWorkspaces);

describe("passk evaluate", () => {
  it("runs the samples, writes one record per sample and reports pass@k", async () => {
    const dir = workspace();
    writeProblems(dir);
    const add = [
      { completion: "    return a + b\n", ok: true },
      { completion: "    return sum((a, b))\n", ok: true },
      { completion: "    return a - b\n", ok: false },
      { completion: "    return a * b\n", ok: false },
      { completion: "    return 0\n", ok: false },
    ];
    const reverse = [
      { completion: '    return " ".join(reversed(sentence.split()))\n', ok: true },
      { completion: '    return " ".join(sentence.split()[::-1])\n', ok: true },
      {
        completion: '    words = sentence.split()\n    words.reverse()\n    return " ".join(words)\n',
        ok: true,
      },
      {
        completion:
          '    out = []\n    for w in sentence.split():\n        out.insert(0, w)\n    return " ".join(out)\n',
        ok: true,
      },
      { completion: "    return sentence[::-1]\n", ok: false },
    ];
    // Interleaved, with extra fields that must come back untouched.
    const samples = add.flatMap((a, i) => [
      { task_id: ADD.task_id, completion: a.completion, model: "toy", sample_index: i, meta: { t: 0.8 } },
      { task_id: REVERSE.task_id, completion: reverse[i]?.completion, model: "toy", sample_index: i },
    ]);
    const expectedPass = add.flatMap((a, i) => [a.ok, reverse[i]?.ok]);
    writeJsonl(join(dir, "samples.jsonl"), samples);

    const run = await runCli(
      ["samples.jsonl", "--problems", "problems.jsonl", "--k", "1,3,10", "--json"],
      dir,
    );
    expect(run.code, run.stderr).toBe(0);

    const summary = jsonOf(run);
    const by = (n: number, c: number, k: number) => passAtK(n, c, k);
    expect(summary["pass@1"]).toBeCloseTo((by(5, 2, 1) + by(5, 4, 1)) / 2, 12);
    expect(summary["pass@1"]).toBeCloseTo(0.6, 12);
    expect(summary["pass@3"]).toBeCloseTo((by(5, 2, 3) + by(5, 4, 3)) / 2, 12);
    expect(summary["pass@3"]).toBeCloseTo(0.95, 12);
    expect(summary).not.toHaveProperty("pass@10");
    expect(summary.passAtK.entries.map((e) => e.k)).toEqual([1, 3]);
    expect(summary.passAtK.skipped.map((s) => s.k)).toEqual([10]);
    expect(run.stderr).toMatch(/pass@10 not reported: needs n ≥ 10/);
    expect(run.stderr).toMatch(/pass@1\s+60\.0 %/);
    expect(run.stderr).toMatch(/pass@3\s+95\.0 %/);

    const resultsPath = join(dir, "samples.jsonl_results.jsonl");
    const records = readResults(resultsPath);
    expect(records).toHaveLength(samples.length);
    expect(records.map((r) => r.sample_line).sort((a, b) => a - b)).toEqual(samples.map((_, i) => i + 1));
    for (const record of records) {
      const sample = samples[record.sample_line - 1];
      const ok = expectedPass[record.sample_line - 1];
      // The sample's own fields, then passk's.
      expect(record).toMatchObject(sample as object);
      expect(record.passed, JSON.stringify(record)).toBe(ok);
      expect(record.status).toBe(ok ? "passed" : "failed");
      expect(record.result).toMatch(ok ? /^passed$/ : /^failed: /);
      expect(typeof record.cpu_time).toBe("number");
      expect(typeof record.wall_time).toBe("number");
      expect(record.wall_time).toBeGreaterThanOrEqual(0);
      expect(record.isolation).toBe(summary.isolation.level);
    }
  });

  it("keeps a sample's fields in their order, a __proto__ field as a field, and replaces an earlier verdict in place", async () => {
    const dir = workspace();
    writeProblems(dir);
    const lines = [
      `{"task_id":"${ADD.task_id}","__proto__":{"polluted":1},"completion":"    return a + b\\n","model":"m"}`,
      `{"result":"failed: old","task_id":"${ADD.task_id}","passed":false,"completion":"    return a + b\\n"}`,
    ];
    writeFileSync(join(dir, "samples.jsonl"), `${lines.join("\n")}\n`);
    const run = await runCli(["samples.jsonl", "-p", "problems.jsonl", "-k", "1", "--workers", "1"], dir);
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(join(dir, "samples.jsonl_results.jsonl"), "utf8");
    const records = text
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .sort((a, b) => (a.sample_line as number) - (b.sample_line as number));
    const passk = ["status", "cpu_time", "wall_time", "sample_line", "isolation", "verdict"];
    expect(records.map((r) => Object.keys(r))).toEqual([
      ["task_id", "__proto__", "completion", "model", "result", "passed", ...passk],
      ["result", "task_id", "passed", "completion", ...passk],
    ]);
    // JSON.parse makes "__proto__" an own field, as the sample's was.
    expect(Object.getOwnPropertyDescriptor(records[0], "__proto__")?.value).toEqual({ polluted: 1 });
    expect(records.map((r) => [r.result, r.passed])).toEqual([
      ["passed", true],
      ["passed", true],
    ]);
  });

  it("runs {task_id, solution} samples as whole programs, without the prompt", async () => {
    const dir = workspace();
    writeProblems(dir);
    writeJsonl(join(dir, "samples.jsonl"), [
      { task_id: ADD.task_id, solution: "def add(x, y):\n    return y + x\n" },
      { task_id: ADD.task_id, solution: "def add(x, y):\n    return x * y\n" },
      // The prompt is not prepended: a solution without the function fails.
      { task_id: ADD.task_id, solution: "def plus(a, b):\n    return a + b\n" },
      { task_id: REVERSE.task_id, solution: 'def reverse_words(s):\n    return " ".join(s.split()[::-1])\n' },
    ]);
    const run = await runCli(["samples.jsonl", "-p", "problems.jsonl", "-k", "1", "--json"], dir);
    expect(run.code, run.stderr).toBe(0);
    const records = readResults(join(dir, "samples.jsonl_results.jsonl")).sort(
      (a, b) => a.sample_line - b.sample_line,
    );
    expect(records.map((r) => r.status)).toEqual(["passed", "failed", "failed", "passed"]);
    expect(records[2]?.result).toContain("add");
    expect(jsonOf(run)["pass@1"]).toBeCloseTo((1 / 3 + 1) / 2, 12);
  });

  it("runs identical samples once, and each of them with --no-dedup", async () => {
    const dir = workspace();
    writeProblems(dir);
    const same = { task_id: ADD.task_id, completion: "    return a + b\n" };
    writeJsonl(
      join(dir, "samples.jsonl"),
      Array.from({ length: 10 }, () => same),
    );
    const args = ["samples.jsonl", "-p", "problems.jsonl", "-k", "1,10", "--json"];

    const deduplicated = await runCli(args, dir);
    expect(deduplicated.code, deduplicated.stderr).toBe(0);
    expect(jsonOf(deduplicated)).toMatchObject({ executed: 1, deduplicated: 9, "pass@10": 1 });
    expect(deduplicated.stderr).toMatch(/9 samples reused/);
    expect(readResults(join(dir, "samples.jsonl_results.jsonl"))).toHaveLength(10);

    const separate = await runCli([...args, "--no-dedup", "--fresh"], dir);
    expect(separate.code, separate.stderr).toBe(0);
    expect(jsonOf(separate)).toMatchObject({ executed: 10, deduplicated: 0, "pass@10": 1 });
    expect(separate.stderr).not.toMatch(/reused/);
    const records = readResults(join(dir, "samples.jsonl_results.jsonl"));
    expect(records).toHaveLength(10);
    expect(records.every((r) => r.passed)).toBe(true);
  });

  it("--no-bubblewrap still runs, warns, and records the weaker isolation", async () => {
    const dir = workspace();
    writeProblems(dir);
    writeJsonl(join(dir, "samples.jsonl"), [{ task_id: ADD.task_id, completion: "    return a + b\n" }]);
    const run = await runCli(["samples.jsonl", "-p", "problems.jsonl", "-k", "1", "--no-bubblewrap"], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/warning: .*bubblewrap/);
    const [record] = readResults(join(dir, "samples.jsonl_results.jsonl"));
    expect(record).toMatchObject({ passed: true, isolation: "seccomp" });
  });
});
