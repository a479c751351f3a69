// The JavaScript/TypeScript sandbox on ordinary samples: verdicts and their messages, limits, output,
// what Node would do after the test, and TypeScript's type check. Hostile samples: node-sandbox-hostile.
import { describe, expect, it } from "vitest";
import { COUNT_VOWELS, ownProblem, runCompletion, useNodeSandbox } from "./helpers/node-sandbox.js";

describe("the JavaScript sandbox", () => {
  const sandbox = useNodeSandbox("js");
  const run = async (completion: string, name = "own_1_count_vowels") =>
    runCompletion(sandbox(), await ownProblem("js", name), completion);

  it("reports its isolation: bubblewrap, seccomp, Node", () => {
    expect(sandbox().isolation).toMatchObject({
      level: "bubblewrap+seccomp",
      bubblewrap: true,
      seccomp: true,
    });
    expect(sandbox().isolation.node).toContain(process.version);
  });

  it("passes a correct sample and says why a wrong one fails, as Node's assert says it", async () => {
    const passed = await run(COUNT_VOWELS);
    expect(passed).toMatchObject({ status: "passed", result: "passed", verdict: "split" });
    expect(passed.cpu).toBeGreaterThan(0);
    const wrong = await run("  return 1;\n}\n");
    expect(wrong.status).toBe("failed");
    expect(wrong.result).toBe(
      "failed: AssertionError [ERR_ASSERTION]: Expected values to be loosely deep-equal: 1 should loosely deep-equal 0",
    );
  });

  it('compares with the tests\' loose deepEqual: arrays, objects, and "2" == 2', async () => {
    const totals = "  let s = 0; return xs.map((x) => (s += x));\n}\n";
    expect((await run(totals, "own_2_running_total")).status).toBe("passed");
    const lengths =
      "  const out = {}; for (const w of sentence.split(' ').filter(Boolean)) out[w] = w.length; return out;\n}\n";
    expect((await run(lengths, "own_3_word_lengths")).status).toBe("passed");
    const strings =
      "  return Object.fromEntries(sentence.split(' ').filter(Boolean).map((w) => [w, String(w.length)]));\n}\n";
    expect((await run(strings, "own_3_word_lengths")).status).toBe("passed"); // "2" == 2 in loose mode
  });

  it("fails a program that does not parse, with Node's message and the line of the whole program", async () => {
    const ex = await run("  return word.length;\n");
    expect(ex.status).toBe("failed");
    expect(ex.result).toMatch(/^failed: SyntaxError: Unexpected end of input \(line \d+\)$/);
  });

  it("fails exceptions of the sample with their class: TypeError, ReferenceError, a thrown string", async () => {
    expect((await run("  return word.nope();\n}\n")).result).toBe(
      "failed: TypeError: word.nope is not a function",
    );
    expect((await run("  return helper(word);\n}\n")).result).toBe(
      "failed: ReferenceError: helper is not defined",
    );
    expect((await run('  throw "no";\n}\n')).result).toBe("failed: no");
  });

  it("fails a program whose tested name is not a function, as the test's call would", async () => {
    const gone = await run("  return 0;\n}\ncount_vowels = 5;\n");
    expect(gone.result).toBe("failed: TypeError: candidate is not a function");
  });

  it("times out a sample that loops, by its CPU time", async () => {
    const ex = await run("  for (;;) {}\n}\n");
    expect(ex).toMatchObject({ status: "timeout", result: "timed out" });
    expect(["cpu", "wall"]).toContain(ex.limit);
  });

  it("keeps the sample's output (console.log, stderr) up to the cap", async () => {
    const ex = await run(
      `  console.log("seen", word); console.error("err"); return ${COUNT_VOWELS.trim().slice(7)}`,
    );
    expect(ex.status, ex.result).toBe("passed");
    expect(ex.output).toContain("seen passk\n");
    expect(ex.output).toContain("err\n");
  });

  it("runs what the program left to do after the test, as Node would: a late exception fails, a pending timer times out", async () => {
    const late = await run(`${COUNT_VOWELS}setTimeout(() => { throw new Error("late"); }, 0);\n`);
    expect(late).toMatchObject({ status: "failed", result: "failed: Error: late (after the test)" });
    const forever = await run(`${COUNT_VOWELS}setInterval(() => {}, 1000);\n`);
    expect(forever).toMatchObject({ status: "timeout", limit: "wall" });
    const settled = await run(`${COUNT_VOWELS}setTimeout(() => {}, 10); Promise.resolve().then(() => 1);\n`);
    expect(settled.status, settled.result).toBe("passed");
  });

  it("gives the sample Node's CommonJS module: require, module, __filename, require.main", async () => {
    const ex = await run(
      [
        '  const ok = require("node:path").basename(__filename) === "program.js" && require.main === module;',
        '  return ok ? [...word].filter((c) => "aeiou".includes(c)).length : -1;',
        "}",
        "",
      ].join("\n"),
    );
    expect(ex.status, ex.result).toBe("passed");
  });
});

describe("the TypeScript sandbox", () => {
  const sandbox = useNodeSandbox("ts");
  const run = async (completion: string, name = "own_1_count_vowels") =>
    runCompletion(sandbox(), await ownProblem("ts", name), completion);

  it("reports the TypeScript compiler it type-checks with", () => {
    expect(sandbox().isolation.node).toMatch(/typescript \d+\.\d+/);
  });

  it("passes a correct sample, fails a wrong one at its assertion", async () => {
    expect((await run(COUNT_VOWELS)).status).toBe("passed");
    const totals = "  let s = 0;\n  return xs.map((x) => (s += x));\n}\n";
    expect((await run(totals, "own_2_running_total")).status).toBe("passed");
    expect((await run("  return 2;\n}\n")).result).toMatch(/^failed: AssertionError \[ERR_ASSERTION\]/);
  });

  it("fails a program that does not type-check with the compiler's first message, before running it", async () => {
    const ex = await run('  return "many";\n}\n');
    expect(ex).toMatchObject({ status: "failed", cpu: 0 });
    expect(ex.result).toBe(
      "failed: TS2322: Type 'string' is not assignable to type 'number'. (line 5, column 3)",
    );
    const syntax = await run("  return word.length;\n");
    expect(syntax.result).toMatch(/^failed: TS1005: '}' expected\./);
  });

  it("type-checks as `tsc --target esnext` with no @types: Node's globals are unknown, the DOM's are known", async () => {
    const nodeGlobal = await run("  return process.pid;\n}\n");
    expect(nodeGlobal.result).toMatch(/^failed: TS25\d\d: Cannot find name 'process'/);
    const domGlobal = await run(
      "  return typeof structuredClone === 'function' ? word.length - word.length : 0;\n}\n",
    );
    expect(domGlobal.status).not.toBe("passed"); // type-checks (the DOM library declares it); wrong answer
    expect(domGlobal.result).toMatch(/^failed: AssertionError/);
  });

  it("runs the emitted JavaScript as Node runs tsc's output: an export makes it an ES module Node refuses", async () => {
    const ex = await run(`${COUNT_VOWELS}export {};\n`);
    expect(ex.status).toBe("failed");
    expect(ex.result).toMatch(/^failed: SyntaxError: Unexpected token 'export'/);
  });
});
