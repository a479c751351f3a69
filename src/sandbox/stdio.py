# Program problems (stdin -> stdout): the sample is a whole program, run once per test, each time
# in a fresh child of the zygote with only that test's input as its standard input. The server
# compiles the program once (forkserver.sample_code) and sends the code object with each test, so
# each test costs one fork and one run, not one interpreter start-up. The server returns what each run printed; passk compares it with the
# expected output outside the sandbox, so no process that runs the sample ever holds one.
#
# - run_stdio (the server): one request, the tests in order, stopping at the first run that does not
#   end normally (time, output or memory limit, runtime error). A wrong answer does not stop it: the
#   server cannot tell one from a right answer.
# - stdio_side (stdio_child.py: the child, after its lock-down): real sys.stdin/stdout/stderr on fds 0/1/2, the
#   program run as __main__, threads and atexit handlers finished as at a normal exit.
# - A call problem (LeetCode style: a function or a method of `class Solution`) takes the same
#   path, one fresh child per test, but the child runs the program as a module and calls the entry
#   point on that test's arguments (sides.data_cases); the value comes back as data.
import fcntl
import os

import judge
from stdio_child import MESSAGE_CAP
from watch import Pipe, kill_group, watch

LIMIT_KEYS = ("timeout", "memory", "file_size", "processes", "output_cap")


def _sealed_input(data):
    """The test's input as a memfd sealed against every change: the child reads it as its stdin
    and can neither write into it nor grow or shrink it."""
    fd = os.memfd_create("stdin", os.MFD_CLOEXEC | os.MFD_ALLOW_SEALING)
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
    os.lseek(fd, 0, os.SEEK_SET)
    fcntl.fcntl(fd, fcntl.F_ADD_SEALS, fcntl.F_SEAL_WRITE | fcntl.F_SEAL_GROW | fcntl.F_SEAL_SHRINK | fcntl.F_SEAL_SEAL)
    return fd


class CappedOutput(Pipe):
    """The program's stdout, kept up to `cap` bytes; one byte more and the program is killed (an
    output limit, as a judge's), so an endless printer costs neither the time limit nor memory."""

    __slots__ = ("pid", "overflow")

    def __init__(self, fd, cap, pid):
        Pipe.__init__(self, fd, cap)
        self.pid, self.overflow = pid, False

    def drain(self):
        while True:
            try:
                chunk = os.read(self.fd, 65536)
            except BlockingIOError:
                return
            except OSError:
                chunk = b""
            if not chunk:
                self.open = False
                return
            room = self.cap - self.size
            if len(chunk) > room:
                chunk = chunk[:room]
                if not self.overflow:
                    self.overflow = True
                    kill_group(self.pid)
            if chunk:
                self.chunks.append(chunk)
                self.size += len(chunk)


def run_stdio(req, state, new_nonce, finish, sample_code):
    """The program once per test: {"status": "passed" when every run ended normally (the outputs
    are for passk to judge), "tests": [per run: stdout, cpu, wall, and how it ended], ...}."""
    timeout, wall_limit, output_cap = float(req["timeout"]), float(req["wall"]), int(req["output_cap"])
    request = {key: req[key] for key in LIMIT_KEYS}
    request["kind"] = "stdio"
    error = sample_code(request, req["program"])
    if error is not None:
        return compile_failure(error)
    call = req.get("entry_point")
    if call is not None:
        request["entry_point"] = call
    if req.get("test_memory") is not None:
        request["test_memory"] = int(req["test_memory"])
    runs, cpu_total, wall_total, stderr = [], 0.0, 0.0, b""
    for index, text in enumerate(req["inputs"]):
        nonce = new_nonce()
        request["nonce"] = nonce.decode()
        if call is not None:  # the arguments go to this test's child alone; its stdin is empty
            request["inputs"], data = [text], b""
        else:
            data = text.encode("utf-8")
        run, err = _run_once(request, state, data, int(req["stdout_caps"][index]), nonce,
                             timeout, wall_limit, output_cap, finish)
        if "compile_error" in run:  # a large program, compiled in the zygote
            return compile_failure(run["compile_error"])
        runs.append(run)
        cpu_total += run["cpu"]
        wall_total += run["wall"]
        stderr = err
        if run["end"] != "ok":
            break
        if not state["workdir_owner"].restore():
            # What this run left cannot be put back: the next test must not see it.
            return {"status": "error", "result": "failed: passk sandbox error: the working directory could not be restored",
                    "cpu": round(cpu_total, 4), "wall": round(wall_total, 4), "tests": runs, "verdict": "data",
                    "replace": True, "output": stderr.decode("utf-8", "replace")}
    last = runs[-1] if runs else {"end": "ok"}
    status = {"ok": "passed", "timeout": "timeout", "error": "error"}.get(last["end"], "failed")
    return {"status": status, "result": "passed" if status == "passed" else "failed: see tests", "cpu": round(cpu_total, 4),
            "wall": round(wall_total, 4), "tests": runs, "verdict": "data", "output": stderr.decode("utf-8", "replace")}


def compile_failure(message):
    return {"status": "failed", "result": "failed: compilation error: " + message,
            "cpu": 0.0, "wall": 0.0, "tests": [], "verdict": "data", "phase": "compile"}


def _run_once(request, state, data, stdout_cap, nonce, timeout, wall_limit, output_cap, finish):
    stdin = _sealed_input(data)
    verdict_r, verdict_w = os.pipe()
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    try:
        spawned = state["zygote"].spawn(request, [verdict_w, out_w, err_w, stdin])
    finally:
        for fd in (verdict_w, out_w, err_w, stdin):
            os.close(fd)
    if "compile_error" in spawned:
        for fd in (verdict_r, out_r, err_r):
            os.close(fd)
        return {"compile_error": spawned["compile_error"]}, b""
    pid, pidfd = spawned["pid"], spawned["pidfd"]
    out = CappedOutput(out_r, stdout_cap, pid)
    pipes = [Pipe(verdict_r, MESSAGE_CAP), out, Pipe(err_r, output_cap)]
    how, wall = watch(pidfd, {pid: 0.0}, pipes, timeout, wall_limit, pid)
    exit_code, cpu, setup = state["zygote"].reap(pid)
    os.close(pidfd)
    finish(pipes)
    run = {"cpu": round(cpu, 4), "wall": round(wall, 4), "exit_code": exit_code,
           "stdout": out.data().decode("utf-8", "replace")}
    verdict = pipes[0].data()
    if "entry_point" in request:
        cases, verdict = judge.split_cases(nonce, verdict, 1)
        if cases:
            run["case"] = cases[0]
    claim, message = judge.claim_of(nonce, verdict)
    timed = judge.timed_out(how, cpu, timeout)
    if setup != "ok":
        run.update(end="error", message="passk sandbox error: " + setup)
    elif timed is not None:
        run.update(end="timeout", limit=timed["limit"])
    elif out.overflow:
        run.update(end="output")
    elif exit_code < 0:
        run.update(end="signal", message=judge.signal_name(-exit_code))
    elif exit_code != 0 or claim in ("error", "failed"):
        # The program's own account of its error is only a message: a failure either way.
        run.update(end="runtime", message=message if claim in ("error", "failed") else "")
    elif "entry_point" in request and ("case" not in run or claim != "passed"):
        run.update(end="runtime", message="the program ended before the function returned")
    elif run.get("case", "").startswith('{"error": '):
        # The function raised: a runtime error, which ends the run of tests (the message is read
        # outside; a sample that writes this line itself only fails).
        run["end"] = "runtime"
    else:
        run["end"] = "ok"
    return run, pipes[2].data()
