// The BLEU section's box plots: every row label keeps its AUC, however long the task ids.
import { describe, expect, it } from "vitest";
import type { BleuStudy } from "../../metrics/studies.js";
import { bleuSection } from "./study-sections.js";

const study = (taskIds: string[]): BleuStudy => ({
  run: "runs/x",
  problems: taskIds.map((task_id, i) => ({
    task_id,
    passing: { 0: 40 + i, 1: 60 },
    failing: { 2: 20, 3: 35 + i },
    auc: 0.87,
  })),
  overall: { meanAuc: 0.87, problemsWithBoth: taskIds.length, passingMean: 50, failingMean: 30 },
});

/** The visible text of the box plot's row labels (each label's tooltip holds the whole label). */
function rowLabels(html: string): string[] {
  const box = html.slice(html.indexOf('id="bleu-box-0"'));
  return [
    ...box.matchAll(/<text class="tick-label"[^>]*text-anchor="end"><title>[^<]*<\/title>([^<]*)<\/text>/g),
  ].map((m) => m[1] ?? "");
}

describe("bleuSection", () => {
  it("says a shared set prefix once in the title, so long task ids keep their AUC", () => {
    const ids = ["passk-core/cheapest-toll-routes", "passk-core/count-user-sessions"];
    const html = bleuSection([study(ids)]);
    expect(html).toContain("BLEU per problem (passk-core/…): passing");
    expect(rowLabels(html)).toEqual(["cheapest-toll-routes (AUC 0.87)", "count-user-sessions (AUC 0.87)"]);
  });

  it("keeps whole task ids when every label fits", () => {
    expect(rowLabels(bleuSection([study(["HumanEval/1", "HumanEval/23"])]))).toEqual([
      "HumanEval/1 (AUC 0.87)",
      "HumanEval/23 (AUC 0.87)",
    ]);
  });

  it("shortens the task id, not the AUC, when a label is still too long", () => {
    const ids = ["a-very-long-dataset-name/problem-with-a-long-name", "other/short"];
    const labels = rowLabels(bleuSection([study(ids)]));
    expect(labels).toHaveLength(2);
    // 32 characters fit (see svg.ts): the id gives way, the AUC stays whole.
    expect(labels).toEqual(["a-very-long-dataset-… (AUC 0.87)", "other/short (AUC 0.87)"]);
  });
});
