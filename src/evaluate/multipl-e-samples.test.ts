// Tests of reading MultiPL-E's completions files (one JSON document per problem, maybe gzip, maybe a
// folder of them) as passk's samples.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { rejection } from "../../test/helpers/errors.js";
import { useWorkspace } from "../../test/helpers/workspace.js";
import { loadAnyProblems } from "../problems/resolve.js";
import { loadSamples } from "./samples.js";

const ws = useWorkspace();
const OWN_JS = fileURLToPath(new URL("../../test/fixtures/multipl-e/own-js.jsonl", import.meta.url));
const own = readFileSync(OWN_JS, "utf8")
  .trim()
  .split("\n")
  .map((text) => JSON.parse(text) as Record<string, unknown>);

/** A completions file as MultiPL-E writes it for problem `i` of the fixture. */
function completionsFile(i: number, completions: unknown[], extra: Record<string, unknown> = {}): string {
  const problem = own[i] as Record<string, unknown>;
  return JSON.stringify({
    name: problem.name,
    language: "js",
    temperature: 0.2,
    top_p: 0.95,
    max_tokens: 512,
    prompt: problem.prompt,
    tests: problem.tests,
    completions,
    stop_tokens: problem.stop_tokens,
    ...extra,
  });
}

describe("MultiPL-E completions files as samples", () => {
  it("reads one file, plain or gzip: each completion a sample of the file's problem, numbered", async () => {
    const problems = await loadAnyProblems(OWN_JS);
    for (const [name, content] of [
      ["own_1_count_vowels.json", completionsFile(0, ["  return 1;\n}\n", "  return 2;\n}\n"])],
      ["own_1_count_vowels.json.gz", gzipSync(completionsFile(0, ["  return 1;\n}\n", "  return 2;\n}\n"]))],
    ] as const) {
      const loaded = await loadSamples(ws.write(name, content), problems);
      expect(loaded.samples.map((s) => s.sample)).toEqual([
        { task_id: "own_1_count_vowels", completion_id: 0, completion: "  return 1;\n}\n" },
        { task_id: "own_1_count_vowels", completion_id: 1, completion: "  return 2;\n}\n" },
      ]);
      expect(loaded.notes.join("\n")).toContain(
        "a MultiPL-E completions file, 2 completions of own_1_count_vowels",
      );
    }
  });

  it("reads a folder of them in file-name order, skipping MultiPL-E's results files, and hashes every file", async () => {
    const problems = await loadAnyProblems(OWN_JS);
    const dir = join(ws.dir, "completions");
    mkdirSync(dir);
    ws.write("completions/own_2_running_total.json.gz", gzipSync(completionsFile(1, ["  return [];\n}\n"])));
    ws.write("completions/own_1_count_vowels.json", completionsFile(0, ["a", "b"]));
    ws.write("completions/own_1_count_vowels.results.json", JSON.stringify({ results: [] }));
    ws.write("completions/_results.run.json", JSON.stringify({ passk: "manifest" }));
    const loaded = await loadSamples(dir, problems);
    expect(loaded.samples.map(({ line, sample }) => [line, sample.task_id, sample.completion_id])).toEqual([
      [1, "own_1_count_vowels", 0],
      [2, "own_1_count_vowels", 1],
      [3, "own_2_running_total", 0],
    ]);
    ws.write("completions/own_1_count_vowels.json", completionsFile(0, ["a", "c"]));
    expect((await loadSamples(dir, problems)).sha256).not.toBe(loaded.sha256);
  });

  it("refuses completions made for another prompt or other tests, saying which file and field", async () => {
    const problems = await loadAnyProblems(OWN_JS);
    const file = ws.write("x.json", completionsFile(0, ["a"], { tests: "test();" }));
    const error = await rejection(loadSamples(file, problems));
    expect(error.code).toBe("BAD_INPUT");
    expect(error.message).toContain(`${file}: field "tests" differs from own_1_count_vowels's in ${OWN_JS}`);
  });

  it("refuses a completion that is not a string, and a folder without completions files", async () => {
    const problems = await loadAnyProblems(OWN_JS);
    const error = await rejection(loadSamples(ws.write("x.json", completionsFile(0, ["a", 7])), problems));
    expect(error.details).toEqual([`${join(ws.dir, "x.json")}: completion 2: expected a string, got number`]);
    mkdirSync(join(ws.dir, "empty"));
    ws.write("empty/notes.txt", "nothing");
    const empty = await rejection(loadSamples(join(ws.dir, "empty"), problems));
    expect(empty.message).toContain("a folder without MultiPL-E completions files");
  });

  it("reads plain {task_id, completion} JSONL as before", async () => {
    const problems = await loadAnyProblems(OWN_JS);
    const file = ws.write(
      "s.jsonl",
      `${JSON.stringify({ task_id: "own_3_word_lengths", completion: "x" })}\n`,
    );
    expect((await loadSamples(file, problems)).samples[0]?.sample.task_id).toBe("own_3_word_lengths");
  });
});
