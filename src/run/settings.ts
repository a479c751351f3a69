// Every setting a user can give passk, declared once: its config-file key and the schema of its value,
// its flag, what it does, and its default (read from src/defaults.ts). The config-file schema
// (config.ts), each command's flags with their "(default …)" help (cli/setting-flags.ts) and
// docs/settings.md (settings-doc.ts) are made from this table, so a new setting is one entry here,
// its name in the commands that take it, and the code that uses its value.
import * as z from "zod";
import { DEFAULTS } from "../defaults.js";
import { isIsoDate } from "../problems/set-schema.js";

/** How a flag's text becomes the setting's value; the parsers are the CLI's (cli/options.ts). */
export type FlagParser =
  | "positive-int"
  | "integer"
  | "seconds"
  | "positive-number"
  | "bytes"
  | "k-list"
  | "temperature"
  | "top-p"
  | "stop-sequence"
  | "answer-size";

/** One setting. */
export interface Setting {
  /** Its value, in a config file and once its flag is parsed. */
  schema: z.ZodType;
  /** Its flag, as commander takes it ("-c, --concurrency <n>"); none: config files only. */
  flag?: string;
  /** A second flag for the same setting. */
  alias?: string;
  parse?: FlagParser;
  choices?: readonly string[];
  /** What it does (for --help and docs/settings.md), without the default. */
  help: string;
  /** What a config file's value means, where it differs from the flag's (docs/settings.md). */
  config?: string;
  /** The default as people read it; none: nothing is sent or limited unless it is given. */
  default?: string;
}

/** A default as help text shows it: lists joined by commas. */
export const shown = (value: string | number | readonly (string | number)[]): string =>
  Array.isArray(value) ? value.join(",") : String(value);

const positiveInt = z.number().int().positive();

/** Every setting, by config-file key, in the order --help and the docs list them. */
export const SETTINGS = {
  model: {
    schema: z.string().min(1),
    flag: "-m, --model <spec>",
    help: "openai:<model>, anthropic:<model>, ollama:<model>, vllm:<model>, llamacpp:<model>, replay:<file>, reference, sim",
    default: `${DEFAULTS.model}, the offline demo`,
  },
  problems: {
    schema: z.string().min(1),
    flag: "-s, --set <name-or-path>",
    alias: "--problems <name-or-path>",
    help: "problems: a passk set (name or folder) or a HumanEval/EvalPlus JSONL(.gz)",
    default: DEFAULTS.problems,
  },
  since: {
    schema: z.string().refine(isIsoDate, "a date, YYYY-MM-DD"),
    flag: "--since <date>",
    help: "only the problems of a passk set added on or after this date (YYYY-MM-DD)",
  },
  language: {
    schema: z.enum(["py", "ts"]),
    flag: "--language <language>",
    choices: ["py", "ts"],
    help: "the language a passk set is given in: py, or ts (TypeScript, rendered from the same folders)",
    default: "py",
  },
  n: {
    schema: positiveInt,
    flag: "-n, --n <n>",
    parse: "positive-int",
    help: "samples per problem; a run folder's own n when it holds one (a smaller n answers from its first n, a larger one adds samples)",
    default: shown(DEFAULTS.n),
  },
  temperature: {
    schema: z.number().min(0).max(2).nullable(),
    flag: "-t, --temperature <t>",
    parse: "temperature",
    help: "sampling temperature",
    config: "null: not sent (the server's default)",
    default: shown(DEFAULTS.temperature),
  },
  topP: {
    schema: z.number().gt(0).max(1).nullable(),
    flag: "--top-p <p>",
    parse: "top-p",
    help: "nucleus sampling",
    config: "null: not sent (the server's default)",
    default: shown(DEFAULTS.topP),
  },
  maxTokens: {
    schema: positiveInt,
    flag: "--max-tokens <n>",
    parse: "positive-int",
    help: "tokens per sample",
    default: `${DEFAULTS.maxTokens.completion} in completion mode, ${DEFAULTS.maxTokens.chat} in chat mode`,
  },
  seed: {
    schema: z.number().int().nullable(),
    flag: "--seed <n>",
    parse: "integer",
    help: "sampling seed; a request whose first sample is completion_id i is sent seed + i",
  },
  stop: {
    schema: z.array(z.string()),
    flag: "--stop <sequence>",
    parse: "stop-sequence",
    help: 'a stop sequence, repeatable; "\\n" is a newline',
    default:
      "in completion mode the Codex paper's (MultiPL-E's stop_tokens for its files, EvalPlus's for MBPP's prompts), none in chat mode",
  },
  logprobs: {
    schema: z.boolean(),
    flag: "--no-logprobs",
    help: "do not ask for token log-probabilities",
    default: "true",
  },
  mode: {
    schema: z.enum(["completion", "chat"]),
    flag: "--mode <mode>",
    choices: ["completion", "chat"],
    help: "completion: continue the prompt; chat: ask by message",
    default: "chat for openai:, ollama:, anthropic:; completion for vllm:, llamacpp:",
  },
  baseUrl: {
    schema: z.string().url(),
    flag: "--base-url <url>",
    help: "OpenAI-compatible server, up to /v1 (or the Anthropic API's root)",
  },
  apiKey: {
    schema: z.string().min(1),
    help: "the API key itself (config files only: a flag would show it to every process on the machine)",
  },
  apiKeyEnv: {
    schema: z.string().min(1),
    flag: "--api-key-env <name>",
    help: "environment variable holding the API key",
  },
  maxPerRequest: {
    schema: positiveInt,
    flag: "--max-per-request <n>",
    parse: "positive-int",
    help: "samples asked for per request (the API's n)",
  },
  concurrency: {
    schema: positiveInt,
    flag: "-c, --concurrency <n>",
    parse: "positive-int",
    help: "requests in flight at most",
    default: shown(DEFAULTS.concurrency),
  },
  requestsPerMinute: {
    schema: z.number().positive(),
    flag: "--rpm <n>",
    parse: "positive-int",
    help: "requests per minute at most",
  },
  tokensPerMinute: {
    schema: z.number().positive(),
    flag: "--tpm <n>",
    parse: "positive-int",
    help: "tokens per minute at most",
  },
  maxAttempts: {
    schema: positiveInt,
    flag: "--max-attempts <n>",
    parse: "positive-int",
    help: "attempts per request before it is given up (its samples reported as not generated)",
    default: shown(DEFAULTS.maxAttempts),
  },
  requestTimeout: {
    schema: z.number().positive(),
    flag: "--request-timeout <seconds>",
    parse: "seconds",
    help: "seconds to wait for one answer",
    default: shown(DEFAULTS.requestTimeout),
  },
  maxAnswerSize: {
    schema: z.number().int().min(1024),
    flag: "--max-answer-size <size>",
    parse: "answer-size",
    help: "largest answer read from the server, e.g. 64MiB; a larger one is a failed attempt",
    config: "in bytes",
    default: `${DEFAULTS.maxAnswerSize / 1024 ** 2}MiB`,
  },
  out: {
    schema: z.string().min(1),
    flag: "-o, --out <dir>",
    help: "run folder; an existing one's settings are the defaults",
    default: `${DEFAULTS.runsDir}/<model>_<set>_<config hash>`,
  },
  cache: {
    schema: z.boolean(),
    flag: "--no-cache",
    help: "do not read or write the completion cache",
    default: "true",
  },
  cacheDir: {
    schema: z.string().min(1),
    flag: "--cache-dir <dir>",
    help: "completion cache",
    default: "$PASSK_CACHE_DIR or ~/.cache/passk",
  },
  k: {
    schema: z.union([z.array(positiveInt), z.literal("all")]),
    flag: "-k, --k <list>",
    parse: "k-list",
    help: "k values of pass@k, or all (every k up to the smallest n)",
    default: `${shown(DEFAULTS.k)}, as far as n allows`,
  },
  timeout: {
    schema: z.number().positive(),
    flag: "--timeout <seconds>",
    parse: "seconds",
    help: "CPU seconds each sample may use",
    default: shown(DEFAULTS.timeout),
  },
  wallTimeout: {
    schema: z.number().positive(),
    flag: "--wall-timeout <seconds>",
    parse: "seconds",
    help: "wall-clock backstop for samples that sleep or block",
    default: "2 × timeout",
  },
  memory: {
    schema: z
      .number()
      .int()
      .min(16 * 1024 ** 2),
    flag: "--memory <size>",
    parse: "bytes",
    help: "address-space limit per sample",
    config: "in bytes",
    default: `${DEFAULTS.memory / 1024 ** 3}GiB`,
  },
  workers: {
    schema: positiveInt,
    flag: "-j, --workers <n>",
    parse: "positive-int",
    help: "parallel sandboxed workers",
    default: "the number of cores",
  },
  dedup: {
    schema: z.boolean(),
    flag: "--no-dedup",
    help: "run identical (task_id, program) pairs separately",
    default: "true",
  },
  isolation: {
    schema: z.enum(["auto", "full"]),
    flag: "--isolation <level>",
    choices: ["auto", "full"],
    help: "auto: best available, with a warning; full: refuse without bubblewrap+seccomp",
    default: DEFAULTS.isolation,
  },
  bubblewrap: {
    schema: z.boolean(),
    flag: "--no-bubblewrap",
    help: "do not use bubblewrap (weaker isolation)",
    default: "true",
  },
  seccomp: {
    schema: z.boolean(),
    flag: "--no-seccomp",
    help: "do not install the seccomp filter (weaker isolation)",
    default: "true",
  },
  python: {
    schema: z.string().min(1),
    flag: "--python <command>",
    help: "Python interpreter",
    default: "$PASSK_PYTHON or python3",
  },
  minTimeLimit: {
    schema: z.number().positive(),
    flag: "--min-time-limit <seconds>",
    parse: "seconds",
    help: "EvalPlus problems (base_input/plus_input): seconds of CPU every input may take at least, as EvalPlus's --min-time-limit",
    default: shown(DEFAULTS.minTimeLimit),
  },
  gtTimeLimitFactor: {
    schema: z.number().positive(),
    flag: "--gt-time-limit-factor <x>",
    parse: "positive-number",
    help: "EvalPlus problems: each input may take x times the canonical solution's time, as EvalPlus's --gt-time-limit-factor",
    default: shown(DEFAULTS.gtTimeLimitFactor),
  },
  testDetails: {
    schema: z.boolean(),
    flag: "--test-details",
    help: "EvalPlus problems: run every input and record every failing one, instead of stopping at the first failure (EvalPlus's --test-details)",
    default: String(DEFAULTS.testDetails),
  },
  ciSeed: {
    schema: z.number().int().min(0),
    flag: "--ci-seed <n>",
    parse: "integer",
    help: "seed of the bootstrap confidence intervals",
    default: shown(DEFAULTS.ciSeed),
  },
  resultsFormat: {
    schema: z.enum(["jsonl", "evalplus"]),
    flag: "--format <format>",
    choices: ["jsonl", "evalplus"],
    help: "evalplus: also write EvalPlus's eval_results.json beside the results (<samples>_eval_results.json; a run folder's eval_results.json)",
    default: DEFAULTS.resultsFormat,
  },
  resamples: {
    schema: positiveInt,
    flag: "--resamples <n>",
    parse: "positive-int",
    help: "bootstrap resamples",
    default: shown(DEFAULTS.resamples),
  },
} as const satisfies Record<string, Setting>;

/** A setting's name: its config-file key. */
export type SettingKey = keyof typeof SETTINGS;

/** The settings of a command, and what differs there: another flag, another help, another default. */
export interface CommandSettings {
  settings: readonly SettingKey[];
  flags?: Partial<Record<SettingKey, string>>;
  help?: Partial<Record<SettingKey, string>>;
  /** The default as people read it, where the command's differs from the setting's. */
  defaults?: Partial<Record<SettingKey, string>>;
}

const MODEL: readonly SettingKey[] = [
  "model",
  "problems",
  "since",
  "language",
  "n",
  "temperature",
  "topP",
  "maxTokens",
  "seed",
  "stop",
  "logprobs",
  "mode",
  "baseUrl",
  "apiKeyEnv",
  "maxPerRequest",
  "concurrency",
  "requestsPerMinute",
  "tokensPerMinute",
  "maxAttempts",
  "requestTimeout",
  "maxAnswerSize",
  "out",
  "cache",
  "cacheDir",
];
const EVALUATION: readonly SettingKey[] = [
  "timeout",
  "wallTimeout",
  "memory",
  "workers",
  "dedup",
  "isolation",
  "bubblewrap",
  "seccomp",
  "python",
  "minTimeLimit",
  "gtTimeLimitFactor",
  "testDetails",
  "ciSeed",
  "resamples",
  "resultsFormat",
];
// Where `--seed` is free (no sampling), the bootstrap seed takes it.
const SEED_FLAG = { ciSeed: "--seed <n>" };
const BOOTSTRAP: readonly SettingKey[] = ["ciSeed", "resamples"];

// In-context runs ask for one short greedy answer per prompt (DEFAULTS.incontext).
const INCONTEXT = DEFAULTS.incontext;
const quoted = (sequences: readonly string[]) =>
  sequences.length === 0 ? "none" : sequences.map((s) => JSON.stringify(s)).join(", ");

/** Which settings each command takes by flag (a config file may give any of them to run/generate/sweep). */
export const COMMAND_SETTINGS = {
  run: { settings: [...MODEL, "k", ...EVALUATION] },
  generate: { settings: MODEL },
  // A sweep chooses the temperature and the folder of each of its runs.
  sweep: { settings: [...MODEL.filter((key) => key !== "temperature" && key !== "out"), "k", ...EVALUATION] },
  evaluate: { settings: ["k", "since", "language", ...EVALUATION], flags: SEED_FLAG },
  rank: {
    settings: [
      "model",
      "baseUrl",
      "maxAnswerSize",
      "concurrency",
      "maxAttempts",
      "requestTimeout",
      "requestsPerMinute",
      "tokensPerMinute",
      "ciSeed",
      "resamples",
    ],
    flags: SEED_FLAG,
    help: {
      model: "model that scores back-translation",
      baseUrl: "its server's base URL",
      concurrency: "back-translation requests in flight at most",
      maxAttempts: "attempts per score request before scoring stops",
    },
    defaults: { model: "the run's model", baseUrl: "the run's, when the model is the run's" },
  },
  compare: { settings: BOOTSTRAP, flags: SEED_FLAG },
  limits: { settings: BOOTSTRAP, flags: SEED_FLAG },
  // Model and request settings as `passk run`'s; the prompts are GPT-3's tasks, not a problem set.
  "incontext run": {
    settings: [
      ...MODEL.filter(
        (key) => key !== "problems" && key !== "since" && key !== "language" && key !== "logprobs",
      ),
      ...BOOTSTRAP,
    ],
    help: {
      model: "as for `passk run`, or sim:small, sim:medium, sim:large (simulated in-context models)",
      n: "samples per prompt",
      maxTokens: "tokens per answer",
      seed: "sampling seed (the simulated model: which model)",
      out: "run folder",
    },
    defaults: {
      n: `${INCONTEXT.n}, greedy decoding`,
      temperature: `${shown(INCONTEXT.temperature)}, greedy`,
      topP: INCONTEXT.topP === null ? "not sent" : shown(INCONTEXT.topP),
      maxTokens: `${INCONTEXT.maxTokens.completion} in completion mode, ${INCONTEXT.maxTokens.chat} in chat mode`,
      stop: `${quoted(INCONTEXT.stop.completion)} in completion mode, ${quoted(INCONTEXT.stop.chat)} in chat mode`,
      out: `${DEFAULTS.runsDir}/<model>_incontext_<config hash>`,
    },
  },
  "incontext report": { settings: BOOTSTRAP },
  // The sandbox of harvest's checks; its --timeout is the whole test suite's, not a sample's (its own flag).
  harvest: { settings: ["workers"] },
} as const satisfies Record<string, CommandSettings>;

/** The config-file schema of one run: every setting, each optional; an unknown key is an error. */
export function settingsSchema() {
  const shape = Object.fromEntries(
    Object.entries(SETTINGS).map(([key, setting]) => [key, setting.schema.optional()]),
  ) as { [K in SettingKey]: z.ZodOptional<(typeof SETTINGS)[K]["schema"]> };
  return z.strictObject(shape);
}
