// Hostile programs against the real sandbox: each one tries to harm the host, escape its limits or
// forge a pass, and is written so that it would pass if the attack worked. Every test then checks
// from Node that the host is untouched: files, a TCP server that saw no connection, canary processes
// still alive, no process left behind, and a sandbox that still runs the next program.
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect, createServer, type Server } from "node:net";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { judgeData } from "../src/evaluate/data-verdict.js";
import { createSandbox, type Sandbox } from "../src/sandbox/pool.js";
import { DEFAULT_LIMITS, type Execution, type Limits } from "../src/sandbox/types.js";

/** Short limits: a program that loops or sleeps costs at most 2 s of a worker. */
const QUICK: Limits = { ...DEFAULT_LIMITS, timeout: 1, wallTimeout: 2 };
const NOBODY = 65534;
const SECRET = `s3cr3t-${randomUUID()}`;
const FILE_SECRET = `passk-secret-${randomUUID()}`;
const PACKAGE_JSON = fileURLToPath(new URL("../package.json", import.meta.url));

/** Python source from an indented template literal (backslashes are kept for Python to read). */
function py(strings: TemplateStringsArray, ...values: unknown[]): string {
  const lines = String.raw(strings, ...values).split("\n");
  if (lines[0]?.trim() === "") lines.shift();
  const indents = lines.filter((l) => l.trim() !== "").map((l) => /^ */.exec(l)?.[0].length ?? 0);
  const cut = Math.min(...indents);
  return `${lines.map((l) => l.slice(cut)).join("\n")}\n`;
}

/** A Python string literal (JSON's escapes are valid Python for these ASCII paths). */
const str = (s: string) => JSON.stringify(s);

/** Not passed, and not for a trivial reason: the program compiled and ran (a typo is no defence). */
function expectNotPassed(ex: Execution): void {
  expect(ex.status, `${ex.result}\n${ex.output}`).not.toBe("passed");
  expect(ex.result).not.toBe("passed");
  expect(ex.exitCode, ex.result).not.toBeNull();
}

/** The program ran to its last line and failed there: every attempt it made was refused. */
function expectRefused(ex: Execution, message: string): void {
  expectNotPassed(ex);
  expect(ex.result, ex.output).toBe(`failed: ${message}`);
}

async function expectStillWorks(sandbox: Sandbox): Promise<void> {
  const ex = await sandbox.run("def f(x):\n    return x + 1\n\nassert f(1) == 2\n", QUICK);
  expect(ex.status, ex.result).toBe("passed");
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------- the host the samples attack

let hostDir: string; // a host folder the samples are told about
let homeDir: string; // a folder in the user's home (/root here), holding the secret too
let victim: string; // an existing host file the samples try to delete
let server: Server;
let port: number;
let connections = 0;
const canaries: ChildProcess[] = [];

/**
 * `sleep 300` processes (killed in afterAll) with the secret in their environment: one under the
 * test's own uid and, when the test runs as root, one under uid 65534, the uid samples run as (like
 * any other nobody process on the host, and without bubblewrap the samples of the other workers).
 */
function spawnCanaries(): ChildProcess[] {
  const canary = (ids: { uid?: number; gid?: number }) =>
    spawn("sleep", ["300"], { ...ids, cwd: "/", stdio: "ignore", env: process.env });
  return process.getuid?.() === 0 ? [canary({}), canary({ uid: NOBODY, gid: NOBODY })] : [canary({})];
}

function isAlive(child: ChildProcess): boolean {
  try {
    const stat = readFileSync(`/proc/${child.pid}/stat`, "utf8");
    return !["Z", "X"].includes(stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3));
  } catch {
    return false;
  }
}

function expectCanariesAlive(list: readonly ChildProcess[] = canaries): void {
  for (const canary of list) expect(isAlive(canary), `canary ${canary.pid}`).toBe(true);
}

interface Proc {
  pid: number;
  ppid: number;
  uid: number;
  argv: string[];
}

function processTable(): Proc[] {
  const table: Proc[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const uid = Number(/^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${entry}/status`, "utf8"))?.[1]);
      const argv = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
      table.push({ pid: Number(entry), ppid, uid, argv });
    } catch {
      // the process ended while we looked
    }
  }
  return table;
}

/** Python running forkserver.py: a fork server, or a sample forked from one (bwrap's argv names it too). */
const runsForkserver = (p: Proc | undefined) =>
  p !== undefined &&
  /(^|\/)python[\d.]*$/.test(p.argv[0] ?? "") &&
  p.argv.some((a) => a.endsWith("forkserver.py"));

/**
 * Processes of samples still running: everything below a fork server started by this test process
 * (a server runs forkserver.py and its parent does not), whatever its uid, session or program.
 */
function sampleProcesses(): Proc[] {
  const table = processTable();
  const byPid = new Map(table.map((p) => [p.pid, p]));
  const below = (p: Proc, ancestor: (q: Proc) => boolean): boolean => {
    for (let q = byPid.get(p.ppid); q; q = byPid.get(q.ppid)) if (ancestor(q)) return true;
    return false;
  };
  const isServer = (p: Proc) =>
    runsForkserver(p) && !runsForkserver(byPid.get(p.ppid)) && below(p, (q) => q.pid === process.pid);
  return table.filter((p) => below(p, isServer));
}

process.env.PASSK_TEST_SECRET = SECRET; // before any sandbox exists, as a user's API keys would be

beforeAll(async () => {
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
});

afterAll(async () => {
  for (const canary of canaries) canary.kill("SIGKILL");
  rmSync(hostDir, { recursive: true, force: true });
  rmSync(homeDir, { recursive: true, force: true });
  delete process.env.PASSK_TEST_SECRET;
  await new Promise((resolve) => server.close(resolve));
});

// ---------------------------------------------------------------- attacks run on both sandboxes

async function environmentCase(sandbox: Sandbox): Promise<void> {
  // The secret is out there to find: the canaries carry it.
  for (const canary of canaries)
    expect(readFileSync(`/proc/${canary.pid}/environ`, "utf8")).toContain(SECRET);
  const ex = await sandbox.run(
    py`
      import posix
      needle = "s3c" "r3t-"
      found = [k for k, v in posix.environ.items() if needle.encode() in v]
      for entry in ["1", "self", ${canaries.map((c) => `"${c.pid}"`).join(", ")}] + posix.listdir("/proc"):
          try:
              with open("/proc/%s/environ" % entry, "rb") as f:
                  if needle.encode() in f.read():
                      found.append(entry)
          except OSError:
              pass
      print(found)
      assert found, "the secret is nowhere to be seen"
    `,
    QUICK,
  );
  expectRefused(ex, "the secret is nowhere to be seen");
  expect(ex.output).not.toContain(SECRET);
}

async function networkCase(sandbox: Sandbox): Promise<void> {
  connections = 0;
  const ex = await sandbox.run(
    py`
      import ctypes, socket, _socket, struct
      PORT = ${port}
      connected = []
      def plain():
          socket.create_connection(("127.0.0.1", PORT), timeout=1)
      def raw():
          s = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)
          s.settimeout(1)
          s.connect(("127.0.0.1", PORT))
      def libc_connect():
          libc = ctypes.CDLL(None, use_errno=True)
          fd = libc.socket(2, 1, 0)
          if fd < 0:
              raise OSError(ctypes.get_errno(), "socket()")
          addr = struct.pack("=H", 2) + struct.pack("!H", PORT) + bytes([127, 0, 0, 1]) + bytes(8)
          if libc.connect(fd, addr, len(addr)) != 0:
              raise OSError(ctypes.get_errno(), "connect()")
      for how in (plain, raw, libc_connect):
          try:
              how()
              connected.append(how.__name__)
          except OSError as e:
              print(how.__name__, e)
      print(connected)
      assert connected, "no connection"
    `,
    QUICK,
  );
  expectRefused(ex, "no connection");
  await sleep(100);
  expect(connections).toBe(0);
  // The server does count connections: one from the host is seen.
  await new Promise<void>((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => resolve(void socket.destroy())).on("error", reject);
  });
  await sleep(50);
  expect(connections).toBe(1);
}

/** kill(2) on -1, pid 1 and the parent, through posix and libc; must reach nobody. */
async function killCase(sandbox: Sandbox): Promise<void> {
  const ex = await sandbox.run(
    py`
      import ctypes, posix
      libc = ctypes.CDLL(None, use_errno=True)
      hits = []
      for pid in [-1, 1, posix.getppid(), ${canaries.map((c) => c.pid).join(", ")}]:
          if pid == posix.getpid():
              continue
          try:
              posix.kill(pid, 9)
              hits.append(("posix.kill", pid))
          except OSError:
              pass
          if libc.kill(pid, 9) == 0:
              hits.append(("libc.kill", pid))
      print(hits)
      assert hits, "no signal was delivered"
    `,
    QUICK,
  );
  // "failed" with the program's own message: it ran to the end, so it did not kill its server either.
  expectRefused(ex, "no signal was delivered");
  await sleep(100);
  expectCanariesAlive();
  await expectStillWorks(sandbox);
}

/**
 * Signals without kill(2): a file owner set with F_SETOWN gets the F_SETSIG signal (here SIGKILL)
 * whenever the file becomes readable. `targets` is a Python list expression; the program counts the
 * targets that died.
 */
function sigioProgram(targets: string): string {
  return py`
    import fcntl, posix, time
    F_SETSIG = 10
    def alive(pid):
        try:
            with open("/proc/%d/stat" % pid) as f:
                return f.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
        except OSError:
            return False
    targets = [pid for pid in ${targets} if pid != posix.getpid() and alive(pid)]
    r, w = posix.pipe()
    for pid in targets:
        try:
            fcntl.fcntl(r, fcntl.F_SETOWN, pid)
            fcntl.fcntl(r, F_SETSIG, 9)
            fcntl.fcntl(r, fcntl.F_SETFL, posix.O_ASYNC | posix.O_NONBLOCK)
            posix.write(w, b"x")
            posix.read(r, 1)
        except OSError as e:
            print(pid, e)
    time.sleep(0.1)
    killed = [pid for pid in targets if not alive(pid)]
    print("targets", targets, "killed", killed)
    assert killed, "nobody was killed"
  `;
}

/** A bounded fork bomb (bounded so that a broken sandbox cannot take the machine down with it). */
async function forkCase(sandbox: Sandbox): Promise<void> {
  const ex = await sandbox.run(
    py`
      import ctypes, importlib, posix, subprocess, time
      libc = ctypes.CDLL(None, use_errno=True)
      started = []
      for _ in range(50):
          for how, fork in (("posix.fork", posix.fork), ("libc.fork", libc.fork)):
              try:
                  pid = fork()
              except OSError:
                  continue
              if pid == 0:
                  time.sleep(5)
                  posix._exit(0)
              if pid > 0:
                  started.append(how)
      def popen():  # the guard replaced subprocess.Popen with None: reloading brings it back
          importlib.reload(subprocess).Popen(["/bin/sleep", "5"])
      def spawn():
          posix.posix_spawn("/bin/sleep", ["sleep", "5"], {})
      for how in (popen, spawn):
          try:
              how()
              started.append(how.__name__)
          except OSError as e:
              print(how.__name__, e)
      if posix.system("exit 3") == 3 << 8:
          started.append("system")
      print(started)
      assert started, "no process started"
    `,
    QUICK,
  );
  expectRefused(ex, "no process started");
  await sleep(200);
  expect(sampleProcesses()).toEqual([]);
}

/** Things that try to outlive the sample: a non-daemon thread and a forked, detached process. */
async function survivorCase(sandbox: Sandbox): Promise<void> {
  const lingering = sandbox.run(
    py`
      import ctypes, posix, threading, time
      def linger():
          time.sleep(1)
          with open("lingered.txt", "w") as f:
              f.write("still here")
      threading.Thread(target=linger, daemon=False).start()
      libc = ctypes.CDLL(None, use_errno=True)
      pid = libc.fork()
      if pid == 0:
          libc.setsid()
          time.sleep(5)
          posix._exit(0)
      print("fork:", pid)
      assert pid > 0, "fork refused"
    `,
    QUICK,
  );
  // The detector does see sample processes: a sleeping sample is found while it runs.
  const sleeper = sandbox.run("import time\ntime.sleep(0.8)\n", QUICK);
  await sleep(300);
  expect(sampleProcesses().length).toBeGreaterThanOrEqual(1);
  const [ex, slept] = await Promise.all([lingering, sleeper]);
  expect(slept.status).toBe("passed");
  expectRefused(ex, "fork refused");
  await sleep(200);
  expect(sampleProcesses()).toEqual([]);
}

// ---------------------------------------------------------------- full isolation

describe("sandbox under attack, with bubblewrap and seccomp", () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await createSandbox({ workers: 2, bubblewrap: "require", seccomp: "require" });
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  it("runs at full isolation and passes correct programs, slow ones under the limit too", async () => {
    expect(sandbox.isolation.level).toBe("bubblewrap+seccomp");
    const [quick, slow] = await Promise.all([
      sandbox.run("def add(a, b):\n    return a + b\n\nassert add(2, 3) == 5\n", QUICK),
      sandbox.run(
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

  it("does not let a sample read the environment of any process", () => environmentCase(sandbox));

  it("does not let a sample read host files", async () => {
    const paths = [
      join(hostDir, "secret.txt"),
      join(homeDir, "secret.txt"),
      `/proc/1/root${join(hostDir, "secret.txt")}`,
      PACKAGE_JSON,
      "/etc/shadow",
    ];
    const ex = await sandbox.run(
      py`
        import posix
        read = []
        for path in [${paths.map(str).join(", ")}]:
            try:
                with open(path, "rb") as f:
                    text = f.read().decode("utf-8", "replace")
            except OSError as e:
                print(path, e)
                continue
            if "passk-secret-" in text or '"name": "passk"' in text or text.startswith("root:"):
                read.append(path)
        try:
            read += [name for name in posix.listdir(${str(homedir())}) if name.startswith(".passk-hostile-")]
        except OSError as e:
            print("listdir", e)
        print(read)
        assert read, "nothing read"
      `,
      QUICK,
    );
    expectRefused(ex, "nothing read");
    expect(ex.output).not.toContain(FILE_SECRET);
  });

  it("does not let a sample delete, change or create host files", async () => {
    const created = join(hostDir, "created-by-sample.txt");
    const moved = join(hostDir, "moved-by-sample.txt");
    const ex = await sandbox.run(
      py`
        import ctypes, posix
        VICTIM, CREATED, MOVED = ${str(victim)}, ${str(created)}, ${str(moved)}
        libc = ctypes.CDLL(None, use_errno=True)
        def c(result):
            if result < 0:
                raise OSError(ctypes.get_errno(), "libc call failed")
        attempts = [
            ("posix.unlink", lambda: posix.unlink(VICTIM)),
            ("libc.unlink", lambda: c(libc.unlink(VICTIM.encode()))),
            ("posix.rename", lambda: posix.rename(VICTIM, MOVED)),
            ("posix.truncate", lambda: posix.truncate(VICTIM, 0)),
            ("append", lambda: open(VICTIM, "a").write("tampered")),
            ("create", lambda: open(CREATED, "w").write("x")),
            ("posix.open", lambda: posix.close(posix.open(CREATED, posix.O_CREAT | posix.O_WRONLY, 0o644))),
            ("libc.creat", lambda: c(libc.creat(CREATED.encode(), 0o644))),
            ("posix.mkdir", lambda: posix.mkdir(CREATED + ".d")),
        ]
        done = []
        for how, action in attempts:
            try:
                action()
                done.append(how)
            except OSError as e:
                print(how, e)
        print(done)
        assert done, "the host is untouched"
      `,
      QUICK,
    );
    expectRefused(ex, "the host is untouched");
    expect(readFileSync(victim, "utf8")).toBe("keep me");
    expect(existsSync(created)).toBe(false);
    expect(existsSync(`${created}.d`)).toBe(false);
    expect(existsSync(moved)).toBe(false);
  });

  it("does not let a sample reach the network", () => networkCase(sandbox));

  it("does not let a sample start processes (fork bomb, subprocess, posix_spawn, system)", () =>
    forkCase(sandbox));

  it("does not let a sample run other programs", async () => {
    const ex = await sandbox.run(
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

  it("keeps a memory bomb within the memory limit", async () => {
    const bombs = await Promise.all([
      sandbox.run("x = bytearray(4 << 30)\nassert len(x) == 4 << 30\n", DEFAULT_LIMITS),
      sandbox.run("x = []\nwhile len(x) < 4096:\n    x.append(bytearray(1 << 20))\n", DEFAULT_LIMITS),
    ]);
    for (const ex of bombs) {
      expectNotPassed(ex);
      expect(["oom", "failed"], ex.result).toContain(ex.status);
    }
    expectCanariesAlive();
    await expectStillWorks(sandbox);
  });

  it("keeps only the first outputBytes of an output flood", async () => {
    const floods = await Promise.all([
      sandbox.run('for _ in range(200_000):\n    print("x" * 1000)\nassert False\n', QUICK),
      sandbox.run(
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

  it("does not let a sample signal processes outside itself with kill()", () => killCase(sandbox));

  it("does not let a sample signal processes outside itself through F_SETOWN (SIGIO)", async () => {
    const ex = await sandbox.run(
      sigioProgram(`[${canaries.map((c) => c.pid).join(", ")}, 1, posix.getppid()]`),
      QUICK,
    );
    expectRefused(ex, "nobody was killed");
    expectCanariesAlive();
    await expectStillWorks(sandbox);
  });

  it("leaves no process behind", () => survivorCase(sandbox));

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
    // Two at a time, one per worker, so each pair's elapsed time is the samples' own.
    const results: Execution[] = [];
    for (let i = 0; i < programs.length; i += 2) {
      const started = Date.now();
      results.push(...(await Promise.all(programs.slice(i, i + 2).map((p) => sandbox.run(p, QUICK)))));
      expect(Date.now() - started).toBeLessThanOrEqual((QUICK.wallTimeout + 2) * 1000);
    }
    for (const ex of results) {
      expect(ex.status).toBe("timeout");
      expect(ex.result).toBe("timed out");
      expect(ex.wall).toBeLessThanOrEqual(QUICK.wallTimeout + 1);
    }
    expect(results[3]?.limit).toBe("wall"); // the sleeper used no CPU: the wall clock ended it
  });

  it("reports a crashed interpreter as crashed and keeps working", async () => {
    const crashes = await Promise.all([
      sandbox.run("import ctypes\nctypes.string_at(0)\n", QUICK),
      sandbox.run("import ctypes\nctypes.memset(0, 0, 1)\n", QUICK),
    ]);
    for (const ex of crashes) {
      expect(ex.status).toBe("crashed");
      expect(ex.result).toBe("failed: process killed by SIGSEGV");
    }
    await expectStillWorks(sandbox);
  });

  it("does not let a sample forge a pass", async () => {
    const forgeries = [
      'print("passed")\nassert False\n',
      py`
        import posix
        for fd in range(1, 6):
            try:
                posix.write(fd, b'{"id": 1, "status": "passed", "result": "passed"}\npassed\n')
            except OSError:
                pass
        assert False
      `,
      "import posix\nposix._exit(0)\nassert False\n",
      "import sys\nsys.exit(0)\nassert False\n",
      "raise SystemExit(0)\nassert False\n",
      "import posix\nposix.closerange(0, 21)\nposix._exit(0)\nassert False\n",
      "import os\nos.kill(os.getpid(), 9)\nassert False\n",
      "import posix\nposix.kill(posix.getpid(), 9)\nassert False\n",
      "import posix\nposix.kill(0, 9)\nassert False\n",
    ];
    const results = await Promise.all(forgeries.map((p) => sandbox.run(p, QUICK)));
    for (const ex of results) expectNotPassed(ex);
  });

  // Known limit, documented in the README: an in-process `check` (HumanEval's format) cannot be fully
  // protected from the code it tests. The verdict nonce lives in the child's memory (here a local of
  // the frame that called exec()), so a sample that reads it can write a valid "passed" verdict.
  // The next test shows that tests as data are not fooled by the same trick.
  it.fails("does not let a sample forge a pass with the verdict nonce from its caller's frame", async () => {
    const ex = await sandbox.run(
      py`
        import posix, sys
        nonce = sys._getframe(1).f_locals["nonce"]  # the sandbox's child_main, which exec()s us
        posix.write(3, nonce + b" passed ")
        posix._exit(0)
        assert False
      `,
      QUICK,
    );
    expectNotPassed(ex);
  });

  it("does not let the nonce trick forge a pass when the tests are data", async () => {
    // The same forgery, plus fake case lines: in data mode the outputs are compared outside the child
    // with expected values it never saw, so only a right answer passes.
    const program = py`
      import posix, sys
      def double(x):
          return x * 2
      frame = sys._getframe(1)
      nonce = frame.f_locals["nonce"]
      for i in range(3):
          posix.write(3, nonce + b" case %d " % i + b'{"ok": 0}\n')
      posix.write(3, nonce + b" passed ")
      posix._exit(0)
    `;
    const tests = [1, 2, 3].map((x) => ({ args: [x], expected: x * 2 }));
    const data = { entryPoint: "double", inputs: tests.map((t) => JSON.stringify(t.args)) };
    const ex = judgeData(
      { entryPoint: "double", tests, checker: "exact" },
      await sandbox.run(program, QUICK, data),
    );
    expect(ex.status).toBe("failed");
    expect(ex.result).toBe("failed: case 0: double(1) returned 0, expected 2");
  });

  // SysV shared memory would outlive its sample, pinning memory beyond the limit and leaking to
  // later samples: seccomp refuses System V IPC.
  it("frees SysV shared memory a sample leaves behind", async () => {
    await sandbox.run(
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
    const readers = await Promise.all([sandbox.run(reader, QUICK), sandbox.run(reader, QUICK)]);
    for (const ex of readers) {
      expect(ex.status, ex.result).toBe("passed");
      expect(ex.output.trim()).toBe("0");
    }
  });
});

// ---------------------------------------------------------------- process-level isolation

describe("sandbox under attack, without bubblewrap (seccomp and uid drop only)", () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await createSandbox({ workers: 2, bubblewrap: "off", seccomp: "auto" });
    if (!sandbox.isolation.seccomp && !sandbox.isolation.uidDrop) {
      // kill(-1, 9) from an unconfined root child would take this machine down.
      throw new Error(
        `refusing to run hostile samples with neither seccomp nor a uid drop: ${sandbox.isolation.notes}`,
      );
    }
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  it("does not let a sample reach the network", () => networkCase(sandbox));

  // Samples share the host's /proc here. Where they keep uid 0 (this machine: Python under /root is
  // unreadable to uid 65534), they run without capabilities, which the kernel's ptrace check requires
  // to read the environment of processes that have them or another uid.
  it("does not let a sample read the environment of any process", () => environmentCase(sandbox));

  it("does not let a sample signal processes outside itself with kill()", () => killCase(sandbox));

  // F_SETOWN/F_SETSIG would let a sample aim SIGIO (or any signal) at another process: seccomp
  // refuses those fcntl commands and the matching ioctls.
  it("does not let a sample signal processes outside itself through F_SETOWN (SIGIO)", async () => {
    const targets = spawnCanaries();
    try {
      await sleep(50);
      expectCanariesAlive(targets);
      await sandbox.run(sigioProgram(`[${targets.map((c) => c.pid).join(", ")}]`), QUICK);
      await sleep(50);
      expectCanariesAlive(targets);
    } finally {
      for (const canary of targets) canary.kill("SIGKILL");
    }
  });

  it("does not let a sample start processes (fork bomb, subprocess, posix_spawn, system)", () =>
    forkCase(sandbox));

  it("leaves no process behind", () => survivorCase(sandbox));
});
