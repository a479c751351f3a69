# passk fork server: a warm Python that compiles each program and runs it in a forked, locked-down child.
#
# Started by src/sandbox/server.ts as `python3 -I -S forkserver.py` (inside bubblewrap when available).
# Protocol: one JSON request per line on stdin, one JSON response per line on stdout; the first line
# written is a "ready" record describing what isolation this process could set up.
#
# Trust model: everything the child does is hostile; it cannot reach this server, the host or the
# network (rlimits, uid 65534, seccomp, bubblewrap). The child reports its verdict on a private pipe,
# tagged with a per-sample nonce; this server only calls a sample "passed" when that verdict arrives
# intact, the child then exits normally with status 0, and its CPU and wall time stayed within the
# limits. Printing cannot forge it. A sample that deliberately reads the harness's own frames can
# find the nonce, as it could redefine __eq__: an in-process `check` (HumanEval's format) can never
# be fully protected from the code it tests. Tests as data close that gap: the child only returns
# outputs, and passk compares them, outside, with expected values the child never sees.
import ctypes
import errno
import json
import os
import platform
import resource
import select
import shutil
import signal
import sys
import tempfile
import time
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # -I leaves the script's folder out
from seccomp_filter import install_seccomp, probe_seccomp  # noqa: E402
from datacases import run_cases  # noqa: E402

del sys.path[0]  # samples must not import the sandbox's own modules by name

# Modules samples commonly import: loaded once here so each forked child gets them for free.
for _name in (
    "typing", "math", "re", "collections", "itertools", "functools", "heapq", "bisect", "string",
    "hashlib", "statistics", "fractions", "decimal", "datetime", "random", "copy", "operator",
    "io", "contextlib", "dataclasses", "enum", "numbers", "struct", "array", "unittest", "doctest",
    "subprocess", "shutil",
):
    try:
        __import__(_name)
    except Exception:  # a missing optional module only costs speed
        pass

NOBODY = 65534
PROTOCOL_OUT = sys.stdout.buffer
VERDICT_FD = 3
MAX_VERDICT_BYTES = 4 << 20
MESSAGE_CAP = 64 * 1024

libc = ctypes.CDLL(None, use_errno=True)
libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
PR_SET_PDEATHSIG = 1
PR_SET_DUMPABLE = 4
PR_SET_CHILD_SUBREAPER = 36


# ---------------------------------------------------------------- the child: what runs the sample


class _Timeout(BaseException):
    """Raised by SIGPROF when the sample has used its CPU time (BaseException: harder to swallow)."""


class _CappedStream:
    """sys.stdout/stderr/stdin for the sample, like the reference harness's write-only stream:
    writes are kept up to a budget (then dropped, never failing), reads raise OSError()."""

    def __init__(self, budget, write):
        self._budget = budget
        self._write = write

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if self._budget > 0:
            data = str.encode(s, "utf-8", "backslashreplace")[: self._budget]
            self._budget -= len(data)
            try:
                self._write(1, data)
            except OSError:
                self._budget = 0
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, *args, **kwargs):
        raise OSError

    readline = read
    readlines = read

    def readable(self):
        return False

    def writable(self):
        return True

    def flush(self):
        pass

    def isatty(self):
        return False

    def fileno(self):
        raise OSError("stream has no file descriptor")

    def close(self):
        pass

    closed = False
    encoding = "utf-8"
    errors = "strict"


def emulate_reference_guard(stream):
    """The reference harness's in-process restrictions, so that verdicts match it string for string
    (for example os.remove() fails with "'NoneType' object is not callable"). This is not where the
    security comes from: that is the rlimits, uid, seccomp and bubblewrap around this process."""
    import builtins
    import shutil as _shutil
    import subprocess

    os.environ["OMP_NUM_THREADS"] = "1"  # before os.putenv goes
    builtins.exit = None
    builtins.quit = None
    builtins.help = None
    for name in (
        "kill", "system", "putenv", "remove", "removedirs", "rmdir", "fchdir", "setuid", "fork",
        "forkpty", "killpg", "rename", "renames", "truncate", "replace", "unlink", "fchmod",
        "fchown", "chmod", "chown", "chroot", "lchflags", "lchmod", "lchown", "getcwd", "chdir",
    ):
        setattr(os, name, None)
    _shutil.rmtree = None
    _shutil.move = None
    _shutil.chown = None
    subprocess.Popen = None
    for name in ("ipdb", "joblib", "resource", "psutil", "tkinter"):
        sys.modules[name] = None
    sys.stdout = sys.stderr = sys.stdin = stream


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


def drop_capabilities():
    """Empties the bounding, effective, permitted and inheritable capability sets."""
    for cap in range(64):
        libc.prctl(24, cap, 0, 0, 0)  # PR_CAPBSET_DROP; fails harmlessly past the last capability
    header = _CapHeader(0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3
    data = (_CapData * 2)()
    if libc.syscall(126, ctypes.byref(header), data) != 0:  # capset
        raise OSError(ctypes.get_errno(), "capset failed")


def set_limits(req, drop_uid):
    cpu = int(req["timeout"]) + 2  # hard backstop: SIGPROF normally fires first
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    memory = int(req["memory"])
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    fsize = int(req["file_size"])
    resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if drop_uid:  # RLIMIT_NPROC counts per uid and is ignored for root: only meaningful after the drop
        resource.setrlimit(resource.RLIMIT_NPROC, (int(req["processes"]), int(req["processes"])))


def child_main(code, req, verdict_w, out_w, workdir, nonce, state):
    """Runs in the forked child; never returns."""
    write = os.write
    exit_now = os._exit
    try:
        os.setsid()
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(out_w, 1)
        os.dup2(out_w, 2)
        os.dup2(verdict_w, VERDICT_FD)
        os.closerange(VERDICT_FD + 1, 1 << 16)
        os.chdir(workdir)
        os.environ.clear()
        os.umask(0o077)
        drop = state["drop_uid"]
        set_limits(req, drop)
        if drop:
            os.setgroups([])
            os.setresgid(NOBODY, NOBODY, NOBODY)
            os.setresuid(NOBODY, NOBODY, NOBODY)
        elif os.geteuid() == 0:
            drop_capabilities()  # still uid 0, but without root's powers over the kernel
        # After the uid change, which clears the parent-death signal.
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
        if state["seccomp"]:
            install_seccomp(os.getpid())
    except BaseException as e:  # setup failed: report an error, never a pass
        try:
            write(VERDICT_FD, nonce + b" error " + str.encode("sandbox setup failed: %r" % (e,), "utf-8", "replace"))
        finally:
            exit_now(70)

    def on_cpu_limit(signum, frame):
        raise _Timeout()

    signal.signal(signal.SIGPROF, on_cpu_limit)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # oversized writes fail with an error instead
    stream = _CappedStream(int(req["output_cap"]), write)
    data = (req["entry_point"], req["inputs"]) if req.get("mode") == "data" else None

    def emit_case(index, line):
        write(VERDICT_FD, nonce + b" case " + str(index).encode() + b" " + str.encode(line, "utf-8", "backslashreplace") + b"\n")

    emulate_reference_guard(stream)
    del req, workdir, state
    verdict = b"failed"
    message = ""
    try:
        try:
            # Repeats every 0.1 s of CPU so a sample that swallows one _Timeout meets the next.
            signal.setitimer(signal.ITIMER_PROF, float(timeout_s[0]), 0.1)
            namespace = {}
            exec(code, namespace)
            if data is not None:  # tests as data: outputs go back, the comparison happens outside
                run_cases(namespace, data[0], data[1], emit_case, _describe)
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0, 0)
        verdict = b"passed"
    except _Timeout:
        verdict = b"timeout"
    except MemoryError as e:
        verdict = b"oom"
        message = _describe(e)
    except BaseException as e:
        verdict = b"failed"
        message = _describe(e)
    try:
        write(VERDICT_FD, nonce + b" " + verdict + b" " + str.encode(message[:MESSAGE_CAP], "utf-8", "backslashreplace"))
    finally:
        exit_now(0)


timeout_s = [3.0]  # read by the child after the request's other fields are deleted


def _describe(e):
    try:
        return str(e)
    except BaseException:
        return "<exception %s could not be printed>" % type(e).__name__


# ---------------------------------------------------------------- the server side of one sample


WALL_CAP_FACTOR = 4


CPU_GRACE = 0.25  # the child's own timer normally ends it first, with a proper "timed out"


def schedstat(pid):
    """(seconds on a CPU, seconds runnable but waiting for a CPU) of the process's main thread,
    from the kernel's scheduler statistics; (0, 0) if the kernel does not say."""
    try:
        with open("/proc/%d/schedstat" % pid, "rb") as f:
            fields = f.read().split()
        return int(fields[0]) / 1e9, int(fields[1]) / 1e9
    except (OSError, ValueError, IndexError):
        return 0.0, 0.0


def read_available(fd, buf, cap):
    """Reads what is there without blocking; returns False at end of file."""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except BlockingIOError:
            return True
        except OSError:
            return False
        if not chunk:
            return False
        if len(buf) < cap:
            buf += chunk[: cap - len(buf)]


def reap_descendants(pgid):
    """Kills whatever the sample left behind: its process group, then every process that was
    reparented to this server (a child subreaper), until none is left."""
    for _ in range(50):
        try:
            os.killpg(pgid, signal.SIGKILL)
        except OSError:
            pass
        alive = []
        try:
            for tid in os.listdir("/proc/self/task"):
                with open("/proc/self/task/%s/children" % tid) as f:
                    alive += [int(p) for p in f.read().split()]
        except OSError:
            pass
        for pid in alive:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        while True:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                break
        if not alive:
            time.sleep(0.001)
            try:
                if os.waitpid(-1, os.WNOHANG)[0] == 0:
                    return
            except ChildProcessError:
                return
        else:
            time.sleep(0.002)


def make_workdir(state):
    path = tempfile.mkdtemp(prefix="s-", dir=state["tmp"])
    if state["drop_uid"]:
        os.chown(path, NOBODY, NOBODY)
    return path


def remove_workdir(path):
    def retry(func, p, _exc):
        try:
            os.chmod(os.path.dirname(p), 0o700)
            os.chmod(p, 0o700)
            func(p)
        except OSError:
            pass

    shutil.rmtree(path, onerror=retry)


def run_one(req, state):
    started = time.monotonic()
    program = req["program"]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            code = compile(program, "<string>", "exec")
    except BaseException as e:  # SyntaxError, ValueError (null bytes), RecursionError, MemoryError
        return {"status": "failed", "result": "failed: " + _describe(e), "cpu": 0.0, "wall": 0.0,
                "phase": "compile"}

    nonce = os.urandom(16).hex().encode()
    timeout_s[0] = float(req["timeout"])
    verdict_r, verdict_w = os.pipe()
    out_r, out_w = os.pipe()
    workdir = make_workdir(state)
    t0 = time.monotonic()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(verdict_r)
            os.close(out_r)
            child_main(code, req, verdict_w, out_w, workdir, nonce, state)
        finally:
            os._exit(71)  # the child must never fall back into the server's loop
    os.close(verdict_w)
    os.close(out_w)
    del code
    for fd in (verdict_r, out_r):
        os.set_blocking(fd, False)
    pidfd = None
    try:
        pidfd = os.pidfd_open(pid)
    except (AttributeError, OSError):
        pass

    wall_limit = float(req["wall"])
    output_cap = int(req["output_cap"])
    verdict_buf, out_buf = bytearray(), bytearray()
    open_fds = {verdict_r, out_r}
    status = None
    killed_at_deadline = False
    timeout = float(req["timeout"])
    first_check = min(timeout, wall_limit)
    while True:
        elapsed = time.monotonic() - t0
        if elapsed >= first_check:
            # Enforced here too, not only by the child's own timer (which it may block or ignore):
            # CPU time beyond the limit, and the wall-clock backstop, which counts time the sample
            # runs or blocks but not time it waits for a CPU on a busy machine (run_delay); a hard
            # cap of WALL_CAP_FACTOR x the limit holds regardless.
            on_cpu, waited = schedstat(pid)
            over_cpu = on_cpu > timeout + CPU_GRACE
            over_wall = elapsed >= wall_limit and (elapsed - waited >= wall_limit or elapsed >= wall_limit * WALL_CAP_FACTOR)
            if over_cpu or over_wall:
                try:
                    os.killpg(pid, signal.SIGKILL)
                except OSError:
                    pass
                killed_at_deadline = True
                break
        watch = list(open_fds) + ([pidfd] if pidfd is not None else [])
        # Before the first check only the child's exit can matter (seen on the pidfd); after it, poll.
        wait = first_check - elapsed if pidfd is not None and elapsed < first_check else 0.05
        ready, _, _ = select.select(watch, [], [], wait)
        for fd in ready:
            if fd == verdict_r and not read_available(fd, verdict_buf, MAX_VERDICT_BYTES):
                open_fds.discard(fd)
            elif fd == out_r and not read_available(fd, out_buf, output_cap):
                open_fds.discard(fd)
        if pidfd is None or pidfd in ready:
            done, status_word, usage = os.wait4(pid, os.WNOHANG)
            if done == pid:
                status = (status_word, usage)
                break
    if status is None:
        _, status_word, usage = os.wait4(pid, 0)
        status = (status_word, usage)
    wall = time.monotonic() - t0
    reap_descendants(pid)
    read_available(verdict_r, verdict_buf, MAX_VERDICT_BYTES)
    read_available(out_r, out_buf, output_cap)
    for fd in (verdict_r, out_r) + ((pidfd,) if pidfd is not None else ()):
        os.close(fd)
    remove_workdir(workdir)

    status_word, usage = status
    cpu = usage.ru_utime + usage.ru_stime
    response = judge(req, nonce, bytes(verdict_buf), status_word, cpu, wall, killed_at_deadline)
    response.update({"cpu": round(cpu, 4), "wall": round(wall, 4),
                     "output": bytes(out_buf).decode("utf-8", "replace"),
                     "overhead": round(time.monotonic() - started - wall, 4)})
    return response


def split_cases(nonce, verdict):
    """Data mode: the child writes one `<nonce> case <i> <json>` line per case before its verdict.
    Returns the case outputs in order (stopping at the first gap or forgery) and the rest."""
    cases = []
    prefix = nonce + b" case "
    while verdict.startswith(prefix):
        line, newline, rest = verdict.partition(b"\n")
        index, _, payload = line[len(prefix):].partition(b" ")
        if not newline or index != str(len(cases)).encode():
            break
        cases.append(payload.decode("utf-8", "replace"))
        verdict = rest
    return cases, verdict


def judge(req, nonce, verdict, status_word, cpu, wall, killed_at_deadline):
    """Decides the outcome from what this server saw; the child's own claim is only one input."""
    timeout = float(req["timeout"])
    exit_code = os.waitstatus_to_exitcode(status_word)
    claim, message = None, ""
    cases, verdict = split_cases(nonce, verdict)
    head, _, rest = verdict.partition(b" ")
    if head == nonce and rest:
        word, _, text = rest.partition(b" ")
        claim, message = word.decode("ascii", "replace"), text.decode("utf-8", "replace")
    base = {"exit_code": exit_code, "claim": claim}
    if req.get("mode") == "data":
        base["cases"] = cases
    if cpu > timeout or claim == "timeout" or killed_at_deadline:
        reason = "wall" if killed_at_deadline and cpu <= timeout else "cpu"
        return dict(base, status="timeout", result="timed out", limit=reason)
    if claim == "error":
        return dict(base, status="error", result="failed: " + message)
    if exit_code != 0:
        if exit_code < 0:
            name = signal.Signals(-exit_code).name if -exit_code in signal.valid_signals() else str(-exit_code)
            if name == "SIGXCPU":
                return dict(base, status="timeout", result="timed out", limit="cpu")
            return dict(base, status="crashed", result="failed: process killed by %s" % name)
        return dict(base, status="crashed", result="failed: process exited with code %d before check returned" % exit_code)
    if claim == "passed" and not message:
        return dict(base, status="passed", result="passed")
    if claim in ("failed", "oom"):
        return dict(base, status="failed" if claim == "failed" else "oom", result="failed: " + message)
    if claim is None and verdict:
        return dict(base, status="crashed", result="failed: verdict channel corrupted by the sample")
    return dict(base, status="crashed", result="failed: process exited before check returned")


# ---------------------------------------------------------------- main loop


def probe_uid_drop():
    """Root drops to uid 65534 in each child; that only works if that uid can still read Python's
    files (a pyenv install under /root cannot be, outside bubblewrap)."""
    if os.geteuid() != 0:
        return False, "not running as root: children keep the current uid"
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.setgroups([])
            os.setresgid(NOBODY, NOBODY, NOBODY)
            os.setresuid(NOBODY, NOBODY, NOBODY)
            os.listdir(os.path.dirname(os.__file__))
            with open(os.__file__, "rb"):
                code = 0
        except BaseException:
            code = 2
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) == 0:
        return True, None
    return False, "uid %d cannot read the Python installation (%s): children keep uid 0" % (NOBODY, sys.prefix)


def main():
    drop, drop_reason = probe_uid_drop()
    state = {"drop_uid": drop, "tmp": os.environ.get("PASSK_TMP") or tempfile.gettempdir()}
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        state["subreaper"] = False
    else:
        state["subreaper"] = True
    mode = os.environ.get("PASSK_SECCOMP", "auto")
    if mode == "off":
        state["seccomp"], reason = False, "disabled by configuration"
    else:
        state["seccomp"], reason = probe_seccomp()
    ready = {
        "ready": True,
        "python": platform.python_version(),
        "seccomp": state["seccomp"],
        "seccomp_reason": reason,
        "uid_drop": state["drop_uid"],
        "uid_drop_reason": drop_reason,
        "subreaper": state["subreaper"],
        "pid": os.getpid(),
    }
    PROTOCOL_OUT.write(json.dumps(ready).encode() + b"\n")
    PROTOCOL_OUT.flush()
    stdin = sys.stdin.buffer
    while True:
        line = stdin.readline()
        if not line:
            return
        req = json.loads(line)
        try:
            response = run_one(req, state)
        except Exception as e:  # a bug here must not look like a sample outcome
            response = {"status": "error", "result": "failed: passk sandbox error: %r" % (e,), "cpu": 0.0, "wall": 0.0}
        response["id"] = req["id"]
        PROTOCOL_OUT.write(json.dumps(response).encode() + b"\n")
        PROTOCOL_OUT.flush()


if __name__ == "__main__":
    main()
