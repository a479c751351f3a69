// Attacks run on every kind of sandbox, with and without bubblewrap: each takes a sandbox, runs a
// hostile program written to pass if its attack worked, and checks from Node that the host set up by
// hostile-host.ts is untouched.
import { readFileSync } from "node:fs";
import { connect } from "node:net";
import { expect } from "vitest";
import type { Sandbox } from "../../src/sandbox/pool.js";
import {
  canaries,
  connections,
  expectCanariesAlive,
  port,
  resetConnections,
  SECRET,
} from "./hostile-host.js";
import { sampleProcesses } from "./process-tree.js";
import { py } from "./python.js";
import { expectRefused, expectStillWorks, QUICK } from "./sandbox-expect.js";
import { sleep } from "./wait.js";

export async function environmentCase(sandbox: Sandbox): Promise<void> {
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

export async function networkCase(sandbox: Sandbox): Promise<void> {
  resetConnections();
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
export async function killCase(sandbox: Sandbox): Promise<void> {
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
export function sigioProgram(targets: string): string {
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
export async function forkCase(sandbox: Sandbox): Promise<void> {
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
export async function survivorCase(sandbox: Sandbox): Promise<void> {
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
