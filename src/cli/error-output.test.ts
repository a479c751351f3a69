// What the CLI prints for an error that stops it, and the exit code.
import { describe, expect, it } from "vitest";
import { PasskError } from "../errors.js";
import { errorOutput, groupDetails } from "./error-output.js";

describe("groupDetails", () => {
  it("says a reason repeated on many lines of a file once, with the lines and their count", () => {
    const reason = 'expected {"task_id": string, "completion": string, …}';
    const details = Array.from({ length: 164 }, (_, i) => `s.jsonl:${i + 1}: ${reason}`);
    expect(groupDetails(details)).toEqual([`s.jsonl:1,2,3,…,164 (164 lines): ${reason}`]);
  });

  it("keeps different reasons and files apart, in order of first appearance, and other details as they are", () => {
    expect(
      groupDetails([
        "a.jsonl:1: invalid JSON: x",
        "a.jsonl:2: missing task_id",
        "a.jsonl:3: invalid JSON: x",
        "b.jsonl:3: invalid JSON: x",
        "a free-form detail",
        "a.jsonl:9: missing task_id",
      ]),
    ).toEqual([
      "a.jsonl:1,3 (2 lines): invalid JSON: x",
      "a.jsonl:2,9 (2 lines): missing task_id",
      "b.jsonl:3: invalid JSON: x",
      "a free-form detail",
    ]);
  });
});

describe("errorOutput", () => {
  it("prints a PasskError without a stack trace; bad input exits 2, passk failing exits 1", () => {
    expect(errorOutput(new PasskError("BAD_OPTION", "--k 200: no"))).toEqual({
      text: "passk: error: --k 200: no\n",
      exitCode: 2,
    });
    expect(errorOutput(new PasskError("SANDBOX_UNAVAILABLE", "no python")).exitCode).toBe(1);
  });

  it("prints a file-system error about a path in one line, exit 2", () => {
    const error = Object.assign(new Error("EISDIR: illegal operation on a directory, open '/tmp'"), {
      code: "EISDIR",
      path: "/tmp",
      syscall: "open",
    });
    const { text, exitCode } = errorOutput(error);
    expect(text).toBe("passk: error: /tmp: is a folder, not a file (EISDIR on open); check the path\n");
    expect(exitCode).toBe(2);
  });

  it("prints anything else as an internal error with its stack, exit 1", () => {
    const { text, exitCode } = errorOutput(new TypeError("x is undefined"));
    expect(text).toMatch(/^passk: internal error \(please report it\): TypeError: x is undefined\n\s+at /);
    expect(exitCode).toBe(1);
  });
});
