// The one place passk talks HTTP to model servers: a JSON POST with a deadline and a cap on the
// answer's size, and the translation of everything that can go wrong into a ProviderError that says
// whether to try again. API keys are redacted from every message built here, whatever the server
// echoes back. The server is untrusted input: an answer is read only up to the cap (whatever its
// Content-Length says, chunked or endless), so memory stays near the cap × requests in flight.
import http from "node:http";
import https from "node:https";
import { DEFAULTS } from "../defaults.js";
import { ProviderError } from "./types.js";

/** Options of {@link postJson}. */
export interface PostOptions {
  headers: Record<string, string>;
  /** No answer within this many seconds counts as a failed attempt (retryable). */
  timeoutSeconds: number;
  signal: AbortSignal;
  /** Strings never to show in an error message (API keys). */
  secrets: string[];
  /** An answer (any status) longer than this many bytes is a failed attempt (retryable); default 32 MiB. */
  maxAnswerBytes?: number;
}

/** The default cap on one answer's size: far above any real completion, far below what hurts. */
export const DEFAULT_MAX_ANSWER_BYTES = DEFAULTS.maxAnswerSize;

// Statuses where the same request may well succeed later.
const RETRYABLE = new Set([408, 409, 425, 429, 500, 502, 503, 504, 520, 522, 524, 529]);

// Error codes by which servers say that the account, not the moment, is the problem: a quota used up
// or billing stopped. They come with a 429 like a rate limit, but no wait helps.
const EXHAUSTED = new Set([
  "insufficient_quota", // OpenAI: credits used up (error.type and error.code)
  "billing_not_active", // OpenAI: no active billing on the account
  "enforced_spend_limit_reached", // Anthropic (error.details.error_code): the tier's monthly spend limit
  "contract_spend_limit_reached", // Anthropic: the contract's spend limit
  "billing_error", // Anthropic's 402 (permanent by its status too)
]);

/** Replaces every secret (and any `sk-…`-looking token) in a text with a mask. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join("[redacted]");
  return out.replace(/\bsk-[A-Za-z0-9_*-]{6,}/g, "sk-[redacted]");
}

/** POSTs `body` as JSON and returns the parsed JSON answer. */
export async function postJson(url: string, body: unknown, options: PostOptions): Promise<unknown> {
  const where = redact(url, options.secrets);
  let answer: RawAnswer;
  try {
    answer = await send(url, JSON.stringify(body), options);
  } catch (error) {
    if (options.signal.aborted) throw options.signal.reason;
    if (error instanceof DeadlineError) {
      throw new ProviderError(`${where}: no complete answer within ${options.timeoutSeconds} s`, "retryable");
    }
    if (error instanceof TooLargeError) {
      // Retried like any transient failure: a server that sent garbage once may answer well next time.
      throw new ProviderError(
        `answer larger than ${exactSize(error.limit)} from ${where} (--max-answer-size raises the cap)`,
        "retryable",
      );
    }
    const message = `${where}: ${redact(describeNetworkError(error), options.secrets)}`;
    // A request Node refuses to build (a header holding a line break, say) fails the same way every
    // time: retrying it only delays the one message that helps.
    const kind = errorCode(error) === "ERR_INVALID_CHAR" ? "permanent" : "retryable";
    throw new ProviderError(message, kind, unreachable(error) ? { unreachable: true } : {});
  }
  const { status, text } = answer;
  if (status < 200 || status > 299) throw statusError(where, answer, options.secrets);
  return parseAnswer(text, where, options.secrets);
}

/**
 * The JSON value of an answer's body; a body that is not JSON is a retryable ProviderError showing
 * its start. (JSON has no NaN or Infinity: a number too large to hold parses as ±Infinity, which the
 * providers' shape checks refuse.)
 */
export function parseAnswer(text: string, where: string, secrets: readonly string[] = []): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ProviderError(
      `${where}: the answer is not valid JSON (${text.length} bytes, starting ${JSON.stringify(redact(text.slice(0, 60), secrets))})`,
      "retryable",
    );
  }
}

/**
 * Parses Retry-After (delta-seconds or an HTTP date) and OpenAI's `retry-after-ms`; undefined when
 * absent or unreadable.
 */
export function parseRetryAfter(
  headers: { get(name: string): string | null },
  now: number = Date.now(),
): number | undefined {
  const ms = headers.get("retry-after-ms");
  if (ms !== null && /^\d+(\.\d+)?$/.test(ms.trim())) return Number(ms) / 1000;
  const value = headers.get("retry-after");
  if (value === null) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  // Only an HTTP date (IMF-fixdate, "Wed, 21 Oct 2026 07:28:00 GMT"): V8's Date.parse accepts much else.
  if (!/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(value.trim())) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}

interface RawAnswer {
  status: number;
  headers: { get(name: string): string | null };
  text: string;
}

class DeadlineError extends Error {}

class TooLargeError extends Error {
  constructor(readonly limit: number) {
    super("answer too large");
  }
}

/** 33554432 → "32 MiB": a cap as the user gave it (a size that is no whole unit stays in bytes). */
function exactSize(bytes: number): string {
  for (const [unit, size] of [
    ["GiB", 1024 ** 3],
    ["MiB", 1024 ** 2],
    ["KiB", 1024],
  ] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return `${bytes} bytes`;
}

// node:http with keep-alive agents shared by every request, rather than fetch (undici): with 32
// requests in flight against a 50 ms server on 2 cores, a bare loop of each reached 92–93 % vs
// 86–91 % of the ideal rate, and node:http used a quarter to a third of the CPU per request
// (0.16–0.35 vs 0.63–1.15 ms), which matters when the same machine is evaluating samples.
const agents = {
  "http:": new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY }),
  "https:": new https.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY }),
};

/** One HTTP(S) POST with a deadline for the whole exchange; rejects on a cut-short answer. */
function send(url: string, payload: string, options: PostOptions): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    if (options.signal.aborted) return reject(options.signal.reason);
    const target = new URL(url);
    const client = target.protocol === "https:" ? https : http;
    const agent = target.protocol === "https:" ? agents["https:"] : agents["http:"];
    let settled = false;
    const finish = (error: unknown, answer?: RawAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal.removeEventListener("abort", onAbort);
      if (answer) resolve(answer);
      else reject(error);
    };
    const request = client.request(
      target,
      {
        method: "POST",
        agent,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
          ...options.headers,
        },
      },
      (response) => {
        const limit = options.maxAnswerBytes ?? DEFAULT_MAX_ANSWER_BYTES;
        let chunks: Buffer[] = [];
        let size = 0;
        const tooLarge = () => {
          // Stop reading at once: the socket goes, and what was read is let go.
          chunks = [];
          request.destroy();
          finish(new TooLargeError(limit));
        };
        // A declared length over the cap is refused before a byte of the body is read.
        if (Number(response.headers["content-length"]) > limit) return tooLarge();
        response.on("data", (chunk: Buffer) => {
          if (settled) return;
          size += chunk.length;
          if (size > limit) return tooLarge();
          chunks.push(chunk);
        });
        response.on("error", (error) => finish(error));
        response.on("end", () => {
          // A body shorter than its Content-Length is an error, not an answer.
          if (!response.complete) return finish(new Error("the answer was cut short"));
          finish(undefined, {
            status: response.statusCode ?? 0,
            headers: {
              get: (name) => {
                const value = response.headers[name.toLowerCase()];
                return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
              },
            },
            text: Buffer.concat(chunks).toString("utf8"),
          });
        });
        response.on("close", () => {
          if (!response.complete) finish(new Error("the answer was cut short"));
        });
      },
    );
    const timer = setTimeout(() => {
      request.destroy();
      finish(new DeadlineError());
    }, options.timeoutSeconds * 1000);
    const onAbort = () => {
      request.destroy();
      finish(options.signal.reason);
    };
    options.signal.addEventListener("abort", onAbort, { once: true });
    request.on("error", (error) => finish(error));
    request.end(payload);
  });
}

/**
 * The ProviderError of an error status, classified by what the server says first: its
 * `x-should-retry` header (as the OpenAI and Anthropic SDKs honour it), then an error code of an
 * exhausted account, then the status. The message is the server's, on one line.
 */
function statusError(where: string, answer: RawAnswer, secrets: readonly string[]): ProviderError {
  const { status } = answer;
  const said = serverError(answer.text);
  const message = redact(said.message, secrets);
  const details: ProviderError["details"] = { status };
  const retryAfter = parseRetryAfter(answer.headers);
  if (retryAfter !== undefined) details.retryAfterSeconds = retryAfter;
  const exhausted = said.codes.find((code) => EXHAUSTED.has(code));
  const code = exhausted ?? said.codes[0];
  if (code !== undefined) details.code = code;
  const hint = answer.headers.get("x-should-retry")?.trim().toLowerCase();
  let kind: "retryable" | "permanent" = RETRYABLE.has(status) ? "retryable" : "permanent";
  let why = "";
  if (hint === "true") kind = "retryable";
  else if (hint === "false") {
    kind = "permanent";
    why = ` (${code ? `${code}; ` : ""}the server says not to retry)`;
  } else if (exhausted !== undefined) {
    kind = "permanent";
    why = ` (${exhausted}: the account's quota or billing, which no retry can help)`;
  }
  return new ProviderError(`${where}: HTTP ${status}${message ? `: ${message}` : ""}${why}`, kind, details);
}

/**
 * What an error body says: its message (OpenAI- or Anthropic-style, else the start of the body) and
 * its codes (OpenAI's `error.code` and `error.type`, Anthropic's `error.type` and
 * `error.details.error_code`), most specific first.
 */
function serverError(text: string): { message: string; codes: string[] } {
  const codes: string[] = [];
  let message = text.trim().slice(0, 300);
  try {
    const parsed = JSON.parse(text) as { error?: unknown; message?: unknown };
    const error = parsed.error;
    if (typeof error === "string") message = error;
    else if (error && typeof error === "object") {
      const fields = error as { message?: unknown; code?: unknown; type?: unknown; details?: unknown };
      const details = fields.details as { error_code?: unknown } | null | undefined;
      for (const value of [details?.error_code, fields.code, fields.type])
        if (typeof value === "string" && value !== "" && !codes.includes(value)) codes.push(value);
      if (typeof fields.message === "string") message = fields.message;
    } else if (typeof parsed.message === "string") message = parsed.message;
  } catch {
    // Not JSON: the start of the text is the message.
  }
  // One line, whatever the server wrote: the message ends up in a one-line error.
  return { message: message.replace(/\s+/g, " ").trim().slice(0, 500), codes };
}

// Codes of a request that never reached a server: no one is listening, or the name leads nowhere.
// (A reset or a timeout means something was there, and is retried as a transient failure.)
const UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

function unreachable(error: unknown): boolean {
  return UNREACHABLE.has(errorCode(error) ?? "");
}

/** The error's code; for the AggregateError of a host with several addresses, the first attempt's. */
function errorCode(error: unknown): string | undefined {
  const cause = error as { code?: string; errors?: { code?: string }[] };
  return cause?.code ?? cause?.errors?.[0]?.code;
}

function describeNetworkError(error: unknown): string {
  const code = errorCode(error);
  const message = (error as { message?: string })?.message;
  if (code === "ECONNREFUSED")
    return "connection refused (is the server running, and is the base URL right?)";
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET") return "connection dropped by the server";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "host not found (check the base URL)";
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH") return "no route to the host (check the base URL)";
  if (message === "the answer was cut short") return "the answer was cut short (connection closed mid-body)";
  return `request failed (${message ?? String(error)})`;
}
