// Tests of the JSONL reader and appender against real files, plain and gzip.

import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { rejection } from "../../test/helpers/errors.js";
import { useWorkspace } from "../../test/helpers/workspace.js";
import { PasskError } from "../errors.js";
import { JsonlAppender, readJsonl } from "./jsonl.js";

const ws = useWorkspace();

describe("readJsonl", () => {
  it("parses each line, numbers lines from 1 and skips whitespace-only lines", async () => {
    const file = ws.write("a.jsonl", '{"a":1}\n\n   \t\n[2]\r\n"three"\n');
    expect(await readJsonl(file)).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 4, value: [2] },
      { line: 5, value: "three" },
    ]);
  });

  it("reports a line that is not JSON as data, with the parser's reason", async () => {
    const file = ws.write("bad.jsonl", '{"a":1}\n{"a":}\n{"b":2}\n');
    const lines = await readJsonl(file);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toEqual({ line: 2, error: expect.stringMatching(/^invalid JSON: /) });
    expect(lines[2]).toEqual({ line: 3, value: { b: 2 } });
  });

  it("reads gzip whatever the file is called, and gives the same lines as plain", async () => {
    const text = '{"x":"é"}\n{"y":[1,2]}\n';
    const plain = await readJsonl(ws.write("p.jsonl", text));
    expect(await readJsonl(ws.write("g.jsonl.gz", gzipSync(text)))).toEqual(plain);
    expect(await readJsonl(ws.write("g-named-plain.jsonl", gzipSync(text)))).toEqual(plain);
  });

  it("reads a last line without a newline, and ignores a byte order mark", async () => {
    expect(await readJsonl(ws.write("n.jsonl", '\uFEFF{"a":1}\n{"b":2}'))).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 2, value: { b: 2 } },
    ]);
  });

  it("keeps characters split across read chunks and lines longer than a chunk", async () => {
    const long = "€😀é".repeat(400_000); // ~3.6 MB of multi-byte characters on one line
    const records = [{ long }, { short: "ü" }, { long: `x${long}` }];
    const file = ws.write("long.jsonl", `${records.map((r) => JSON.stringify(r)).join("\n")}\n`);
    const lines = await readJsonl(file);
    expect(lines.map((l) => ("value" in l ? l.value : l.error))).toEqual(records);
  });

  it("reports a line that is not UTF-8 with the byte and where, instead of decoding it to U+FFFD", async () => {
    const latin1 = Buffer.from('{"completion": "caf\xe9"}\n', "latin1");
    const file = ws.write(
      "latin1.jsonl",
      Buffer.concat([
        Buffer.from('{"a": "é"}\n'),
        latin1,
        Buffer.from('{"b": "\uFFFD is a real character"}\n'),
      ]),
    );
    const lines = await readJsonl(file);
    expect(lines[0]).toEqual({ line: 1, value: { a: "é" } });
    expect(lines[1]).toEqual({
      line: 2,
      error: expect.stringContaining("not UTF-8: byte 0xE9 at byte 20 of the line"),
    });
    expect(lines[2]).toEqual({ line: 3, value: { b: "\uFFFD is a real character" } });
  });

  it.each([
    ["a lone continuation byte", [0x80]],
    ["an overlong encoding of '/'", [0xc0, 0xaf]],
    ["an encoded surrogate", [0xed, 0xa0, 0x80]],
    ["a character cut short before the quote", [0xe2, 0x82]],
  ])("finds %s", async (_, bytes) => {
    const file = ws.write(
      "bad.jsonl",
      Buffer.concat([Buffer.from('{"x": "ab'), Buffer.from(bytes), Buffer.from('"}\n')]),
    );
    expect(await readJsonl(file)).toEqual([
      {
        line: 1,
        error: expect.stringContaining(`byte 0x${bytes[0]?.toString(16).toUpperCase()} at byte 10 of`),
      },
    ]);
  });

  it("drops a last line torn inside a multi-byte character with allowTornLastLine", async () => {
    const euro = Buffer.from("€");
    const file = ws.write(
      "torn-utf8.jsonl",
      Buffer.concat([Buffer.from('{"a": 1}\n{"b": "'), euro.subarray(0, 2)]),
    );
    expect(await readJsonl(file, { allowTornLastLine: true })).toEqual([{ line: 1, value: { a: 1 } }]);
    expect((await readJsonl(file))[1]).toEqual({
      line: 2,
      error: expect.stringContaining("was the file cut short?"),
    });
  });

  it("hands the raw bytes to onBytes, for hashing in the same pass", async () => {
    const bytes = gzipSync('{"a":1}\n');
    const file = ws.write("h.jsonl.gz", bytes);
    const hash = createHash("sha256");
    await readJsonl(file, { onBytes: (chunk) => hash.update(chunk) });
    expect(hash.digest("hex")).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  describe("torn last line", () => {
    const torn = '{"a":1}\n{"b":2}\n{"c":';

    it("is reported, with a hint, by default", async () => {
      const lines = await readJsonl(ws.write("t.jsonl", torn));
      expect(lines[2]).toEqual({ line: 3, error: expect.stringContaining("was the file cut short?") });
    });

    it("is dropped with allowTornLastLine", async () => {
      expect(await readJsonl(ws.write("t.jsonl", torn), { allowTornLastLine: true })).toEqual([
        { line: 1, value: { a: 1 } },
        { line: 2, value: { b: 2 } },
      ]);
    });

    it("only applies to the last line: a bad line that ends with a newline is still reported", async () => {
      const lines = await readJsonl(ws.write("t2.jsonl", '{"a":\n{"b":2}'), { allowTornLastLine: true });
      expect(lines).toEqual([
        { line: 1, error: expect.stringMatching(/^invalid JSON/) },
        { line: 2, value: { b: 2 } },
      ]);
    });
  });

  describe("errors", () => {
    it("FILE_NOT_FOUND for a missing file", async () => {
      const file = path.join(ws.dir, "missing.jsonl");
      const error = await rejection(readJsonl(file));
      expect(error.code).toBe("FILE_NOT_FOUND");
      expect(error.message).toContain(`${file}: no such file`);
    });

    it("BAD_INPUT for an empty or blank file, unless allowEmpty", async () => {
      for (const [name, content] of [
        ["empty.jsonl", ""],
        ["blank.jsonl", "\n  \n\t\n"],
        ["empty.jsonl.gz", ""],
        ["blank.jsonl.gz", gzipSync("\n\n")],
      ] as const) {
        const file = ws.write(name, content);
        const error = await rejection(readJsonl(file));
        expect(error.code).toBe("BAD_INPUT");
        expect(error.message).toMatch(new RegExp(`^${file}: empty file`));
        expect(await readJsonl(file, { allowEmpty: true })).toEqual([]);
      }
    });

    it("BAD_INPUT for a .gz file that is not gzip, saying what to do", async () => {
      const file = ws.write("plain.jsonl.gz", '{"a":1}\n');
      const error = await rejection(readJsonl(file));
      expect(error.code).toBe("BAD_INPUT");
      expect(error.message).toMatch(new RegExp(`^${file}: not a gzip file \\(.*remove \\.gz`));
    });

    it("BAD_INPUT for corrupt and for truncated gzip", async () => {
      const good = gzipSync('{"a":1}\n'.repeat(1000));
      const corrupt = Buffer.from(good);
      corrupt.fill(0xab, 12, 40);
      for (const bytes of [corrupt, good.subarray(0, good.length - 20)]) {
        const file = ws.write("c.jsonl.gz", bytes);
        const error = await rejection(readJsonl(file));
        expect(error.code).toBe("BAD_INPUT");
        expect(error.message).toMatch(new RegExp(`^${file}: corrupt gzip data`));
      }
    });

    it("BAD_INPUT for a directory", async () => {
      const error = await rejection(readJsonl(ws.dir));
      expect(error.code).toBe("BAD_INPUT");
      expect(error.message).toContain("is a directory");
    });
  });
});

describe("JsonlAppender", () => {
  it("creates the parent folder and writes one line per record, readable before close", async () => {
    const file = path.join(ws.dir, "run", "nested", "results.jsonl");
    const appender = new JsonlAppender(file);
    appender.append({ task_id: "t/0", text: "line\nbreak" });
    // Written synchronously: visible to another reader right away, as after a kill -9.
    expect(fs.readFileSync(file, "utf8")).toBe('{"task_id":"t/0","text":"line\\nbreak"}\n');
    appender.append({ n: 2 });
    appender.close();
    appender.close();
    expect(await readJsonl(file)).toEqual([
      { line: 1, value: { task_id: "t/0", text: "line\nbreak" } },
      { line: 2, value: { n: 2 } },
    ]);
  });

  it("appends to an existing file", () => {
    const file = ws.write("r.jsonl", '{"a":1}\n');
    const appender = new JsonlAppender(file);
    appender.append({ b: 2 });
    appender.close();
    expect(appender.truncatedBytes).toBe(0);
    expect(fs.readFileSync(file, "utf8")).toBe('{"a":1}\n{"b":2}\n');
  });

  it("cuts a torn last line before appending", () => {
    const file = ws.write("r.jsonl", '{"a":1}\n{"b":2}\n{"c":"unfinis');
    const appender = new JsonlAppender(file);
    expect(appender.truncatedBytes).toBe('{"c":"unfinis'.length);
    appender.append({ c: 3 });
    appender.close();
    expect(fs.readFileSync(file, "utf8")).toBe('{"a":1}\n{"b":2}\n{"c":3}\n');
  });

  it("cuts a torn first and only line, even one longer than its backward read block", () => {
    const file = ws.write("r.jsonl", `{"c":"${"x".repeat(200_000)}`);
    new JsonlAppender(file).close();
    expect(fs.readFileSync(file, "utf8")).toBe("");
  });

  it("keeps a complete last record that only lacks its newline", () => {
    const file = ws.write("r.jsonl", '{"a":1}\n{"b":2}');
    const appender = new JsonlAppender(file);
    appender.append({ c: 3 });
    appender.close();
    expect(appender.truncatedBytes).toBe(0);
    expect(fs.readFileSync(file, "utf8")).toBe('{"a":1}\n{"b":2}\n{"c":3}\n');
  });

  it("refuses to append to a gzip file, leaving it intact", () => {
    const bytes = gzipSync('{"a":1}\n');
    const file = ws.write("r.jsonl.gz", bytes);
    expect(() => new JsonlAppender(file)).toThrow(/cannot be appended to/);
    expect(fs.readFileSync(file)).toEqual(bytes);
  });

  it("refuses to append after close", () => {
    const appender = new JsonlAppender(path.join(ws.dir, "r.jsonl"));
    appender.close();
    expect(() => appender.append({ a: 1 })).toThrow(PasskError);
  });
});
