// passk's offline demo model. It is SIMULATED: no language model is involved. Its samples are the
// problem's canonical solution (as written, or rewritten with the same meaning), mutants of it made
// by the problem-set tooling's mutation engine (src/problems/mutate.py, run in the sandbox), bodies
// that do not compile, stubs, and now and then a loop that never ends. It exists so that `passk run`
// works on a fresh machine with no model and no network, and so that every step after generation
// (sandbox, timeouts, pass@k curves, ranking and BLEU studies) has realistic material to work on.
// Every output says `simulated: true`; its numbers say nothing about any real model.
// GPT-3-style in-context questions (a problem with `incontext`) are answered by sim-incontext.ts.
//
// The simulation. A sample depends only on (seed, params.seed, task_id, completion_id, temperature),
// never on how requests are batched or ordered; `seed` picks the "model" (its skills), `params.seed`
// the draws. top_p is ignored.
// - Each problem gets a skill: the share of fresh samples that are correct at the reference
//   temperature 0.8. Skills spread widely (logit-normal, plus ~12 % of problems it cannot do). On a
//   generated family (compose-N, bind-N) the skill's logit falls in a straight line with N instead.
// - Temperature T (default 0.8) acts as the Codex paper saw it act on real models. Below 0.8 a
//   sample repeats the problem's most likely answer with probability 1 − T/0.8; that answer is the
//   canonical solution unless the skill is under 0.25 (wrong answers are split over many mutants,
//   so the correct program is the single most likely one even at a modest skill): pass@1 rises at
//   low T. Other samples are fresh draws, correct with probability skill^(0.5 + T/1.6); hotter
//   sampling is sloppier and more varied (more syntax errors, a less dominant favourite mistake,
//   more rewritten correct texts), so high T lowers pass@1, and pass@k at large k peaks near 0.8.
// - About 8 % of problems lure it into a never-ending loop (12 % of their samples): one loop text
//   per problem, so deduplicated evaluation pays each time limit once. Mutants that could loop
//   (placed before the end of a while loop) are left out by the engine for the same reason.
// - Log-probabilities are drawn per distinct text (identical samples agree): correct texts score
//   higher on average than mutants, mutants than broken code and stubs, with overlap. `sum` is
//   `mean × tokens`, so it favours short (often wrong) samples, as the paper found.
// - `score()` (back-translation, log P(docstring | code)) is simulated too: it finds the problem (one
//   met in `generate()`, else one of passk's bundled sets, matched by entry point and docstring),
//   recognises the sample in the context by its text, and scores canonical code highest, mutants a
//   little lower, stubs lowest, with more noise than the log-probabilities.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { cutAtStop } from "../completion/stop.js";
import { seededUint32 } from "../metrics/bootstrap.js";
import { ownPath, ownUrl } from "../paths.js";
import { type FamilyName, familyOf } from "../problems/families/index.js";
import { loadAnyProblems } from "../problems/resolve.js";
import { createSandbox, type Sandbox, type SandboxOptions } from "../sandbox/pool.js";
import { DEFAULT_LIMITS } from "../sandbox/types.js";
import { simIncontextResponse } from "./sim-incontext.js";
import {
  type GeneratedSample,
  type GenerationRequest,
  type GenerationResponse,
  type LogprobSummary,
  type PromptProblem,
  type Provider,
  ProviderError,
  type ProviderInfo,
  type ScoreRequest,
} from "./types.js";

const MUTATE_SOURCE = readFileSync(ownUrl("problems/mutate.py"), "utf8");

/** What a simulated sample is; written to the sample line as `sim_kind`. */
export type SimKind = "canonical" | "mutant" | "syntax-error" | "loop" | "stub";

/** Options of {@link createSimProvider}. */
export interface SimOptions {
  /** Which simulated "model": decides every problem's skill (default 0). */
  seed?: number;
  /** The sandbox that runs the mutation engine (default: two workers, or one on one core). */
  sandbox?: SandboxOptions;
  /** The model spec as the user wrote it (default "sim"). */
  spec?: string;
}

/** Logit of the skill at N = 1 and its fall per unit of N, for the generated families. */
const FAMILY_SKILL: Record<FamilyName, { base: number; slope: number }> = {
  compose: { base: 2.8, slope: 0.9 },
  bind: { base: 3.2, slope: 0.7 },
};
/** The temperature at which a fresh sample is correct with probability `skill`. */
const T_REF = 0.8;
const CHARS_PER_TOKEN = 3.5;
const STUBS = [
  "    pass\n",
  "    return None\n",
  "    raise NotImplementedError\n",
  "    # TODO: implement\n    pass\n",
];
const LOOP = "    result = None\n    while result is None:\n        pass\n    return result\n";
/** Mean log-probability per token by kind (before noise). */
const MEAN_LOGPROB: Record<SimKind, number> = {
  canonical: -0.2,
  mutant: -0.3,
  "syntax-error": -0.42,
  loop: -0.4,
  stub: -0.45,
};
/** How well code of each kind "explains" its docstring, for back-translation scores. */
const EXPLAINS: Record<SimKind, number> = {
  canonical: 1,
  mutant: 0.8,
  "syntax-error": 0.45,
  loop: 0.2,
  stub: 0,
};

/** Everything the simulation draws from for one problem. */
interface Materials {
  taskId: string;
  /** The canonical body as written, then equivalent rewrites of it. */
  canonical: string[];
  mutants: string[];
  broken: string[];
  skill: number;
  /** Share of samples that are the never-ending loop (zero for most problems). */
  loopRate: number;
  /** The most likely wrong answer (a mutant). */
  favourite: string;
  /** The most likely answer overall: what low temperatures repeat. */
  mode: Drawn;
  /** Every text it can write for the problem (trimmed), with its kind: how `score()` recognises code. */
  kinds: Map<string, SimKind>;
}

/** The simulated demo model (see the header comment). Call `close()` to stop its sandbox. */
export function createSimProvider(options: SimOptions = {}): Provider {
  return new SimProvider(options);
}

class SimProvider implements Provider {
  readonly info: ProviderInfo;
  readonly maxN = 1000;
  readonly cacheable = false;
  readonly maxStop = Number.POSITIVE_INFINITY;
  private readonly seed: number;
  private sandbox: Promise<Sandbox> | null = null;
  private readonly materials = new Map<string, Promise<Materials>>();
  /** Problems met in `generate()`, then passk's bundled sets: where `score()` finds the canonical code. */
  private readonly seen = new Map<string, PromptProblem>();
  private bundled: Promise<PromptProblem[]> | null = null;

  constructor(private readonly options: SimOptions) {
    this.seed = options.seed ?? 0;
    this.info = {
      spec: options.spec ?? "sim",
      provider: "sim",
      model: "sim-demo",
      mode: "offline",
      simulated: true,
    };
  }

  async generate(request: GenerationRequest): Promise<GenerationResponse> {
    request.signal.throwIfAborted();
    const { problem, params } = request;
    if (problem.incontext) return simIncontextResponse(this.info.spec, this.seed, request, problem.incontext);
    this.seen.set(problem.task_id, problem);
    const materials = await this.materialsFor(problem);
    const temperature = Math.min(2, Math.max(0, params.temperature ?? T_REF));
    const samples: GeneratedSample[] = [];
    let outputTokens = 0;
    for (let i = 0; i < request.n; i++) {
      const id = request.firstIndex + i;
      const random = uniform(this.seed, params.seed ?? 0, problem.task_id, id, temperature);
      const drawn = draw(materials, temperature, random);
      let text = cutAtStop(drawn.text, params.stop).text;
      let finishReason = "stop";
      if (tokenCount(text) > params.maxTokens) {
        text = text.slice(0, Math.floor(params.maxTokens * CHARS_PER_TOKEN));
        finishReason = "length";
      }
      const logprobs = this.logprobs(materials, drawn, text);
      outputTokens += logprobs.tokens;
      samples.push({
        completion: text,
        finishReason,
        logprobs: params.logprobs ? logprobs : null,
        extra: { sim_kind: drawn.kind },
      });
    }
    return { samples, usage: { inputTokens: tokenCount(problem.prompt), outputTokens } };
  }

  async score(request: ScoreRequest): Promise<LogprobSummary> {
    request.signal.throwIfAborted();
    // The code is recognised by its text: the longest of the problem's known completions inside the
    // context. The problem comes with the request (back-translation passes it), else from the ones met
    // in generate() or passk's bundled sets; an unknown problem scores as noise.
    const problem = request.problem?.canonical_solution
      ? request.problem
      : await this.problemFor(request.context, request.continuation);
    let kind: SimKind | null = null;
    if (problem) {
      let length = 0;
      for (const [text, textKind] of (await this.materialsFor(problem)).kinds) {
        if (text.length > length && request.context.includes(text)) {
          kind = textKind;
          length = text.length;
        }
      }
    }
    const explains = kind === null ? 0.3 : EXPLAINS[kind];
    const noise = gaussian(uniform(this.seed, "score", request.context, request.continuation));
    const mean = -1.1 + 0.3 * explains + 0.15 * noise;
    const tokens = tokenCount(request.continuation);
    return { sum: mean * tokens, mean, tokens };
  }

  async close(): Promise<void> {
    const sandbox = this.sandbox;
    this.sandbox = null;
    if (sandbox) await (await sandbox).close();
  }

  private logprobs(materials: Materials, drawn: Drawn, text: string): LogprobSummary {
    // Keyed by the text, so identical samples get identical log-probabilities, as from a real model.
    const random = uniform(this.seed, "logprob", materials.taskId, text);
    let mean = MEAN_LOGPROB[drawn.kind] + 0.08 * (materials.skill - 0.5) + 0.085 * gaussian(random);
    if (drawn.kind === "canonical" && text !== materials.canonical[0]) mean -= 0.03; // an unusual style
    if (drawn.kind === "mutant" && drawn.text === materials.favourite) mean += 0.05; // a favourite mistake
    mean = Math.min(-0.01, mean);
    const tokens = tokenCount(text);
    return { sum: mean * tokens, mean, tokens };
  }

  /** The problem whose function the context defines and whose docstring is the continuation. */
  private async problemFor(context: string, continuation: string): Promise<PromptProblem | null> {
    const docstring = squash(continuation);
    const matches = (p: PromptProblem) =>
      context.includes(`def ${p.entry_point}(`) && squash(p.prompt).includes(docstring);
    const found = [...this.seen.values()].find(matches);
    if (found || docstring === "") return found ?? null;
    this.bundled ??= bundledProblems();
    return (await this.bundled).find(matches) ?? null;
  }

  private materialsFor(problem: PromptProblem): Promise<Materials> {
    let materials = this.materials.get(problem.task_id);
    if (!materials) {
      materials = this.build(problem);
      this.materials.set(problem.task_id, materials);
      // A failure is not cached: the next request may try again.
      materials.catch(() => this.materials.delete(problem.task_id));
    }
    return materials;
  }

  private async build(problem: PromptProblem): Promise<Materials> {
    const canonical = problem.canonical_solution;
    if (canonical.trim() === "") {
      throw new ProviderError(
        `${problem.task_id}: the simulated model derives its samples from the problem's canonical_solution, which is empty (use problems that have one)`,
        "permanent",
      );
    }
    this.sandbox ??= createSandbox({ workers: Math.min(2, availableParallelism()), ...this.options.sandbox });
    const sandbox = await this.sandbox;
    const execution = await sandbox.run(
      MUTATE_SOURCE,
      { ...DEFAULT_LIMITS, timeout: 10, wallTimeout: 20 },
      {
        entryPoint: "sim_completions",
        inputs: [JSON.stringify([problem.prompt, canonical, problem.entry_point])],
      },
    );
    if (execution.status === "error") {
      throw new ProviderError(`${problem.task_id}: the sandbox failed: ${execution.result}`, "retryable");
    }
    // A solution the engine cannot handle still gives canonical samples, stubs and the loop.
    let variants: string[] = [];
    let mutants: string[] = [];
    let broken: string[] = [];
    const output = execution.status === "passed" ? execution.cases?.[0] : undefined;
    const value = output
      ? (JSON.parse(output) as { ok?: [string[], [string, string][], string[]] }).ok
      : undefined;
    if (value) [variants, mutants, broken] = [value[0], value[1].map(([, body]) => body), value[2]];
    const texts = [canonical, ...variants.filter((v) => v !== canonical)];
    mutants = mutants.filter((m) => !texts.includes(m));

    const random = uniform(this.seed, "problem", problem.task_id);
    const knob = familyOf(problem.task_id);
    const skill = knob
      ? familySkill(knob, this.seed, random)
      : random() < 0.12
        ? 0.005 + 0.02 * random()
        : 1 / (1 + Math.exp(-0.3 - 1.8 * gaussian(random)));
    const loopRate = random() < 0.08 ? 0.12 : 0;
    const favourite = mutants[Math.floor(random() * mutants.length)] ?? (STUBS[0] as string);
    let mode: Drawn = { kind: "canonical", text: canonical };
    if (skill < 0.25) {
      mode =
        mutants.length > 0 ? { kind: "mutant", text: favourite } : { kind: "stub", text: STUBS[0] as string };
    }
    const kinds = new Map<string, SimKind>();
    const lists: [SimKind, string[]][] = [
      ["stub", STUBS],
      ["loop", [LOOP]],
      ["syntax-error", broken],
      ["mutant", mutants],
      ["canonical", texts],
    ];
    for (const [kind, list] of lists) for (const text of list) kinds.set(text.trimEnd(), kind);
    return {
      taskId: problem.task_id,
      canonical: texts,
      mutants,
      broken,
      skill,
      loopRate,
      favourite,
      mode,
      kinds,
    };
  }
}

interface Drawn {
  kind: SimKind;
  text: string;
}

/**
 * The skill on a problem of a generated family: its logit falls in a straight line with the family's
 * knob N (as the Codex paper saw pass rates fall with each chained step or bound variable), shifted
 * per simulated model (`seed`) and a little per problem.
 */
function familySkill(knob: { family: FamilyName; n: number }, seed: number, random: () => number): number {
  const { base, slope } = FAMILY_SKILL[knob.family];
  const ability = 0.8 * gaussian(uniform(seed, "family-ability", knob.family));
  const logit = base - slope * (knob.n - 1) + ability + 0.5 * gaussian(random);
  return 1 / (1 + Math.exp(-logit));
}

/** One sample, from the per-sample random stream (the model of the header comment). */
function draw(m: Materials, temperature: number, random: () => number): Drawn {
  const pick = (list: string[]): string => list[Math.floor(random() * list.length)] as string;
  if (random() < 1 - temperature / T_REF) return m.mode;
  if (random() < m.loopRate) return { kind: "loop", text: LOOP };
  if (random() < m.skill ** (0.5 + temperature / 1.6)) {
    const keepAsWritten = Math.max(0.3, 1 - 0.6 * temperature);
    const rewrites = m.canonical.slice(1);
    const text =
      random() < keepAsWritten || rewrites.length === 0 ? (m.canonical[0] as string) : pick(rewrites);
    return { kind: "canonical", text };
  }
  const x = random();
  const syntaxShare = m.broken.length > 0 ? Math.min(0.3, (0.12 * temperature) / T_REF) : 0;
  if (x < syntaxShare) return { kind: "syntax-error", text: pick(m.broken) };
  if (x < syntaxShare + 0.07 || m.mutants.length === 0) return { kind: "stub", text: pick(STUBS) };
  const favouriteShare = Math.min(0.45, Math.max(0.1, 0.45 - 0.2 * temperature));
  return { kind: "mutant", text: random() < favouriteShare ? m.favourite : pick(m.mutants) };
}

/** passk's own problems (passk-core, the README demo), for scoring in a process that generated nothing. */
async function bundledProblems(): Promise<PromptProblem[]> {
  const sources = ["passk-core", ownPath("../examples/demo/problems.jsonl")];
  const sets = await Promise.all(sources.map((source) => loadAnyProblems(source).catch(() => null)));
  return sets.flatMap((set) => (set ? [...set.problems.values()] : []));
}

function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function tokenCount(text: string): number {
  return Math.max(1, Math.round(text.length / CHARS_PER_TOKEN));
}

/** A uniform [0, 1) stream seeded by a hash of `parts`: the same parts always give the same stream. */
function uniform(...parts: (string | number)[]): () => number {
  const digest = createHash("sha256").update(JSON.stringify(parts)).digest();
  const next = seededUint32(digest.readUIntBE(0, 6));
  return () => next() / 2 ** 32;
}

/** A standard normal draw (Box–Muller). */
function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}
