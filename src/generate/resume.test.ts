// Tests of reading a samples file back before generating more: what counts as done, the file's n,
// the torn tail a crash leaves, and each refusal of samples that do not belong to this run.
import { appendFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rejection } from "../../test/helpers/errors.js";
import { useWorkspace } from "../../test/helpers/workspace.js";
import type { PromptProblem } from "../providers/types.js";
import { readExistingSamples } from "./resume.js";

const ws = useWorkspace();

const problem = (task_id: string): PromptProblem => ({
  task_id,
  prompt: `def ${task_id}():\n`,
  entry_point: task_id,
  canonical_solution: "    pass\n",
});
const PROBLEMS = [problem("a"), problem("b")];
const keyOf = (p: PromptProblem) => `key-${p.task_id}`;
const sample = (task_id: string, completion_id: unknown, cache_key: unknown = `key-${task_id}`) => ({
  task_id,
  completion_id,
  completion: "    pass\n",
  model: "m",
  cache_key,
});

function samplesFile(records: readonly unknown[], tail = ""): string {
  return ws.write("samples.jsonl", records.map((r) => `${JSON.stringify(r)}\n`).join("") + tail);
}

const idsOf = (done: Map<string, Set<number>>, task: string) => [...(done.get(task) ?? [])].sort();

describe("readExistingSamples", () => {
  it("returns an empty entry for every problem when the file does not exist", async () => {
    const { done, count, n } = await readExistingSamples(join(ws.dir, "missing.jsonl"), PROBLEMS, keyOf);
    expect([count, n]).toEqual([0, 0]);
    expect([...done.keys()]).toEqual(["a", "b"]);
    expect(idsOf(done, "a")).toEqual([]);
  });

  it("accepts an empty file (a run stopped before its first sample)", async () => {
    const { count } = await readExistingSamples(samplesFile([]), PROBLEMS, keyOf);
    expect(count).toBe(0);
  });

  it("collects the done ids of each task, and the file's n (highest completion_id + 1)", async () => {
    const path = samplesFile([sample("a", 0), sample("b", 4), sample("a", 2)]);
    const { done, count, n } = await readExistingSamples(path, PROBLEMS, keyOf);
    expect(count).toBe(3);
    expect(n).toBe(5);
    expect(idsOf(done, "a")).toEqual([0, 2]);
    expect(idsOf(done, "b")).toEqual([4]);
  });

  it("keeps samples of any completion_id: a folder made with a larger n answers a smaller one", async () => {
    const path = samplesFile(Array.from({ length: 12 }, (_, id) => sample("a", id)));
    const { done, count, n } = await readExistingSamples(path, PROBLEMS, keyOf);
    expect([count, n]).toEqual([12, 12]);
    expect(done.get("a")?.has(11)).toBe(true);
  });

  it("tolerates a torn last line (a crash mid-write): that sample is simply not done", async () => {
    const path = samplesFile([sample("a", 0), sample("a", 1)], '{"task_id":"a","completion_id":2,"compl');
    const { done, count } = await readExistingSamples(path, PROBLEMS, keyOf);
    expect(count).toBe(2);
    expect(idsOf(done, "a")).toEqual([0, 1]);
  });

  it("refuses a bad line in the middle, which is not a torn tail", async () => {
    const path = ws.write("samples.jsonl", `${JSON.stringify(sample("a", 0))}\n{"task_id":\n`);
    const error = await rejection(readExistingSamples(path, PROBLEMS, keyOf));
    expect(error.code).toBe("BAD_INPUT");
    expect(error.message).toMatch(/\(1 line; first, line 2: invalid JSON/);
  });

  const refusals: [string, unknown, RegExp][] = [
    [
      "another configuration's cache key",
      sample("a", 1, "key-of-another-model"),
      /another model, parameters or prompt/,
    ],
    [
      "a sample without a cache key (made elsewhere)",
      { ...sample("a", 1), cache_key: undefined },
      /another model, parameters or prompt/,
    ],
    ["an unknown task", sample("zzz", 0, "key-zzz"), /task_id "zzz" is not in this run's problems/],
    ["a negative completion_id", sample("a", -1), /completion_id -1 is not a whole number ≥ 0/],
    ["a fractional completion_id", sample("a", 1.5), /completion_id 1.5 is not a whole number/],
    ["a string completion_id", sample("a", "1"), /completion_id "1" is not a whole number/],
    ["a line that is not a sample", [1, 2], /not a sample/],
  ];
  for (const [what, bad, message] of refusals) {
    it(`refuses ${what}, naming the file and line`, async () => {
      const path = samplesFile([sample("a", 0), bad]);
      const error = await rejection(readExistingSamples(path, PROBLEMS, keyOf));
      expect(error.code).toBe("BAD_INPUT");
      expect(error.message).toContain(path);
      expect(error.message).toMatch(/use another output folder/);
      expect(error.message).toContain("(1 line; first, line 2: ");
      expect(error.message).toMatch(message);
      expect(error.details).toEqual([]);
    });
  }

  it("refuses a completion_id that appears twice", async () => {
    const path = samplesFile([sample("a", 0), sample("b", 0), sample("a", 0)]);
    const error = await rejection(readExistingSamples(path, PROBLEMS, keyOf));
    expect(error.message).toContain("first, line 3: completion_id 0 of a appears twice");
  });

  it("says in one line how many lines are wrong, and which is the first", async () => {
    const path = samplesFile([sample("a", 0), sample("a", -9), sample("x", 0), sample("b", 0, "other")]);
    appendFileSync(path, `${JSON.stringify(sample("a", 0))}\n`);
    const error = await rejection(readExistingSamples(path, PROBLEMS, keyOf));
    expect(error.message).toContain("(4 lines; first, line 2: completion_id -9");
    expect(error.message).not.toContain("\n");
    expect(error.details).toEqual([]);
  });
});
