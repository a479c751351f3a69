// Tests of the offline providers: `reference` answers with the canonical solution, `replay` serves an
// existing samples file per task (in completion_id order, extra fields kept, bad lines all reported).
import { describe, expect, it } from "vitest";
import { rejection } from "../../test/helpers/errors.js";
import { jsonl, useWorkspace } from "../../test/helpers/workspace.js";
import { ReferenceProvider, ReplayProvider } from "./offline.js";
import { type GenerationRequest, type PromptProblem, ProviderError } from "./types.js";

const ws = useWorkspace();

const problem = (task_id: string, canonical_solution = "    return 1\n"): PromptProblem => ({
  task_id,
  prompt: `def ${task_id}():\n`,
  entry_point: task_id,
  canonical_solution,
});

function request(task: string | PromptProblem, n: number, firstIndex = 0): GenerationRequest {
  return {
    problem: typeof task === "string" ? problem(task) : task,
    n,
    firstIndex,
    params: { maxTokens: 10, stop: [], logprobs: false },
    signal: new AbortController().signal,
  };
}

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

describe("ReferenceProvider", () => {
  it("answers every sample with the canonical solution, free and uncached", async () => {
    const provider = new ReferenceProvider();
    const response = await provider.generate(request(problem("f", "    return 42\n"), 3, 7));
    expect(response.samples).toEqual(
      Array.from({ length: 3 }, () => ({
        completion: "    return 42\n",
        finishReason: null,
        logprobs: null,
      })),
    );
    expect(response.samples[0]).not.toBe(response.samples[1]); // separate objects
    expect(response.usage).toEqual({ inputTokens: 0, outputTokens: 0 });
    expect(provider.cacheable).toBe(false);
    expect(provider.info).toMatchObject({
      spec: "reference",
      provider: "reference",
      mode: "offline",
      simulated: false,
    });
  });

  it("says a problem without a canonical solution is unavailable", async () => {
    const error = await failure(new ReferenceProvider().generate(request(problem("f", ""), 1)));
    expect(error.kind).toBe("unavailable");
    expect(error.message).toBe("f: the problem file has no canonical_solution");
  });
});

describe("ReplayProvider", () => {
  it("groups samples by task, in file order", async () => {
    const path = ws.write(
      "s.jsonl",
      jsonl([
        { task_id: "a", completion: "a0" },
        { task_id: "b", completion: "b0" },
        { task_id: "a", completion: "a1" },
        { task_id: "a", completion: "a2" },
      ]),
    );
    const provider = await ReplayProvider.open(path);
    expect(provider.info).toEqual({
      spec: `replay:${path}`,
      provider: "replay",
      model: path,
      mode: "offline",
      simulated: false,
    });
    expect(provider.counts()).toEqual(
      new Map([
        ["a", 3],
        ["b", 1],
      ]),
    );
    const all = await provider.generate(request("a", 3));
    expect(all.samples.map((s) => s.completion)).toEqual(["a0", "a1", "a2"]);
    const middle = await provider.generate(request("a", 1, 1));
    expect(middle.samples.map((s) => s.completion)).toEqual(["a1"]);
    expect((await provider.generate(request("b", 1))).samples.map((s) => s.completion)).toEqual(["b0"]);
  });

  it("orders by completion_id when present", async () => {
    const path = ws.write(
      "s.jsonl",
      jsonl([
        { task_id: "a", completion_id: 2, completion: "two" },
        { task_id: "a", completion_id: 0, completion: "zero" },
        { task_id: "a", completion_id: 1, completion: "one" },
      ]),
    );
    const provider = await ReplayProvider.open(path);
    expect((await provider.generate(request("a", 3))).samples.map((s) => s.completion)).toEqual([
      "zero",
      "one",
      "two",
    ]);
  });

  it("keeps finish_reason, valid logprobs and every extra field", async () => {
    const logprobs = { sum: -2, mean: -1, tokens: 2 };
    const path = ws.write(
      "s.jsonl",
      jsonl([
        {
          task_id: "a",
          completion: "x",
          finish_reason: "length",
          logprobs,
          sim_kind: "mutant",
          raw: "r",
          score: 0.5,
        },
        { task_id: "a", completion: "y", logprobs: { sum: "bad" }, model: "theirs", completion_id: 1 },
      ]),
    );
    const [first, second] = (await (await ReplayProvider.open(path)).generate(request("a", 2))).samples;
    expect(first).toEqual({
      completion: "x",
      finishReason: "length",
      logprobs,
      extra: { sim_kind: "mutant", raw: "r", score: 0.5 },
    });
    // passk's own fields (model, completion_id, logprobs, …) are not carried as extras.
    expect(second).toEqual({ completion: "y", finishReason: null, logprobs: null, extra: {} });
  });

  it("reports every bad line at once", async () => {
    const path = ws.write(
      "s.jsonl",
      [
        JSON.stringify({ task_id: "a", completion: "ok" }),
        "{not json",
        JSON.stringify({ task_id: "a" }),
        JSON.stringify({ task_id: "a", solution: "def f(): pass" }),
        JSON.stringify({ task_id: 3, completion: "x" }),
        "",
      ].join("\n"),
    );
    const error = await rejection(ReplayProvider.open(path));
    expect(error.code).toBe("BAD_INPUT");
    expect(error.message).toBe(`${path}: 4 lines cannot be replayed`);
    expect(error.details).toHaveLength(4);
    expect(error.details[0]).toMatch(new RegExp(`^${path}:2: invalid JSON`));
    expect(error.details[1]).toBe(`${path}:3: expected {"task_id": string, "completion": string, …}`);
    expect(error.details[2]).toContain(`${path}:4: `);
    expect(error.details[2]).toContain('whole-program "solution" samples cannot be replayed');
    expect(error.details[3]).toMatch(new RegExp(`^${path}:5: `));
  });

  it("refuses an empty file", async () => {
    const error = await rejection(ReplayProvider.open(ws.write("empty.jsonl", "")));
    expect(error.code).toBe("BAD_INPUT");
  });

  it("returns fewer samples than asked when short, and 'unavailable' when there are none left", async () => {
    const path = ws.write(
      "s.jsonl",
      jsonl([
        { task_id: "a", completion: "a0" },
        { task_id: "a", completion: "a1" },
      ]),
    );
    const provider = await ReplayProvider.open(path);
    expect((await provider.generate(request("a", 5))).samples).toHaveLength(2);
    const beyond = await failure(provider.generate(request("a", 3, 2)));
    expect(beyond.kind).toBe("unavailable");
    expect(beyond.message).toBe(`${path} has 2 samples for a, fewer than the 5 asked for`);
    const unknown = await failure(provider.generate(request("zzz", 1)));
    expect(unknown.kind).toBe("unavailable");
    expect(unknown.message).toContain("has 0 samples for zzz");
  });
});
