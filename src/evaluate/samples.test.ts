// Tests of samples-file loading and its per-line checks against real files.

import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { rejection } from "../../test/helpers/errors.js";
import { jsonl, useWorkspace } from "../../test/helpers/workspace.js";
import type { Problem, ProblemSet } from "../problems/types.js";
import { loadSamples } from "./samples.js";

const ws = useWorkspace();

const problemsPath = "/data/toy-problems.jsonl";
const problems: ProblemSet = {
  path: problemsPath,
  sha256: "0".repeat(64),
  problems: new Map(
    ["Toy/0", "Toy/1", "Toy/16", "Other/7"].map((task_id): [string, Problem] => [
      task_id,
      { task_id, prompt: "def f():\n", entry_point: "f", canonical_solution: "    return 1\n", test: "" },
    ]),
  ),
};

/** The reason given for a file holding just `line` (plus one valid line, so it is not "all unknown"). */
async function reasonFor(line: string): Promise<string> {
  const file = ws.write("one.jsonl", `${JSON.stringify({ task_id: "Toy/0", completion: "" })}\n${line}\n`);
  const { skipped } = await loadSamples(file, problems, { skipInvalid: true });
  expect(skipped).toHaveLength(1);
  expect(skipped[0]?.line).toBe(2);
  return skipped[0]?.reason ?? "";
}

describe("loadSamples", () => {
  it("loads completions and solutions with their line numbers, extra fields untouched", async () => {
    const records = [
      { task_id: "Toy/0", completion: "    return 1\n", model: "m", logprobs: [-0.1, -0.2], index: 0 },
      { sample: 3, task_id: "Toy/1", solution: "def f():\n    return 2\n" },
    ];
    const file = ws.write("s.jsonl", `${JSON.stringify(records[0])}\n\n${JSON.stringify(records[1])}\n`);
    const { samples, skipped } = await loadSamples(file, problems);
    expect(skipped).toEqual([]);
    expect(samples).toEqual([
      { line: 1, sample: records[0] },
      { line: 3, sample: records[1] },
    ]);
    // Untouched includes the order of the keys, so results written back read like the input.
    expect(Object.keys(samples[1]?.sample ?? {})).toEqual(["sample", "task_id", "solution"]);
  });

  it("reads gzip", async () => {
    const file = ws.write("s.jsonl.gz", gzipSync(jsonl([{ task_id: "Toy/0", completion: "x" }])));
    const { samples } = await loadSamples(file, problems);
    expect(samples).toEqual([{ line: 1, sample: { task_id: "Toy/0", completion: "x" } }]);
  });

  describe("gives a reason for each kind of bad line", () => {
    it.each([
      ["invalid JSON", '{"task_id": "Toy/0",', /^invalid JSON: /],
      ["not an object", '["Toy/0", "x"]', /^expected a JSON object .*got array$/],
      ["missing task_id", '{"completion": "x"}', /^field "task_id": missing \(expected string\)$/],
      [
        "task_id not a string",
        '{"task_id": 0, "completion": "x"}',
        /^field "task_id": expected string, got number$/,
      ],
      [
        "neither completion nor solution",
        '{"task_id": "Toy/0"}',
        /^neither "completion" nor "solution" is present/,
      ],
      [
        "completion not a string",
        '{"task_id": "Toy/0", "completion": null}',
        /^field "completion": expected string, got null$/,
      ],
      [
        "solution not a string",
        '{"task_id": "Toy/0", "solution": ["x"]}',
        /^field "solution": expected string, got array$/,
      ],
    ])("%s", async (_name, line, reason) => {
      expect(await reasonFor(line)).toMatch(reason);
    });

    it("several faults of one line together", async () => {
      expect(await reasonFor('{"task_id": 3}')).toBe(
        'field "task_id": expected string, got number; neither "completion" nor "solution" is present ' +
          '(give "completion", the code after the prompt, or "solution", a whole program)',
      );
    });
  });

  describe("unknown task_id", () => {
    const unknown = async (taskId: string) => reasonFor(JSON.stringify({ task_id: taskId, completion: "x" }));

    it("names the problem file and suggests a close task_id", async () => {
      expect(await unknown("toy_1")).toBe(
        `task_id "toy_1" is not in the problem file ${problemsPath} (did you mean "Toy/1"?)`,
      );
      expect(await unknown("Tot/16")).toMatch(/did you mean "Toy\/16"\?\)$/);
      expect(await unknown("7")).toMatch(/did you mean "Other\/7"\?\)$/);
    });

    it("does not suggest a task with another number, or a far one", async () => {
      expect(await unknown("Toy/161")).toBe(`task_id "Toy/161" is not in the problem file ${problemsPath}`);
      expect(await unknown("Completely/0")).toBe(
        `task_id "Completely/0" is not in the problem file ${problemsPath}`,
      );
    });

    it("says the samples may be for another problem set when no task_id matches", async () => {
      const file = ws.write(
        "s.jsonl",
        jsonl([
          { task_id: "MBPP/1", completion: "x" },
          { task_id: "MBPP/2", completion: "x" },
        ]),
      );
      const error = await rejection(loadSamples(file, problems));
      expect(error.message).toBe(
        `${file}: no sample has a task_id of the problem file ${problemsPath}; ` +
          "are these samples for another problem set? Pass the matching problem file",
      );
      expect(error.details).toHaveLength(2);
    });
  });

  it("without skipInvalid, throws one BAD_INPUT listing every bad line", async () => {
    const file = ws.write(
      "s.jsonl",
      [
        JSON.stringify({ task_id: "Toy/0", completion: "ok" }),
        "nope",
        JSON.stringify({ task_id: "Toy/1" }),
        JSON.stringify({ task_id: "Toy/1", completion: "ok" }),
      ].join("\n"),
    );
    const error = await rejection(loadSamples(file, problems));
    expect(error.code).toBe("BAD_INPUT");
    expect(error.message).toBe(
      `${file}: 2 invalid lines of 4; fix the lines or pass --skip-invalid to skip them`,
    );
    expect(error.details).toEqual([
      expect.stringMatching(new RegExp(`^${file}:2: invalid JSON: `)),
      expect.stringMatching(new RegExp(`^${file}:3: neither "completion" nor "solution"`)),
    ]);
  });

  it("does not suggest --skip-invalid when no line is a sample: it points to the formats instead", async () => {
    const file = ws.write("arrays.jsonl", '["def f():", "    return 1"]\n[1, 2]\n');
    const error = await rejection(loadSamples(file, problems));
    expect(error.message).toMatch(/^.*arrays\.jsonl: no line is a valid sample; passk reads JSONL samples/);
    expect(error.message).not.toContain("--skip-invalid");
    expect(error.details).toHaveLength(2);
  });

  it("with skipInvalid, returns the bad lines in skipped and keeps the good ones", async () => {
    const file = ws.write(
      "s.jsonl",
      jsonl([{ task_id: "Toy/0", completion: "ok" }, 5, { task_id: "Toy/1", solution: "ok" }]),
    );
    const { samples, skipped } = await loadSamples(file, problems, { skipInvalid: true });
    expect(samples.map((s) => s.line)).toEqual([1, 3]);
    expect(skipped).toEqual([{ line: 2, reason: expect.stringMatching(/got number$/) }]);
  });

  it("BAD_INPUT for an empty file, even with skipInvalid", async () => {
    const error = await rejection(loadSamples(ws.write("empty.jsonl", ""), problems, { skipInvalid: true }));
    expect(error.code).toBe("BAD_INPUT");
    expect(error.message).toContain("empty file");
  });

  it("FILE_NOT_FOUND for a missing file", async () => {
    const error = await rejection(loadSamples(path.join(ws.dir, "missing.jsonl"), problems));
    expect(error.code).toBe("FILE_NOT_FOUND");
  });
});
