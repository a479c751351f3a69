// Conformance on a sample of the shared data: passk's verdicts against the reference harness's, line by
// line, on the reference's own examples and two models' 164 samples each (334 samples). Skipped when the
// data (../shared/conformance beside the repo, or $PASSK_CONFORMANCE_DIR) is absent; the full set runs
// in CI through `npm run conformance`.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runConformance } from "../scripts/conformance.js";

const DIR =
  process.env.PASSK_CONFORMANCE_DIR ?? fileURLToPath(new URL("../../shared/conformance", import.meta.url));

describe.skipIf(!existsSync(DIR))("conformance with the reference harness", () => {
  it("gives the reference's verdicts on 334 real samples", { timeout: 240_000 }, async () => {
    const log: string[] = [];
    const report = await runConformance(
      DIR,
      ["human-eval-example", "llama3-8b-8192", "gemma2-9b-it"],
      (line) => log.push(line),
    );
    const details = JSON.stringify(report.disagreements, null, 2);

    expect(report.samples).toBe(6 + 164 + 164);
    // ≥ 99.9 % is not meaningful on 334 samples; one flip of a sample near the time limit is allowed.
    const passedDisagreements = report.disagreements.filter((d) => d.field === "passed");
    expect(passedDisagreements.length, details).toBeLessThanOrEqual(1);
    expect(report.passedAgree).toBe(report.samples - passedDisagreements.length);
    expect(report.resultAgree / report.samples, details).toBeGreaterThanOrEqual(0.99);

    // The reference's own examples (subprocess, sleep, input(), bad indentation) agree exactly.
    expect(log).toContainEqual(
      expect.stringMatching(/^human-eval-example\.n1\.jsonl: 6\/6 identical results/),
    );
    expect(
      report.disagreements.filter((d) => d.file.startsWith("human-eval-example")),
      details,
    ).toEqual([]);
  });
});
