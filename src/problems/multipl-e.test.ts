// Tests of loading MultiPL-E's problem files (passk's own hand-written fixtures in that format).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { rejection } from "../../test/helpers/errors.js";
import { jsonl, useWorkspace } from "../../test/helpers/workspace.js";
import { candidateName, loadMultiplEProblems } from "./multipl-e.js";
import { buildProgram } from "./program.js";
import { loadAnyProblems } from "./resolve.js";

const ws = useWorkspace();
const OWN_TS = fileURLToPath(new URL("../../test/fixtures/multipl-e/own-ts.jsonl", import.meta.url));
const OWN_JS = fileURLToPath(new URL("../../test/fixtures/multipl-e/own-js.jsonl", import.meta.url));

function line(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: "toy_1_add",
    language: "js",
    prompt: "//Add.\nfunction add(a, b){\n",
    tests:
      "const assert = require('node:assert');\nfunction test() {\n  let candidate = add;\n  assert.deepEqual(candidate(1, 2),3);\n}\ntest();",
    stop_tokens: ["\nfunction ", "\n/*"],
    doctests: "transform",
    ...extra,
  };
}

describe("loadMultiplEProblems", () => {
  it("reads a MultiPL-E file: name as task_id, the candidate as entry point, tests as test, the stop tokens and language of the set", async () => {
    const set = await loadAnyProblems(OWN_TS);
    expect(set.language).toBe("ts");
    expect(set.stop).toEqual(["\nfunction ", "\n/*", "\n//", "\nclass"]);
    const first = JSON.parse(readFileSync(OWN_TS, "utf8").split("\n")[0] as string) as Record<string, string>;
    const problem = set.problems.get("own_1_count_vowels");
    expect(problem).toMatchObject({
      task_id: "own_1_count_vowels",
      entry_point: "count_vowels",
      prompt: first.prompt,
      test: first.tests,
      canonical_solution: "",
      language: "ts",
      doctests: "transform",
    });
    expect([...set.problems.keys()]).toEqual([
      "own_1_count_vowels",
      "own_2_running_total",
      "own_3_word_lengths",
    ]);
  });

  it("builds MultiPL-E's program: prompt + completion + newline + tests", async () => {
    const set = await loadAnyProblems(OWN_JS);
    const problem = set.problems.get("own_2_running_total");
    if (!problem) throw new Error("fixture");
    const completion = "  return xs;\n}\n";
    expect(buildProgram(problem, { task_id: problem.task_id, completion })).toBe(
      `${problem.prompt}${completion}\n${problem.test}`,
    );
  });

  it("leaves HumanEval files to the HumanEval loader", async () => {
    const file = ws.write(
      "he.jsonl",
      jsonl([{ task_id: "T/0", prompt: "def f():\n", entry_point: "f", canonical_solution: "", test: "" }]),
    );
    expect(await loadMultiplEProblems(file)).toBeNull();
    expect((await loadAnyProblems(file)).language).toBeUndefined();
  });

  it("finds the function under test in `let candidate = <name>;`", () => {
    expect(candidateName("function test() {\n  let candidate = strlen;\n")).toBe("strlen");
    expect(candidateName("let candidate=$x_1 ;")).toBe("$x_1");
    expect(candidateName("const candidate = f;")).toBeNull();
  });

  it("lists every faulty line: another language, no candidate, a missing field, other stop tokens, a duplicate", async () => {
    const file = ws.write(
      "bad.jsonl",
      jsonl([
        line(),
        line({ name: "toy_2", language: "rb" }),
        line({ name: "toy_3", tests: "check(add)" }),
        line({ name: "toy_4", prompt: 3 }),
        line({ name: "toy_5", stop_tokens: ["\n"] }),
        line(),
      ]),
    );
    const error = await rejection(loadMultiplEProblems(file));
    expect(error.code).toBe("BAD_INPUT");
    expect(error.message).toContain("5 errors in the MultiPL-E problem file");
    expect(error.details.join("\n")).toMatch(
      /:2: language "rb": passk runs MultiPL-E's JavaScript and TypeScript/,
    );
    expect(error.details.join("\n")).toMatch(/:3: field "tests": no `let candidate = <function>;`/);
    expect(error.details.join("\n")).toMatch(/:4: field "prompt": expected string, got number/);
    expect(error.details.join("\n")).toMatch(/:5: stop_tokens \["\\n"\] differ from the first problem's/);
    expect(error.details.join("\n")).toMatch(/:6: duplicate name "toy_1_add"/);
  });

  it("refuses a file that mixes languages", async () => {
    const file = ws.write("mixed.jsonl", jsonl([line(), line({ name: "toy_2", language: "typescript" })]));
    const error = await rejection(loadMultiplEProblems(file));
    expect(error.details.join("\n")).toContain("problems in js and ts: one language per file");
  });
});
