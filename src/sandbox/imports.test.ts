// Tests of what the sandbox's Python can import and what code imports for sure, asked of the real
// interpreter with the sandbox's flags.
import { describe, expect, it } from "vitest";
import { py } from "../../test/helpers/python.js";
import { importable, importsOf } from "./imports.js";
import { resolvePython } from "./python.js";

describe("importable", () => {
  it("answers as the sandbox's Python would: the standard library yes, site-packages and unknown names no", async () => {
    const python = await resolvePython();
    const answer = await importable(python, [
      "json",
      "sys",
      "typing",
      "encodings",
      "numpy",
      "passk_no_such_module",
      "__main__",
    ]);
    expect(Object.fromEntries(answer)).toEqual({
      json: true,
      sys: true, // built into the interpreter, no file
      typing: true,
      encodings: true, // loaded already when the question is asked
      __main__: false, // the asking script itself, which no code can import as a module
      // Even where numpy is installed, the sandbox runs Python without site-packages (-S).
      numpy: false,
      passk_no_such_module: false,
    });
  });

  it("answers a question asked while another is still being answered (evaluate asks early)", async () => {
    const python = await resolvePython();
    const [first, second] = await Promise.all([
      importable(python, ["heapq", "passk_missing_one"]),
      importable(python, ["heapq", "bisect", "passk_missing_two"]),
    ]);
    expect(Object.fromEntries(first)).toEqual({ heapq: true, passk_missing_one: false });
    expect(Object.fromEntries(second)).toEqual({ heapq: true, bisect: true, passk_missing_two: false });
  });
});

describe("importsOf", () => {
  it("finds the modules imported for sure, and not those in strings or in a try that expects an ImportError", async () => {
    const python = await resolvePython();
    const code = py`
      import os.path, json as j
      from collections.abc import Mapping
      from . import sibling
      """
      import in_a_docstring
      """
      try:
          import optional_fast
      except ImportError:
          optional_fast = None
      try:
          import needed_here
      except KeyError:
          pass
      def check(candidate):
          import inside_check
    `;
    // A prompt ends where its function's body should start.
    const prompt = 'from typing import List\n\n\ndef f(xs: List[int]) -> int:\n    """Doc."""\n';
    const [found, promptImports, bodiless, laterError, broken] = await importsOf(python, [
      code,
      prompt,
      "x = 1\nif x:\n    import re\ndef f(x):\n",
      "import re\ndef broken(:\n",
      "try:\n    import re\n",
    ]);
    expect(found).toEqual(["collections", "inside_check", "json", "needed_here", "os"]);
    expect(promptImports).toEqual(["typing"]);
    expect(bodiless).toEqual(["re"]);
    expect(laterError).toEqual(["re"]); // read from the statements before the error
    expect(broken).toBeNull();
  });
});
