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
});
