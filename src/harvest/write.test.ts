// Tests of writing a harvested function as a passk problem folder: the folder loads with passk's own
// loader, its prompt is the real signature and docstring (helpers before it), and its values read back.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useWorkspace } from "../../test/helpers/workspace.js";
import { PasskError } from "../errors.js";
import { toHumanEval } from "../problems/render.js";
import { loadPasskSet } from "../problems/set.js";
import type { Provenance } from "../problems/set-types.js";
import { difficultyOf, type HarvestedProblem, problemId, valueJson, writeProblem } from "./write.js";

const ws = useWorkspace();

const PROVENANCE: Provenance = {
  project: "demo",
  file: "pkg/core.py",
  function: "scaled",
  line: 12,
  commit: null,
  test_command: "python -m pytest -q",
  calls: 30,
  distinct_calls: 9,
};

function problem(overrides: Partial<HarvestedProblem> = {}): HarvestedProblem {
  return {
    id: "pkg-core-scaled",
    module: "pkg.core",
    name: "scaled",
    info: {
      key: "pkg/core.py:12:scaled",
      signature: "def scaled(x, factor=2):",
      docstring: 'Scale x.\n\nSays """ and \\n literally.',
      body: "    return _clip(x * SCALE * factor)",
      statements: 2,
      imports: ["import math"],
      helpers: [
        { name: "SCALE", source: "SCALE = math.pi" },
        { name: "_clip", source: "def _clip(v):\n    return max(0.0, v)" },
      ],
    },
    tests: [
      { args: [1], expected: 6.283185307179586 },
      { args: [0, 3], expected: { $float: 0 } },
      { args: [-1], expected: { $float: 0 } },
    ],
    provenance: PROVENANCE,
    added: "2025-01-31",
    helpers: true,
    ...overrides,
  };
}

function writeSet(...problems: HarvestedProblem[]): string {
  writeFileSync(
    join(ws.dir, "set.json"),
    JSON.stringify({ name: "demo", version: "0.1.0", description: "d" }),
  );
  for (const p of problems) writeProblem(ws.dir, p);
  return ws.dir;
}

describe("writeProblem", () => {
  it("writes a folder passk's loader accepts, whose prompt is imports, helpers, signature, real docstring", () => {
    const set = loadPasskSet(writeSet(problem()));
    const loaded = set.problems[0];
    expect(loaded?.spec.provenance).toEqual(PROVENANCE);
    expect(loaded?.spec.examples).toEqual([]);
    expect(loaded?.spec.tolerance).toBe(1e-9);
    expect(loaded?.spec.tags).toEqual(["harvested"]);
    expect(loaded?.spec.added).toBe("2025-01-31");
    const exported = toHumanEval(loaded as NonNullable<typeof loaded>);
    expect(exported.prompt).toBe(
      'import math\n\n\nSCALE = math.pi\n\n\ndef _clip(v):\n    return max(0.0, v)\n\n\ndef scaled(x, factor=2):\n    """Scale x.\n\n    Says ""\\" and \\\\n literally.\n    """\n',
    );
    expect(exported.canonical_solution).toBe("    return _clip(x * SCALE * factor)\n");
    expect(loaded?.tests[1]).toEqual({ args: [0, 3], expected: { $float: 0 } });
  });

  it("without a docstring (--allow-undocumented), the prompt is the signature alone", () => {
    const undocumented = problem({ info: { ...problem().info, docstring: null, helpers: [], imports: [] } });
    const set = loadPasskSet(writeSet({ ...undocumented, helpers: false }));
    expect(toHumanEval(set.problems[0] as NonNullable<(typeof set.problems)[0]>).prompt).toBe(
      "def scaled(x, factor=2):\n",
    );
  });

  it("a hand-written problem still needs examples and a description", () => {
    writeSet(problem());
    const path = join(ws.dir, "pkg-core-scaled", "problem.json");
    const spec = JSON.parse(readFileSync(path, "utf8"));
    delete spec.provenance;
    spec.description = "";
    writeFileSync(path, JSON.stringify(spec));
    try {
      loadPasskSet(ws.dir);
      throw new Error("accepted");
    } catch (error) {
      expect(error).toBeInstanceOf(PasskError);
      expect((error as PasskError).details.join("\n")).toMatch(/field "examples": give 1 to 3 examples/);
      expect((error as PasskError).details.join("\n")).toMatch(/field "description": must not be empty/);
    }
  });
});

describe("valueJson", () => {
  it("writes integral floats in full, so that the loader reads the same value", () => {
    expect(valueJson({ $float: 1e21 })).toBe('{"$float": 1000000000000000000000}');
    expect(valueJson([0.5, "a\nb", null, { k: [true] }])).toBe('[0.5, "a\\nb", null, {"k": [true]}]');
  });
});

describe("problemId and difficultyOf", () => {
  it("makes unique ids of lowercase words", () => {
    const taken = new Set<string>();
    expect(problemId("pkg.core", "_Private_Fn", taken)).toBe("pkg-core-private-fn");
    expect(problemId("pkg.core", "_Private_Fn", taken)).toBe("pkg-core-private-fn-2");
  });

  it("grades by the body's statements", () => {
    expect([difficultyOf(3), difficultyOf(8), difficultyOf(20)]).toEqual(["easy", "medium", "hard"]);
  });
});
