// The SIMULATED demo model on GPT-3's in-context tasks. No language model is involved: a reply is the
// expected answer or a plausible wrong one (a digit off by one, two letters swapped), chosen so that
// the pipeline shows the shapes GPT-3's paper reports: accuracy grows with K (the examples in the
// prompt) and with the model's size, and falls with the digits of the operands; word tasks are
// almost never solved zero-shot. Its numbers say nothing about any real model.
//
// The simulation. A question is answered correctly when a draw u < p, with
//   p = σ(ability + learning · g(K) − hardness − recognition · [K = 0]),  g(K) = 1 − (1 + K)^−½,
// ability and learning set by the size (`sim:small`, `sim:medium`, `sim:large`; `sim` is large),
// hardness by the task family (for a task of unknown family: by the answer's length), and a
// recognition penalty at K = 0 (larger for word tasks, which GPT-3 could rarely do zero-shot).
// At temperature 0 (greedy), u depends only on (seed, task, question): the same question is drawn
// alike at every K and size, so accuracy never falls as K or the size grows. Above 0, every sample
// draws its own u and p shrinks a little (sloppier sampling).
import { cutAtStop } from "../completion/stop.js";
import { hashStream } from "../problems/incontext/random.js";
import {
  type GenerationRequest,
  type GenerationResponse,
  type IncontextQuery,
  ProviderError,
} from "./types.js";

/** The simulated sizes: how well the model does with no examples, and how much examples help. */
export const SIM_SIZES = {
  small: { ability: -1, learning: 1.5 },
  medium: { ability: 1, learning: 2.5 },
  large: { ability: 3, learning: 4 },
} as const;

/** Hardness by family (before the K = 0 penalty). Addition and subtraction get harder by ~2 per digit. */
const HARDNESS: Record<string, number> = {
  two_digit_multiplication: 5.5,
  single_digit_three_ops: 5.5,
  sum_of_digits: 4.5,
  random_insertion_in_word: 4.5,
  mid_word_2_anagrams: 5.5,
  cycle_letters_in_word: 5.8,
  mid_word_1_anagrams: 6.6,
  reversed_words: 10,
};
const DIGITS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
const CHARS_PER_TOKEN = 3.5;

/** The size named by a spec: "sim" → large, "sim:small" → small. */
export function simSize(spec: string): keyof typeof SIM_SIZES {
  const rest = spec.includes(":") ? spec.slice(spec.indexOf(":") + 1) : "large";
  if (rest in SIM_SIZES) return rest as keyof typeof SIM_SIZES;
  throw new ProviderError(
    `${spec}: no such simulated size (use sim, sim:small, sim:medium or sim:large)`,
    "permanent",
  );
}

function hardness(query: IncontextQuery): { hardness: number; words: boolean } {
  const family = query.family ?? "";
  const arithmetic = /^(two|three|four|five|six)_digit_(addition|subtraction)$/.exec(family);
  if (arithmetic) {
    const digits = DIGITS[arithmetic[1] as string] as number;
    return { hardness: 1.5 + (arithmetic[2] === "subtraction" ? 0.2 : 0) + 2 * (digits - 2), words: false };
  }
  const known = HARDNESS[family];
  const words = family.endsWith("_word") || family.endsWith("_words") || family.endsWith("_anagrams");
  if (known !== undefined) return { hardness: known, words };
  // A task of no known family: numbers by their length, anything else as a middling word task.
  const numeric = /^-?\d+$/.test(query.expected);
  return numeric
    ? { hardness: 1.5 + 2 * Math.max(0, query.expected.replace("-", "").length - 2), words: false }
    : { hardness: 5.5, words: true };
}

/** The probability that the simulated model of `spec` answers this question correctly at temperature T. */
export function simAccuracy(spec: string, query: IncontextQuery, temperature: number): number {
  const { ability, learning } = SIM_SIZES[simSize(spec)];
  const { hardness: h, words } = hardness(query);
  const g = 1 - (1 + query.shots) ** -0.5;
  const recognition = query.shots === 0 ? (words ? 3 : 1) : 0;
  const p = 1 / (1 + Math.exp(-(ability + learning * g - h - recognition)));
  return p * (1 - 0.15 * Math.min(1, Math.max(0, temperature)));
}

/** A wrong answer close to the expected one: a digit off by one, or two neighbouring letters swapped. */
export function nearMiss(expected: string, next: () => number): string {
  if (/^-?\d+$/.test(expected)) {
    const sign = expected.startsWith("-") ? "-" : "";
    const digits = [...expected.slice(sign.length)];
    const at = next() % digits.length;
    const digit = Number(digits[at]);
    // Off by one (the slip of a carry), never a new leading zero.
    let changed = (digit + (next() % 2 === 0 ? 1 : 9)) % 10;
    if (at === 0 && digits.length > 1 && changed === 0) changed = digit === 9 ? 8 : digit + 1;
    digits[at] = String(changed);
    return sign + digits.join("");
  }
  const letters = [...expected];
  for (let tries = 0; tries < 8 && letters.length > 2; tries++) {
    const at = 1 + (next() % (letters.length - 2));
    if (letters[at] !== letters[at - 1]) {
      [letters[at - 1], letters[at]] = [letters[at] as string, letters[at - 1] as string];
      return letters.join("");
    }
  }
  return `${expected}s`;
}

/** The simulated answers to one request of an in-context question. */
export function simIncontextResponse(
  spec: string,
  seed: number,
  request: GenerationRequest,
  query: IncontextQuery,
): GenerationResponse {
  const { params, problem } = request;
  const temperature = params.temperature ?? 0;
  const p = simAccuracy(spec, query, temperature);
  const samples = Array.from({ length: request.n }, (_, i) => {
    const id = request.firstIndex + i;
    const next =
      temperature === 0
        ? hashStream("sim-incontext", seed, query.task, query.item)
        : hashStream(
            "sim-incontext",
            seed,
            params.seed ?? 0,
            query.task,
            query.item,
            query.shots,
            id,
            temperature,
          );
    const correct = next() / 2 ** 32 < p;
    const answer = correct ? query.expected : nearMiss(query.expected, next);
    // A base model goes on after its answer; the stop sequence (or scoring's first line) ends it.
    const { text, cut } = cutAtStop(
      ` ${answer}\n${problem.prompt.split("\n").find((l) => l.trim()) ?? ""}`,
      params.stop,
    );
    return {
      completion: text,
      finishReason: cut ? "stop" : "length",
      logprobs: null,
      extra: { sim_kind: correct ? "correct" : "near-miss" },
    };
  });
  const tokens = (text: string) => Math.max(1, Math.round(text.length / CHARS_PER_TOKEN));
  return {
    samples,
    usage: {
      inputTokens: tokens(problem.prompt),
      outputTokens: samples.reduce((sum, s) => sum + tokens(s.completion), 0),
    },
  };
}
