// Hostile programs against the real sandbox (bubblewrap and seccomp), on resources and time: correct
// programs pass at full isolation, while memory bombs, output floods, CPU loops and sleepers, crashes
// and leftover SysV shared memory stay within the limits and leave the sandbox working.
import { availableParallelism, loadavg } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, type Execution } from "../src/sandbox/types.js";
import { expectCanariesAlive, setUpHost, tearDownHost } from "./helpers/hostile-host.js";
import { py } from "./helpers/python.js";
import { FULL_ISOLATION, useSandbox } from "./helpers/sandbox.js";
import { expectNotPassed, expectStillWorks, QUICK } from "./helpers/sandbox-expect.js";

beforeAll(setUpHost);
afterAll(tearDownHost);

describe("sandbox under attack, with bubblewrap and seccomp", () => {
  const sandbox = useSandbox(FULL_ISOLATION);

  it("runs at full isolation and passes correct programs, slow ones under the limit too", async () => {
    expect(sandbox().isolation.level).toBe("bubblewrap+seccomp");
    const [quick, slow] = await Promise.all([
      sandbox().run("def add(a, b):\n    return a + b\n\nassert add(2, 3) == 5\n", QUICK),
      sandbox().run(
        py`
          import time
          start, n = time.process_time(), 0
          while time.process_time() - start < 0.3:
              n += 1
          assert n > 0
        `,
        QUICK,
      ),
    ]);
    expect(quick.status).toBe("passed");
    expect(quick.result).toBe("passed");
    expect(slow.status, slow.result).toBe("passed");
    expect(slow.cpu).toBeGreaterThanOrEqual(0.25);
  });

  it("keeps a memory bomb within the memory limit", async () => {
    // The memory limit is what is tested: the CPU limit is raised so that zeroing 1 GiB page by page
    // (about 0.5 s of CPU here, several seconds on a machine busy with other tests) never ends the
    // bomb first.
    const limits = { ...DEFAULT_LIMITS, timeout: 15, wallTimeout: 30 };
    const bombs = await Promise.all([
      sandbox().run("x = bytearray(4 << 30)\nassert len(x) == 4 << 30\n", limits),
      sandbox().run("x = []\nwhile len(x) < 4096:\n    x.append(bytearray(1 << 20))\n", limits),
    ]);
    for (const ex of bombs) {
      expectNotPassed(ex);
      expect(["oom", "failed"], ex.result).toContain(ex.status);
    }
    expectCanariesAlive();
    await expectStillWorks(sandbox());
  });

  it("passes a correct sample that uses 32 threads, within the default 1 GiB", async () => {
    // glibc would reserve a 64 MiB malloc arena per thread; the sandbox keeps them to two.
    const ex = await sandbox().run(
      py`
        from concurrent.futures import ThreadPoolExecutor
        with ThreadPoolExecutor(max_workers=32) as pool:
            assert sum(pool.map(lambda x: x * x, range(1000))) == 332833500
      `,
      DEFAULT_LIMITS,
    );
    expect(ex.status, ex.result).toBe("passed");
  });

  it("keeps only the first outputBytes of an output flood", async () => {
    const floods = await Promise.all([
      sandbox().run('for _ in range(200_000):\n    print("x" * 1000)\nassert False\n', QUICK),
      sandbox().run(
        'import posix\nchunk = b"y" * 65536\nfor _ in range(3200):\n    posix.write(1, chunk)\n' +
          "assert False\n",
        QUICK,
      ),
    ]);
    for (const ex of floods) {
      expectNotPassed(ex);
      expect(ex.output.length).toBeGreaterThan(0);
      expect(ex.output.length).toBeLessThanOrEqual(QUICK.outputBytes);
    }
  });

  it("times out samples that ignore or swallow the CPU-time signal, loop or sleep", async () => {
    const programs = [
      "import signal\nsignal.signal(signal.SIGPROF, signal.SIG_IGN)\nwhile True:\n    pass\n",
      py`
        while True:
            try:
                while True:
                    pass
            except BaseException:
                pass
      `,
      "while True:\n    pass\n",
      "import time\ntime.sleep(100)\n",
    ];
    // Two at a time, one per worker, so each pair's elapsed time is the samples' own. On a machine
    // busier than its cores, every wall-clock bound stretches by how much busier (the point here is
    // that each sample is stopped; how fast is bench/'s business).
    const stretch = Math.max(1, (loadavg()[0] ?? 0) / availableParallelism());
    const results: Execution[] = [];
    for (let i = 0; i < programs.length; i += 2) {
      const started = Date.now();
      results.push(...(await Promise.all(programs.slice(i, i + 2).map((p) => sandbox().run(p, QUICK)))));
      expect(Date.now() - started).toBeLessThanOrEqual((QUICK.wallTimeout + 2) * 1000 * stretch);
    }
    for (const ex of results) {
      expect(ex.status).toBe("timeout");
      expect(ex.result).toBe("timed out");
      expect(ex.wall).toBeLessThanOrEqual(QUICK.wallTimeout + stretch);
    }
    expect(results[3]?.limit).toBe("wall"); // the sleeper used no CPU: the wall clock ended it
    // The sample that ignores SIGPROF is stopped by the server's own CPU check, at timeout + 0.25 s
    // of its CPU; on a busy machine the wall clock may end it first.
    if (results[0]?.limit === "cpu") expect(results[0]?.cpu).toBeLessThan(QUICK.timeout + 0.6);
    else expect(stretch).toBeGreaterThan(1);
  });

  it("reports a crashed interpreter as crashed and keeps working", async () => {
    const crashes = await Promise.all([
      sandbox().run("import ctypes\nctypes.string_at(0)\n", QUICK),
      sandbox().run("import ctypes\nctypes.memset(0, 0, 1)\n", QUICK),
    ]);
    for (const ex of crashes) {
      expect(ex.status).toBe("crashed");
      expect(ex.result).toBe("failed: process killed by SIGSEGV");
    }
    await expectStillWorks(sandbox());
  });

  // SysV shared memory would outlive its sample, pinning memory beyond the limit and leaking to
  // later samples: seccomp refuses System V IPC.
  it("frees SysV shared memory a sample leaves behind", async () => {
    await sandbox().run(
      py`
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.shmat.restype = ctypes.c_void_p
        libc.shmat.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_int]
        size = 64 << 20
        for _ in range(3):
            shmid = libc.shmget(0, ctypes.c_size_t(size), 0o1600)  # IPC_PRIVATE, IPC_CREAT | 0600
            addr = libc.shmat(shmid, None, 0)
            ctypes.memset(addr, 1, size)
            libc.shmdt(ctypes.c_void_p(addr))
      `,
      DEFAULT_LIMITS,
    );
    // One reader per worker (both are idle): whichever ran the sample shows what it left.
    const reader = py`
      import ctypes
      libc = ctypes.CDLL(None, use_errno=True)
      left = 0
      with open("/proc/sysvipc/shm") as f:
          next(f)
          for line in f:
              fields = line.split()
              left += int(fields[3])
              libc.shmctl(int(fields[1]), 0, None)  # IPC_RMID: clean up even when this test fails
      print(left)
    `;
    const readers = await Promise.all([sandbox().run(reader, QUICK), sandbox().run(reader, QUICK)]);
    for (const ex of readers) {
      expect(ex.status, ex.result).toBe("passed");
      expect(ex.output.trim()).toBe("0");
    }
  });
});
