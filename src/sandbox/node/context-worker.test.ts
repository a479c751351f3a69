// Which samples the context worker may run: by their text, those that mention nothing of Node's. The
// word `import` anywhere keeps a sample out (a dynamic import would reach Node's loader in the worker's
// realm), and no other way to write it parses.
import { describe, expect, it } from "vitest";
import { needsNode } from "./context-worker.js";

describe("needsNode", () => {
  it("keeps plain JavaScript in the context worker", () => {
    for (const module of [
      "function f(xs) {\n  const stack = [];\n  for (const x of xs) stack.push(x * 2);\n  return stack;\n}\n",
      "const memo = new Map();\nfunction fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\n",
      "// returns the globalish total\nfunction total(xs) { return xs.reduce((a, b) => a + b, 0); }\n",
      "module.exports = function g() { return JSON.stringify([1]); };\n",
    ])
      expect(needsNode(module), module).toBe(false);
  });

  it("sends anything that mentions Node's globals, code from strings or a stack to a worker", () => {
    for (const module of [
      'const fs = require("fs");',
      "console.log(1);",
      "setTimeout(() => 1, 0);",
      "process.exit(0);",
      "Buffer.from('x');",
      "global.x = 1;",
      "eval('1')",
      "new Function('return 1')",
      "new Error().stack",
      "err . stack",
      "new SharedArrayBuffer(8)",
      "structuredClone(x)",
      "queueMicrotask(f)",
    ])
      expect(needsNode(module), module).toBe(true);
  });

  it("sends every text with `import` in it to a worker, wherever it is", () => {
    for (const module of ["import('fs')", "const important = 1;", "// import later", "x.import"])
      expect(needsNode(module), module).toBe(true);
    // The keyword cannot be spelled any other way.
    for (const spelled of ["im\\u0070ort('fs')", "\\u0069mport('fs')", "imp\\u{6f}rt('fs')"])
      expect(() => new Function(spelled), spelled).toThrow(/escaped characters/);
  });
});
