// Program problems' cost per test: a stdio problem's sample runs once per test, each run a fork of
// the sandbox's zygote (the program compiled once, by the server), not an interpreter start-up.
// Measured at full isolation with one worker, on a 20-test problem:
// - per test, a stdio sample (read two numbers, print their sum) and a call sample (a LeetCode-style
//   method): the whole sample's wall time over its 20 tests;
// - one fork-and-run unit: a function problem's data run of one case (the path passk-core takes);
// - one interpreter start-up: `python -I -S -c <the program>` spawned directly (no sandbox), what
//   running each test as its own process from scratch would cost at the least.
// `npm run bench:programs [-- samples]`.
import { spawnSync } from "node:child_process";
import { callProgram } from "../src/problems/program-prompt.js";
import { createSandbox } from "../src/sandbox/pool.js";
import { resolvePython } from "../src/sandbox/python.js";
import { DEFAULT_LIMITS } from "../src/sandbox/types.js";

const TESTS = 20;
const SAMPLES = Number(process.argv[2] ?? 30);
const STDIO = "a, b = map(int, input().split())\nprint(a + b)\n";
const CALL = callProgram(
  "class Solution:\n    def add(self, a: int, b: int) -> int:\n        return a + b\n",
  { name: "add", className: "Solution" },
);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function main(): Promise<void> {
  const sandbox = await createSandbox({ workers: 1, bubblewrap: "require", seccomp: "require" });
  const limits = { ...DEFAULT_LIMITS };
  const inputs = Array.from({ length: TESTS }, (_, i) => `${i} ${i * 7}\n`);
  const stdio = { inputs, stdoutCaps: inputs.map(() => 65536) };
  const calls = {
    inputs: inputs.map((_, i) => JSON.stringify([i, i * 7])),
    stdoutCaps: inputs.map(() => 65536),
    entryPoint: "__passk_call__",
  };
  try {
    const perTest = { stdio: [] as number[], call: [] as number[], unit: [] as number[] };
    for (let s = 0; s < SAMPLES; s++) {
      // A different program text each time, as different samples are: each is compiled once.
      const salt = `# sample ${s}\n`;
      let t = performance.now();
      const a = await sandbox.runStdio(salt + STDIO, stdio, limits);
      perTest.stdio.push((performance.now() - t) / TESTS);
      if (a.status !== "passed" || a.tests?.length !== TESTS) throw new Error(`stdio run: ${a.result}`);
      t = performance.now();
      const b = await sandbox.runStdio(salt + CALL, calls, limits);
      perTest.call.push((performance.now() - t) / TESTS);
      if (b.status !== "passed" || b.tests?.length !== TESTS) throw new Error(`call run: ${b.result}`);
      t = performance.now();
      const c = await sandbox.run(`${salt}def add(a, b):\n    return a + b\n`, limits, {
        entryPoint: "add",
        inputs: ["[1, 2]"],
      });
      perTest.unit.push(performance.now() - t);
      if (c.status !== "passed") throw new Error(`data run: ${c.result}`);
    }
    const python = await resolvePython();
    const startups: number[] = [];
    for (let s = 0; s < SAMPLES; s++) {
      const t = performance.now();
      const run = spawnSync(python.executable, ["-I", "-S", "-c", STDIO], {
        input: "1 2\n",
        encoding: "utf8",
      });
      startups.push(performance.now() - t);
      if (run.stdout !== "3\n") throw new Error(`python start-up: ${run.stderr}`);
    }
    const ms = (x: number) => `${x.toFixed(2)} ms`;
    console.log(
      `${SAMPLES} samples × ${TESTS} tests, 1 worker, isolation ${sandbox.isolation.level} (medians)`,
    );
    console.log(`  stdio sample, per test:                 ${ms(median(perTest.stdio))}`);
    console.log(`  call sample, per test:                  ${ms(median(perTest.call))}`);
    console.log(`  one fork-and-run unit (a 1-case data run): ${ms(median(perTest.unit))}`);
    console.log(`  one interpreter start-up (python -I -S, no sandbox): ${ms(median(startups))}`);
    console.log(
      `  a ${TESTS}-test stdio sample = ${(median(perTest.stdio) / median(perTest.unit)).toFixed(2)} units per test; ` +
        `${TESTS} start-ups would cost ${ms(TESTS * median(startups))}, the sample ${ms(TESTS * median(perTest.stdio))}`,
    );
  } finally {
    await sandbox.close();
  }
}

await main();
