// End-to-end regression tests of what one sample can do to the samples after it or beside it (issue 9):
// a working directory left 3,000 levels deep with 20,000 files and locked folders, a thread hog on the
// other worker, and CPU loops that must be judged by the kernel's count of CPU time. Runs the BUILT
// command line at full isolation; run `npm run build` first.
import { beforeAll, describe, expect, it } from "vitest";
import { assertCliBuilt } from "./helpers/cli.js";
import {
  ADD_THREE,
  canonical,
  completion,
  evaluateHostile,
  expectPassed,
  type NamedSample,
  outputOf,
} from "./helpers/hostile-cli.js";
import { py } from "./helpers/python.js";
import { useWorkspace } from "./helpers/workspace.js";

beforeAll(assertCliBuilt);
const ws = useWorkspace();

/** A sample of add_three: the body `body` (right unless told otherwise), then `module` at top level. */
const addThree = (name: string, module: string, body = "return a + b + c"): NamedSample => ({
  name,
  task_id: ADD_THREE.task_id,
  completion: completion(body, module),
});

const ROOT = process.getuid?.() === 0;

describe("split sandbox: what a sample leaves for the next ones", () => {
  it("8. a 3,000-deep tree, 20,000 files and locked folders in the workdir do not reach the next samples", async () => {
    // Built through directory descriptors: the deepest path is 6,000 characters, beyond PATH_MAX.
    // The guard took os.chmod; posix.chmod is the same call.
    const mess = addThree(
      "mess",
      py`
        import os
        import posix

        _DIR = os.O_RDONLY | os.O_DIRECTORY
        _fd = posix.open(".", _DIR)
        for _depth in range(3000):
            posix.mkdir("d", 0o700, dir_fd=_fd)
            _next = posix.open("d", _DIR, dir_fd=_fd)
            posix.close(_fd)
            _fd = _next
        posix.close(posix.open("bottom", os.O_WRONLY | os.O_CREAT, 0o600, dir_fd=_fd))
        posix.fchmod(_fd, 0)
        posix.close(_fd)
        for _i in range(20000):
            posix.close(posix.open("f%05d" % _i, os.O_WRONLY | os.O_CREAT, 0o600))
        for _name in ("locked", "locked-empty"):
            posix.mkdir(_name, 0o700)
        posix.close(posix.open("locked/inside", os.O_WRONLY | os.O_CREAT, 0o600))
        for _name in ("locked", "locked-empty", "d"):
            posix.chmod(_name, 0)
        assert len(posix.listdir(".")) == 20003, len(posix.listdir("."))
        posix.chmod(".", 0o500)
      `,
    );
    /** Finds its working directory empty, and can write and read a file in it; prints how full /tmp is. */
    const clean = (name: string) =>
      addThree(
        name,
        py`
          import os

          assert os.listdir(".") == [], sorted(os.listdir("."))[:5]
          assert os.listdir("..") == ["w"], os.listdir("..")  # /tmp, private to this worker
          _fs = os.statvfs(".")
          print("free", _fs.f_ffree, _fs.f_bfree)
          with open("scratch-${name}.txt", "w") as f:
              f.write("${name}")
          with open("scratch-${name}.txt") as f:
              assert f.read() == "${name}"
        `,
      );
    // One worker: each sample runs after the one before, in the same working directory.
    const samples = [
      clean("before"),
      mess,
      clean("clean-1"),
      canonical(ADD_THREE, "canonical-1"),
      clean("clean-2"),
      canonical(ADD_THREE, "canonical-2"),
    ];
    const results = await evaluateHostile(ws.dir, [ADD_THREE], samples, ["--workers", "1"]);
    for (const { name } of samples) expectPassed(results.result(name));
    // /tmp is back to where it was before the mess: as many free inodes and blocks (the server
    // emptied it, or was replaced by one with a fresh /tmp).
    const before = outputOf(results.result("before"));
    expect(before).toMatch(/^free \d+ \d+\n$/);
    expect(outputOf(results.result("clean-1"))).toBe(before);
    expect(outputOf(results.result("clean-2"))).toBe(before);
  });

  it.skipIf(!ROOT)(
    "9. 250 threads on one worker leave the other worker its own thread budget (runs as root only: the uid drop gives each worker its uids)",
    async () => {
      // RLIMIT_NPROC (256) counts the threads of a uid: with one uid for every worker, the hog's 250
      // threads would leave the other sample too few for its pool.
      const hog = addThree(
        "250-threads",
        py`
          import ctypes
          import threading
          import time

          # Small stacks and one malloc arena (glibc reserves 64 MiB of address space for each thread's
          # own): 250 threads then fit in any address-space limit.
          ctypes.CDLL(None).mallopt(-8, 1)  # M_ARENA_MAX
          threading.stack_size(256 * 1024)
          for _ in range(250):
              threading.Thread(target=time.sleep, args=(1.5,), daemon=True).start()
          assert threading.active_count() >= 251, threading.active_count()
          print("threads from", time.time())
          time.sleep(1.2)  # the threads live on while the other sample runs
          print("threads until", time.time())
        `,
      );
      const pool = addThree(
        "thread-pool",
        py`
          import time
          from concurrent.futures import ThreadPoolExecutor

          time.sleep(0.4)  # let the hog start its threads first


          def _slowly(x):
              time.sleep(0.02)
              return x
        `,
        py`
          print("pool from", time.time())
              with ThreadPoolExecutor(max_workers=16) as pool:
                  total = sum(pool.map(_slowly, [a, b, c] + [0] * 13))
              print("pool until", time.time())
              return total
        `.trim(),
      );
      // 4 GiB: with the default 1 GiB address-space limit, a pool of 16 threads already peaks at about
      // 1.0 GB (an 8 MiB stack and a 64 MiB malloc arena each), and could fail on memory, not threads.
      // And a wall-clock backstop with room for the hog's sleep on a busy machine.
      const results = await evaluateHostile(
        ws.dir,
        [ADD_THREE],
        [hog, pool],
        ["--workers", "2", "--memory", "4GiB", "--wall-timeout", "4"],
      );
      expect(results.summary.isolation).toMatchObject({ uidDrop: true });
      expectPassed(results.result("250-threads"));
      expectPassed(results.result("thread-pool"));
      // They ran side by side, each on its worker: the pools ran while the hog held its threads.
      const times = (name: string, label: string) =>
        [...outputOf(results.result(name)).matchAll(new RegExp(`${label} (\\d+\\.\\d+)`, "g"))].map((m) =>
          Number(m[1]),
        );
      const [from] = times("250-threads", "threads from");
      const [until] = times("250-threads", "threads until");
      const pools = [...times("thread-pool", "pool from"), ...times("thread-pool", "pool until")];
      expect(pools).toHaveLength(4); // two calls of the function, by the test's two asserts
      for (const t of pools) {
        expect(t).toBeGreaterThan(from as number);
        expect(t).toBeLessThan(until as number);
      }
    },
  );

  it("11. CPU loops time out on the kernel's count of CPU time, at the limit or past it", async () => {
    const loops = [
      addThree("loop-at-load", "while True:\n    pass\n"),
      addThree("loop-in-call", "", "while True:\n        pass"),
      addThree(
        "loop-in-thread",
        py`
          import threading


          def _spin():
              while True:
                  pass


          threading.Thread(target=_spin, daemon=True).start()
          _spin()
        `,
      ),
      addThree(
        "loop-swallowing-everything",
        py`
          import signal

          for _signal in (signal.SIGXCPU, signal.SIGALRM, signal.SIGTERM, signal.SIGINT):
              signal.signal(_signal, signal.SIG_IGN)
          while True:
              try:
                  while True:
                      pass
              except BaseException:
                  pass
        `,
      ),
    ];
    // A generous wall-clock backstop: on a busy machine the loops must still end on CPU time.
    const results = await evaluateHostile(
      ws.dir,
      [ADD_THREE],
      [...loops, canonical(ADD_THREE, "canonical")],
      ["--workers", "2", "--wall-timeout", "6"],
    );
    for (const { name } of loops) {
      const record = results.result(name);
      expect(record.passed, name).toBe(false);
      expect(record.status, `${name}: ${record.result}`).toBe("timeout");
      expect(record.result).toBe("timed out");
      expect(record.time_limit, name).toBe("cpu");
      expect(record.cpu_time, name).toBeGreaterThanOrEqual(1.0);
    }
    expectPassed(results.result("canonical"));
  });

  it("12. a module over 64 KB that does not compile fails as the reference reports it, and the samples after it pass", async () => {
    // Modules this large are compiled by the zygote, not the server: the test has already started
    // when the compile error comes back, and must end cleanly before the next sample.
    const padding = `_PADDING = "${"x".repeat(70_000)}"`;
    const samples = [
      canonical(ADD_THREE, "before"),
      addThree("large-broken", `${padding}\n\ndef broken(:\n    pass\n`),
      addThree("large", padding),
      canonical(ADD_THREE, "after"),
    ];
    const results = await evaluateHostile(ws.dir, [ADD_THREE], samples, ["--workers", "1"]);
    const broken = results.result("large-broken");
    expect(broken.passed).toBe(false);
    expect(broken.result).toMatch(/^failed: .*\(<string>, line \d+\)$/);
    for (const name of ["before", "large", "after"]) expectPassed(results.result(name));
  });

  it("13. the sample's module is judged before the test, whether the test calls it or not", async () => {
    // The sample's "ready" travels with its first reply (or is asked for when the test makes no
    // call): a module that fails, or a process that ends, must decide the verdict as when the
    // reference runs the module before the test, even when the test itself fails first.
    const variant = (suffix: string, test: string) => ({
      ...ADD_THREE,
      task_id: `${ADD_THREE.task_id}/${suffix}`,
      test,
    });
    const problems = [
      ADD_THREE,
      variant("no-call", "def check(candidate):\n    assert True\n"),
      variant("test-error", `raise ValueError("the test's own code fails")\n${ADD_THREE.test}`),
      variant(
        "fails-first",
        "def check(candidate):\n    assert 1 == 2, 'the test fails first'\n    assert candidate(1, 2, 3) == 6\n",
      ),
    ];
    const samples = problems.flatMap((problem) => [
      { ...canonical(ADD_THREE, `canonical ${problem.task_id}`), task_id: problem.task_id },
      {
        ...addThree(`raises ${problem.task_id}`, 'raise RuntimeError("the module fails")'),
        task_id: problem.task_id,
      },
      { ...addThree(`exits ${problem.task_id}`, "import os\nos._exit(0)"), task_id: problem.task_id },
    ]);
    const results = await evaluateHostile(ws.dir, problems, samples, ["--workers", "1"]);
    const [plain, noCall, testError, failsFirst] = problems.map((problem) => problem.task_id);
    expectPassed(results.result(`canonical ${plain}`));
    expectPassed(results.result(`canonical ${noCall}`));
    expect(results.result(`canonical ${testError}`).result).toBe("failed: the test's own code fails");
    expect(results.result(`canonical ${failsFirst}`).result).toBe("failed: the test fails first");
    for (const task of [plain, noCall, testError, failsFirst]) {
      expect(results.result(`raises ${task}`).result, task).toBe("failed: the module fails");
      const exits = results.result(`exits ${task}`);
      expect(exits.passed, task).toBe(false);
      expect(exits.result, task).toMatch(/^failed: /);
    }
  });
});
