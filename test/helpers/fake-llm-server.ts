// A fake language-model server for tests and benchmarks: a real HTTP server on 127.0.0.1 speaking
// OpenAI's /v1/completions and /v1/chat/completions and Anthropic's /v1/messages (non-streaming),
// with scripted replies, a deterministic fake tokenizer and log-probs, and faults injected one
// request at a time. The JSON shapes, status codes and error bodies follow the real APIs so that a
// provider written against the real protocols runs against this unchanged.
//
// Generation model: for each choice, `reply` gives the text the "model" would produce with no limit;
// the server then applies the request's stop sequences and token limit as the real APIs do.
// Every request waits `latencyMs` on a timer (no blocking work), so many can be in flight at once.
//
// Behaviour worth knowing when writing a test:
// - /v1/completions defaults max_tokens to 16, as the real API does; chat has no default limit.
// - Log-probs: completion token i gets `fakeLogprob(token, i)` (index within the completion);
//   echoed prompt token j gets `fakeLogprob(token, j)`, and the first one null. `reply` may script
//   exact values, and the `logprob` option may replace the hash.
// - Faults apply to the three generation endpoints only. A request takes its fault on arrival and
//   the fault acts after the latency; `shortN` halves the choices (rounding down), `hang` delays the
//   normal reply. The checks of a normal reply run in the order key, protocol headers, body.
// - With `apiKey`, a 401 echoes the whole key received (the real OpenAI API shows part of it), so a
//   test can check that passk keeps keys out of its errors.
// - Streaming is not supported (`stream: true` gets a 400); neither is an array `prompt`.

import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { messages } from "./fake-llm/anthropic.js";
import { sendDripping, sendOversized } from "./fake-llm/hostile.js";
import { chat, completions } from "./fake-llm/openai.js";
import { anthropicError, BadRequest, json, openaiError, promptOf, type Reply } from "./fake-llm/shared.js";

export { DEFAULT_REPLY, fakeLogprob, tokenize } from "./fake-llm/generate.js";

/** Which protocol endpoint a request reached. */
export type Endpoint = "completions" | "chat" | "messages" | "models" | "unknown";
/** The endpoints that generate text (where faults apply). */
export type GenerationEndpoint = "completions" | "chat" | "messages";

/** One request as the server received it. */
export interface RecordedRequest {
  endpoint: Endpoint;
  method: string;
  path: string;
  /** Lower-cased header names, as node:http gives them. */
  headers: IncomingHttpHeaders;
  /** The parsed JSON body; undefined when empty or not JSON. */
  body: unknown;
  /** Completions: the prompt. Chat and Messages: the text of the last user message. */
  prompt: string;
  /** The fault this request took from the queue, if any. */
  fault: Fault | undefined;
  /** `oversized` and `drip` faults: the body bytes written before the body ended or the client left. */
  sent?: number;
}

/** A reply that scripts log-probs too: `logprobs[i]` is the log-prob of `tokenize(text)[i]` (missing ones are hashed). */
export interface ScriptedReply {
  text: string;
  logprobs?: readonly number[];
}

/** An injected failure. `path` limits it to one endpoint; otherwise the next generation request takes it. */
export type Fault = (
  | {
      kind: "status";
      status: number;
      retryAfter?: string;
      retryAfterMs?: number;
      body?: string;
      /** More response headers (`x-should-retry`, …). */
      headers?: Record<string, string>;
    }
  | { kind: "drop" } // the socket is destroyed without a response
  | { kind: "hang"; ms: number } // the normal reply, but only after `ms`
  | { kind: "malformed" } // 200 with a body that is not JSON
  | { kind: "truncated" } // 200; Content-Length promises the whole body, half is sent, the socket ends
  | { kind: "shortN" } // 200 with fewer choices than `n` asked (Anthropic: an empty `content`)
  | { kind: "oversized"; bytes: number; chunked?: boolean } // 200, a body of `bytes` (Infinity: endless), Content-Length unless chunked
  | { kind: "drip"; intervalMs: number } // the normal reply, one byte every `intervalMs` after the headers
) & { path?: GenerationEndpoint };

export interface FakeLlmOptions {
  /** Delay before every reply, on a timer. Default 0. */
  latencyMs?: number;
  /** The untruncated text of choice `choice`. Default: a fixed small Python function body. */
  reply?: (
    request: RecordedRequest,
    choice: number,
  ) => string | ScriptedReply | Promise<string | ScriptedReply>;
  /** Log-prob of a token that `reply` did not script (echoed prompt tokens included). Default: `fakeLogprob`. */
  logprob?: (token: string, index: number, request: RecordedRequest) => number;
  /** When set, requests must carry this key (`Authorization: Bearer`, or `x-api-key` for Anthropic); the 401 echoes the key received. */
  apiKey?: string;
  /** At most this many choices whatever `n` asks (as Ollama and llama.cpp's server, which ignore `n`). */
  maxN?: number;
  /** More stop sequences than this get a 400 (OpenAI allows 4). Default: no limit. */
  maxStop?: number;
  /** When set, other models get 404 (OpenAI `model_not_found`, Anthropic `not_found_error`). */
  models?: string[];
  /** Honour requests for log-probs (default true); false answers `logprobs: null` as servers without them do. */
  logprobs?: boolean;
}

/** A running fake server. */
export interface FakeLlm {
  /** `http://127.0.0.1:PORT`; clients use `${url}/v1` as their base URL. */
  url: string;
  /** Every request received, in order of arrival. */
  requests: RecordedRequest[];
  stats: { requests: number; inFlight: number; maxInFlight: number };
  /** Faults waiting for requests: push to inject, each is used once. */
  faults: Fault[];
  close(): Promise<void>;
}

/** Starts a fake server on 127.0.0.1 on a free port. */
export async function startFakeLlm(options: FakeLlmOptions = {}): Promise<FakeLlm> {
  const timers = new Set<{ timer: NodeJS.Timeout; done: () => void }>();
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const entry = {
        timer: setTimeout(() => entry.done(), ms),
        done: () => {
          timers.delete(entry);
          resolve();
        },
      };
      timers.add(entry);
    });
  const fake: FakeLlm = {
    url: "",
    requests: [],
    stats: { requests: 0, inFlight: 0, maxInFlight: 0 },
    faults: [],
    close: async () => {
      for (const entry of timers) {
        clearTimeout(entry.timer);
        entry.done();
      }
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = createServer((req, res) => {
    fake.stats.requests++;
    fake.stats.maxInFlight = Math.max(fake.stats.maxInFlight, ++fake.stats.inFlight);
    handle(req, res, fake, options, wait)
      .catch((error: unknown) => {
        if (!res.headersSent) send(res, openaiError(500, String(error), "server_error"));
      })
      .finally(() => fake.stats.inFlight--);
  });
  // Longer than any client's idle timeout, so a pooled connection is never closed under a request.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  fake: FakeLlm,
  options: FakeLlmOptions,
  wait: (ms: number) => Promise<void>,
): Promise<void> {
  // The latency runs from arrival, as a real server's does, while the body is read.
  const latency = options.latencyMs ? wait(options.latencyMs) : undefined;
  const raw = await readBody(req);
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  const method = req.method ?? "GET";
  const endpoint = endpointOf(method, path);
  let body: unknown;
  let badJson = false;
  try {
    body = raw === "" ? undefined : JSON.parse(raw);
  } catch {
    badJson = true;
  }
  const fault =
    endpoint === "models" || endpoint === "unknown" ? undefined : takeFault(fake.faults, endpoint);
  const request: RecordedRequest = {
    endpoint,
    method,
    path,
    headers: req.headers,
    body,
    prompt: promptOf(endpoint, body),
    fault,
  };
  fake.requests.push(request);
  await latency;

  const anthropic = endpoint === "messages" || req.headers["anthropic-version"] !== undefined;
  if (fault?.kind === "drop") {
    req.socket.destroy();
    return;
  }
  if (fault?.kind === "status") return send(res, statusFault(fault, anthropic));
  if (fault?.kind === "oversized") return sendOversized(res, request, fault.bytes, fault.chunked === true);
  if (fault?.kind === "malformed") {
    return send(res, {
      status: 200,
      body: "<html><body>upstream returned an error</body></html>",
      headers: {},
    });
  }
  if (fault?.kind === "hang") await wait(fault.ms);

  let reply: Reply;
  try {
    if (badJson) throw new BadRequest("The request body is not valid JSON.");
    reply = await route(request, options, fault?.kind === "shortN", anthropic);
  } catch (caught) {
    // A `reply` script that throws becomes the protocol's 500, so a test sees it as a client would.
    const error =
      caught instanceof BadRequest ? caught : new BadRequest(String(caught), null, null, 500, "server_error");
    if (anthropic && error.status === 500) error.type = "api_error";
    reply = anthropic
      ? anthropicError(error.status, error.type, error.message)
      : openaiError(error.status, error.message, error.type, error.code, error.param);
  }
  if (fault?.kind === "truncated") return sendTruncated(res, reply);
  if (fault?.kind === "drip") return sendDripping(res, request, reply, fault.intervalMs, wait);
  send(res, reply);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () =>
      resolve(chunks.length === 1 ? String(chunks[0]) : Buffer.concat(chunks).toString("utf8")),
    );
    req.on("error", reject);
  });
}

function endpointOf(method: string, path: string): Endpoint {
  if (method === "POST" && path === "/v1/completions") return "completions";
  if (method === "POST" && path === "/v1/chat/completions") return "chat";
  if (method === "POST" && path === "/v1/messages") return "messages";
  if (method === "GET" && path === "/v1/models") return "models";
  return "unknown";
}

function takeFault(faults: Fault[], endpoint: GenerationEndpoint): Fault | undefined {
  const index = faults.findIndex((f) => f.path === undefined || f.path === endpoint);
  return index < 0 ? undefined : faults.splice(index, 1)[0];
}

async function route(request: RecordedRequest, options: FakeLlmOptions, shortN: boolean, anthropic: boolean) {
  const auth = checkKey(request, options.apiKey, anthropic);
  if (auth) return auth;
  switch (request.endpoint) {
    case "completions":
      return completions(request, options, shortN);
    case "chat":
      return chat(request, options, shortN);
    case "messages":
      return messages(request, options, shortN);
    case "models":
      return listModels(options.models ?? ["fake-model"], anthropic);
    default:
      return anthropic
        ? anthropicError(404, "not_found_error", `Not found: ${request.method} ${request.path}`)
        : openaiError(404, `Invalid URL (${request.method} ${request.path})`, "invalid_request_error");
  }
}

function checkKey(request: RecordedRequest, key: string | undefined, anthropic: boolean): Reply | undefined {
  if (key === undefined) return undefined;
  const headers = request.headers;
  const bearer = headers.authorization?.replace(/^Bearer /, "");
  const byEndpoint = { messages: headers["x-api-key"], completions: bearer, chat: bearer };
  const sent =
    request.endpoint in byEndpoint
      ? byEndpoint[request.endpoint as GenerationEndpoint]
      : (headers["x-api-key"] ?? bearer);
  if (sent === key) return undefined;
  if (anthropic) {
    const message =
      sent === undefined ? "x-api-key header is required" : `invalid x-api-key: ${String(sent)}`;
    return anthropicError(401, "authentication_error", message);
  }
  // The real API masks the middle of the key; echoing it whole lets tests check that passk redacts it.
  return sent === undefined
    ? openaiError(
        401,
        "No API key provided: send it as 'Authorization: Bearer <key>'.",
        "invalid_request_error",
      )
    : openaiError(401, `Incorrect API key provided: ${sent}.`, "invalid_request_error", "invalid_api_key");
}

function listModels(models: string[], anthropic: boolean): Reply {
  if (!anthropic) {
    return json({
      object: "list",
      data: models.map((id) => ({ id, object: "model", created: 0, owned_by: "fake" })),
    });
  }
  const data = models.map((id) => ({
    type: "model",
    id,
    display_name: id,
    created_at: "2024-01-01T00:00:00Z",
  }));
  return json({ data, has_more: false, first_id: models[0] ?? null, last_id: models.at(-1) ?? null });
}

// ---------------------------------------------------------------------------------------------
// Faults and writing replies.

const ANTHROPIC_TYPES: Record<number, string> = {
  400: "invalid_request_error",
  401: "authentication_error",
  403: "permission_error",
  404: "not_found_error",
  413: "request_too_large",
  429: "rate_limit_error",
  529: "overloaded_error",
};

const OPENAI_ERRORS: Record<number, [message: string, type: string, code: string | null]> = {
  400: ["Bad request.", "invalid_request_error", null],
  401: ["Incorrect API key provided.", "invalid_request_error", "invalid_api_key"],
  403: ["You are not allowed to use this resource.", "invalid_request_error", null],
  404: ["Not found.", "invalid_request_error", null],
  429: ["Rate limit reached for requests.", "requests", "rate_limit_exceeded"],
  503: ["The server is overloaded; try again later.", "server_error", null],
};

/** The reply of a `status` fault: the given body, or the protocol's usual error for that status. */
function statusFault(fault: Extract<Fault, { kind: "status" }>, anthropic: boolean): Reply {
  let reply: Reply;
  if (fault.body !== undefined) reply = { status: fault.status, body: fault.body, headers: {} };
  else if (anthropic) {
    const type =
      ANTHROPIC_TYPES[fault.status] ?? (fault.status >= 500 ? "api_error" : "invalid_request_error");
    reply = anthropicError(fault.status, type, `Injected fault: HTTP ${fault.status}.`);
  } else {
    const [message, type, code] = OPENAI_ERRORS[fault.status] ?? [
      "The server had an error.",
      "server_error",
      null,
    ];
    reply = openaiError(fault.status, message, type, code);
  }
  if (fault.retryAfter !== undefined) reply.headers["retry-after"] = fault.retryAfter;
  if (fault.retryAfterMs !== undefined) reply.headers["retry-after-ms"] = String(fault.retryAfterMs);
  Object.assign(reply.headers, fault.headers);
  return reply;
}

function send(res: ServerResponse, reply: Reply): void {
  if (gone(res)) return; // the client gave up (timeout, abort) while we waited
  res.writeHead(reply.status, {
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(reply.body)),
    ...reply.headers,
  });
  res.end(reply.body);
}

const gone = (res: ServerResponse) => res.destroyed || res.socket === null || res.socket.destroyed;

function sendTruncated(res: ServerResponse, reply: Reply): void {
  if (gone(res)) return;
  res.writeHead(reply.status, {
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(reply.body)),
    ...reply.headers,
  });
  res.write(reply.body.slice(0, Math.floor(reply.body.length / 2)), () => res.socket?.destroy());
}
