// Tests of the markdown summary: the run's facts, pass@k with intervals, statuses, the most failing
// problems, study tables, the simulated warning, and that hostile text cannot break the tables.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFakeRun } from "../../test/helpers/fake-run.js";
import { fakeStudies } from "../../test/helpers/fake-studies.js";
import { useWorkspace } from "../../test/helpers/workspace.js";
import { type LoadedRun, loadRun } from "../run/load.js";
import { type ReportInput, runLabel, runPassAtK } from "./html/input.js";
import { mdText, renderMarkdown, TOP_FAILING } from "./markdown.js";

const ws = useWorkspace();

async function input(
  options: { simulated?: boolean; second?: boolean; studies?: boolean } = {},
): Promise<ReportInput> {
  writeFakeRun(join(ws.dir, "a"), { problems: 14, n: 10, simulated: options.simulated ?? false });
  const runs: LoadedRun[] = [await loadRun(join(ws.dir, "a"))];
  if (options.second) {
    writeFakeRun(join(ws.dir, "b"), {
      problems: 14,
      n: 10,
      seed: 3,
      model: "openai:other",
      temperature: 0.2,
    });
    runs.push(await loadRun(join(ws.dir, "b")));
  }
  const ids = Array.from({ length: 14 }, (_, i) => `Fake/${i}`);
  const studies = options.studies
    ? fakeStudies(
        runs.map((r) => ({ dir: r.dir, label: runLabel(r) })),
        10,
        ids,
      )
    : {};
  return { runs, studies, generatedAt: "2025-01-02T05:00:00.000Z", passkVersion: "9.9.9" };
}

/** Table rows of the markdown: lines starting with "|", split on unescaped pipes. */
const cells = (line: string) => line.split(/(?<!\\)\|/).slice(1, -1);

describe("renderMarkdown", () => {
  it("summarises a run: model, dataset, pass@k with intervals, statuses, most failing problems", async () => {
    const report = await input();
    const md = renderMarkdown(report);
    const run = report.runs[0] as LoadedRun;
    expect(md).toMatch(/^# passk report\n/);
    expect(md).toContain("## openai:fake-coder-1 · T=0.8");
    expect(md).toContain("**Dataset** fake-set 1.0, 14 problems, sha256 `abababababab`");
    expect(md).toContain("**Isolation** bubblewrap+seccomp");
    for (const e of runPassAtK(run).entries) {
      expect(md).toContain(
        `| pass@${e.k} | ${(e.value * 100).toFixed(1)} % | ${(e.ci[0] * 100).toFixed(1)} – ${(e.ci[1] * 100).toFixed(1)} % |`,
      );
    }
    expect(md).toContain("- pass@100 not reported: needs n ≥ 100");
    const passed = run.results.filter((r) => r.passed).length;
    expect(md).toContain(`**Statuses** passed ${passed} · failed `);
    const failing = md.split("\n").filter((l) => /^\| Fake\/\d+ \|/.test(l));
    expect(failing).toHaveLength(TOP_FAILING);
    const rates = failing.map((l) => Number(cells(l)[2]?.trim().replace(" %", "")));
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    expect(md).not.toMatch(/SIMULATED|## Temperature sweep|## Ranking|## BLEU|## Comparison/);
    expect(renderMarkdown(report)).toBe(md);
  });

  it("warns about simulated runs and adds a table per study", async () => {
    const md = renderMarkdown(await input({ simulated: true, second: true, studies: true }));
    expect(md).toContain(
      "> [!WARNING]\n> **SIMULATED MODEL — not a real model.** sim:canonical-mix · T=0.8:",
    );
    expect(md).toContain("## Run 1: sim:canonical-mix · T=0.8");
    expect(md).toContain("## Run 2: openai:other · T=0.2");
    expect(md).toMatch(/\| 0\.2 \| \*\*32\.0 % \(26\.0 – 38\.0 %\)\*\* ★ \|/);
    expect(md).toContain("## Ranking without tests — sim:canonical-mix · T=0.8");
    expect(md).toContain("- back-translation: not available (needs a provider");
    expect(md).toContain("| sim:canonical-mix · T=0.8 | 0.580 | 11 | 61.2 | 48.9 |");
    expect(md).toContain("## Comparison (14 shared problems)");
    expect(md).toContain("- **Warning:** the runs used different temperatures");
    expect(md).toMatch(/\| 1 \| \+8\.0 pp \| \+2\.0 pp to \+14\.0 pp \| \*\*yes\*\* \|/);
    expect(md).toMatch(/\| 10 \| \+8\.0 pp \| −3\.0 pp to \+19\.0 pp \| no \|/);
  });

  it("puts the comparison of several runs before the runs", async () => {
    const md = renderMarkdown(await input({ second: true, studies: true }));
    const headings = md.split("\n").filter((line) => line.startsWith("## "));
    expect(headings[0]).toMatch(/^## Comparison/);
    expect(headings[1]).toMatch(/^## Run 1: /);
  });

  it("keeps hostile text inside its cell, as text", async () => {
    const report = await input();
    const run = report.runs[0] as LoadedRun;
    for (const r of run.results.filter((x) => x.task_id === "Fake/0"))
      r.result = "failed: a | b\n| x | <script>alert(1)</script> `code` *bold*";
    const md = renderMarkdown(report);
    const row = md.split("\n").find((l) => l.startsWith("| Fake/0 |")) ?? "";
    expect(cells(row)).toHaveLength(4);
    expect(row).toContain("a \\| b \\| x \\| &lt;script&gt;alert(1)&lt;/script&gt; \\`code\\` \\*bold\\*");
    expect(md).not.toContain("<script>");
    expect(mdText("a_b [c](d) ~e~ \\")).toBe("a\\_b \\[c\\](d) \\~e\\~ \\\\");
  });
});
