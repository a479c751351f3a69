// Tests of what the reports derive from a run: counts, the pass@k table and the pass@k-vs-k curve.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFakeRun } from "../../../test/helpers/fake-run.js";
import { useWorkspace } from "../../../test/helpers/workspace.js";
import { passAtKTable } from "../../metrics/index.js";
import { loadRun } from "../../run/load.js";
import {
  compareTaskIds,
  curveKs,
  passCurve,
  problemCounts,
  runLabel,
  runPassAtK,
  statusCounts,
} from "./input.js";

const ws = useWorkspace();

describe("run numbers", () => {
  it("counts samples and passes per problem in natural task order, and statuses", async () => {
    const { results } = writeFakeRun(join(ws.dir, "run"), { problems: 12, n: 10 });
    const run = await loadRun(join(ws.dir, "run"));
    const counts = problemCounts(run.results);
    expect(counts.map((c) => c.taskId)).toEqual(Array.from({ length: 12 }, (_, i) => `Fake/${i}`));
    for (const c of counts) {
      const mine = results.filter((r) => r.task_id === c.taskId);
      expect(c).toEqual({ taskId: c.taskId, n: 10, c: mine.filter((r) => r.passed).length });
    }
    const statuses = statusCounts(run.results);
    expect(Object.values(statuses).reduce((a, b) => a + b, 0)).toBe(120);
    expect(statuses.timeout).toBe(results.filter((r) => r.status === "timeout").length);
    for (const s of ["passed", "failed", "timeout", "oom", "crashed", "error"] as const)
      expect(statuses[s]).toBeGreaterThan(0);
    expect(runLabel(run)).toBe("openai:fake-coder-1 · T=0.8");
  });

  it("reports the manifest's k, skipping those larger than n with the reason", async () => {
    writeFakeRun(join(ws.dir, "run"), { problems: 4, n: 10 });
    const table = runPassAtK(await loadRun(join(ws.dir, "run")));
    expect(table.entries.map((e) => e.k)).toEqual([1, 5, 10]);
    expect(table.skipped.map((s) => s.k)).toEqual([100]);
  });

  it("orders task ids by their numbers", () => {
    expect(["P/10", "P/2", "Q/1", "P/1"].sort(compareTaskIds)).toEqual(["P/1", "P/2", "P/10", "Q/1"]);
  });
});

describe("passCurve", () => {
  it("gives pass@k for every k up to n, equal to the pass@k table and reproducible", async () => {
    writeFakeRun(join(ws.dir, "run"), { problems: 8, n: 12 });
    const run = await loadRun(join(ws.dir, "run"));
    const curve = passCurve(run);
    expect(curve.points.map((p) => p.k)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    const table = passAtKTable(problemCounts(run.results), [1, 6, 12]);
    for (const entry of table.entries) {
      const point = curve.points.find((p) => p.k === entry.k);
      expect(point).toEqual({ k: entry.k, value: entry.value, lo: entry.ci[0], hi: entry.ci[1] });
    }
    for (let i = 1; i < curve.points.length; i++) {
      const [prev, cur] = [curve.points[i - 1], curve.points[i]];
      expect(cur?.value).toBeGreaterThanOrEqual(prev?.value ?? 1); // pass@k never drops as k grows
      expect(cur?.lo).toBeLessThanOrEqual(cur?.value ?? 0);
      expect(cur?.hi).toBeGreaterThanOrEqual(cur?.value ?? 1);
    }
    expect(passCurve(run)).toEqual(curve);
    expect(curve.label).toBe(runLabel(run));
  });

  it("has no points for a run without results", async () => {
    writeFakeRun(join(ws.dir, "run"), { problems: 2, n: 3 });
    const run = await loadRun(join(ws.dir, "run"));
    expect(passCurve({ ...run, results: [] }).points).toEqual([]);
  });

  it("takes every k up to 200 and about 40 per decade beyond, always ending at n", () => {
    expect(curveKs(5)).toEqual([1, 2, 3, 4, 5]);
    expect(curveKs(200)).toHaveLength(200);
    const ks = curveKs(1000);
    expect(ks.slice(0, 200)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(ks[ks.length - 1]).toBe(1000);
    expect(ks.length).toBeGreaterThan(220);
    expect(ks.length).toBeLessThan(235);
    for (let i = 1; i < ks.length; i++) expect(ks[i]).toBeGreaterThan(ks[i - 1] as number);
  });
});
