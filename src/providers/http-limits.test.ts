// Tests of the limits of passk's one HTTP call against a real server on 127.0.0.1 that attacks it:
// answers larger than the cap (declared by Content-Length, chunked and endless, as an error status,
// or a body sent until the connection closes), the cap's exact boundary, and an answer dripped one
// byte per second, which only the deadline on the whole exchange stops.
import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { FakeLlm, Fault } from "../../test/helpers/fake-llm-server.js";
import { useFakeLlm } from "../../test/helpers/use-fake-llm.js";
import { DEFAULT_MAX_ANSWER_BYTES, type PostOptions, postJson } from "./http.js";
import { ProviderError } from "./types.js";

const start = useFakeLlm();
const MiB = 1024 ** 2;
const BODY = { model: "m", prompt: "def f():\n", max_tokens: 8 };

function options(extra: Partial<PostOptions> = {}): PostOptions {
  return { headers: {}, timeoutSeconds: 20, signal: new AbortController().signal, secrets: [], ...extra };
}

/** What a POST to `url` settles with: the answer, or the error it rejects with. */
const outcome = (url: string, extra: Partial<PostOptions> = {}) =>
  postJson(url, BODY, options(extra)).then(
    (answer) => ({ answer, error: undefined }),
    (error: unknown) => ({ answer: undefined, error }),
  );

/** The ProviderError of a POST to the fake's /v1/completions after injecting `fault`, and the request. */
async function failure(server: FakeLlm, fault: Fault, extra: Partial<PostOptions> = {}) {
  server.faults.push(fault);
  const { error } = await outcome(`${server.url}/v1/completions`, extra);
  expect(error).toBeInstanceOf(ProviderError);
  // The server resolves its side when the client hangs up: wait for its count of bytes sent.
  const request = server.requests.at(-1);
  return { error: error as ProviderError, request };
}

describe("the cap on an answer's size", () => {
  it("is 32 MiB by default, and says so with the URL", async () => {
    expect(DEFAULT_MAX_ANSWER_BYTES).toBe(32 * MiB);
    const server = await start();
    const started = performance.now();
    const { error, request } = await failure(server, { kind: "oversized", bytes: 600_000_000 });
    expect(error.kind).toBe("retryable");
    expect(error.message).toBe(
      `answer larger than 32 MiB from ${server.url}/v1/completions (--max-answer-size raises the cap)`,
    );
    // Refused on its Content-Length: the server got little of its 600 MB out before the socket closed.
    expect(performance.now() - started).toBeLessThan(5000);
    await waitForClose(server);
    expect(request?.sent ?? 0).toBeLessThan(64 * MiB);
  });

  it("stops a chunked, endless body as soon as it passes the cap", async () => {
    const server = await start();
    const { error, request } = await failure(
      server,
      { kind: "oversized", bytes: Number.POSITIVE_INFINITY, chunked: true },
      { maxAnswerBytes: 2 * MiB },
    );
    expect(error.kind).toBe("retryable");
    expect(error.message).toMatch(
      /^answer larger than 2 MiB from http:\/\/127\.0\.0\.1:\d+\/v1\/completions/,
    );
    await waitForClose(server);
    // At least the cap was read (the client did not give up early), and not much more was sent.
    expect(request?.sent ?? 0).toBeGreaterThan(2 * MiB);
    expect(request?.sent ?? 0).toBeLessThan(2 * MiB + 32 * MiB);
  });

  it("holds for an error status too, and for a body sent until the connection closes", async () => {
    const server = await start();
    server.faults.push({ kind: "oversized", bytes: 5 * MiB, chunked: true });
    const chunked = await outcome(`${server.url}/v1/completions`, { maxAnswerBytes: MiB });
    expect((chunked.error as Error).message).toMatch(/^answer larger than 1 MiB from/);

    // HTTP/1.0 style: no Content-Length, no chunking, the body ends when the server closes.
    const raw = await rawServer((socket) => {
      socket.write(
        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n",
      );
      const pump = () => {
        while (!socket.destroyed && socket.write(Buffer.alloc(64 * 1024, "e")));
      };
      socket.on("drain", pump);
      socket.on("error", () => {});
      pump();
    });
    const untilClose = await outcome(`${raw}/v1/completions`, { maxAnswerBytes: 256 * 1024 });
    expect(untilClose.error).toBeInstanceOf(ProviderError);
    expect((untilClose.error as ProviderError).kind).toBe("retryable");
    expect((untilClose.error as Error).message).toBe(
      `answer larger than 256 KiB from ${raw}/v1/completions (--max-answer-size raises the cap)`,
    );
  });

  it("reads an answer of exactly the cap, and refuses one byte more", async () => {
    const server = await start();
    const envelope = JSON.stringify({ choices: [{ index: 0, text: "" }] }).length;
    const body = (size: number) =>
      JSON.stringify({ choices: [{ index: 0, text: "x".repeat(size - envelope) }] });
    const cap = 100_000;
    server.faults.push({ kind: "status", status: 200, body: body(cap) });
    const exact = await outcome(`${server.url}/v1/completions`, { maxAnswerBytes: cap });
    expect(exact.error).toBeUndefined();
    expect((exact.answer as { choices: { text: string }[] }).choices[0]?.text).toHaveLength(cap - envelope);

    server.faults.push({ kind: "status", status: 200, body: body(cap + 1) });
    const over = await outcome(`${server.url}/v1/completions`, { maxAnswerBytes: cap });
    expect((over.error as Error).message).toMatch(/^answer larger than 100000 bytes from/);
  });
});

describe("an answer dripped one byte per second", () => {
  it("is stopped by the request timeout, though bytes keep arriving", async () => {
    const server = await start();
    const started = performance.now();
    const { error, request } = await failure(
      server,
      { kind: "drip", intervalMs: 1000 },
      { timeoutSeconds: 2.5 },
    );
    const seconds = (performance.now() - started) / 1000;
    expect(error.kind).toBe("retryable");
    expect(error.message).toBe(`${server.url}/v1/completions: no complete answer within 2.5 s`);
    expect(seconds).toBeGreaterThanOrEqual(2.4);
    expect(seconds).toBeLessThan(8);
    // Bytes did arrive (so no idle-socket timeout could have fired), and far from all of them.
    await waitForClose(server);
    expect(request?.sent ?? 0).toBeGreaterThanOrEqual(2);
    expect(request?.sent ?? 0).toBeLessThan(20);
  });
});

let raws: Server[] = [];
afterEach(async () => {
  await Promise.all(raws.map((server) => new Promise((resolve) => server.close(resolve))));
  raws = [];
});

/** A bare TCP server on 127.0.0.1 that answers every connection with `respond`; its base URL. */
async function rawServer(respond: (socket: import("node:net").Socket) => void): Promise<string> {
  const server = createServer((socket) => {
    socket.once("data", () => respond(socket));
    socket.on("error", () => {});
  });
  raws.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

/** Waits until the fake server has no request in flight (its writer noticed the client hang up). */
async function waitForClose(server: FakeLlm): Promise<void> {
  const deadline = Date.now() + 5000;
  while (server.stats.inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  expect(server.stats.inFlight).toBe(0);
}
