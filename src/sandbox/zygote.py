# The zygote: the process every sample-side child is forked from. The server starts it as a fresh
# interpreter (`python -I -S -B zygote.py`, not a fork of itself), so it never holds a test, an
# expected value or another sample's verdict: a sample that reads its whole address space finds
# none of them. It also keeps it small, and every page it has is one more for each fork to copy
# and each child's exit to unmap.
#
# It does once what each child would otherwise do (environment, umask, groups, no_new_privs, working
# directory, rlimits other than CPU, the reference harness's guard). The server sends a request (the
# sample's code object, compiled by the server and loaded here, or a large sample's source,
# compiled here) and the child's pipe ends (SCM_RIGHTS); the zygote forks the child and answers with
# its pid (or with the compile error, without forking), and on the server's word kills and reaps it
# and answers with its exit status, its CPU time and whether its lock-down worked. A split run's child
# tells the server itself, on a pipe of the server's, that it is locked down and what its pid is: the
# zygote says nothing while that child lives. A program problem's sample (kind "stdio") comes once
# per test, each time a child of its own.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


class Zygote:
    """The server's handle on its zygote."""

    def __init__(self, state):
        import socket

        from channel import recv_message

        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        theirs.set_inheritable(True)
        env = {
            "PASSK_ZYGOTE_FD": str(theirs.fileno()),
            "PASSK_WORKDIR": state["workdir"],
            "PASSK_SAMPLE_UID": "" if state["sample_uid"] is None else str(state["sample_uid"]),
            "PASSK_SECCOMP_ON": "1" if state["seccomp"] else "0",
            # Every symbol of every library bound once here, at load: bound lazily, each child's
            # first call of a function would write its address into a page shared with the zygote,
            # and copy that page.
            "LD_BIND_NOW": "1",
        }
        # Its stdin and stdout are /dev/null: the server's own are the protocol with passk.
        quiet = [(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0), (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0)]
        argv = [sys.executable, "-I", "-S", "-B", os.path.join(HERE, "zygote.py")]
        self.pid = os.posix_spawn(sys.executable, argv, env, file_actions=quiet)
        theirs.close()
        self.sock = ours
        ready, _ = recv_message(ours)
        if ready != {"ready": True}:
            raise OSError("the zygote did not start: %r" % (ready,))

    def spawn(self, request, fds):
        """Forks a sample-side child for `request` (not a split run's) holding `fds`: {"pid", "pidfd"}
        (the pidfd the caller's to close) or {"compile_error"}."""
        from channel import recv_message

        self.ask(request, fds)
        reply, pidfds = recv_message(self.sock)
        wanted = 1 if "pid" in (reply or {}) else 0
        if reply is None or ("pid" not in reply and "compile_error" not in reply) or len(pidfds) != wanted:
            for fd in pidfds:
                os.close(fd)
            raise OSError("the zygote did not answer: %r" % (reply,))
        if pidfds:
            reply["pidfd"] = pidfds[0]
        return reply

    def ask(self, request, fds):
        """Sends a request. A split run's child (its last descriptor the write end of the server's
        setup pipe) says "ok <pid>" there itself once locked down: the zygote says nothing until the
        child has exited, so that the caller starts the test meanwhile, and the zygote writes no page
        the child shares while it lives (each would be a page copied)."""
        from channel import send_message

        send_message(self.sock, request, fds)

    def unstarted(self):
        """The zygote's word on a split run whose child said no "ok": {"compile_error"} (none was
        forked) or {"exit_code", "cpu"} (it ended before its lock-down was done)."""
        from channel import recv_message

        reply, fds = recv_message(self.sock)
        for fd in fds:
            os.close(fd)
        if reply is None or ("compile_error" not in reply and "exit_code" not in reply) or fds:
            raise OSError("the zygote did not answer: %r" % (reply,))
        return reply

    def reap(self, pid, killed=False):
        """Kills the child (the server may, it is root; not again if `killed`: the caller has) and waits
        for the zygote's word that it and everything it left are gone: (exit code, CPU seconds, setup),
        where setup is "ok" or why the child's lock-down failed."""
        from channel import recv_message
        from watch import kill_group

        if not killed:
            kill_group(pid)
        reply, _ = recv_message(self.sock)
        if reply is None:
            raise OSError("the zygote did not answer")
        return reply["exit_code"], reply["cpu"], reply["setup"]


# ---------------------------------------------------------------- the zygote itself

SETUP_FD = 9
MAX_PLANS = 16
PR_SET_PDEATHSIG = 1
PR_SET_CHILD_SUBREAPER = 36
# What samples import most, loaded once here so each child gets it for free. Not `random`: it reseeds
# itself from the kernel in every forked child (os.register_at_fork), which cost each child 0.15 ms
# whether or not the sample uses it; a sample that imports it seeds it the same way. Not `shutil`,
# which samples hardly use: with zlib, bz2 and lzma it is 30 more mappings for each fork to copy.
PRELOAD = (
    "typing", "math", "re", "collections", "itertools", "functools", "heapq", "bisect", "string",
    "copy", "operator",
)

# The typing subscripts prompts use most (HumanEval's `List[int]`, `Tuple[float, float]`, ...), made
# once here. typing caches each one; a child that made one itself would write into a hundred or so
# of the zygote's pages, and copy each (measured: 0.17 ms of a child's CPU for `List[int]`). A child
# gets the same object it would have made: typing returns its cached alias either way.
TYPING_ARGS = ("int", "str", "float", "bool", "Any")


def warm_typing():
    try:
        import typing
    except Exception:  # a missing typing only costs speed
        return
    import builtins

    args = [getattr(builtins, name, None) or getattr(typing, name) for name in TYPING_ARGS]
    for arg in args:
        typing.List[arg]
        typing.Optional[arg]
        typing.Tuple[arg, arg]
        typing.Tuple[arg, ...]
        typing.Dict[str, arg]
        typing.Set[arg]
        typing.List[typing.List[arg]]
        typing.List[typing.Tuple[arg, arg]]
        typing.Union[arg, None]


def warm_type_cache(child_lock_down, stream, resource, marshal):
    """Makes here the type-cache entries that each child's own steps look up (its output budget; its
    lock-down: ChildLockDown.apply, SeccompTemplate.install_child; the first line of
    sides.sample_side). A lookup the cache misses writes the entry, in a page a child shares with this
    process, which that child then copies: made here, no child writes them (measured on the bench's
    samples: 157 -> 152 page faults in each child for the lock-down's, medians, and 1.5 fewer for
    sample_side's). A name missing from this list only costs speed. (`resource` and `marshal` are
    passed in: the reference harness's guard has hidden `resource` from imports by now.)"""
    stream._budget = stream._budget
    lock = child_lock_down
    lock.apply, lock.uid, lock.drop_capabilities, lock.dumpable, lock.seccomp  # noqa: B018
    resource.RLIMIT_CPU  # noqa: B018
    if lock.seccomp is not None:
        lock.seccomp.install_child, lock.seccomp._expected, lock.seccomp._fprog_address  # noqa: B018
    os._exit, marshal.loads  # noqa: B018


def main():
    sys.path.insert(0, HERE)
    import gc
    import marshal
    import resource
    import signal
    import warnings

    from channel import name_process, recv_message, send_message
    from lockdown import (
        ChildLockDown, CappedStream, describe, emulate_reference_guard, fewer_malloc_arenas, fill_low_fds, libc,
        prepare_parent, set_limits,
    )
    from evalplus_side import evalplus_cases
    from sides import VERDICT_FD, data_cases, sample_side, warm_up
    from stdio_child import stdio_side

    seccomp = os.environ["PASSK_SECCOMP_ON"] == "1"
    if not seccomp:  # under seccomp there is nothing to reap (and select stays out of this process)
        from watch import reap_leftovers
    del sys.path[0]  # samples must not import the sandbox's own modules by name
    for name in PRELOAD:
        try:
            __import__(name)
        except Exception:  # a missing optional module only costs speed
            pass
    warm_typing()
    from _socket import socket  # not socket.py (with selectors and select): the zygote needs no more

    sock = socket(fileno=int(os.environ["PASSK_ZYGOTE_FD"]))
    workdir = os.environ["PASSK_WORKDIR"]
    uid = int(os.environ["PASSK_SAMPLE_UID"]) if os.environ["PASSK_SAMPLE_UID"] else None
    libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    name_process("passk-zygote")
    fewer_malloc_arenas()
    os.chdir(workdir)
    prepare_parent(seccomp)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # oversized writes fail with an error instead
    # Captured before the guard sets some of them to None.
    fork, waitpid, pipe, read, close, write, getpid = os.fork, os.waitpid, os.pipe, os.read, os.close, os.write, os.getpid
    children_usage, RUSAGE_CHILDREN = resource.getrusage, resource.RUSAGE_CHILDREN
    loads = marshal.loads
    stream = CappedStream(0, write)
    emulate_reference_guard(stream)
    fill_low_fds()
    child_lock_down = ChildLockDown(uid, seccomp)
    expect_pid = child_lock_down.seccomp.expect if child_lock_down.seccomp is not None else None
    next_pid = None
    children_cpu = 0.0
    plan = {
        "split": lambda fds, setup: {1: fds[2], 2: fds[2], 3: fds[0], 4: fds[1], SETUP_FD: setup},
        "data": lambda fds, setup: {1: fds[1], 2: fds[1], VERDICT_FD: fds[0], SETUP_FD: setup},
        # A program problem's run: its own stdin (the test's input), stdout and stderr.
        "stdio": lambda fds, setup: {0: fds[3], 1: fds[1], 2: fds[2], VERDICT_FD: fds[0], SETUP_FD: setup},
    }
    plans = {}
    warm_up()
    warm_type_cache(child_lock_down, stream, resource, marshal)
    gc.collect()  # the start-up's garbage goes before the rest is frozen
    gc.freeze()  # what is loaded now stays: a collection in a child would copy every page of it
    send_message(sock, {"ready": True})
    limits = None
    code = None
    while True:
        request, fds = recv_message(sock)
        if request is None:
            os._exit(0)
        # The last sample's code is freed only now, its child long gone (freeing it while the child
        # lived would copy the pages it sits on).
        code = None
        try:
            if "code" in request:
                # Compiled by the server (marshal from a trusted process) and loaded here, before the
                # fork: the child then only reads the objects, where making them itself wrote into
                # pages it shares with this process, each a page to copy. Measured on the bench's
                # 2,443 samples: the child's CPU to its first reply 500 -> 435 us and 181 -> 158 page
                # faults (medians), this process's CPU 12-32 us a sample more.
                code = loads(request["code"])
            else:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    code = compile(request["program"], "<string>", "exec")
        except BaseException as e:  # SyntaxError, ValueError (null bytes), RecursionError, MemoryError
            for fd in fds:
                close(fd)
            send_message(sock, {"compile_error": describe(e)})
            continue
        wanted = (request["memory"], request["file_size"], request["processes"])
        if wanted != limits:  # every child's limits but CPU time, set here once
            set_limits(request, uid, cpu_limit=False)
            limits = wanted
        # The child says on this pipe whether its lock-down worked, and closes it before any of the
        # sample's code runs: a sample cannot claim a sandbox error. A split run's pipe is the
        # server's (its last descriptor), which reads "ok <pid>" there; the others' is read here.
        split = request["kind"] == "split"
        if split:
            setup_r, setup_w = None, fds[-1]
        else:
            setup_r, setup_w = pipe()
        # The plan depends only on these numbers, which are the same sample after sample: worked out
        # once (the few combinations seen are kept; a failure is not).
        key = (request["kind"], tuple(fds), setup_w)
        planned = plans.get(key)
        if planned is None:
            try:
                planned = child_lock_down.plan(plan[request["kind"]](fds, setup_w)) + (None,)
                if len(plans) >= MAX_PLANS:
                    plans.clear()
                plans[key] = planned
            except OSError as e:  # not a descriptor plan the child could follow: it reports that at once
                planned = (None, None, e)
        moves, gaps, failure = planned
        cpu = child_lock_down.cpu_limit(request["timeout"])
        budget = int(request["output_cap"])
        if expect_pid is not None and next_pid is not None:
            expect_pid(next_pid)
        pid = fork()
        if pid == 0:
            stream._budget = budget
            try:
                if failure is not None:
                    raise failure
                child_lock_down.apply(moves, gaps, cpu)
                write(SETUP_FD, b"ok %d" % getpid() if split else b"ok")
                close(SETUP_FD)
            except BaseException as e:
                message = ("sandbox setup failed: %r" % (e,)).encode("utf-8", "replace")
                # setup_w until the descriptors above 9 are closed, SETUP_FD (its copy) after.
                for fd in (setup_w, SETUP_FD):
                    try:
                        write(fd, message)
                        break
                    except OSError:
                        pass
                os._exit(70)
            if request["kind"] == "split":
                sample_side(code, request["entry_point"])
            if request["kind"] == "stdio":
                stdio_side(code, request)
            if "evalplus" in request:
                evalplus_cases(code, request, request["nonce"].encode())
            data_cases(code, request["entry_point"], request["inputs"], request["nonce"].encode())
            os._exit(71)
        if split:
            # Nothing more until the child has exited: the server has its pid from the child itself.
            for fd in fds:
                close(fd)
        else:
            # A pidfd, opened before this process can reap the child: the server watches the child
            # with it, and it stays the right process even after the child has exited and been
            # reaped here.
            pidfd = os.pidfd_open(pid)
            close(setup_w)
            for fd in fds:
                close(fd)
            send_message(sock, {"pid": pid}, [pidfd])
            close(pidfd)
        # The child runs until it exits or the server kills it. Its CPU time is what this process's
        # reaped children have used, less what they had used before: os.wait4 (its own usage) imports
        # `resource` at every call, where the guard has put None, and putting the module back while the
        # child lived was a page copied (measured with waitpid: 18 page faults a sample fewer).
        _, status = waitpid(pid, 0)
        usage = children_usage(RUSAGE_CHILDREN)
        cpu = usage.ru_utime + usage.ru_stime - children_cpu
        # Pids come in order: the next child's is most likely this one's plus one (nothing else in
        # the sandbox forks as often), and its filter is made for that pid before the fork
        # (SeccompTemplate.expect; measured: 3.5 page faults a sample fewer, and less CPU in each of 6
        # interleaved pairs of whole runs, 1-6 %).
        next_pid = pid + 1
        if not seccomp:
            # Under seccomp a child cannot start processes: there is nothing else to reap.
            reap_leftovers()
            usage = children_usage(RUSAGE_CHILDREN)
        children_cpu = usage.ru_utime + usage.ru_stime
        if split:
            setup = None  # the server has read the child's word itself
        else:
            setup = read(setup_r, 65536).decode("utf-8", "replace") or "the child ended before its lock-down"
            close(setup_r)
        send_message(sock, {
            "exit_code": os.waitstatus_to_exitcode(status),
            "cpu": cpu,
            "setup": setup,
        })


if __name__ == "__main__":
    main()
