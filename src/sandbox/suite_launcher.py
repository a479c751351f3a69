# passk harvest, inside bubblewrap: runs a project's test command on the read-only copy at /project
# (own session, rlimits, its own uid when passk runs as root, no new privileges, a seccomp filter),
# then stops every process the suite left, gathers the trace files suite_trace.py wrote, merges them,
# reads the traced functions' source (suite_static.py) and writes JSON lines on stdout for passk.
# Run as: python -I -S -B /passk/suite_launcher.py, with its settings as JSON in PASSK_SUITE.
import ctypes
import json
import os
import resource
import signal
import stat
import sys
import threading
import time

sys.path.insert(0, "/passk")
import suite_static  # noqa: E402
from seccomp_filter import DENIED, SockFilter, SockFprog  # noqa: E402

PROJECT = "/project"
TRACE_DIR = "/passk-trace"
MAX_TRACE_FILES = 512
MAX_TRACE_BYTES = 64 * 1024 * 1024  # all trace files together
MAX_CASES = 1000  # distinct argument lists per function, all processes together
MAX_FUNCTIONS = 5000
TAIL = 4000  # characters of the suite's output kept for the report

# What a test suite may do that a sample may not: run programs, fork, open sockets (there is no
# network: its own namespace), use System V IPC (its own namespace), set sessions and signal its own
# processes (its own PID namespace), make FIFOs (device nodes need CAP_MKNOD, which it does not have).
# Everything else in seccomp_filter.DENIED stays denied.
SUITE_ALLOWED = {59, 322, 57, 58, 112, 109, 41, 53, 200, 129, 297, 424, 434, 133, 259, 29, 30, 31, 64, 65, 66, 220,
                 68, 69, 70, 71, 240, 241, 242, 243, 244, 245}


def suite_filter():
    """seccomp program: the x86_64 ABI only, DENIED minus SUITE_ALLOWED refused with EPERM."""
    numbers = sorted(n for n in DENIED if n not in SUITE_ALLOWED)
    code = [(0x20, 0, 0, 4), (0x15, 1, 0, 0xC000003E), (0x06, 0, 0, 0x80000000), (0x20, 0, 0, 0)]
    code += [(0x35, 0, 1, 0x40000000), (0x06, 0, 0, 0x00050000 | 1)]
    for i, number in enumerate(numbers):
        code.append((0x15, len(numbers) - i, 0, number))  # jump to the final EPERM
    code += [(0x06, 0, 0, 0x7FFF0000), (0x06, 0, 0, 0x00050000 | 1)]
    return code


def _limit(which, value):
    """Sets an rlimit to `value`, never above the hard limit this process has (it cannot raise it)."""
    hard = resource.getrlimit(which)[1]
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    resource.setrlimit(which, (value, value))


def lock_child(settings):
    """In the forked child, before exec: everything the suite inherits."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    os.setsid()
    uid = settings.get("uid")
    if uid is not None:
        os.setgroups([])
        os.setresgid(uid, uid, uid)
        os.setresuid(uid, uid, uid)
        _limit(resource.RLIMIT_NPROC, int(settings["processes"]))
    _limit(resource.RLIMIT_CPU, int(settings["cpu"]))
    _limit(resource.RLIMIT_AS, int(settings["memory"]))
    _limit(resource.RLIMIT_FSIZE, 64 * 1024 * 1024)
    _limit(resource.RLIMIT_CORE, 0)
    if libc.prctl(38, 1, 0, 0, 0) != 0:  # PR_SET_NO_NEW_PRIVS
        raise OSError(ctypes.get_errno(), "PR_SET_NO_NEW_PRIVS failed")
    if settings.get("seccomp"):
        program = suite_filter()
        filters = (SockFilter * len(program))(*[SockFilter(*ins) for ins in program])
        fprog = SockFprog(len(program), filters)
        if libc.prctl(22, 2, ctypes.addressof(fprog), 0, 0) != 0:  # PR_SET_SECCOMP, FILTER
            raise OSError(ctypes.get_errno(), "PR_SET_SECCOMP failed")
    os.chdir(PROJECT)


def run_suite(settings):
    read_end, write_end = os.pipe()
    env = dict(settings["env"])
    pid = os.fork()
    if pid == 0:
        try:
            devnull = os.open(os.devnull, os.O_RDONLY)
            os.dup2(devnull, 0)
            os.dup2(write_end, 1)
            os.dup2(write_end, 2)
            os.closerange(3, 65536)
            lock_child(settings)
            os.execve("/bin/sh", ["sh", "-c", settings["command"]], env)
        except BaseException as e:
            os.write(2, ("passk: cannot start the test command: %s\n" % e).encode())
        os._exit(127)
    os.close(write_end)
    output = {"bytes": 0, "tail": b""}

    def drain():
        while True:
            chunk = os.read(read_end, 65536)
            if not chunk:
                return
            output["bytes"] += len(chunk)
            output["tail"] = (output["tail"] + chunk)[-TAIL * 4 :]

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    started = time.monotonic()
    _, status = os.waitpid(pid, 0)
    seconds = time.monotonic() - started
    stop_the_rest()
    reader.join(5)
    tail = output["tail"].decode("utf-8", "replace")[-TAIL:]
    code = os.waitstatus_to_exitcode(status)
    return {"kind": "suite", "exit": code if code >= 0 else None, "signal": -code if code < 0 else None,
            "seconds": round(seconds, 3), "output_bytes": output["bytes"], "output_tail": tail}


def stop_the_rest():
    """Kills every process the suite left behind (all but bwrap's init and this one)."""
    for _ in range(100):
        try:
            os.kill(-1, signal.SIGKILL)
        except ProcessLookupError:
            return
        time.sleep(0.01)


def gather(notes):
    functions = {}
    try:
        names = sorted(os.listdir(TRACE_DIR))
    except OSError:
        return functions
    if len(names) > MAX_TRACE_FILES:
        notes.append("%d trace files; only the first %d were read" % (len(names), MAX_TRACE_FILES))
    budget = MAX_TRACE_BYTES
    for name in names[:MAX_TRACE_FILES]:
        path = os.path.join(TRACE_DIR, name)
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
            with os.fdopen(fd, "rb") as f:
                if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                    notes.append("%s: not a regular file, skipped" % name[:80])
                    continue
                data = f.read(budget + 1)
            if len(data) > budget:
                notes.append("trace files exceed %d bytes; the rest were skipped" % MAX_TRACE_BYTES)
                break
            budget -= len(data)
            merge(functions, json.loads(data, parse_constant=_no_constant), notes)
        except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError, MemoryError) as e:
            notes.append("%s: unreadable trace file, skipped (%s)" % (name[:80], type(e).__name__))
    return functions


def _no_constant(name):
    raise ValueError("%s is not JSON" % name)


def merge(functions, document, notes):
    for f in document["functions"]:
        key = (str(f["file"])[:500], str(f["name"])[:200], int(f["line"]))
        entry = functions.get(key)
        if entry is None:
            if len(functions) >= MAX_FUNCTIONS:
                notes.append("more than %d functions; the rest were skipped" % MAX_FUNCTIONS)
                return
            entry = functions[key] = {"kind": "function", "file": key[0], "name": key[1], "line": key[2],
                                      "module": str(f.get("module"))[:200], "note": f.get("note"), "calls": 0,
                                      "raised": 0, "conflicts": 0, "skipped": {}, "cases": {}}
        for field in ("calls", "raised", "conflicts"):
            entry[field] += int(f[field])
        for why, count in dict(f["skipped"]).items():
            entry["skipped"][str(why)[:100]] = entry["skipped"].get(str(why)[:100], 0) + int(count)
        cases = entry["cases"]
        for case in f["cases"]:
            args = json.dumps(case["args"], separators=(",", ":"))
            out = json.dumps(case["out"], separators=(",", ":"))
            seen = cases.get(args)
            if seen is None:
                if len(cases) < MAX_CASES:
                    cases[args] = out
            elif seen != out:
                entry["conflicts"] += 1


def main():
    settings = json.loads(os.environ.pop("PASSK_SUITE"))
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    # Nothing the suite inherits may reach passk's pipe but this process.
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    # Only the soft limit: the suite's own limits are set below the hard ones this process keeps.
    hard = resource.getrlimit(resource.RLIMIT_AS)[1]
    soft = 2 * 1024**3 if hard == resource.RLIM_INFINITY else min(hard, 2 * 1024**3)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))

    def emit(record):
        out.write(json.dumps(record, ensure_ascii=True, allow_nan=False, separators=(",", ":")) + "\n")

    emit(run_suite(settings))
    notes = []
    functions = gather(notes)
    cache = {}
    tops = suite_static.project_tops(PROJECT) if settings.get("static") else set()
    for (file, name, line), entry in sorted(functions.items()):
        entry["cases"] = [{"args": json.loads(a), "out": json.loads(o)} for a, o in entry["cases"].items()]
        emit(entry)
        if settings.get("static") and not entry["note"]:
            try:
                emit(dict(suite_static.analyze(PROJECT, file, name, line, tops, cache), kind="static"))
            except (RecursionError, MemoryError, ValueError, TypeError) as e:
                emit({"kind": "static", "file": file, "name": name, "line": line,
                      "reason": "cannot analyse its source: %s" % type(e).__name__})
    emit({"kind": "end", "functions": len(functions), "notes": notes[:50]})
    out.flush()


if __name__ == "__main__":
    main()
