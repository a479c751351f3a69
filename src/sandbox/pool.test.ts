// The pool settles every job: closing it, or servers that keep failing to start, reject the jobs
// waiting and every later one with the reason, instead of leaving callers waiting for ever; and no
// server outlives it, not even one that was starting when it closed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { descendants, isForkServerPython } from "../../test/helpers/process-tree.js";
import { PasskError } from "../errors.js";
import { createSandbox } from "./pool.js";
import { DEFAULT_LIMITS } from "./types.js";

const QUICK = { ...DEFAULT_LIMITS, timeout: 1, wallTimeout: 2 };

type Outcome<T> = { value?: T; error?: unknown; pending?: true };

/** What `promise` came to within `ms` (handled at once, so a rejection is never unhandled). */
function settled<T>(promise: Promise<T>, ms: number): Promise<Outcome<T>> {
  return Promise.race([
    promise.then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    ),
    new Promise<Outcome<T>>((resolve) => setTimeout(() => resolve({ pending: true }), ms)),
  ]);
}

const savedTmp = process.env.TMPDIR;
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
});

describe("the sandbox pool", () => {
  it("settles every job when it is closed: the one running, the ones waiting and any later one", async () => {
    const sandbox = await createSandbox({ workers: 1, bubblewrap: "off" });
    const jobs = [0, 1, 2].map(() => settled(sandbox.run("import time\ntime.sleep(0.5)\n", QUICK), 5000));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await sandbox.close();
    const outcomes = await Promise.all(jobs);
    for (const outcome of outcomes) expect(outcome.pending).toBeUndefined();
    // The two that never started are refused with the reason.
    const refused = outcomes.filter((o) => o.error instanceof PasskError);
    expect(refused.length).toBeGreaterThanOrEqual(2);
    for (const o of refused) expect((o.error as PasskError).code).toBe("SANDBOX_CLOSED");
    const later = await settled(sandbox.run("pass\n", QUICK), 1000);
    expect((later.error as PasskError).code).toBe("SANDBOX_CLOSED");
  });

  it("runs a job sent behind one whose server dies, without counting that against it", async () => {
    // One server holds the sleeper and, sent already, the quick job behind it. The server is killed
    // twice while the sleeper runs: the sleeper (tried twice) fails; the quick job, which never
    // started on either, runs on the third server.
    const sandbox = await createSandbox({ workers: 1, bubblewrap: "off" });
    try {
      const sleeper = settled(sandbox.run("import time\ntime.sleep(3)\n", QUICK), 60_000);
      const quick = settled(sandbox.run("print('ran')\n", QUICK), 60_000);
      for (let kill = 0; kill < 2; kill++) {
        let killed = false;
        for (let waited = 0; !killed && waited < 20_000; waited += 100) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          // A server (not its helpers) with a sample running: a child that is not one of its helpers.
          const tree = descendants(process.pid);
          const server = tree.find(
            (p) =>
              isForkServerPython(p) &&
              !/^passk-/.test(p.comm) &&
              tree.some((c) => c.ppid === p.pid && !/^passk-/.test(c.comm) && isForkServerPython(c)),
          );
          if (server) {
            process.kill(server.pid, "SIGKILL");
            killed = true;
          }
        }
        expect(killed).toBe(true);
      }
      const [slept, ran] = await Promise.all([sleeper, quick]);
      expect(slept.value?.result).toMatch(/^failed: the sandbox server died/);
      expect(ran.value?.status).toBe("passed");
      expect(ran.value?.output).toBe("ran\n");
    } finally {
      await sandbox.close();
    }
  });

  it("leaves no server behind when it is closed while a replacement server starts", async () => {
    // In bubblewrap: without it, closing removes the servers' folder and a late one could not start.
    const sandbox = await createSandbox({ workers: 1, bubblewrap: "require" });
    const job = settled(sandbox.run("import time\ntime.sleep(1)\n", QUICK), 10_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The servers are the fork-server Pythons whose parent is bwrap (their helpers are theirs).
    const servers = () => {
      const tree = descendants(process.pid);
      const bwraps = new Set(tree.filter((p) => /bwrap$/.test(p.argv[0] ?? "")).map((p) => p.pid));
      return tree.filter((p) => bwraps.has(p.ppid) && isForkServerPython(p));
    };
    const [first] = servers();
    expect(first).toBeDefined();
    process.kill((first as { pid: number }).pid, "SIGKILL");
    // The replacement exists as a process well before it says it is ready: close then.
    const deadline = Date.now() + 5000;
    while (!servers().some((p) => p.pid !== first?.pid) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(servers().some((p) => p.pid !== first?.pid)).toBe(true);
    await sandbox.close();
    expect((await job).pending).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(descendants(process.pid).filter(isForkServerPython)).toEqual([]);
  });

  it("settles every job when its servers keep failing to start", async () => {
    // Without bubblewrap each server works in the pool's folder under TMPDIR: once that is gone, a
    // replacement server cannot start.
    const tmp = mkdtempSync(join(tmpdir(), "passk-pool-test-"));
    process.env.TMPDIR = tmp;
    const sandbox = await createSandbox({ workers: 1, bubblewrap: "off" });
    try {
      const job = settled(sandbox.run("import time\ntime.sleep(1)\n", QUICK), 30_000);
      await new Promise((resolve) => setTimeout(resolve, 200));
      rmSync(tmp, { recursive: true, force: true });
      const servers = descendants(process.pid).filter(
        (p) => isForkServerPython(p) && !/^passk-/.test(p.comm),
      );
      expect(servers.length).toBeGreaterThan(0);
      for (const server of servers) process.kill(server.pid, "SIGKILL");
      const outcome = await job;
      expect(outcome.pending).toBeUndefined();
      expect((outcome.error as PasskError).code).toBe("SANDBOX_UNAVAILABLE");
      expect((outcome.error as PasskError).message).toMatch(/keeps failing to start/);
      const later = await settled(sandbox.run("pass\n", QUICK), 1000);
      expect((later.error as PasskError).code).toBe("SANDBOX_UNAVAILABLE");
    } finally {
      await sandbox.close();
    }
  });
});
