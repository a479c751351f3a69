// The context worker under attack: samples that need nothing of Node's run one after another in fresh
// V8 contexts of one long-lived worker (docs/javascript.md, "The context worker"). One host here, so
// that consecutive samples share that worker. Each attack passes only if it worked; the tests check
// that it fails, and that the next sample in the same worker sees nothing of it.
import { describe, expect, it } from "vitest";
import { buildSplit } from "../src/problems/program.js";
import type { Execution } from "../src/sandbox/types.js";
import { attack, COUNT_VOWELS, ownProblem, runCompletion, useNodeSandbox } from "./helpers/node-sandbox.js";
import { QUICK } from "./helpers/sandbox-expect.js";

/**
 * Throws unless the sample runs in a context, where Node's names are traps (looked at without touching
 * them, and written so that the sample stays in the context).
 */
const IN_CONTEXT =
  'if (!Object.getOwnPropertyDescriptor(globalThis, "Shared" + "ArrayBuffer").get) throw new Error("refused: not in a context");';
/** own_1_count_vowels without any builtin an earlier sample could have replaced. */
const PLAIN_COUNT =
  '  let n = 0;\n  for (let i = 0; i < word.length; i++) if (word[i] === "a" || word[i] === "e" || word[i] === "i" || word[i] === "o" || word[i] === "u") n++;\n  return n;\n}\n';

describe("the context worker", () => {
  const sandbox = useNodeSandbox("js", { workers: 1 });
  const inWorkers = useNodeSandbox("js", { workers: 1, isolate: "worker" });
  const run = async (completion: string, limits = QUICK) =>
    runCompletion(sandbox(), await ownProblem("js", "own_1_count_vowels"), completion, limits);
  const passes = async (completion: string) => {
    const ex = await run(completion);
    expect(ex.status, `${ex.result}\n${ex.output}`).toBe("passed");
    return ex;
  };

  it("gives the verdicts a worker of its own gives, message for message", async () => {
    const problem = await ownProblem("js", "own_1_count_vowels");
    const completions = [
      COUNT_VOWELS,
      "  return 1;\n}\n",
      "  return word.nope();\n}\n",
      '  throw "no";\n}\n',
      "  throw { message: 'an object' };\n}\n",
      "  return [...word].length - word.length + 0;\n}\n",
      "  return undefined;\n}\n",
      "  return -0;\n}\n",
      "  return new Map([[1, 2]]);\n}\n",
      "  return () => 1;\n}\n",
      "  return Symbol('s');\n}\n",
      "  const o = {}; o.o = o; return o;\n}\n",
      "  return new RangeError('as a value');\n}\n",
      "  return Promise.resolve(0);\n}\n",
      "  return word.length;\n}\ncount_vowels = 5;\n",
      `${COUNT_VOWELS}return;\n`,
      `${COUNT_VOWELS}throw new TypeError("at load");\n`,
      `${COUNT_VOWELS}Promise.reject(new Error("late"));\n`,
      `${COUNT_VOWELS}Promise.resolve().then(() => { throw new Error("in a job"); });\n`,
      `${COUNT_VOWELS}(async () => { await null; })();\n`,
      `${COUNT_VOWELS}module.exports = count_vowels;\n`,
      "  return word.length;\n",
    ];
    for (const completion of completions) {
      const split = buildSplit(problem, { task_id: problem.task_id, completion });
      const [context, worker] = [
        await sandbox().runSplit(split, QUICK),
        await inWorkers().runSplit(split, QUICK),
      ];
      const view = (ex: Execution) => ({ status: ex.status, result: ex.result, output: ex.output });
      expect(view(context), completion).toEqual(view(worker));
    }
  });

  it("keeps nothing of a sample's builtins, prototypes or globals for the next one", async () => {
    const polluter = [
      `  ${IN_CONTEXT}`,
      '  Array.prototype.filter = function () { return ["a", "a", "a", "a", "a", "a", "a"]; };',
      "  String.prototype.includes = () => true;",
      "  Object.prototype.polluted = 1;",
      "  Object.defineProperty(Array.prototype, Symbol.iterator, { value: function* () { yield 'a'; } });",
      "  JSON.parse = () => 0; Math.random = () => 4; Object.freeze(Object.prototype);",
      "  globalThis.leaked = 1; Error.prototype.name = 'Forged';",
      PLAIN_COUNT,
    ].join("\n");
    const checker = attack(
      `${IN_CONTEXT} return typeof leaked === "undefined" && ({}).polluted === undefined && Math.random() !== 4 && JSON.parse("1") === 1 && !Object.isFrozen(Object.prototype) && new Error().name === "Error";`,
    );
    for (let i = 0; i < 3; i++) {
      await passes(polluter);
      await passes(checker);
      await passes(COUNT_VOWELS);
    }
  });

  it("runs a sample that reaches for Node anyway again in a worker of its own, with Node's answer", async () => {
    const console = 'globalThis["con" + "sole"]';
    // In a call, at load, in a promise job after the test: the output is the worker's.
    expect((await passes(`  ${console}.log("in a call");\n${COUNT_VOWELS}`)).output).toMatch(
      /^(in a call\n)+$/,
    );
    expect((await passes(`${COUNT_VOWELS}${console}.log("at load");\n`)).output).toBe("at load\n");
    const late = await passes(`${COUNT_VOWELS}Promise.resolve().then(() => ${console}.log("after"));\n`);
    expect(late.output).toBe("after\n");
    // Node's module, code from strings, the engine's timers: all there in the worker.
    await passes(attack('return typeof require("node:path").join === "function";'));
    await passes(attack('return typeof module["i" + "d"] === "undefined";'));
    await passes(attack('return [].constructor.constructor("return 7")() === 7;'));
    await passes(attack('return (0, globalThis["ev" + "al"])("1 + 1") === 2;'));
    await passes(attack('return typeof globalThis["Finalization" + "Registry"] === "function";'));
    // Held and caught, the halt does not let the sample go on in the context.
    await passes(
      attack(`try { globalThis["pro" + "cess"]; } catch {} return new Error()["st" + "ack"] !== undefined;`),
    );
  });

  /** Whether a value is an object of a realm other than the sample's own. */
  const foreign =
    "(x) => x !== null && (typeof x === 'object' || typeof x === 'function') && !(x instanceof Object)";

  it("hands a sample in a context no function that calls it: the code above it is strict", async () => {
    expect(
      (
        await run(
          attack(
            `${IN_CONTEXT} const found = []; let f = count_vowels; for (let i = 0; i < 20 && f; i++) { try { f = f.caller; found.push(f); } catch (e) { found.push(e); break; } } return found.some(${foreign}) || found.length;`,
          ),
        )
      ).result,
    ).toMatch(/^failed: Error: refused: \d+$/);
  });

  it("gives a sample in a context no stack frames: no stack (Node would format it in the worker's realm), the hooks held", async () => {
    expect(
      (
        await run(
          attack(
            `${IN_CONTEXT} const seen = []; try { Object.defineProperty(Error, "stackTraceLimit", { value: 10 }); } catch (e) { seen.push(e); } Object.defineProperty(Error, "prepareStackTrace", { value: (e, frames) => { seen.push(frames); return "x"; } }); const e = new Error("x"); return seen.some(${foreign}) || String(e["st" + "ack"]) + seen.length;`,
          ),
        )
      ).result,
    ).toBe("failed: Error: refused: undefined1");
  });

  it("gives a sample in a context no error of another realm at the end of its stack", async () => {
    // There a call into Node's own code (formatting a stack, tracking a rejection) would fail with an
    // error of the worker's realm, thrown to the sample.
    const probe = [
      IN_CONTEXT,
      `const isForeign = ${foreign}; const caught = [];`,
      "const ops = [",
      '  () => new Error("x")["st" + "ack"],',
      '  () => { Promise.reject(new Error("r")).catch(() => {}); },',
      "  () => JSON.parse('[1]', (k, v) => v),",
      "  () => [3, 1, 2].sort((a, b) => a - b),",
      '  () => String({ toString() { return "s"; } }),',
      "  () => new Proxy({}, { get: () => 1 }).x,",
      "];",
      // Down to the end of the stack, then every operation at every depth on the way back up.
      "const probe = () => { try { probe(); } catch {} for (const op of ops) { try { op(); } catch (e) { caught.push(e); } } };",
      "probe();",
      'return caught.some(isForeign) || "caught " + caught.length;',
    ].join(" ");
    const probed = await run(attack(probe), { ...QUICK, timeout: 10, wallTimeout: 20 });
    // The probes did fail there (the stack was at its end), each with an error of the sample's realm.
    expect(probed.result).toMatch(/^failed: Error: refused: caught [1-9]\d*$/);
    await passes(COUNT_VOWELS);
  });

  it("does not run a failed sample's promise jobs, and leaves the next sample its full CPU", async () => {
    const loops = `  return 1;\n}\nPromise.resolve().then(function again() { return Promise.resolve().then(again); });\n`;
    const failed = await run(loops);
    expect(failed.result).toMatch(/^failed: AssertionError/);
    const next = await passes(COUNT_VOWELS);
    expect(next.cpu).toBeLessThan(0.5);
    // After a passed test the jobs run, as Node runs them before it exits: here, forever.
    const forever = await run(
      `${COUNT_VOWELS}Promise.resolve().then(function again() { return Promise.resolve().then(again); });\n`,
    );
    expect(forever.status).toBe("timeout");
    expect(["cpu", "wall"]).toContain(forever.limit);
    await passes(COUNT_VOWELS);
  });

  it("takes a value that has no text form, in either direction, to a worker of its own", async () => {
    const split = {
      module: "function twice(f) {\n  return f(2) * 2;\n}\n",
      prompt: "function twice(f) {\n",
      test: "const assert = require('node:assert');\nassert.deepEqual(twice((x) => x + 1), 6);\n",
      entryPoint: "twice",
    };
    const context = await sandbox().runSplit(split, QUICK);
    const worker = await inWorkers().runSplit(split, QUICK);
    expect(context).toMatchObject({ status: worker.status, result: worker.result });
    expect(context.result).toMatch(/could not be cloned/);
  });

  it("survives a sample that exhausts its heap, and the next sample gets a fresh worker", async () => {
    const ex = await run("  const a = []; for (;;) a.push(new Array(1e5).fill(1));\n}\n");
    expect(["failed", "timeout"]).toContain(ex.status);
    await passes(attack(`${IN_CONTEXT} return typeof leaked === "undefined";`));
  });
});
