// Tests as data in the TypeScript sandbox (passk's own problems in TypeScript): the tester calls the
// sample's function with each case's arguments and reports what came back, in the wire form, for passk
// to compare outside the sandbox. Hostile results fail their case and never the run.
import { describe, expect, it } from "vitest";
import { useNodeSandbox } from "./helpers/node-sandbox.js";
import { QUICK } from "./helpers/sandbox-expect.js";

const input = (...args: unknown[]) => JSON.stringify(args);

describe("the TypeScript sandbox with tests as data", () => {
  const sandbox = useNodeSandbox("ts");
  const run = (program: string, inputs: string[], entryPoint = "f") =>
    sandbox().run(program, QUICK, { entryPoint, inputs });

  it("calls the function with arrays, Sets, Maps and objects, and sends back what it returned", async () => {
    const program = [
      "function f(xs: number[], tags: Set<string>, counts: Map<number, string>, names: Record<string, number>): [number, Set<string>, Map<number, string>, Record<string, number>, null] {",
      "  return [xs.reduce((a, b) => a + b, 0), new Set([...tags].map((t) => t.toUpperCase())), counts, names, null];",
      "}",
    ].join("\n");
    const ex = await run(program, [
      input([1, 2, 3], { $: "set", v: ["a"] }, { $: "map", v: [[1, "x"]] }, { $: "object", v: [["k", 2]] }),
    ]);
    expect(ex).toMatchObject({ status: "passed", verdict: "data" });
    expect(ex.cases?.map((c) => JSON.parse(c))).toEqual([
      {
        ok: [6, { $: "set", v: ["A"] }, { $: "map", v: [[1, "x"]] }, { $: "object", v: [["k", 2]] }, null],
      },
    ]);
  });

  it("reports a thrown exception per case and goes on with the next case", async () => {
    const program =
      "function f(n: number): number {\n  if (n < 0) throw new RangeError('negative');\n  return n * 2;\n}\n";
    const ex = await run(program, [input(-1), input(4)]);
    expect(ex.status).toBe("passed");
    expect(ex.cases?.map((c) => JSON.parse(c))).toEqual([{ error: "RangeError: negative" }, { ok: 8 }]);
  });

  it("fails a program that does not type-check, with tsc's first message, before running anything", async () => {
    const ex = await run("function f(n: number): number {\n  return 'no';\n}\n", [input(1)]);
    expect(ex.status).toBe("failed");
    expect(ex.result).toMatch(/^failed: TS2322: Type 'string' is not assignable to type 'number'/);
    expect(ex.cases).toBeUndefined();
  });

  it("keeps hostile results inside their case: too big, unclonable, NaN, undefined, a class instance", async () => {
    const program = [
      "class Liar { valueOf() { return 1; } }",
      "function f(kind: string): any {",
      "  if (kind === 'big') return 'x'.repeat(9 * 1024 * 1024);",
      "  if (kind === 'function') return () => 1;",
      "  if (kind === 'nan') return [NaN, Infinity, -Infinity, undefined, 2n];",
      "  return new Liar();",
      "}",
    ].join("\n");
    const ex = await run(program, [input("big"), input("function"), input("nan"), input("liar")]);
    expect(ex.status).toBe("passed");
    const cases = ex.cases?.map((c) => JSON.parse(c));
    expect(cases?.[0]).toEqual({ error: "RangeError: a result too large to compare" });
    expect(cases?.[1].error).toMatch(/DataCloneError|could not be cloned/);
    expect(cases?.[2]).toEqual({
      ok: [{ $: "nan" }, { $: "inf" }, { $: "-inf" }, { $: "undefined" }, { $: "bigint", v: "2" }],
    });
    // Cloned across isolates, an instance arrives as a plain object: its methods stay behind.
    expect(cases?.[3]).toEqual({ ok: { $: "object", v: [] } });
  });

  it("stops a sample that loops, as a timeout, without cases", async () => {
    const ex = await run("function f(n: number): number {\n  for (;;) {}\n}\n", [input(1)]);
    expect(ex.status).toBe("timeout");
    expect(ex.cases).toBeUndefined();
  });
});
