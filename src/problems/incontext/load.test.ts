import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { useWorkspace } from "../../../test/helpers/workspace.js";
import { PasskError } from "../../errors.js";
import { loadIncontextFile, taskNameOf } from "./load.js";

const EXAMPLES = fileURLToPath(new URL("../../../examples/incontext/", import.meta.url));
const ws = useWorkspace();

async function failure(path: string): Promise<PasskError> {
  const error = await loadIncontextFile(path).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PasskError);
  return error as PasskError;
}

describe("loadIncontextFile", () => {
  it("reads the hand-written fixture in GPT-3's published format, plain", async () => {
    const path = join(EXAMPLES, "two_digit_addition.jsonl");
    const task = await loadIncontextFile(path);
    expect(task.name).toBe("two_digit_addition");
    expect(task.items).toHaveLength(12);
    expect(task.items[0]).toEqual({ context: "\n\nQ: What is 37 plus 58?\n\nA:", completion: " 95" });
    expect(task.sha256).toBe(createHash("sha256").update(readFileSync(path)).digest("hex"));
  });

  it("reads gzip by content, whatever the name", async () => {
    const task = await loadIncontextFile(join(EXAMPLES, "cycle_letters_in_word.jsonl.gz"));
    expect(task.name).toBe("cycle_letters_in_word");
    expect(task.items).toHaveLength(10);
    expect(task.items[0]).toEqual({ context: "\nrdenga =", completion: " garden" });
    const renamed = ws.write("words.jsonl", readFileSync(join(EXAMPLES, "cycle_letters_in_word.jsonl.gz")));
    expect((await loadIncontextFile(renamed)).items).toEqual(task.items);
  });

  it("ignores other fields and blank lines", async () => {
    const path = ws.write(
      "t.jsonl",
      `{"context": "\\nQ: 1?", "completion": " 1", "note": "x"}\n\n   \n{"context": "\\nQ: 2?", "completion": " 2"}\n`,
    );
    expect((await loadIncontextFile(path)).items).toEqual([
      { context: "\nQ: 1?", completion: " 1" },
      { context: "\nQ: 2?", completion: " 2" },
    ]);
  });

  it("lists every bad line with its number and field", async () => {
    const path = ws.write(
      "bad.jsonl",
      [
        '{"context": "\\nQ: ok?", "completion": " 1"}',
        "not json",
        "[1, 2]",
        '{"completion": " 3"}',
        '{"context": 4, "completion": 5}',
        '{"context": "\\nQ: blank?", "completion": "  "}',
      ].join("\n"),
    );
    const error = await failure(path);
    expect(error.code).toBe("BAD_INPUT");
    expect(error.message).toContain("5 bad lines");
    expect(error.details).toEqual([
      expect.stringMatching(new RegExp(`^${path}:2: `)),
      `${path}:3: expected an object {"context": …, "completion": …}, got array`,
      `${path}:4: field "context": expected string, got missing`,
      `${path}:5: field "context": expected string, got number`,
      `${path}:5: field "completion": expected string, got number`,
      `${path}:6: field "completion": blank (it is the expected answer)`,
    ]);
  });

  it("refuses a .gz name on plain content, a missing file and an empty file", async () => {
    const fake = ws.write("fake.jsonl.gz", '{"context": "x", "completion": " y"}\n');
    expect((await failure(fake)).message).toContain("not a gzip file");
    expect((await failure(join(ws.dir, "missing.jsonl"))).code).toBe("FILE_NOT_FOUND");
    expect((await failure(ws.write("empty.jsonl", ""))).message).toContain("empty file");
  });

  it("reads a gzip file it wrote", async () => {
    const path = join(ws.dir, "round.jsonl.gz");
    writeFileSync(path, gzipSync('{"context": "\\nabc =", "completion": " cab"}\n'));
    expect((await loadIncontextFile(path)).items).toEqual([{ context: "\nabc =", completion: " cab" }]);
  });
});

describe("taskNameOf", () => {
  it("drops the folder and the .jsonl and .gz suffixes", () => {
    expect(taskNameOf("/data/two_digit_addition.jsonl")).toBe("two_digit_addition");
    expect(taskNameOf("x/reversed_words.jsonl.gz")).toBe("reversed_words");
    expect(taskNameOf("plain.json")).toBe("plain");
  });
});
