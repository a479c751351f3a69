// Hostile programs against the real sandbox (bubblewrap and seccomp), on the network and processes:
// connecting out, starting or running other programs, signalling processes outside the sample (with
// kill() or through F_SETOWN), and leaving processes behind. Each program would pass if its attack
// worked; the test then checks from Node that the host is untouched and the sandbox still works.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forkCase, killCase, networkCase, sigioProgram, survivorCase } from "./helpers/attacks.js";
import { canaries, expectCanariesAlive, setUpHost, tearDownHost } from "./helpers/hostile-host.js";
import { py } from "./helpers/python.js";
import { FULL_ISOLATION, useSandbox } from "./helpers/sandbox.js";
import { expectRefused, expectStillWorks, QUICK } from "./helpers/sandbox-expect.js";

beforeAll(setUpHost);
afterAll(tearDownHost);

describe("sandbox under attack, with bubblewrap and seccomp", () => {
  const sandbox = useSandbox(FULL_ISOLATION);

  it("does not let a sample reach the network", () => networkCase(sandbox()));

  it("does not let a sample start processes (fork bomb, subprocess, posix_spawn, system)", () =>
    forkCase(sandbox()));

  it("does not let a sample run other programs", async () => {
    const ex = await sandbox().run(
      py`
        import ctypes, posix
        marker = "EXEC" "-RAN"
        try:
            posix.execv("/bin/sh", ["sh", "-c", "echo " + marker])
        except OSError as e:
            print("execv:", e)
        libc = ctypes.CDLL(None, use_errno=True)
        argv = (ctypes.c_char_p * 4)(b"sh", b"-c", ("echo " + marker).encode(), None)
        print("libc.execv:", libc.execv(b"/bin/sh", argv), ctypes.get_errno())
        assert posix.system("exit 3") == 3 << 8, "system() cannot run a shell"
      `,
      QUICK,
    );
    expectRefused(ex, "system() cannot run a shell");
    expect(ex.output).not.toContain("EXEC-RAN");
  });

  it("does not let a sample signal processes outside itself with kill()", () => killCase(sandbox()));

  it("does not let a sample signal processes outside itself through F_SETOWN (SIGIO)", async () => {
    const ex = await sandbox().run(
      sigioProgram(`[${canaries.map((c) => c.pid).join(", ")}, 1, posix.getppid()]`),
      QUICK,
    );
    expectRefused(ex, "nobody was killed");
    expectCanariesAlive();
    await expectStillWorks(sandbox());
  });

  it("leaves no process behind", () => survivorCase(sandbox()));

  it("holds a split run's sample (a child of the zygote) to the same filter", async () => {
    // The zygote runs under part of the filter and each child adds the rest: together they must
    // refuse what the whole filter refuses. The sample reports what got through; the test wants nothing.
    const prompt = 'def escapes():\n    """What got out."""\n';
    const module = py`
      import ctypes, errno, posix, socket
      libc = ctypes.CDLL(None, use_errno=True)
      got = []
      def attempt(name, call):
          try:
              if call() >= 0:
                  got.append(name)
          except OSError:
              pass
      attempt("fork", lambda: libc.syscall(57))
      attempt("vfork", lambda: libc.syscall(58))
      attempt("clone", lambda: libc.syscall(56, 17, 0, 0, 0, 0))  # SIGCHLD: a new process
      attempt("setsid", lambda: libc.syscall(112))
      attempt("setpgid", lambda: libc.syscall(109, 0, 0))
      attempt("pidfd_open", lambda: libc.syscall(434, 1, 0))
      attempt("kill 1", lambda: libc.syscall(62, 1, 0))
      attempt("socket", lambda: socket.socket().fileno())
      attempt("execve", lambda: libc.execv(b"/bin/true", None))
      def escapes():
          return got
    `;
    const ex = await sandbox().runSplit(
      {
        module: prompt + module,
        prompt,
        test: "def check(candidate):\n    assert candidate() == []\n",
        entryPoint: "escapes",
      },
      QUICK,
    );
    expect(ex.verdict).toBe("split");
    expect(ex.status, ex.result).toBe("passed");
  });

  it("lets each split run's sample signal itself and nothing else, whichever pid it got", async () => {
    // The zygote makes each child's filter before the fork, for the pid it expects the child to get
    // (the last one's plus one); a child that got another one (here: after a sample whose threads
    // took pids) makes its own. Either way the filter must hold the child's real pid: kill() and
    // tgkill() of itself allowed, kill() of any other pid refused by the filter (EPERM, where the
    // kernel alone would say ESRCH for a pid nobody has).
    const prompt = 'def signals():\n    """What went wrong."""\n';
    const module = (threads: number) => py`
      import ctypes, errno, os, posix, threading
      libc = ctypes.CDLL(None, use_errno=True)
      me = posix.getpid()
      wrong = []
      if libc.syscall(62, me, 0) != 0:
          wrong.append("kill(self): errno %d" % ctypes.get_errno())
      if libc.syscall(234, me, threading.get_native_id(), 0) != 0:
          wrong.append("tgkill(self): errno %d" % ctypes.get_errno())
      for other in (me - 1, me + 1, me + 1000):
          if libc.syscall(62, other, 0) == 0 or ctypes.get_errno() != errno.EPERM:
              wrong.append("kill(%d): errno %d" % (other, ctypes.get_errno()))
      print("PID", os.readlink("/proc/self/ns/pid"), me)
      for _ in range(${threads}):
          worker = threading.Thread(target=lambda: None)
          worker.start()
          worker.join()
      def signals():
          return wrong
    `;
    const seen = new Map<string, number[]>();
    for (let i = 0; i < 12; i++) {
      const ex = await sandbox().runSplit(
        {
          module: prompt + module(i % 3 === 0 ? 3 : 0),
          prompt,
          test: "def check(candidate):\n    assert candidate() == [], candidate()\n",
          entryPoint: "signals",
        },
        QUICK,
      );
      expect(ex.status, ex.result).toBe("passed");
      const [, namespace, pid] = /PID (\S+) (\d+)/.exec(ex.output) ?? [];
      expect(namespace, ex.output).toBeTruthy();
      seen.set(namespace as string, [...(seen.get(namespace as string) ?? []), Number(pid)]);
    }
    // Both ways were taken: a child with the pid after its predecessor's, and one with another.
    const steps = [...seen.values()].flatMap((pids) =>
      pids.slice(1).map((pid, i) => pid - (pids[i] as number)),
    );
    expect(steps).toContain(1);
    expect(steps.some((step) => step !== 1)).toBe(true);
  });
});
