// The fake server's answers that attack the client rather than fail politely: a body far larger than
// any answer (declared by Content-Length, or chunked and endless), and a reply dripped one byte at a
// time. Each writes as fast as the client reads and stops when the client goes away, counting the
// bytes it managed to send so that a test can tell how early the client stopped reading.
import type { ServerResponse } from "node:http";
import type { RecordedRequest } from "../fake-llm-server.js";
import type { Reply } from "./shared.js";

const CHUNK = Buffer.alloc(64 * 1024, "x");
const gone = (res: ServerResponse) => res.destroyed || res.socket === null || res.socket.destroyed;

/**
 * A 200 whose body is `bytes` long (Infinity: endless): the start of a completions answer, then one
 * long string. With `chunked` no Content-Length is sent. Resolves when the body ends or the client
 * hangs up; `request.sent` counts the body bytes written.
 */
export async function sendOversized(
  res: ServerResponse,
  request: RecordedRequest,
  bytes: number,
  chunked: boolean,
): Promise<void> {
  if (gone(res)) return;
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (!chunked) headers["content-length"] = String(bytes);
  res.writeHead(200, headers);
  const closed = new Promise<void>((resolve) => res.once("close", resolve));
  const start = Buffer.from('{"choices":[{"index":0,"text":"');
  request.sent = 0;
  for (let first = true; request.sent < bytes && !gone(res); first = false) {
    const chunk = first ? Buffer.concat([start, CHUNK]) : CHUNK;
    const piece = chunk.subarray(0, Math.min(chunk.length, bytes - request.sent));
    request.sent += piece.length;
    if (!res.write(piece)) {
      await Promise.race([new Promise((resolve) => res.once("drain", resolve)), closed]);
    }
  }
  if (!gone(res)) res.end();
}

/**
 * The normal reply with its true Content-Length, one byte every `intervalMs` after the headers: an
 * answer that is never late enough for a socket timeout, only for a deadline on the whole exchange.
 */
export async function sendDripping(
  res: ServerResponse,
  request: RecordedRequest,
  reply: Reply,
  intervalMs: number,
  wait: (ms: number) => Promise<void>,
): Promise<void> {
  if (gone(res)) return;
  const body = Buffer.from(reply.body);
  res.writeHead(reply.status, {
    "content-type": "application/json",
    "content-length": String(body.length),
    ...reply.headers,
  });
  request.sent = 0;
  while (request.sent < body.length && !gone(res)) {
    res.write(body.subarray(request.sent, request.sent + 1));
    request.sent++;
    await wait(intervalMs);
  }
  if (!gone(res)) res.end();
}
