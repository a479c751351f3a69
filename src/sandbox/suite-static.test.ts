// Tests of suite_static.py, what harvest reads from a traced function's source: signature, docstring
// and body, the standard-library imports it needs, the project helpers that can go into its prompt,
// and every reason it cannot be used. Runs the real Python on sources written here (our own code,
// so outside the sandbox).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { py } from "../../test/helpers/python.js";
import { useWorkspace } from "../../test/helpers/workspace.js";
import { resolvePython } from "./python.js";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const ws = useWorkspace();
let python = "";
beforeAll(async () => {
  python = (await resolvePython()).executable;
});

interface Analysis {
  reason?: string;
  signature?: string;
  docstring?: string | null;
  body?: string;
  verbatim?: boolean;
  imports?: string[];
  helpers?: { name: string; source: string }[];
  unresolved?: string[];
  dynamic?: string[];
  writes_globals?: string[];
}

/** suite_static.analyze on `source` written as mod.py (besides `files`), for function `name`. */
function analyze(source: string, name: string, files: Record<string, string> = {}): Analysis {
  ws.write("mod.py", source);
  for (const [file, text] of Object.entries(files)) ws.write(file, text);
  const script = py`
    import json, sys
    sys.path.insert(0, ${JSON.stringify(HERE)})
    import ast, suite_static
    root, name = sys.argv[1], sys.argv[2]
    tree = ast.parse(open(root + "/mod.py").read())
    node = next(n for n in tree.body if getattr(n, "name", None) == name)
    line = node.decorator_list[0].lineno if node.decorator_list else node.lineno
    print(json.dumps(suite_static.analyze(root, "mod.py", name, line, suite_static.project_tops(root), {})))
  `;
  return JSON.parse(execFileSync(python, ["-I", "-S", "-c", script, ws.dir, name], { encoding: "utf8" }));
}

describe("suite_static.analyze", () => {
  it("cuts a function into one-line signature, cleaned docstring and verbatim body, with its stdlib imports", () => {
    const a = analyze(
      py`
        import re
        import os.path as osp
        from collections import Counter as C, OrderedDict


        def words(text,
                  lower: bool = True) -> list:
            """Split text into words.

            Details:
                indented further.
            """
            # a comment kept with the body
            found = re.findall(r"\w+", text)
            return [w.lower() if lower else w for w in found] + [osp.sep] + list(C())
      `,
      "words",
    );
    expect(a.reason).toBeUndefined();
    expect(a.signature).toBe("def words(text, lower: bool=True) -> list:");
    expect(a.docstring).toBe("Split text into words.\n\nDetails:\n    indented further.");
    expect(a.verbatim).toBe(true);
    expect(a.body).toBe(
      '    found = re.findall(r"\\w+", text)\n    return [w.lower() if lower else w for w in found] + [osp.sep] + list(C())',
    );
    expect(a.imports).toEqual(["from collections import Counter as C", "import os.path as osp", "import re"]);
    expect(a.helpers).toEqual([]);
    expect(a.unresolved).toEqual([]);
  });

  it("collects the project's constants and functions it reads, transitively, in source order", () => {
    const a = analyze(
      py`
        import math
        SCALE = 2
        LOW, HIGH = 0, 10
        len = 3


        def _unused():
            return 0


        def _clip(x):
            return max(LOW, min(HIGH, x))


        def scaled(x):
            """Scale and clip."""
            return _clip(x * SCALE * math.pi) + len
      `,
      "scaled",
    );
    expect(a.helpers?.map((h) => h.name)).toEqual(["SCALE", "HIGH, LOW", "len", "_clip"]);
    expect(a.helpers?.[1]?.source).toBe("LOW, HIGH = 0, 10");
    expect(a.helpers?.[3]?.source).toBe("def _clip(x):\n    return max(LOW, min(HIGH, x))");
    expect(a.imports).toEqual(["import math"]);
    expect(a.unresolved).toEqual([]);
  });

  it("names what cannot be resolved: classes, project imports, other packages, conditional globals", () => {
    const a = analyze(
      py`
        from .sibling import helper
        import numpy
        import helpers_mod
        try:
            import json as fast
        except ImportError:
            fast = None
        if True:
            FLAG = 1


        class Box:
            pass


        def f(x):
            """Doc."""
            return Box(helper(numpy.array(x)), fast, FLAG, helpers_mod, __file__, missing)
      `,
      "f",
      { "helpers_mod.py": "" },
    );
    expect(a.unresolved).toEqual([
      "helper (imported from the project)",
      "helpers_mod (imported from the project)",
      "module attribute __file__",
      "module global FLAG (bound conditionally or more than once)",
      "module global fast (bound conditionally or more than once)",
      "numpy (imported from outside the standard library)",
      "project class Box",
      "undefined name missing",
    ]);
  });

  it("reports globals it assigns, and eval-like calls", () => {
    const a = analyze(
      py`
        N = 0


        def bump(code):
            """Doc."""
            global N
            N += 1
            return eval(code)
      `,
      "bump",
    );
    expect(a.writes_globals).toEqual(["N"]);
    expect(a.dynamic).toEqual(["eval"]);
  });

  it("refuses decorated functions and bodies that are only a docstring", () => {
    const source = py`
      import functools


      @functools.lru_cache
      def cached(x):
          """Doc."""
          return x


      def empty():
          """Only a docstring."""
    `;
    expect(analyze(source, "cached").reason).toBe("decorated");
    expect(analyze(source, "empty").reason).toBe("its body is only a docstring");
  });

  it("re-indents a body not indented by four spaces by unparsing it", () => {
    const a = analyze('def two(x):\n  "Doc."\n  if x:\n    return 1\n  return 2\n', "two");
    expect(a.verbatim).toBe(false);
    expect(a.body).toBe("    if x:\n        return 1\n    return 2");
  });

  it("with postponed annotations, does not count the names in annotations", () => {
    const a = analyze(
      py`
        from __future__ import annotations


        class Node:
            pass


        def size(n: Node) -> int:
            """Doc."""
            return 1
      `,
      "size",
    );
    expect(a.unresolved).toEqual([]);
    expect(a.imports).toEqual(["from __future__ import annotations"]);
  });
});
