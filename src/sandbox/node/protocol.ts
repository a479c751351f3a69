// What passk and a Node host (host.ts, inside the sandbox) say to each other, and how every line
// the host writes is signed. Requests go to the host's stdin, one JSON line each; answers come back
// on fd 3, one line each: `<json>\t<hmac>`. The key is the first line passk writes, read by the host
// before any sample exists: a sample shares the host's process (in a worker thread of its own) and
// so can write to fd 3 itself, but it can never read the key from the host's memory (no /proc, no
// ptrace, no process_vm_readv, no native code), so a line it forges never verifies.
import { createHmac, timingSafeEqual } from "node:crypto";

/** The per-sample limits the host enforces. */
export interface HostLimits {
  /** CPU seconds of the whole host process while the sample runs (the sample, its test, the host). */
  timeout: number;
  /** Wall-clock seconds. */
  wall: number;
  /** The sample's JavaScript heap, in bytes. */
  memoryBytes: number;
  /** Bytes of the sample's output kept. */
  outputBytes: number;
}

/**
 * One sample: its module (MultiPL-E's `prompt + completion`, JavaScript), the test (JavaScript) that
 * calls `entry`, and for JavaScript the whole program `prompt + completion + "\n" + tests`, which
 * must parse as Node would parse the file.
 */
export interface HostRequest {
  id: number;
  module: string;
  tests: string;
  entry: string;
  program?: string;
  /**
   * Tests as data (passk's own problems): the JSON text of each call's arguments, in the wire form
   * of src/problems/ts/ts-values.ts. The tester calls `entry` with each; `tests` is then unused.
   */
  calls?: string[];
  limits: HostLimits;
  /** "worker": run it in a worker of its own even if it needs nothing of Node's (no context worker). */
  isolate?: "worker";
}

/** How a sample's run ended, as the host saw it. */
export type HostStatus = "passed" | "failed" | "timeout" | "crashed" | "error";

/** The host's verdict on one request. */
export interface HostAnswer {
  id: number;
  status: HostStatus;
  result: string;
  cpu: number;
  wall: number;
  limit?: "cpu" | "wall";
  output?: string;
  /** Tests as data, when the run passed: per call, the JSON text `{"ok": <wire>}` or `{"error": "<text>"}`. */
  cases?: string[];
  /** The host could not put itself back as it was: passk replaces it before the next sample. */
  replace?: boolean;
  /** Where the verdict's run was: a fresh context of the context worker, or a worker of its own. */
  isolate?: "context" | "worker";
}

/** The first line a host writes. */
export interface HostReady {
  ready: true;
  node: string;
  seccomp: boolean;
  seccomp_reason: string | null;
  uid_drop: boolean;
  uid_drop_reason: string | null;
}

/** A signed line: the JSON text, a tab, its HMAC-SHA256 in hex, a newline. */
export function signLine(key: Buffer, json: string): string {
  return `${json}\t${createHmac("sha256", key).update(json).digest("hex")}\n`;
}

/** The JSON text of a signed line (without its newline), or null when the signature does not verify. */
export function verifiedJson(key: Buffer, line: string): string | null {
  const tab = line.lastIndexOf("\t");
  if (tab < 0) return null;
  const json = line.slice(0, tab);
  const given = Buffer.from(line.slice(tab + 1), "hex");
  const expected = createHmac("sha256", key).update(json).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? json : null;
}
