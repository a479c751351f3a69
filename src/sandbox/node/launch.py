# Starts one Node process of passk's JavaScript sandbox, locked down before Node's first instruction:
# rlimits, its own uid (as root), no_new_privs and the seccomp filter, then execve(node). Node cannot
# do any of this itself (no setrlimit, no prctl), so this small Python step runs inside bubblewrap
# first. The filter is the Python sandbox's (seccomp_filter.py), with execve let through for this one
# execve: once Node runs, no JavaScript API reaches execve (native addons are off, --no-addons), and
# new processes stay impossible (fork, vfork and clone without CLONE_THREAD are refused).
#
# Usage: python3 -I -S -B launch.py '<json spec>'; the spec is built by src/sandbox/node/launch.ts.
import ctypes
import json
import os
import platform
import resource
import signal
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # -I leaves the script's folder out
from lockdown import drop_capabilities  # noqa: E402
from seccomp_filter import (  # noqa: E402
    PR_SET_NO_NEW_PRIVS,
    PR_SET_SECCOMP,
    SockFilter,
    SockFprog,
    libc,
    seccomp_program,
)

del sys.path[0]
EXECVE = 59


def fail(message):
    sys.stderr.write("passk node launcher: %s\n" % message)
    sys.exit(70)


def pin_to_core(core):
    """Keeps the process (and every thread it starts) on one of the allowed cores: a sample's threads
    hand work to each other at every call, and on one core each hand-over is a cheap switch."""
    if core is None:
        return
    try:
        allowed = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {allowed[int(core) % len(allowed)]})
    except (ValueError, OSError, AttributeError):
        pass


def set_limits(spec):
    for name, value in (
        ("RLIMIT_AS", spec["address_space"]),
        ("RLIMIT_FSIZE", spec["file_size"]),
        ("RLIMIT_NOFILE", spec["open_files"]),
        ("RLIMIT_CORE", 0),
    ):
        resource.setrlimit(getattr(resource, name), (int(value), int(value)))
    # A write past RLIMIT_FSIZE fails with EFBIG instead of killing the process (ignored signals
    # stay ignored across execve).
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def drop_uid(spec):
    """As root: the Node process runs under a uid of its own (RLIMIT_NPROC then counts only its
    threads); the uid change also empties the capability sets bubblewrap left. If that uid could not
    read what it must run, the process stays uid 0 without any capability, as the Python sandbox does."""
    uid = spec.get("uid")
    if uid is None or os.geteuid() != 0:
        return False, "not running as root: the process keeps the current uid"
    if not can_run_as(uid, spec["readable"]):
        drop_capabilities()
        return False, "uid %d cannot read passk's or Node's files: the process keeps uid 0, without capabilities" % uid
    processes = int(spec["processes"])
    resource.setrlimit(resource.RLIMIT_NPROC, (processes, processes))
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)
    return True, None


def can_run_as(uid, paths):
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.setgroups([])
            os.setresgid(uid, uid, uid)
            os.setresuid(uid, uid, uid)
            code = 0 if all(os.access(path, os.R_OK) for path in paths) else 2
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status) == 0


def install_filter(mode):
    if mode == "off":
        return False, "disabled by configuration"
    if platform.machine() != "x86_64":
        return False, "seccomp filter is only built for x86_64 (this is %s)" % platform.machine()
    program = seccomp_program(os.getpid(), "all", allow=(EXECVE,))
    filters = (SockFilter * len(program))(*[SockFilter(*ins) for ins in program])
    fprog = SockFprog(len(program), filters)
    if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        return False, "PR_SET_NO_NEW_PRIVS failed"
    if libc.prctl(PR_SET_SECCOMP, 2, ctypes.addressof(fprog), 0, 0) != 0:
        return False, "the kernel refused the seccomp filter"
    return True, None


def main():
    spec = json.loads(sys.argv[1])
    pin_to_core(spec.get("core"))
    os.umask(0o077)
    set_limits(spec)
    uid_drop, uid_reason = drop_uid(spec)
    seccomp, seccomp_reason = install_filter(spec.get("seccomp", "auto"))
    if spec.get("seccomp") == "require" and not seccomp:
        fail("seccomp is required but unavailable: %s" % seccomp_reason)
    state = {"seccomp": seccomp, "seccomp_reason": seccomp_reason, "uid_drop": uid_drop, "uid_drop_reason": uid_reason}
    argv = [spec["node"], *spec["args"], json.dumps(state)]
    # glibc reserves 64 MiB of address space per thread's malloc arena; two arenas keep the
    # reservations of Node's threads inside the address-space limit.
    os.execve(spec["node"], argv, {"MALLOC_ARENA_MAX": "2"})


if __name__ == "__main__":
    main()
