// Output paths are checked on real temp folders: what passes can be written, what fails says why.
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useWorkspace } from "../../test/helpers/workspace.js";
import { PasskError } from "../errors.js";
import { checkOutputDir, checkOutputFile } from "./output-path.js";

const ws = useWorkspace();

function errorOf(check: () => void): PasskError {
  try {
    check();
  } catch (error) {
    expect(error).toBeInstanceOf(PasskError);
    return error as PasskError;
  }
  throw new Error("expected the check to throw");
}

// Root may write anywhere, so permission checks only mean something for another user.
const asRoot = process.getuid?.() === 0;

describe("checkOutputFile", () => {
  it("accepts a new file in an existing folder, and an existing file", () => {
    expect(() => checkOutputFile(join(ws.dir, "r.jsonl"), "--out")).not.toThrow();
    expect(() => checkOutputFile(ws.write("old.jsonl", "{}\n"), "--out")).not.toThrow();
  });

  it.each([
    ["a folder", (dir: string) => dir, "is a folder; give the path of a file"],
    [
      "a file in a missing folder",
      (dir: string) => join(dir, "nodir", "x", "r.jsonl"),
      "does not exist; create it first (mkdir -p",
    ],
    ["a path through a file", (dir: string) => join(dir, "file.txt", "r.jsonl"), "is a file, not a folder"],
  ])("refuses %s with BAD_OPTION, naming the flag and the path", (_, pathOf, message) => {
    writeFileSync(join(ws.dir, "file.txt"), "x");
    const path = pathOf(ws.dir);
    const error = errorOf(() => checkOutputFile(path, "--out"));
    expect(error.code).toBe("BAD_OPTION");
    expect(error.message).toContain(`--out ${path}: `);
    expect(error.message).toContain(message);
  });

  it.skipIf(asRoot)("refuses a folder it cannot write in", () => {
    const locked = join(ws.dir, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    try {
      expect(errorOf(() => checkOutputFile(join(locked, "r.jsonl"), "--out")).message).toContain(
        "permission denied",
      );
    } finally {
      chmodSync(locked, 0o700);
    }
  });
});

describe("checkOutputDir", () => {
  it("accepts an existing folder and one that can be created, however deep", () => {
    expect(() => checkOutputDir(ws.dir, "--out")).not.toThrow();
    expect(() => checkOutputDir(join(ws.dir, "a", "b", "c"), "--out")).not.toThrow();
  });

  it("refuses an existing file, and a path through a file", () => {
    const file = ws.write("existing", "x");
    expect(errorOf(() => checkOutputDir(file, "--out")).message).toBe(
      `--out ${file}: is a file, not a folder; choose a folder (it is created if needed)`,
    );
    expect(errorOf(() => checkOutputDir(join(file, "run"), "--out")).message).toContain(
      `${file} is a file, not a folder`,
    );
  });
});
