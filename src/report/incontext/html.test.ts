import { describe, expect, it } from "vitest";
import { renderIncontextHtml } from "./html.js";
import type { IncontextStudy, IncontextStudyRun } from "./study.js";
import { formatIncontextStudy } from "./text.js";

const run = (label: string, simulated: boolean, accuracy: number): IncontextStudyRun => ({
  dir: `runs/${label}`,
  label,
  simulated,
  model: label,
  mode: "completion",
  temperature: 0,
  cells: [0, 10].map((shots) => ({
    task: "<b>odd</b>_task",
    shots,
    items: 10,
    samples: 10,
    correct: Math.round(10 * accuracy * (shots === 0 ? 0.5 : 1)),
    accuracy: accuracy * (shots === 0 ? 0.5 : 1),
    lo: 0,
    hi: 1,
  })),
  gaps: [
    {
      task: "<b>odd</b>_task",
      fewShots: 10,
      items: 10,
      zero: accuracy / 2,
      few: accuracy,
      gap: accuracy / 2,
      lo: 0.1,
      hi: 0.6,
    },
  ],
});

const study: IncontextStudy = {
  passkVersion: "0.0.0",
  generatedAt: "2026-01-01T00:00:00Z",
  runs: [run("model-big", false, 0.8), run("sim:small", true, 0.2)],
  tasks: ["<b>odd</b>_task"],
  shots: [0, 10],
};

describe("the in-context report", () => {
  it("is one page with no script, names escaped, runs in the order given, simulated runs flagged", () => {
    const html = renderIncontextHtml(study);
    expect(html).toContain("script-src 'none'");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<b>odd</b>");
    expect(html).toContain("&lt;b&gt;odd&lt;/b&gt;_task");
    expect(html.indexOf("Accuracy against model")).toBeGreaterThan(0);
    const columns = html.slice(html.indexOf("Accuracy against model"));
    expect(columns.indexOf("model-big")).toBeLessThan(columns.indexOf("sim:small"));
    expect(html).toContain("SIMULATED MODEL");
    expect(html).toContain("+40.0 pp");
    expect(renderIncontextHtml(study)).toBe(html);
  });

  it("prints the same tables in the terminal", () => {
    const text = formatIncontextStudy(study);
    expect(text.startsWith("SIMULATED MODEL")).toBe(true);
    expect(text).toContain("Accuracy against model at K=10 (runs in the order given)");
    expect(text).toMatch(/<b>odd<\/b>_task\s+80\.0 \(0\.0–100\.0\)\s+20\.0 \(0\.0–100\.0\)/);
    expect(
      formatIncontextStudy({ ...study, runs: [run("model-big", false, 0.8)] }, { banner: false }),
    ).not.toContain("SIMULATED");
  });
});
