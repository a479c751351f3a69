// The host that hostile samples attack, set up once per test file: secret files in a temp folder and
// in the user's home, a file to delete, a TCP server on 127.0.0.1 that counts connections, and canary
// processes carrying a secret in their environment. Register `setUpHost` with `beforeAll` and
// `tearDownHost` with `afterAll`, at the top of the file, so that the host exists before any sandbox.
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

export const NOBODY = 65534;
export const SECRET = `s3cr3t-${randomUUID()}`;
export const FILE_SECRET = `passk-secret-${randomUUID()}`;
export const PACKAGE_JSON = fileURLToPath(new URL("../../package.json", import.meta.url));

// Set by setUpHost; ES module bindings are live, so importers see the values once it has run.
export let hostDir: string; // a host folder the samples are told about
export let homeDir: string; // a folder in the user's home (/root here), holding the secret too
export let victim: string; // an existing host file the samples try to delete
export let port: number; // of the server
export let connections = 0; // that the server has seen since resetConnections()
export const canaries: ChildProcess[] = [];
let server: Server;

export function resetConnections(): void {
  connections = 0;
}

/**
 * `sleep 300` processes (killed in afterAll) with the secret in their environment: one under the
 * test's own uid and, when the test runs as root, one under uid 65534, the uid samples run as (like
 * any other nobody process on the host, and without bubblewrap the samples of the other workers).
 */
export function spawnCanaries(): ChildProcess[] {
  const canary = (ids: { uid?: number; gid?: number }) =>
    spawn("sleep", ["300"], { ...ids, cwd: "/", stdio: "ignore", env: process.env });
  return process.getuid?.() === 0 ? [canary({}), canary({ uid: NOBODY, gid: NOBODY })] : [canary({})];
}

export function isAlive(child: ChildProcess): boolean {
  try {
    const stat = readFileSync(`/proc/${child.pid}/stat`, "utf8");
    return !["Z", "X"].includes(stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3));
  } catch {
    return false;
  }
}

export function expectCanariesAlive(list: readonly ChildProcess[] = canaries): void {
  for (const canary of list) expect(isAlive(canary), `canary ${canary.pid}`).toBe(true);
}

export async function setUpHost(): Promise<void> {
  process.env.PASSK_TEST_SECRET = SECRET; // before any sandbox exists, as a user's API keys would be
  hostDir = mkdtempSync(join(tmpdir(), "passk-hostile-"));
  homeDir = mkdtempSync(join(homedir(), ".passk-hostile-"));
  writeFileSync(join(hostDir, "secret.txt"), FILE_SECRET);
  writeFileSync(join(homeDir, "secret.txt"), FILE_SECRET);
  victim = join(hostDir, "victim.txt");
  writeFileSync(victim, "keep me");
  canaries.push(...spawnCanaries());
  server = createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as { port: number }).port;
}

export async function tearDownHost(): Promise<void> {
  for (const canary of canaries) canary.kill("SIGKILL");
  rmSync(hostDir, { recursive: true, force: true });
  rmSync(homeDir, { recursive: true, force: true });
  delete process.env.PASSK_TEST_SECRET;
  await new Promise((resolve) => server.close(resolve));
}
