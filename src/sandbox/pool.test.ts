// The pool settles every job: closing it, or servers that keep failing to start, reject the jobs
// waiting and every later one with the reason, instead of leaving callers waiting for ever; and no
// server outlives it, not even one that was starting when it closed. Servers started ahead
// (startSandbox) are taken with as many workers as wanted, or discarded at any stage without a trace.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { descendants, isForkServerPython, processes } from "../../test/helpers/process-tree.js";
import { waitFor } from "../../test/helpers/wait.js";
import { PasskError } from "../errors.js";
import { createSandbox, type Sandbox, startSandbox } from "./pool.js";
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

  it("leaves no process and no folder behind when a start is discarded, at whatever stage", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "passk-pool-test-"));
    process.env.TMPDIR = tmp; // where the servers' folder goes without bubblewrap
    try {
      // Wider than a start (about 0.1 s), and dense where bubblewrap is setting up the sandbox.
      for (const bubblewrap of ["off", "require"] as const) {
        await createSandbox({ workers: 1, bubblewrap }).then((s) => s.close()); // the probes done
        for (const ms of [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144]) {
          const start = startSandbox({ workers: 2, bubblewrap });
          await new Promise((resolve) => setTimeout(resolve, ms));
          await start.discard();
          // Gone with their bubblewrap, or within moments (a sandbox's processes die with it).
          await waitFor(
            `no fork server left (${bubblewrap}, discarded after ${ms} ms)`,
            () => descendants(process.pid).filter(isForkServerPython).length === 0,
            2000,
          );
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(readdirSync(tmp)).toEqual([]);
      // A bubblewrap killed in its first milliseconds leaves its sandbox's first process orphaned.
      const ours = fileURLToPath(new URL("forkserver.py", import.meta.url));
      const orphans = processes().filter((p) => p.ppid === 1 && p.state !== "Z" && p.argv.includes(ours));
      expect(orphans).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("takes the servers started ahead with fewer workers, or more that join as they start", async () => {
    const count = () =>
      descendants(process.pid).filter((p) => isForkServerPython(p) && !/^passk-/.test(p.comm));
    const two = startSandbox({ workers: 2, bubblewrap: "off" });
    expect(two.take({ bubblewrap: "require" }, 1), "another set-up").toBeNull();
    const one = await (two.take({ bubblewrap: "off" }, 1) as Promise<Sandbox>);
    try {
      expect(two.take({ bubblewrap: "off" }, 1), "taken once").toBeNull();
      expect(one.workers).toBe(1);
      await waitFor("the surplus server gone", () => count().length === 1, 2000);
      expect((await one.run("print(6 * 7)\n", QUICK)).output).toBe("42\n");
    } finally {
      await two.discard(); // nothing: it was taken
      await one.close();
    }
    const grown = await (startSandbox({ workers: 1, bubblewrap: "off" }).take(
      { bubblewrap: "off" },
      3,
    ) as Promise<Sandbox>);
    try {
      expect(grown.workers).toBe(3);
      const runs = await Promise.all(
        Array.from({ length: 6 }, () =>
          grown.run("import os, time\ntime.sleep(0.3)\nprint(os.getppid())\n", QUICK),
        ),
      );
      // Every job ran, and the servers that joined took some of them.
      expect(runs.map((r) => r.status)).toEqual(Array(6).fill("passed"));
      expect(new Set(runs.map((r) => r.output)).size).toBeGreaterThan(1);
      expect(count()).toHaveLength(3);
    } finally {
      await grown.close();
    }
  });

  it("starts the servers it expects once the first is ready, and closes those take() does not want", async () => {
    const count = () =>
      descendants(process.pid).filter((p) => isForkServerPython(p) && !/^passk-/.test(p.comm));
    const start = startSandbox({ workers: 1, bubblewrap: "off" }, 3);
    await waitFor("the expected servers started before any take()", () => count().length === 3, 5000);
    const two = await (start.take({ bubblewrap: "off" }, 2) as Promise<Sandbox>);
    try {
      expect(two.workers).toBe(2);
      await waitFor("the one not wanted gone", () => count().length === 2, 5000);
      expect((await two.run("print(6 * 7)\n", QUICK)).output).toBe("42\n");
    } finally {
      await two.close();
    }
    // Taken before the first is ready: only what take() asks for starts.
    const early = startSandbox({ workers: 1, bubblewrap: "off" }, 3);
    const one = await (early.take({ bubblewrap: "off" }, 1) as Promise<Sandbox>);
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(count()).toHaveLength(1);
    } finally {
      await one.close();
    }
  });

  it("runs without bubblewrap when it cannot create its namespaces here, and says why; refuses if it is required", async () => {
    const dir = mkdtempSync(join(tmpdir(), "passk-bwrap-test-"));
    const fake = join(dir, "bwrap");
    // What bubblewrap prints where unprivileged user namespaces are off.
    writeFileSync(fake, "#!/bin/sh\necho 'bwrap: No permissions to create new namespace' >&2\nexit 1\n", {
      mode: 0o755,
    });
    const saved = process.env.PASSK_BWRAP;
    process.env.PASSK_BWRAP = fake;
    try {
      const sandbox = await createSandbox({ workers: 2, bubblewrap: "auto" });
      try {
        expect(sandbox.isolation.bubblewrap).toBe(false);
        expect(sandbox.isolation.notes).toContain(
          "bubblewrap cannot create namespaces here: bwrap: No permissions to create new namespace",
        );
        expect((await sandbox.run("print(6 * 7)\n", QUICK)).output).toBe("42\n");
      } finally {
        await sandbox.close();
      }
      await expect(createSandbox({ workers: 2, bubblewrap: "require" })).rejects.toThrow(
        "bubblewrap is required but unavailable: bubblewrap cannot create namespaces here: bwrap: No permissions to create new namespace",
      );
      await waitFor(
        "no fork server left",
        () => descendants(process.pid).filter(isForkServerPython).length === 0,
        2000,
      );
    } finally {
      if (saved === undefined) delete process.env.PASSK_BWRAP;
      else process.env.PASSK_BWRAP = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("sends a job that waits while a server starts to that server, not behind a long one", async () => {
    const sandbox = await (startSandbox({ workers: 1, bubblewrap: "off" }).take(
      { bubblewrap: "off" },
      2,
    ) as Promise<Sandbox>);
    try {
      const ended: string[] = [];
      const long = sandbox.run("import time\ntime.sleep(2)\n", QUICK).then(() => ended.push("long"));
      const quick = sandbox.run("pass\n", QUICK).then(() => ended.push("quick"));
      await Promise.all([long, quick]);
      expect(ended).toEqual(["quick", "long"]);
    } finally {
      await sandbox.close();
    }
  });
});
