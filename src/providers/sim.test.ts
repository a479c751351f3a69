// The simulated demo model against real problems and the real sandbox: seeded and independent of
// batching, every kind of sample appears, canonical samples pass and mutants fail when judged as
// `passk evaluate` judges them, and the simulated log-probabilities and scores rank as designed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDataCases } from "../evaluate/data-verdict.js";
import { backTranslationPrompt } from "../metrics/backtranslate.js";
import { buildProgram } from "../problems/program.js";
import { loadAnyProblems } from "../problems/resolve.js";
import type { Problem } from "../problems/types.js";
import { createSandbox, type Sandbox } from "../sandbox/pool.js";
import { DEFAULT_LIMITS, type Execution, type Limits } from "../sandbox/types.js";
import { createSimProvider, type SimKind } from "./sim.js";
import { type GeneratedSample, type Provider, ProviderError, type SamplingParams } from "./types.js";

const DEMO = new URL("../../examples/demo/problems.jsonl", import.meta.url).pathname;
// Short limits: canonical solutions need milliseconds, and the loop is judged quickly.
const LIMITS: Limits = { ...DEFAULT_LIMITS, timeout: 0.5, wallTimeout: 1 };
const KINDS: SimKind[] = ["canonical", "mutant", "syntax-error", "stub", "loop"];

let problems: Problem[] = [];
let sandbox: Sandbox;
const providers: Provider[] = [];
const signal = new AbortController().signal;

function sim(seed: number): Provider {
  const provider = createSimProvider({ seed });
  providers.push(provider);
  return provider;
}

async function generate(
  provider: Provider,
  problem: Problem,
  n: number,
  firstIndex = 0,
  params: Partial<SamplingParams> = {},
): Promise<GeneratedSample[]> {
  const request = {
    problem,
    n,
    firstIndex,
    signal,
    params: { maxTokens: 1024, stop: [], logprobs: true, ...params },
  };
  return (await provider.generate(request)).samples;
}

const kindOf = (sample: GeneratedSample): SimKind => sample.extra?.sim_kind as SimKind;

/** Judges a completion exactly as `passk evaluate` does (tests as data for set problems). */
function judge(problem: Problem, completion: string): Promise<Execution> {
  const program = buildProgram(problem, { task_id: problem.task_id, completion });
  return problem.data ? runDataCases(sandbox, program, problem.data, LIMITS) : sandbox.run(program, LIMITS);
}

beforeAll(async () => {
  const core = [...(await loadAnyProblems("passk-core")).problems.values()].slice(0, 20);
  const demo = [...(await loadAnyProblems(DEMO)).problems.values()];
  problems = [...core, ...demo];
  sandbox = await createSandbox({ workers: 2 });
});

afterAll(async () => {
  await sandbox?.close();
  await Promise.all(providers.map((p) => p.close?.()));
});

describe("the simulated model", () => {
  const model = sim(0);
  /** n = 60 per problem at T = 1, shared by the tests below (generated once). */
  let samples: { problem: Problem; sample: GeneratedSample }[] = [];
  beforeAll(async () => {
    const all = await Promise.all(
      problems.map(async (problem) =>
        (await generate(model, problem, 60, 0, { temperature: 1 })).map((sample) => ({ problem, sample })),
      ),
    );
    samples = all.flat();
  });

  it("says it is simulated", () => {
    expect(model.info).toMatchObject({ provider: "sim", spec: "sim", mode: "offline", simulated: true });
    expect(model.cacheable).toBe(false);
    expect(model.maxN).toBeGreaterThanOrEqual(1000);
  });

  it("gives the same samples however the requests are batched or ordered", async () => {
    const problem = problems[3] as Problem;
    const batch = await generate(model, problem, 5, 0, { seed: 7 });
    const fresh = sim(0);
    const single = await Promise.all([4, 2, 0, 3, 1].map((i) => generate(fresh, problem, 1, i, { seed: 7 })));
    const byIndex = [0, 1, 2, 3, 4].map((i) => single[[4, 2, 0, 3, 1].indexOf(i)]?.[0]);
    expect(byIndex).toEqual(batch);
    expect(await generate(model, problem, 5, 0, { seed: 8 })).not.toEqual(batch);
  });

  it("is another model under another seed", async () => {
    const other = sim(1);
    const counts = async (provider: Provider) =>
      Promise.all(
        problems
          .slice(0, 8)
          .map(
            async (p) => (await generate(provider, p, 30)).filter((s) => kindOf(s) === "canonical").length,
          ),
      );
    expect(await counts(other)).not.toEqual(await counts(model));
  });

  it("writes every kind of sample, as completions of the prompt", () => {
    const shares = Object.fromEntries(
      KINDS.map((kind) => [
        kind,
        samples.filter(({ sample }) => kindOf(sample) === kind).length / samples.length,
      ]),
    );
    for (const kind of KINDS) expect(shares[kind], kind).toBeGreaterThan(0);
    expect(shares.loop).toBeLessThan(0.03);
    expect(shares.canonical).toBeGreaterThan(0.25);
    expect(shares.canonical).toBeLessThan(0.7);
    for (const { sample } of samples) {
      expect(sample.completion).toMatch(/^(\s*\n)? {4}\S/);
      expect(sample.finishReason).toBe("stop");
    }
    // Correct samples are not all the same text: equivalent rewrites appear too.
    const texts = new Set(
      samples.filter(({ sample }) => kindOf(sample) === "canonical").map(({ sample }) => sample.completion),
    );
    expect(texts.size).toBeGreaterThan(problems.length);
  });

  it("passes with canonical samples and fails with the others, in the real sandbox", async () => {
    const distinct = new Map<string, { problem: Problem; kind: SimKind; completion: string }>();
    for (const { problem, sample } of samples) {
      distinct.set(`${problem.task_id}\0${sample.completion}`, {
        problem,
        kind: kindOf(sample),
        completion: sample.completion,
      });
    }
    // Every correct text and loop; a third of the others, to keep the test quick.
    const cases = [...distinct.values()].filter(
      (c, i) => c.kind === "canonical" || c.kind === "loop" || i % 3 === 0,
    );
    const outcomes = await Promise.all(cases.map((c) => judge(c.problem, c.completion)));
    const statuses = (kind: SimKind) =>
      outcomes.filter((_, i) => cases[i]?.kind === kind).map((o) => o.status);
    expect(statuses("canonical").length).toBeGreaterThan(problems.length);
    expect(new Set(statuses("canonical"))).toEqual(new Set(["passed"]));
    const mutants = statuses("mutant");
    expect(mutants.length).toBeGreaterThan(40);
    expect(mutants.filter((s) => s !== "passed").length / mutants.length).toBeGreaterThan(0.85);
    expect(statuses("syntax-error").every((s) => s === "failed")).toBe(true);
    expect(statuses("stub").every((s) => s !== "passed")).toBe(true);
    expect(new Set(statuses("loop"))).toEqual(new Set(["timeout"]));
    // At most one distinct loop text per problem, so deduplication runs each loop once.
    const loops = cases.filter((c) => c.kind === "loop");
    expect(new Set(loops.map((c) => c.problem.task_id)).size).toBe(loops.length);
  });

  it("gives correct samples higher log-probabilities than mutants, and mutants than broken code", () => {
    const meanOf = (kinds: SimKind[]) => {
      const values = samples
        .filter(({ sample }) => kinds.includes(kindOf(sample)))
        .map(({ sample }) => sample.logprobs?.mean ?? 0);
      return values.reduce((a, b) => a + b, 0) / values.length;
    };
    expect(meanOf(["canonical"])).toBeGreaterThan(meanOf(["mutant"]) + 0.03);
    expect(meanOf(["mutant"])).toBeGreaterThan(meanOf(["syntax-error", "stub"]) + 0.03);
    // With overlap: some mutant outscores some correct sample of the same problem.
    const overlap = problems.some((p) => {
      const of = (kind: SimKind) =>
        samples
          .filter((s) => s.problem === p && kindOf(s.sample) === kind)
          .map((s) => s.sample.logprobs?.mean ?? 0);
      return Math.max(...of("mutant")) > Math.min(...of("canonical"));
    });
    expect(overlap).toBe(true);
    for (const { sample } of samples) {
      const lp = sample.logprobs;
      expect(lp?.sum).toBeCloseTo((lp?.mean ?? 0) * (lp?.tokens ?? 0), 9);
    }
  });

  it("repeats itself at low temperature and varies at high temperature", async () => {
    const distinct = async (temperature: number) => {
      const sets = await Promise.all(
        problems.map(
          async (p) =>
            new Set((await generate(model, p, 20, 0, { temperature })).map((s) => s.completion)).size,
        ),
      );
      return sets.reduce((a, b) => a + b, 0);
    };
    expect(await distinct(0)).toBe(problems.length);
    expect(await distinct(0.2)).toBeLessThan(await distinct(1.2));
  });

  it("scores canonical code above mutants and mutants above stubs (back-translation)", async () => {
    const score = async (provider: Provider, problem: Problem, sample: GeneratedSample) => {
      const prompt = backTranslationPrompt(problem, { completion: sample.completion }) as {
        context: string;
        continuation: string;
      };
      return (await provider.score?.({ ...prompt, signal })) ?? { mean: 0, sum: 1, tokens: 0 };
    };
    const scores = new Map<SimKind, number[]>();
    for (const { problem, sample } of samples.filter((_, i) => i % 3 === 0)) {
      const { mean, sum, tokens } = await score(model, problem, sample);
      expect(sum).toBeCloseTo(mean * tokens, 9);
      scores.set(kindOf(sample), [...(scores.get(kindOf(sample)) ?? []), mean]);
    }
    const average = (kind: SimKind) =>
      (scores.get(kind) ?? []).reduce((a, b) => a + b, 0) / (scores.get(kind)?.length ?? 1);
    expect(average("canonical")).toBeGreaterThan(average("mutant"));
    expect(average("mutant")).toBeGreaterThan(average("stub"));
    // A process that generated nothing (`passk rank --back-translation`) finds bundled problems
    // itself and gives the same scores.
    const fresh = sim(0);
    const some = samples.filter(
      ({ problem }, i) => problem.task_id.startsWith("passk-core/") && i % 29 === 0,
    );
    for (const { problem, sample } of some) {
      expect(await score(fresh, problem, sample)).toEqual(await score(model, problem, sample));
    }
  });

  it("refuses a problem without a canonical solution, permanently", async () => {
    const problem = { ...(problems[0] as Problem), task_id: "x/empty", canonical_solution: "" };
    const failure = await generate(model, problem, 1).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ProviderError);
    expect((failure as ProviderError).kind).toBe("permanent");
  });
});
