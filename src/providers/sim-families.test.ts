// The simulated demo model on the generated families: it answers every problem (materials from the
// real sandbox's mutation engine), says it is simulated, and its share of correct samples falls as
// the family's knob N grows, judged as `passk evaluate` judges them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDataCases } from "../evaluate/data-verdict.js";
import { buildProgram } from "../problems/program.js";
import { loadAnyProblems } from "../problems/resolve.js";
import type { Problem } from "../problems/types.js";
import { createSandbox, type Sandbox } from "../sandbox/pool.js";
import { DEFAULT_LIMITS } from "../sandbox/types.js";
import { createSimProvider } from "./sim.js";
import type { Provider } from "./types.js";

const N = 40;
const LIMITS = { ...DEFAULT_LIMITS, timeout: 0.5, wallTimeout: 1 };
let sandbox: Sandbox;
const providers: Provider[] = [];

beforeAll(async () => {
  sandbox = await createSandbox({ workers: 2 });
});

afterAll(async () => {
  await sandbox?.close();
  await Promise.all(providers.map((p) => p.close?.()));
});

/** The share of passing samples per N, judged in the sandbox, for the problems of `set` at N in `ns`. */
async function passRates(set: string, ns: number[], seed: number): Promise<Map<number, number>> {
  const model = createSimProvider({ seed });
  providers.push(model);
  expect(model.info.simulated).toBe(true);
  const problems = [...(await loadAnyProblems(set)).problems.values()].filter((p) =>
    ns.some((n) => p.task_id.includes(`/n${n}-`)),
  );
  const signal = new AbortController().signal;
  const params = { maxTokens: 512, stop: [], logprobs: false, temperature: 0.8 };
  const outcomes = await Promise.all(
    problems.map(async (problem: Problem) => {
      const { samples } = await model.generate({ problem, n: N, firstIndex: 0, signal, params });
      // Identical completions are judged once, as `passk evaluate` does.
      const judged = new Map<string, Promise<boolean>>();
      const judge = (completion: string) => {
        const program = buildProgram(problem, { task_id: problem.task_id, completion });
        const data = problem.data as NonNullable<Problem["data"]>;
        return runDataCases(sandbox, program, data, LIMITS).then((run) => run.status === "passed");
      };
      const verdicts = await Promise.all(
        samples.map((sample) => {
          let verdict = judged.get(sample.completion);
          if (!verdict) {
            verdict = judge(sample.completion);
            judged.set(sample.completion, verdict);
          }
          return verdict;
        }),
      );
      return { n: Number(/\/n(\d+)-/.exec(problem.task_id)?.[1]), passed: verdicts.filter(Boolean).length };
    }),
  );
  const rates = new Map<number, number>();
  for (const n of ns) {
    const mine = outcomes.filter((o) => o.n === n);
    rates.set(n, mine.reduce((sum, o) => sum + o.passed, 0) / (mine.length * N));
  }
  return rates;
}

describe("the simulated model on the generated families", () => {
  it("passes fewer compose problems the more steps they chain", async () => {
    const rates = await passRates("compose:per=6", [1, 4, 8], 0);
    const [one, four, eight] = [1, 4, 8].map((n) => rates.get(n) ?? Number.NaN) as [number, number, number];
    expect(one).toBeGreaterThan(0.75);
    expect(four).toBeLessThan(one - 0.1);
    expect(eight).toBeLessThan(four - 0.1);
    expect(eight).toBeGreaterThan(0);
  }, 120_000);

  it("passes fewer bind problems the more variables they bind, and is another model under another seed", async () => {
    const zero = await passRates("bind:per=6", [1, 8], 0);
    const one = await passRates("bind:per=6", [1, 8], 1);
    for (const rates of [zero, one]) {
      expect(rates.get(8) as number).toBeLessThan((rates.get(1) as number) - 0.15);
    }
    expect([...one.values()]).not.toEqual([...zero.values()]);
  }, 120_000);
});
