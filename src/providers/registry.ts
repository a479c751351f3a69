// The one registry of model backends: a model spec such as "openai:gpt-4o-mini",
// "ollama:qwen2.5-coder:7b", "anthropic:claude-sonnet-4-5", "replay:samples.jsonl", "reference" or
// "sim" becomes a Provider. The short names of local servers only preset a base URL and a mode.
import { DEFAULTS } from "../defaults.js";
import { PasskError } from "../errors.js";
import { AnthropicProvider } from "./anthropic.js";
import { ReferenceProvider, ReplayProvider } from "./offline.js";
import { OpenAIProvider } from "./openai.js";
import { createSimProvider } from "./sim.js";
import type { Provider, ProviderInfo } from "./types.js";

/** Options that complete a model spec. */
export interface ProviderOptions {
  /** Overrides the preset base URL (OpenAI-compatible servers: up to and including /v1). */
  baseUrl?: string;
  /** completion (continue the prompt) or chat (ask by message, extract the code). */
  mode?: "completion" | "chat";
  /** An API key from a config file. Keys are otherwise read from the environment only. */
  apiKey?: string;
  /** The environment variable that holds the key (default OPENAI_API_KEY / ANTHROPIC_API_KEY / PASSK_API_KEY). */
  apiKeyEnv?: string;
  /** Samples asked for per request (default: the preset's). */
  maxN?: number;
  /** Seconds to wait for one answer (default DEFAULTS.requestTimeout: local models can be slow). */
  timeoutSeconds?: number;
  /** Longest answer read from a server, in bytes (default 32 MiB); a longer one is a failed attempt. */
  maxAnswerBytes?: number;
  /** The simulated model's seed. */
  seed?: number;
  env?: NodeJS.ProcessEnv;
  onWarning?: (message: string) => void;
}

interface OpenAIPreset {
  baseUrl: string;
  mode: "completion" | "chat";
  maxN: number;
}

export const OPENAI_PRESETS: Record<string, OpenAIPreset> = {
  openai: { baseUrl: "https://api.openai.com/v1", mode: "chat", maxN: 20 },
  ollama: { baseUrl: "http://localhost:11434/v1", mode: "chat", maxN: 1 },
  vllm: { baseUrl: "http://localhost:8000/v1", mode: "completion", maxN: 20 },
  llamacpp: { baseUrl: "http://localhost:8080/v1", mode: "completion", maxN: 1 },
};

const KNOWN = [
  "openai:<model>",
  "ollama:<model>",
  "vllm:<model>",
  "llamacpp:<model>",
  "anthropic:<model>",
  "replay:<samples.jsonl>",
  "reference",
  "sim",
];
const KNOWN_NAMES = new Set([...Object.keys(OPENAI_PRESETS), "anthropic", "replay", "reference", "sim"]);
const ANTHROPIC_API = "https://api.anthropic.com";

/** The provider name of a spec ("openai" for "openai:gpt-4o"), without creating anything. */
export function providerName(spec: string): string {
  const at = spec.indexOf(":");
  return at === -1 ? spec : spec.slice(0, at);
}

/**
 * Creates the provider of `spec`.
 * @throws PasskError BAD_OPTION for an unknown provider, a missing model name or a missing API key.
 */
export async function createProvider(spec: string, options: ProviderOptions = {}): Promise<Provider> {
  const env = options.env ?? process.env;
  const name = providerName(spec);
  const rest = spec.slice(name.length + 1);
  const timeoutSeconds = options.timeoutSeconds ?? DEFAULTS.requestTimeout;
  const cap = options.maxAnswerBytes ? { maxAnswerBytes: options.maxAnswerBytes } : {};
  if (name === "sim") return createSimProvider({ spec, seed: options.seed ?? 0 });
  if (name === "reference") return new ReferenceProvider();
  if (name === "replay") {
    if (!rest)
      throw new PasskError("BAD_OPTION", `--model ${spec}: give the samples file, as replay:<path.jsonl>`);
    return ReplayProvider.open(rest);
  }
  if (!KNOWN_NAMES.has(name)) {
    throw new PasskError(
      "BAD_OPTION",
      `--model ${spec}: unknown provider "${name}"; did you mean ${suggestedSpec(spec)}? (a model is given as <provider>:<model>; known: ${KNOWN.join(", ")})`,
    );
  }
  if (!rest) {
    throw new PasskError(
      "BAD_OPTION",
      `--model ${spec}: give the model name after the colon, e.g. ${name}:<model>`,
    );
  }
  const preset = OPENAI_PRESETS[name];
  if (preset) {
    const baseUrl = trimSlash(options.baseUrl ?? preset.baseUrl);
    // A key is only sent to the server it was made for: OPENAI_API_KEY to OpenAI's API, PASSK_API_KEY
    // (or --api-key-env) to any other server.
    const ownApi = baseUrl === OPENAI_PRESETS.openai?.baseUrl;
    const keyEnv = options.apiKeyEnv ?? (ownApi ? "OPENAI_API_KEY" : "PASSK_API_KEY");
    const apiKey = checkedKey(spec, keyEnv, options.apiKey ?? env[keyEnv]);
    if (!apiKey && ownApi) throw missingKey(spec, keyEnv);
    return new OpenAIProvider({
      spec,
      model: rest,
      baseUrl,
      mode: options.mode ?? preset.mode,
      ...(apiKey ? { apiKey } : {}),
      maxN: options.maxN ?? preset.maxN,
      maxStop: 4,
      timeoutSeconds,
      ...cap,
      ...(options.onWarning ? { onWarning: options.onWarning } : {}),
    });
  }
  if (name === "anthropic") {
    if (options.mode === "completion") {
      throw new PasskError(
        "BAD_OPTION",
        `--mode completion: Anthropic's Messages API is chat only; leave --mode out`,
      );
    }
    const baseUrl = trimSlash(options.baseUrl ?? ANTHROPIC_API);
    const keyEnv = options.apiKeyEnv ?? (baseUrl === ANTHROPIC_API ? "ANTHROPIC_API_KEY" : "PASSK_API_KEY");
    const apiKey = checkedKey(spec, keyEnv, options.apiKey ?? env[keyEnv]);
    if (!apiKey) throw missingKey(spec, keyEnv);
    return new AnthropicProvider({
      spec,
      model: rest,
      baseUrl,
      apiKey,
      timeoutSeconds,
      ...cap,
    });
  }
  throw new Error(`provider "${name}" is known but not created`); // a bug: KNOWN_NAMES and the branches above differ
}

/**
 * The spec a person probably meant when they gave a bare model name: OpenAI's and Anthropic's models
 * by their names, a name with an Ollama tag (`qwen2.5-coder:7b`) for Ollama, anything else OpenAI's.
 */
export function suggestedSpec(spec: string): string {
  // A misspelt provider that needs no model name ("simm", "refrence").
  const near = ["sim", "reference"].find((name) => !spec.includes(":") && editDistance(spec, name) <= 2);
  if (near) return near;
  if (/^claude/i.test(spec)) return `anthropic:${spec}`;
  if (/^[^:]+:[\w.-]+$/.test(spec) && !/^(gpt|o\d|chatgpt)/i.test(spec)) return `ollama:${spec}`;
  return `openai:${spec}`;
}

/**
 * What to tell a person when a model server never answered: how to start the usual server of a
 * local preset on the port passk tried, or which flag points at another one.
 */
export function serverHint(info: ProviderInfo): string {
  let url: URL | undefined;
  try {
    url = info.baseUrl ? new URL(info.baseUrl) : undefined;
  } catch {
    url = undefined;
  }
  if (!url) return "start the server, or point --base-url at it";
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  const start: Record<string, string> = {
    vllm: `vllm serve ${info.model} --port ${port}`,
    llamacpp: `llama-server -m <model.gguf> --port ${port}`,
    ollama: port === "11434" ? "ollama serve" : `OLLAMA_HOST=127.0.0.1:${port} ollama serve`,
  };
  const command = start[providerName(info.spec)];
  if (command && local) return `start the server (\`${command}\`), or point --base-url at a running one`;
  return `check that ${url.host} is up and reachable from here, or point --base-url at a running server`;
}

/**
 * The key as given, refused before any request when it cannot go in an HTTP header (a trailing
 * newline from a file, a placeholder like "…"): every request would fail the same way, and retrying
 * them as network errors took minutes. The message names the variable, never the key.
 */
function checkedKey(spec: string, keyEnv: string, key: string | undefined): string | undefined {
  if (key === undefined || key === "" || /^[\x21-\x7e]+$/.test(key)) return key;
  const why = /\s/.test(key) ? "a space or line break" : "a character outside printable ASCII";
  throw new PasskError(
    "BAD_OPTION",
    `--model ${spec}: the API key in ${keyEnv} (or "apiKey") holds ${why}, which cannot be sent in an HTTP header; set it to the key alone`,
  );
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function missingKey(spec: string, keyEnv: string): PasskError {
  return new PasskError(
    "BAD_OPTION",
    `--model ${spec}: no API key; set the environment variable ${keyEnv} (or "apiKey" in a config file)`,
  );
}

/** The base URL without trailing slashes. @throws PasskError BAD_OPTION when it is not an http(s) URL. */
function trimSlash(url: string): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== "http:" && parsed.protocol !== "https:")) {
    throw new PasskError(
      "BAD_OPTION",
      `--base-url ${url}: expected an http:// or https:// URL, like http://localhost:8000/v1`,
    );
  }
  return url.replace(/\/+$/, "");
}
