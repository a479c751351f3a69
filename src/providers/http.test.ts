// Tests of passk's one HTTP call against the fake model server: what each failure becomes (retryable
// or permanent, with the status and Retry-After), deadlines, aborts, keys kept out of messages, and
// reading Retry-After in each of its forms.
import { describe, expect, it } from "vitest";
import type { FakeLlm, Fault } from "../../test/helpers/fake-llm-server.js";
import { useFakeLlm } from "../../test/helpers/use-fake-llm.js";
import { type PostOptions, parseRetryAfter, postJson, redact } from "./http.js";
import { ProviderError } from "./types.js";

const start = useFakeLlm();

const BODY = { model: "m", prompt: "def f():\n", max_tokens: 8 };

function options(extra: Partial<PostOptions> = {}): PostOptions {
  return { headers: {}, timeoutSeconds: 10, signal: new AbortController().signal, secrets: [], ...extra };
}

/** The ProviderError that a POST to the fake's /v1/completions fails with, after injecting `fault`. */
async function failure(server: FakeLlm, fault: Fault | undefined, extra: Partial<PostOptions> = {}) {
  if (fault) server.faults.push(fault);
  const error = await postJson(`${server.url}/v1/completions`, BODY, options(extra)).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

describe("postJson", () => {
  it("POSTs JSON with the given headers and returns the parsed answer", async () => {
    const server = await start();
    const answer = (await postJson(
      `${server.url}/v1/completions`,
      BODY,
      options({ headers: { "x-test": "1" } }),
    )) as {
      choices: unknown[];
    };
    expect(answer.choices).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(request?.headers["x-test"]).toBe("1");
    expect(request?.body).toEqual(BODY);
  });

  it("makes 429 retryable, with its Retry-After in seconds", async () => {
    const server = await start();
    const error = await failure(server, { kind: "status", status: 429, retryAfter: "3" });
    expect(error.kind).toBe("retryable");
    expect(error.details).toEqual({ status: 429, retryAfterSeconds: 3, code: "rate_limit_exceeded" });
    expect(error.message).toContain("HTTP 429: Rate limit reached for requests.");
    expect(error.message).toContain(`${server.url}/v1/completions`);
    const ms = await failure(server, { kind: "status", status: 429, retryAfterMs: 1500 });
    expect(ms.details.retryAfterSeconds).toBe(1.5);
  });

  it("makes server errors and overload retryable, without a Retry-After when none is sent", async () => {
    const server = await start();
    for (const status of [408, 500, 502, 503, 504, 529]) {
      const error = await failure(server, { kind: "status", status });
      expect(error.kind, `HTTP ${status}`).toBe("retryable");
      expect(error.details.status).toBe(status);
      expect(error.details.retryAfterSeconds).toBeUndefined();
    }
  });

  it("makes client errors permanent", async () => {
    const server = await start();
    for (const status of [400, 401, 403, 404, 422]) {
      const error = await failure(server, { kind: "status", status });
      expect(error.kind, `HTTP ${status}`).toBe("permanent");
      expect(error.details.status).toBe(status);
      expect(error.message).toContain(`HTTP ${status}`);
    }
  });

  it("quotes the server's own error message, or the start of a body that is not JSON", async () => {
    const server = await start();
    const quoted = await failure(server, {
      kind: "status",
      status: 400,
      body: JSON.stringify({ error: { message: "max_tokens is too large" } }),
    });
    expect(quoted.message).toMatch(/HTTP 400: max_tokens is too large$/);
    const anthropicStyle = await failure(server, {
      kind: "status",
      status: 400,
      body: JSON.stringify({
        type: "error",
        error: { type: "invalid_request_error", message: "bad system" },
      }),
    });
    expect(anthropicStyle.message).toMatch(/HTTP 400: bad system$/);
    const html = await failure(server, { kind: "status", status: 502, body: "  <html>Bad gateway</html>\n" });
    expect(html.message).toMatch(/HTTP 502: <html>Bad gateway<\/html>$/);
  });

  it("makes an exhausted quota permanent, however it comes (OpenAI and Anthropic shapes), on one line", async () => {
    const server = await start();
    const openaiQuota = await failure(server, {
      kind: "status",
      status: 429,
      body: JSON.stringify({
        error: {
          message: "You exceeded your current quota,\n please check your plan and billing details.",
          type: "insufficient_quota",
          param: null,
          code: "insufficient_quota",
        },
      }),
    });
    expect(openaiQuota.kind).toBe("permanent");
    expect(openaiQuota.details).toEqual({ status: 429, code: "insufficient_quota" });
    expect(openaiQuota.message).toBe(
      `${server.url}/v1/completions: HTTP 429: You exceeded your current quota, please check your plan and billing details. (insufficient_quota: the account's quota or billing, which no retry can help)`,
    );
    // Older answers name it only in `type`; billing that is off is the same kind of failure.
    for (const [type, code] of [
      ["insufficient_quota", null],
      ["billing_not_active", "billing_not_active"],
    ]) {
      const error = await failure(server, {
        kind: "status",
        status: 429,
        body: JSON.stringify({ error: { message: "no", type, param: null, code } }),
      });
      expect(error.kind, String(type)).toBe("permanent");
      expect(error.details.code).toBe(type);
    }
    const anthropicSpend = await failure(server, {
      kind: "status",
      status: 429,
      retryAfter: "60",
      body: JSON.stringify({
        type: "error",
        error: {
          type: "rate_limit_error",
          message: "You have reached your specified API usage limits.",
          details: { error_code: "enforced_spend_limit_reached" },
        },
      }),
    });
    expect(anthropicSpend.kind).toBe("permanent");
    expect(anthropicSpend.details.code).toBe("enforced_spend_limit_reached");
    // A plain rate limit of the same shape stays retryable.
    const anthropicRate = await failure(server, {
      kind: "status",
      status: 429,
      body: JSON.stringify({ type: "error", error: { type: "rate_limit_error", message: "slow down" } }),
    });
    expect(anthropicRate.kind).toBe("retryable");
    expect(anthropicRate.details.code).toBe("rate_limit_error");
  });

  it("honours x-should-retry: false stops a 5xx or 429, true retries a 4xx", async () => {
    const server = await start();
    for (const status of [429, 500, 503]) {
      const error = await failure(server, { kind: "status", status, headers: { "x-should-retry": "false" } });
      expect(error.kind, `HTTP ${status}`).toBe("permanent");
      expect(error.message).toMatch(/the server says not to retry\)$/);
    }
    for (const status of [400, 403, 409]) {
      const error = await failure(server, { kind: "status", status, headers: { "x-should-retry": "true" } });
      expect(error.kind, `HTTP ${status}`).toBe("retryable");
    }
    // Without the header, the status decides.
    expect((await failure(server, { kind: "status", status: 400 })).kind).toBe("permanent");
  });

  it("keeps the key out of the message when the server echoes it back", async () => {
    const key = "sk-test-0123456789abcdefSECRET";
    const server = await start({ apiKey: "the-right-key" });
    const error = await failure(server, undefined, {
      headers: { authorization: `Bearer ${key}` },
      secrets: [key],
    });
    expect(error.kind).toBe("permanent");
    expect(error.details.status).toBe(401);
    expect(error.message).not.toContain(key);
    expect(error.message).not.toContain("SECRET");
    expect(error.message).toContain("Incorrect API key provided: [redacted]");
  });

  it("keeps a key that is in the URL out of the message", async () => {
    const server = await start();
    server.faults.push({ kind: "status", status: 500 });
    const secret = "my-url-secret-99";
    const error = await postJson(
      `${server.url}/v1/completions?key=${secret}`,
      BODY,
      options({ secrets: [secret] }),
    ).then(
      () => undefined,
      (e: unknown) => e as ProviderError,
    );
    expect(error?.message).toContain("?key=[redacted]");
    expect(error?.message).not.toContain(secret);
  });

  it("makes a dropped connection retryable", async () => {
    const server = await start();
    const error = await failure(server, { kind: "drop" });
    expect(error.kind).toBe("retryable");
    expect(error.message).toBe(`${server.url}/v1/completions: connection dropped by the server`);
  });

  it("makes a refused connection retryable, and says what to check", async () => {
    const server = await start();
    const url = server.url;
    await server.close(); // closing twice (here and after the test) is harmless
    const error = await postJson(`${url}/v1/completions`, BODY, options()).then(
      () => undefined,
      (e: unknown) => e as ProviderError,
    );
    expect(error).toBeInstanceOf(ProviderError);
    expect(error?.kind).toBe("retryable");
    expect(error?.message).toContain(
      "connection refused (is the server running, and is the base URL right?)",
    );
  });

  it("gives up on an answer that does not come within the deadline (retryable)", async () => {
    const server = await start();
    const started = performance.now();
    const error = await failure(server, { kind: "hang", ms: 5000 }, { timeoutSeconds: 0.2 });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(error.kind).toBe("retryable");
    expect(error.message).toContain("no complete answer within 0.2 s");
  });

  it("makes a 200 whose body is not JSON retryable, showing its start", async () => {
    const server = await start();
    const error = await failure(server, { kind: "malformed" });
    expect(error.kind).toBe("retryable");
    expect(error.message).toMatch(/the answer is not valid JSON \(\d+ bytes, starting "<html><body>upstream/);
  });

  it("makes a body cut short retryable", async () => {
    const server = await start();
    const error = await failure(server, { kind: "truncated" });
    expect(error.kind).toBe("retryable");
    // Seen as a reset mid-body or as a body shorter than its Content-Length, whichever the socket reports first.
    expect(error.message).toMatch(/connection dropped by the server|cut short/);
  });

  it("rejects with the caller's abort reason (not a ProviderError) when the caller stops", async () => {
    const server = await start();
    server.faults.push({ kind: "hang", ms: 5000 });
    const controller = new AbortController();
    const reason = new Error("user stopped");
    setTimeout(() => controller.abort(reason), 50);
    const started = performance.now();
    await expect(
      postJson(`${server.url}/v1/completions`, BODY, options({ signal: controller.signal })),
    ).rejects.toBe(reason);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("rejects at once, without sending, when the caller's signal is already aborted", async () => {
    const server = await start();
    server.faults.push({ kind: "hang", ms: 800 });
    const controller = new AbortController();
    const reason = new Error("already stopped");
    controller.abort(reason);
    const started = performance.now();
    const outcome = await postJson(
      `${server.url}/v1/completions`,
      BODY,
      options({ signal: controller.signal }),
    ).then(
      () => "resolved",
      (e: unknown) => e,
    );
    expect(outcome).toBe(reason);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe("redact", () => {
  it("masks every occurrence of each secret", () => {
    expect(redact("key abcd1234 and again abcd1234", ["abcd1234"])).toBe(
      "key [redacted] and again [redacted]",
    );
  });

  it("leaves secrets shorter than 4 characters alone (they would mask ordinary words)", () => {
    expect(redact("a b c", ["a"])).toBe("a b c");
  });

  it("masks anything that looks like an OpenAI key, even when not given", () => {
    expect(redact("Incorrect API key provided: sk-proj-AbC_123-xyz.", [])).toBe(
      "Incorrect API key provided: sk-[redacted].",
    );
    expect(redact("sk-abc", [])).toBe("sk-abc"); // too short to be a key
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2025-01-01T00:00:00Z");
  const parse = (entries: Record<string, string>) => parseRetryAfter(new Headers(entries), now);

  it("reads delta-seconds, whole and fractional", () => {
    expect(parse({ "retry-after": "7" })).toBe(7);
    expect(parse({ "retry-after": "0" })).toBe(0);
    expect(parse({ "retry-after": "1.5" })).toBe(1.5);
    expect(parse({ "retry-after": " 3 " })).toBe(3);
  });

  it("reads an HTTP date relative to now, and a past date as 0", () => {
    expect(parse({ "retry-after": "Wed, 01 Jan 2025 00:00:30 GMT" })).toBe(30);
    expect(parse({ "retry-after": "Tue, 31 Dec 2024 23:59:00 GMT" })).toBe(0);
  });

  it("prefers OpenAI's retry-after-ms, in milliseconds", () => {
    expect(parse({ "retry-after-ms": "250" })).toBe(0.25);
    expect(parse({ "retry-after-ms": "1500", "retry-after": "9" })).toBe(1.5);
  });

  it("falls back to retry-after when retry-after-ms is unreadable", () => {
    expect(parse({ "retry-after-ms": "soon", "retry-after": "4" })).toBe(4);
  });

  it("is undefined when absent or unreadable", () => {
    expect(parse({})).toBeUndefined();
    expect(parse({ "retry-after": "" })).toBeUndefined();
    expect(parse({ "retry-after": "soon" })).toBeUndefined();
    expect(parse({ "retry-after": "5s" })).toBeUndefined();
    expect(parse({ "retry-after": "1e3" })).toBeUndefined();
    expect(parse({ "retry-after-ms": "fast" })).toBeUndefined();
  });

  it("is undefined for values that only V8's lenient date parser accepts", () => {
    expect(parse({ "retry-after": "-1" })).toBeUndefined();
    expect(parse({ "retry-after": "1,5" })).toBeUndefined();
    expect(parse({ "retry-after": "retry 2030" })).toBeUndefined();
  });
});
