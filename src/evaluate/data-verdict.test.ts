// Fuzzing passk's reading of data-mode case outputs (what a sample's process sent back): whatever the
// text, judgeData fails the sample with a message or passes a right answer; it never throws, so one
// sample can never stop a run.
import { describe, expect, it } from "vitest";
import { prng } from "../../test/helpers/prng.js";
import type { ProblemData } from "../problems/types.js";
import type { Execution } from "../sandbox/types.js";
import { judgeData, outputProblem } from "./data-verdict.js";

const DATA: ProblemData = {
  entryPoint: "f",
  checker: "exact",
  tests: [{ args: [1], expected: [1, { $tuple: [2] }] }],
};

function executionWith(cases: string[]): Execution {
  return { status: "passed", result: "passed", cpu: 0, wall: 0, exitCode: 0, output: "", cases };
}

describe("passk's reading of data-mode case outputs", () => {
  const hostile = [
    '{"ok": {"$int": "x"}}',
    '{"ok": {"$tuple": 5}}',
    '{"ok": {"$dict": "ab"}}',
    '{"ok": {"$dict": [[1]]}}',
    '{"ok": {"$float": "big"}}',
    '{"ok": {"$set": {"a": 1}}}',
    '{"ok": {"$repr": 5, "$type": []}}',
    `{"ok": ${"[".repeat(20000)}${"]".repeat(20000)}}`,
    `{"ok": ${'{"$tuple": ['.repeat(5000)}1${"]}".repeat(5000)}}`,
    '{"ok": 1e999}',
    '{"error": {"no": "string"}}',
    "[]",
    "null",
    '"ok"',
    "{",
    "",
  ];

  it("fails each hostile output with a message, never throws", () => {
    for (const text of hostile) {
      const judged = judgeData(DATA, executionWith([text]));
      expect(judged.status, text.slice(0, 40)).toBe("failed");
      expect(judged.result, text.slice(0, 40)).toMatch(/^failed: case 0: /);
    }
  });

  it("never throws on random damage to a right answer, and passes it undamaged", () => {
    const right = '{"ok": [1, {"$tuple": [2]}]}';
    expect(judgeData(DATA, executionWith([right])).status).toBe("passed");
    const random = prng(11);
    const alphabet = '{}[]":,$0123456789.eE-+ abcdefghijklmnopqrstuvwxyz\\';
    let failed = 0;
    for (let i = 0; i < 5000; i++) {
      const chars = [...right];
      for (let j = 0; j < 1 + Math.floor(random() * 3); j++) {
        chars[Math.floor(random() * chars.length)] = alphabet[
          Math.floor(random() * alphabet.length)
        ] as string;
      }
      const judged = judgeData(DATA, executionWith([chars.join("")]));
      expect(["passed", "failed"]).toContain(judged.status);
      if (judged.status === "failed") failed++;
    }
    expect(failed).toBeGreaterThan(4000);
  });

  it("names what is wrong with a malformed value", () => {
    expect(outputProblem({ $int: "x" })).toMatch(/\$int/);
    expect(outputProblem({ $repr: "<x>", $type: "X" })).toBeNull();
    expect(outputProblem([[[1]]])).toBeNull();
    expect(outputProblem(JSON.parse(`${"[".repeat(300)}${"]".repeat(300)}`))).toBe("nested too deeply");
  });
});
