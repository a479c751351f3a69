// Hostile programs against the sandbox without bubblewrap, where seccomp and the uid drop are all that
// stand between a sample and the host: the network, other processes' environment, signals (kill() and
// F_SETOWN), starting processes and leaving them behind. The test checks from Node that the host is
// untouched; it refuses to run at all when neither seccomp nor a uid drop is available.
import { afterAll, beforeAll, describe, it } from "vitest";
import {
  environmentCase,
  forkCase,
  killCase,
  networkCase,
  sigioProgram,
  survivorCase,
} from "./helpers/attacks.js";
import { expectCanariesAlive, setUpHost, spawnCanaries, tearDownHost } from "./helpers/hostile-host.js";
import { useSandbox } from "./helpers/sandbox.js";
import { QUICK } from "./helpers/sandbox-expect.js";
import { sleep } from "./helpers/wait.js";

beforeAll(setUpHost);
afterAll(tearDownHost);

describe("sandbox under attack, without bubblewrap (seccomp and uid drop only)", () => {
  const sandbox = useSandbox({ workers: 2, bubblewrap: "off", seccomp: "auto" });
  beforeAll(() => {
    const { isolation } = sandbox();
    if (!isolation.seccomp && !isolation.uidDrop) {
      // kill(-1, 9) from an unconfined root child would take this machine down.
      throw new Error(
        `refusing to run hostile samples with neither seccomp nor a uid drop: ${isolation.notes}`,
      );
    }
  });

  it("does not let a sample reach the network", () => networkCase(sandbox()));

  // Samples share the host's /proc here. Where they keep uid 0 (this machine: Python under /root is
  // unreadable to uid 65534), they run without capabilities, which the kernel's ptrace check requires
  // to read the environment of processes that have them or another uid.
  it("does not let a sample read the environment of any process", () => environmentCase(sandbox()));

  it("does not let a sample signal processes outside itself with kill()", () => killCase(sandbox()));

  // F_SETOWN/F_SETSIG would let a sample aim SIGIO (or any signal) at another process: seccomp
  // refuses those fcntl commands and the matching ioctls.
  it("does not let a sample signal processes outside itself through F_SETOWN (SIGIO)", async () => {
    const targets = spawnCanaries();
    try {
      await sleep(50);
      expectCanariesAlive(targets);
      await sandbox().run(sigioProgram(`[${targets.map((c) => c.pid).join(", ")}]`), QUICK);
      await sleep(50);
      expectCanariesAlive(targets);
    } finally {
      for (const canary of targets) canary.kill("SIGKILL");
    }
  });

  it("does not let a sample start processes (fork bomb, subprocess, posix_spawn, system)", () =>
    forkCase(sandbox()));

  it("leaves no process behind", () => survivorCase(sandbox()));
});
