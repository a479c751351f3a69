// passk's verdicts on the hand-written MultiPL-E conformance samples (10 HumanEval problems × correct,
// wrong, non-compiling, hostile × JavaScript, TypeScript) against MultiPL-E's own problem files.
// Skipped when ../shared/multipl-e (or $PASSK_MULTIPLE_DIR) is absent. The re-run of MultiPL-E's own
// procedure that checks the fixtures' labels is `npm run conformance:multipl-e` (CI runs it).
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MULTIPLE_DIR, passkVerdicts, type Row } from "../scripts/conformance-multipl-e.js";

const FORGED = /^forged pass|starts a process/;

describe.skipIf(!existsSync(MULTIPLE_DIR))("conformance with MultiPL-E's evaluator", () => {
  for (const language of ["js", "ts"] as const) {
    it(`gives the expected verdict on the 40 ${language} samples`, { timeout: 300_000 }, async () => {
      const rows = await passkVerdicts(language);
      expect(rows).toHaveLength(40);
      const summary = (row: Row) => `${row.task_id} ${row.kind}: ${row.passk.status} ${row.passk.result}`;
      for (const row of rows) expect(row.passk.status, summary(row)).toBe(row.passk_status);
      // Passed exactly when MultiPL-E's rules say OK, but for the samples that forge a pass (or need a
      // process, which passk's sandbox refuses).
      for (const row of rows) {
        const expected = row.multiple_status === "OK" && !FORGED.test(row.note ?? "");
        expect(row.passk.status === "passed", summary(row)).toBe(expected);
      }
      // Every non-compiling sample fails with the compiler's (TypeScript) or the parser's (JavaScript) message.
      for (const row of rows.filter((r) => r.kind === "noncompiling")) {
        expect(row.passk.result, summary(row)).toMatch(
          language === "ts" ? /^failed: TS\d+: / : /^failed: SyntaxError: /,
        );
      }
    });
  }
});
