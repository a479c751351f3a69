// The folders' dependency arrows point down the pipeline: each folder imports only from folders at or
// below it in LAYERS. Every import of every src/**/*.ts file (tests too) is read with TypeScript's
// own scanner, so a string that merely looks like an import is not counted.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = dirname(fileURLToPath(import.meta.url));

/** Bottom to top; a folder may import from its own layer and the layers before it. */
const LAYERS: readonly (readonly string[])[] = [
  ["io", "errors", "version", "concurrency", "defaults", "paths"],
  ["problems"],
  ["completion"],
  ["providers"],
  ["generate"],
  ["sandbox"],
  ["evaluate"],
  ["harvest"],
  ["metrics"],
  ["run"],
  ["report"],
  ["cli"],
];

/** The public API re-exports from everywhere. */
const UNLAYERED = new Set(["index"]);

/**
 * Upward imports known today, as "importer -> imported" (paths under src/). Each is a debt to pay off,
 * not a licence: the test fails when a new one appears, and when one listed here is gone (remove it).
 */
const KNOWN_UPWARD: readonly string[] = [
  // Left by the move of stop.ts into completion/: LogprobSummary is declared in providers/types.ts.
  "completion/stop.ts -> providers/types.ts",
  // evaluate computes its summary's pass@k table.
  "evaluate/evaluate.ts -> metrics/table.ts",
  "evaluate/types.ts -> metrics/table.ts",
  // EvalPlus's results file carries pass@k.
  "evaluate/evalplus-format.ts -> metrics/passAtK.ts",
  // generate writes the run folder's record shapes, declared in run/.
  "generate/generate.ts -> run/types.ts",
  // metrics read run folders (LoadedRun, ProblemOutcome), declared in run/.
  "metrics/bleu-study.ts -> run/load.ts",
  "metrics/compare.ts -> run/load.ts",
  "metrics/compare.ts -> run/types.ts",
  "metrics/per-problem.ts -> run/types.ts",
  // `passk problems check` runs canonical, wrong and alternative solutions, mutants, preconditions
  // and the parsing of Python examples in the sandbox.
  "problems/check.ts -> evaluate/data-verdict.ts",
  "problems/check.ts -> sandbox/pool.ts",
  "problems/check.ts -> sandbox/types.ts",
  "problems/check-solutions.ts -> evaluate/data-verdict.ts",
  "problems/check-solutions.ts -> sandbox/pool.ts",
  "problems/check-solutions.ts -> sandbox/types.ts",
  "problems/check-text.ts -> evaluate/data-verdict.ts",
  "problems/check-text.ts -> sandbox/pool.ts",
  "problems/check-text.ts -> sandbox/types.ts",
  // The program a sample becomes takes the Sample and SplitRun shapes.
  "problems/program.ts -> evaluate/samples.ts",
  "problems/program.ts -> sandbox/types.ts",
  // The sim model makes mutants in the sandbox and seeds its draws with the bootstrap's generator.
  "providers/sim.ts -> metrics/bootstrap.ts",
  "providers/sim.ts -> sandbox/pool.ts",
  "providers/sim.ts -> sandbox/types.ts",
  // run drives the whole line, report included (summary.json, report.html).
  "run/run.ts -> report/build.ts",
  "run/run.ts -> report/summary.ts",
  // Tests that check their output with real Python, the real sandbox or a real run folder's shapes.
  "completion/extract.test.ts -> sandbox/python.ts",
  "generate/generate.test.ts -> run/config.ts",
  "metrics/bleu-study.test.ts -> run/load.ts",
  "metrics/compare.test.ts -> run/load.ts",
  "problems/families/gate.test.ts -> evaluate/data-verdict.ts",
  "problems/families/gate.test.ts -> sandbox/types.ts",
  "problems/import/pickle.test.ts -> sandbox/python.ts",
  "problems/values.test.ts -> sandbox/python.ts",
  "providers/sim-families.test.ts -> evaluate/data-verdict.ts",
  "providers/sim-families.test.ts -> sandbox/pool.ts",
  "providers/sim-families.test.ts -> sandbox/types.ts",
  "providers/sim.test.ts -> evaluate/data-verdict.ts",
  "providers/sim.test.ts -> metrics/backtranslate.ts",
  "providers/sim.test.ts -> sandbox/pool.ts",
  "providers/sim.test.ts -> sandbox/types.ts",
];

/** The layer of a file: its first folder under src/, or its name for a top-level file (and its test). */
function layerName(file: string): string {
  const first = file.split("/")[0] ?? file;
  return first.replace(/(\.test)?\.ts$/, "");
}

function rank(layer: string): number {
  const at = LAYERS.findIndex((names) => names.includes(layer));
  if (at === -1) throw new Error(`src/${layer} is in no layer: add it to LAYERS in src/layering.test.ts`);
  return at;
}

/** Every src/ import between two files of src/, as paths relative to src/ with forward slashes. */
function imports(): { from: string; to: string }[] {
  const files = readdirSync(SRC, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .map((f) => f.split(sep).join("/"))
    .sort();
  const edges: { from: string; to: string }[] = [];
  for (const from of files) {
    const source = readFileSync(join(SRC, from), "utf8");
    for (const { fileName } of ts.preProcessFile(source, true, true).importedFiles) {
      if (!fileName.startsWith(".")) continue; // node: modules and packages
      const target = relative(SRC, resolve(SRC, dirname(from), fileName))
        .split(sep)
        .join("/");
      if (target.startsWith("../")) continue; // test/ helpers, docs
      edges.push({ from, to: target.replace(/\.js$/, ".ts") });
    }
  }
  return edges;
}

describe("layering", () => {
  const edges = imports();

  it("finds the imports it checks", () => {
    expect(edges.length).toBeGreaterThan(100);
    expect(edges).toContainEqual({ from: "providers/openai-answers.ts", to: "completion/extract.ts" });
  });

  it("has every folder import only from folders at or below it", () => {
    const upward = edges
      .filter(({ from, to }) => {
        const a = layerName(from);
        const b = layerName(to);
        return !UNLAYERED.has(a) && rank(a) < rank(b);
      })
      .map(({ from, to }) => `${from} -> ${to}`);
    expect(upward.sort()).toEqual([...KNOWN_UPWARD].sort());
  });
});
