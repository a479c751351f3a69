# passk fork server: a warm Python that runs each sample in locked-down processes and judges it.
#
# Started by src/sandbox/server.ts as `python3 -I -S -B forkserver.py` (inside bubblewrap when
# available). Protocol: one JSON request per line on stdin, one JSON response per line on stdout (held
# back and sent a few at a time while more requests wait: link.py); the first line written is a
# "ready" record describing what isolation this process could set up. Every field of each is in
# protocol.json, which both sides check every message against (protocol.py).
#
# Requests, by "kind":
# - "split" (HumanEval-style test code, the default): the sample's module runs in a child of the
#   zygote; the test runs in the tester, under another uid, where `candidate` crosses as data
#   (sides.py). The sample cannot reach the test's interpreter, its verdict, or its expected values.
#   The test (prompt, test code, entry point) comes with the first request that names its test_id;
#   later ones name it only ("forget_tests" empties what the server holds).
# - "data" (tests as data): a child of the zygote runs the program and returns each case's output;
#   passk compares them outside.
# - "stdio" (program problems): the program once per test, each run a child of the zygote reading
#   that test's input; the outputs go back to passk, which compares them (stdio.py).
# - "program": the whole program in one child of this server, as the reference harness runs it. The
#   sample can reach the test there (it can read the verdict nonce from memory): only for tests that
#   cannot be split, and passk labels those verdicts "in-process".
#
# Files: link.py (the request and answer lines), zygote.py (the fresh interpreter every sample-side
# child is forked from), tester.py (the long-lived process that runs tests), sides.py (what runs in
# each process), lockdown.py (a child's set-up), watch.py (CPU, wall clock, reaping, the working
# directory), judge.py (verdicts), wire.py (values as data), channel.py (messages to the helpers),
# seccomp_filter.py, stdio.py and stdio_child.py (program problems: the server's side and the
# child's), protocol.py (the checks).
import fcntl  # roomy_pipe's; lock_down imports it in each child it sets up too (loaded once here)
import gc
import json
import marshal
import os
import select
import sys
import time
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # -I leaves the script's folder out
import judge  # noqa: E402
from link import ANSWERS, Requests  # noqa: E402
from lockdown import describe, fewer_malloc_arenas, libc, lock_down  # noqa: E402
from protocol import check_ready, check_request, check_response  # noqa: E402
from seccomp_filter import probe_seccomp  # noqa: E402
from sides import VERDICT_FD, in_process  # noqa: E402
from stdio import run_stdio  # noqa: E402
from tester import Tester, limits_key  # noqa: E402
from watch import Pipe, Workdir, cpu_seconds, kill_group, reap_leftovers, watch, watch_cases  # noqa: E402
from zygote import Zygote  # noqa: E402

del sys.path[0]  # samples must not import the sandbox's own modules by name

# Modules samples and tests commonly import, loaded once (before the first in-process run, the
# only kind forked from this process for each sample) so each such child gets them for free. Kept to
# the common ones: every page of this process is mapped into each child, so a large heap makes every
# fork slower (unittest, doctest and decimal doubled it); and not subprocess, which imports
# threading, whose fork handler alone cost each child 0.45 ms. Not at start-up: split and data runs
# (nearly all) never need them here, and they cost each server about 20 ms of CPU before it is ready.
PRELOAD = (
    "typing", "math", "re", "collections", "itertools", "functools", "heapq", "bisect", "string",
    "random", "copy", "operator", "json", "base64", "struct", "shutil",
)


def preload(state):
    if state.get("preloaded"):
        return
    for name in PRELOAD:
        try:
            __import__(name)
        except Exception:  # a missing optional module only costs speed
            pass
    state["preloaded"] = True
    gc.freeze()  # as at start-up: a collection in a child would copy every page of it


PR_SET_CHILD_SUBREAPER = 36


# Compiling a sample can warn (SyntaxWarning for `is` with a literal, an invalid escape). No one sees
# this server's stderr, so it ignores warnings for good, set once at start-up: a catch_warnings()
# around each compile cost every sample 26 µs. The in-process child, which runs the whole program
# as the reference harness does, gets the interpreter's own filters back (INTERPRETER_FILTERS).
INTERPRETER_FILTERS = list(warnings.filters)
warnings.simplefilter("ignore")


def compile_quietly(source):
    return compile(source, "<string>", "exec")


# Sources up to this size are compiled here and reach the zygote as a code object (marshal): a
# compile in the zygote, right after its previous fork, writes to hundreds of pages it shares with
# nothing any more but must still fault on, one by one (measured: 0.3 ms per sample, against 0.07 ms
# here). Larger ones are compiled in the zygote, under its memory limit.
COMPILE_HERE_MAX = 64 * 1024


def sample_code(request, source):
    """Puts the sample's module into a zygote request: compiled (the message, if it does not compile)
    or, when large, as source."""
    if len(source) > COMPILE_HERE_MAX:
        request["program"] = source
        return None
    try:
        request["code"] = marshal.dumps(compile_quietly(source))
    except BaseException as e:  # SyntaxError, ValueError (null bytes), RecursionError, MemoryError
        return describe(e)
    return None


def new_nonce():
    return os.urandom(16).hex().encode()


def limits_of(req):
    return float(req["timeout"]), float(req["wall"]), int(req["output_cap"])


def finish(pipes):
    for pipe in pipes:
        pipe.drain()
        pipe.close()


# ---------------------------------------------------------------- the three kinds of run


def run_program(req, state):
    """The whole program in one child of this server."""
    # The child is forked from this process, and the sample can read its memory: no answer about
    # another sample may be in it.
    ANSWERS.send()
    preload(state)
    try:
        code = compile_quietly(req["program"])
    except BaseException as e:  # SyntaxError, ValueError (null bytes), RecursionError, MemoryError
        return {"status": "failed", "result": "failed: " + describe(e), "cpu": 0.0, "wall": 0.0, "phase": "compile"}
    timeout, wall_limit, output_cap = limits_of(req)
    nonce = new_nonce()
    verdict_r, verdict_w = os.pipe()
    out_r, out_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        warnings.filters[:] = INTERPRETER_FILTERS
        warnings._filters_mutated()
        try:
            lock_down(req, {1: out_w, 2: out_w, VERDICT_FD: verdict_w}, state["workdir"], state["sample_uid"], state["seccomp"])
        except BaseException as e:
            os.write(verdict_w, nonce + b" error " + ("sandbox setup failed: %r" % (e,)).encode("utf-8", "replace"))
            os._exit(70)
        in_process(code, output_cap, nonce)
    os.close(verdict_w)
    os.close(out_w)
    del code
    pidfd = os.pidfd_open(pid)
    pipes = [Pipe(verdict_r, judge.MAX_VERDICT_BYTES), Pipe(out_r, output_cap)]
    how, wall = watch(pidfd, {pid: 0.0}, pipes, timeout, wall_limit, pid)
    kill_group(pid)
    _, status, usage = os.wait4(pid, 0)
    os.close(pidfd)
    reap_leftovers(keep=helpers_of(state))
    finish(pipes)
    cpu = usage.ru_utime + usage.ru_stime
    verdict = pipes[0].data()
    outcome = judge.timed_out(how, cpu, timeout)
    if outcome is None:
        claim, message = judge.claim_of(nonce, verdict)
        outcome = judge.judge_single(claim, message, os.waitstatus_to_exitcode(status), verdict)
    outcome.update(exit_code=os.waitstatus_to_exitcode(status), verdict="in-process")
    return measured(outcome, cpu, wall, pipes[1])


def run_data(req, state):
    """Tests as data: a child of the zygote runs the program and the cases (an EvalPlus run when the
    request has "evalplus": inputs as the dataset's JSON, a time limit per input)."""
    timeout, wall_limit, output_cap = limits_of(req)
    evalplus = req.get("evalplus")
    nonce = new_nonce()
    verdict_r, verdict_w = os.pipe()
    out_r, out_w = os.pipe()
    request = {key: req[key] for key in ("entry_point", "inputs") + LIMIT_KEYS}
    request.update(kind="data", nonce=nonce.decode())
    verdict_cap = judge.MAX_VERDICT_BYTES
    if evalplus is not None:
        request["evalplus"] = evalplus
        verdict_cap = judge.evalplus_verdict_cap(len(req["inputs"]), evalplus.get("digest_above"))
        roomy_pipe(verdict_w)
    error = sample_code(request, req["program"])
    spawned = {"compile_error": error} if error is not None else state["zygote"].spawn(request, [verdict_w, out_w])
    os.close(verdict_w)
    os.close(out_w)
    if "compile_error" in spawned:
        os.close(verdict_r)
        os.close(out_r)
        return {"status": "failed", "result": "failed: " + spawned["compile_error"], "cpu": 0.0, "wall": 0.0,
                "cases": [], "verdict": "data", "phase": "compile"}
    pid, pidfd = spawned["pid"], spawned["pidfd"]
    pipes = [Pipe(verdict_r, verdict_cap), Pipe(out_r, output_cap)]
    case_limits = evalplus.get("case_limits") if evalplus is not None else None
    if case_limits is not None:
        how, wall, case, limit = watch_cases(pidfd, pid, pipes[0], pipes, timeout, wall_limit, case_limits)
    else:
        how, wall = watch(pidfd, {pid: 0.0}, pipes, timeout, wall_limit, pid)
        case = limit = None
    exit_code, cpu, setup = state["zygote"].reap(pid)
    os.close(pidfd)
    finish(pipes)
    data = pipes[0].data()
    if evalplus is not None:
        data = judge.after_ready(nonce, data)
    cases, rest = judge.split_cases(nonce, data, len(req["inputs"]))
    outcome = setup_error(setup)
    if outcome is None and how == "case":
        outcome = {"status": "timeout", "result": "timed out", "limit": limit, "case": case}
    if outcome is None:
        outcome = judge.timed_out(how, cpu, timeout)
    if outcome is None:
        claim, message = judge.claim_of(nonce, rest)
        outcome = judge.judge_single(claim, message, exit_code, rest, error_claims=False)
    outcome.update(exit_code=exit_code, cases=cases, verdict="data")
    return measured(outcome, cpu, wall, pipes[1])


F_SETPIPE_SZ = 1031


def roomy_pipe(fd):
    """A larger pipe (1 MiB): the child writes many lines between two of the server's reads."""
    try:
        fcntl.fcntl(fd, F_SETPIPE_SZ, 1 << 20)
    except OSError:  # a smaller pipe only costs the child some waiting
        pass


def run_split(req, state):
    """The sample's module in a child of the zygote; the test in the tester, under another uid."""
    _, test, entry_point, compiled = test_of(req, state)
    if isinstance(compiled, str):
        # The prompt needs the completion to compile (a prompt that ends inside a function, say):
        # the test cannot run apart from the sample.
        return {"status": "unsplittable", "result": "failed: the prompt and test do not compile without a completion: "
                + compiled, "cpu": 0.0, "wall": 0.0, "verdict": "split"}
    timeout, wall_limit, output_cap = limits_of(req)
    full_program = lambda: req["module"] + "\n" + test + "\n" + "check(%s)" % entry_point  # noqa: E731
    calls_r, calls_w = os.pipe()
    replies_r, replies_w = os.pipe()
    out_r, out_w = os.pipe()
    setup_r, setup_w = os.pipe()
    request = {key: req[key] for key in LIMIT_KEYS}
    request.update(kind="split", entry_point=entry_point)
    error = sample_code(request, req["module"])
    if error is not None:
        for fd in (calls_r, calls_w, replies_r, replies_w, out_r, out_w, setup_r, setup_w):
            os.close(fd)
        return compile_failure(full_program(), error)
    zygote = state["zygote"]
    zygote.ask(request, [calls_r, replies_w, out_w, setup_w])
    for fd in (calls_r, replies_w, out_w, setup_w):
        os.close(fd)
    # The test starts while the zygote forks the sample's process (it waits for the sample's first
    # word): the server does not wait for the zygote's answer in between.
    tester = tester_for(req, state)
    base = cpu_seconds(tester.pid) or 0.0
    try:
        tester.submit(req["test_id"], compiled, entry_point, [calls_w, replies_r])
    except OSError:  # it died since its last test: a new one
        tester.close()
        state["tester"] = None
        tester = tester_for(req, state)
        base = cpu_seconds(tester.pid) or 0.0
        tester.submit(req["test_id"], compiled, entry_point, [calls_w, replies_r])
    os.close(calls_w)
    os.close(replies_r)
    # The sample's process says it is locked down, with its pid, before any of the sample's code runs
    # (the zygote, which forked it, says nothing while it lives: each page it wrote then was a page
    # to copy, the child sharing it; measured: 2.6 % less CPU a run).
    setup = read_setup(setup_r)
    sample_pid = judge.started_pid(setup)
    if sample_pid is None:
        # No sample process to watch: none was forked (a large module, compiled by the zygote, that
        # does not compile), or it failed its lock-down. The test ends at once (its pipes have no other
        # end), and the next one starts clean.
        ended = zygote.unstarted()
        os.close(out_r)
        if finish_tester(tester) is None:
            tester.close()
            state["tester"] = None
        if "compile_error" in ended:
            return compile_failure(full_program(), ended["compile_error"])
        outcome = setup_error(setup or "the child ended before its lock-down")
        outcome.update(exit_code=ended["exit_code"], verdict="split", cpu_sample=round(ended["cpu"], 5), cpu_test=0.0)
        return {**outcome, "cpu": round(ended["cpu"], 4), "wall": 0.0, "output": ""}
    out = Pipe(out_r, output_cap)
    how, wall = watch(tester.sock.fileno(), {sample_pid: 0.0, tester.pid: base}, [out], timeout, wall_limit, sample_pid)
    kill_group(sample_pid)  # the test is over (or out of time): the sample goes
    verdict = tester.verdict() if how == "exit" else finish_tester(tester)
    sample_exit, sample_cpu, _ = zygote.reap(sample_pid, killed=True)
    test_cpu = max(0.0, (cpu_seconds(tester.pid) or base) - base)
    if verdict is None:  # the tester died or hung: the next split run gets a new one
        tester.close()
        state["tester"] = None
    finish([out])
    cpu = sample_cpu + test_cpu
    outcome = judge.timed_out(how, cpu, timeout)
    if outcome is None:
        if verdict is None:
            outcome = {"status": "error", "result": "failed: passk sandbox error: the test's process ended without a verdict"}
        else:
            outcome = judge.judge_split(verdict[0], verdict[1], sample_exit)
    # The sample's process is killed once the test is over; its exit only means something when it
    # ended on its own.
    ended_itself = verdict is not None and verdict[0] == "gone"
    outcome.update(exit_code=sample_exit if ended_itself else 0, verdict="split",
                   cpu_sample=round(sample_cpu, 5), cpu_test=round(test_cpu, 5))
    return measured(outcome, cpu, wall, out)


def read_setup(fd):
    """The sample child's first word ("ok <pid>" once its lock-down is done, or why it failed), or ""
    if no child wrote one (none was forked, or it died first)."""
    try:
        return os.read(fd, 65536).decode("utf-8", "replace")
    finally:
        os.close(fd)


LIMIT_KEYS = ("timeout", "memory", "file_size", "processes", "output_cap")
TESTER_GRACE = 1.0


def helpers_of(state):
    """The server's own long-lived children, which reaping a sample's leftovers must spare."""
    tester = state.get("tester")
    return (state["zygote"].pid,) + ((tester.pid,) if tester is not None else ())


def tester_for(req, state):
    """The tester, started on first use (and again after a failure, or for other limits)."""
    tester = state.get("tester")
    if tester is not None and tester.limits != limits_key(req):
        tester.close()
        tester = None
    if tester is None:
        tester = state["tester"] = Tester(req, state)
    return tester


def finish_tester(tester):
    """After a timeout the sample is dead, so the test ends at once ("gone"); a tester that does
    not answer within TESTER_GRACE is itself stuck (or dead) and gets replaced."""
    ready, _, _ = select.select([tester.sock], [], [], TESTER_GRACE)
    return tester.verdict() if ready else None


def setup_error(setup):
    if setup == "ok":
        return None
    return {"status": "error", "result": "failed: passk sandbox error: " + setup}


def compile_failure(program, own):
    """The result of a split run whose sample module does not compile."""
    return {"status": "failed", "result": "failed: " + compile_message(program, own), "cpu": 0.0, "wall": 0.0,
            "verdict": "split", "phase": "compile"}


def compile_message(program, own):
    """The reference harness compiles the whole program at once: its message (and line numbers)
    are those of the whole program, not of the sample's module alone."""
    try:
        compile_quietly(program)
    except BaseException as e:
        return describe(e)
    return own


def test_of(req, state):
    """The request's test: its prompt, test code and entry point (sent only the first time this
    server sees that test_id, or when passk asks it to forget the tests it holds) and its code
    (the prompt's helpers and the test, and the `check(entry_point)` call), compiled once here and
    passed to the tester as it is; the code is the error message if it does not compile."""
    tests = state["tests"]
    if req.get("forget_tests"):
        tests.clear()
    found = tests.get(req["test_id"])
    if found is None:
        if "test" not in req:
            raise ValueError("test %r was never sent" % (req["test_id"],))
        prompt, test, entry_point = req["prompt"], req["test"], req["entry_point"]
        try:
            code = (compile_quietly(prompt + "\n" + test), compile_quietly("check(%s)" % entry_point))
        except BaseException as e:
            code = describe(e)
        found = tests[req["test_id"]] = (prompt, test, entry_point, code)
    return found


def measured(outcome, cpu, wall, out_pipe):
    outcome.update(cpu=round(cpu, 4), wall=round(wall, 4), output=out_pipe.data().decode("utf-8", "replace"))
    return outcome


RUNS = {
    "program": run_program,
    "data": run_data,
    "split": run_split,
    "stdio": lambda req, state: run_stdio(req, state, new_nonce, finish, sample_code),  # program problems: stdio.py
}


# ---------------------------------------------------------------- start-up and main loop


def uids():
    """The two uids of this server's children: samples run as the first, tests as the second.
    Each server gets its own pair from the pool, so rlimits counted per uid are per worker."""
    text = os.environ.get("PASSK_UIDS", "")
    try:
        sample_uid, test_uid = (int(x) for x in text.split(","))
        return sample_uid, test_uid
    except ValueError:
        return 65534, 65533


def probe_uid_drop(uid):
    """Root drops each child to its own uid; that only works if that uid can still read Python's
    files (a pyenv install under /root cannot be, outside bubblewrap)."""
    if os.geteuid() != 0:
        return False, "not running as root: children keep the current uid"
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.setgroups([])
            os.setresgid(uid, uid, uid)
            os.setresuid(uid, uid, uid)
            os.listdir(os.path.dirname(os.__file__))
            with open(os.__file__, "rb"):
                code = 0
        except BaseException:
            code = 2
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) == 0:
        return True, None
    return False, "the children's uid cannot read the Python installation (%s): children keep uid 0" % sys.prefix


def pin_to_core(worker):
    """Keeps this server, its helpers and every sample it runs on one of the cores passk may use
    (round robin by worker): the processes of one sample hand work to each other at every call, and
    on one core each hand-over is a cheap switch rather than a wake-up across cores."""
    try:
        allowed = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {allowed[int(worker) % len(allowed)]})
    except (TypeError, ValueError, OSError, AttributeError):  # no worker number, or no affinity here
        pass


def _tempfile():
    """Only outside bubblewrap: with random and shutil, tempfile costs start-up a few ms of CPU."""
    import tempfile

    return tempfile


def start():
    pin_to_core(os.environ.get("PASSK_WORKER"))
    fewer_malloc_arenas()  # for the tester and in-process children, which are forked from here
    sample_uid, test_uid = uids()
    drop, drop_reason = probe_uid_drop(sample_uid)
    tmp = os.environ.get("PASSK_TMP") or _tempfile().gettempdir()
    private_tmp = os.environ.get("PASSK_PRIVATE_TMP") == "1"
    state = {
        "sample_uid": sample_uid if drop else None,
        "test_uid": test_uid if drop else None,
        "subreaper": libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0,
        "tests": {},
    }
    # In the shared host /tmp (no bubblewrap) each server works in a directory of its own.
    parent = tmp if private_tmp else _tempfile().mkdtemp(prefix="srv-", dir=tmp)
    if not private_tmp:
        os.chmod(parent, 0o711)
    state["workdir_owner"] = Workdir(parent, state["sample_uid"], private_tmp)
    state["workdir"] = state["workdir_owner"].path
    if os.environ.get("PASSK_SECCOMP", "auto") == "off":
        state["seccomp"], reason = False, "disabled by configuration"
    else:
        state["seccomp"], reason = probe_seccomp()
    # The zygote is forked now, before any request has been read: it never holds a test.
    state["zygote"] = Zygote(state)
    state["tester"] = None  # started with the first split run's limits
    ready = {
        "ready": True,
        "python": sys.version.split()[0],  # platform.python_version(), without loading platform
        "seccomp": state["seccomp"],
        "seccomp_reason": reason,
        "uid_drop": drop,
        "uid_drop_reason": drop_reason,
        "uids": [sample_uid, test_uid] if drop else None,
        "subreaper": state["subreaper"],
        "pid": os.getpid(),
    }
    # Everything loaded so far is never collected again: a collection in a child would otherwise
    # walk (and so copy) every page of the inherited heap.
    gc.freeze()
    return state, ready


def sandbox_error(message, replace=False):
    response = {"status": "error", "result": "failed: passk sandbox error: " + message, "cpu": 0.0, "wall": 0.0}
    if replace:
        response["replace"] = True
    return response


def answer(line, state):
    """The response to one request line (protocol.json): a request that does not fit the schema is
    answered with an error for its id (0 if it has none) and nothing runs."""
    try:
        req = json.loads(line)
    except (ValueError, RecursionError) as e:  # not JSON, not UTF-8, or nested past the parser's depth
        return 0, sandbox_error("protocol: unreadable request: %s" % (e,))
    problem = check_request(req)
    request_id = req.get("id") if type(req) is dict and type(req.get("id")) is int else 0
    if problem is not None:
        return request_id, sandbox_error("protocol: bad request: " + problem)
    try:
        response = RUNS[req["kind"]](req, state)
    except Exception as e:  # a bug here must not look like a sample outcome
        response = sandbox_error("%r" % (e,), replace=True)
    if not state["workdir_owner"].restore():
        # Something the sample left could not be put back: this server is not clean any more.
        response["replace"] = True
    return request_id, response


def done():
    """passk closed the request stream: every answer is written (os.write, nothing buffered), and the
    helpers exit when their sockets close. Exits at once: the interpreter's own teardown took 3 ms
    more of each server's exit, at the end of every run."""
    os._exit(0)


def main():
    state, ready = start()
    problem = check_ready(ready)
    if problem is not None:
        raise SystemExit("passk fork server: protocol: bad ready record: " + problem)
    answers = ANSWERS
    answers.send(json.dumps(ready).encode() + b"\n")
    requests = Requests(0)
    while True:
        line = requests.take(answers)  # (sends what is held before it waits)
        if line is None:
            done()
        started = time.monotonic()
        request_id, response = answer(line, state)
        response["id"] = request_id
        wall = response.get("wall")
        spent = time.monotonic() - started - (wall if type(wall) in (int, float) else 0.0)
        response["overhead"] = round(spent, 4)
        problem = check_response(response)
        if problem is not None:  # a bug in the server: an error answer, and a new server
            response = sandbox_error("protocol: bad response: " + problem, replace=True)
            response.update(id=request_id, overhead=0.0)
        answers.add(json.dumps(response).encode() + b"\n", requests)
        if response.get("replace"):
            # Not clean any more: nothing else runs here (passk may have sent the next requests
            # already); this server waits to be replaced.
            answers.send()
            while requests.take(answers) is not None:
                pass
            done()


if __name__ == "__main__":
    main()
