# The child's side of a program problem's run (stdio.py is the server's): after its lock-down, a
# child of the zygote runs the program as __main__ with the test's input as its stdin, or, for a
# call problem, calls the entry point on the test's arguments. Kept apart from stdio.py so that the
# zygote, which imports this, loads nothing its children do not need (no select, fcntl or judge).
import os
import resource  # bound now: the zygote's in-process guard later hides it from imports

from lockdown import describe
from sides import VERDICT_FD, data_cases

MESSAGE_CAP = 4096


def stdio_side(code, request):
    """Runs the program (its code object, from the zygote) as __main__ with fds 0, 1 and 2 as its standard
    streams; ends the process with the program's exit status. An uncaught exception's last
    traceback line goes to the verdict pipe as `<nonce> error <Type: message>`. A call problem's
    child instead calls the entry point on its one input (sides.data_cases)."""
    nonce = request["nonce"].encode()
    if "test_memory" in request:
        _limit_memory(request["test_memory"])
    if "entry_point" in request:
        data_cases(code, request["entry_point"], request["inputs"], nonce)
    import builtins
    import io
    import sys

    write, exit_now = os.write, os._exit
    stdin = io.TextIOWrapper(io.BufferedReader(io.FileIO(0, "rb", closefd=False)), encoding="utf-8", newline="\n")
    stdout = io.TextIOWrapper(io.BufferedWriter(io.FileIO(1, "wb", closefd=False), 1 << 16), encoding="utf-8",
                              newline="\n")
    stderr = io.TextIOWrapper(io.BufferedWriter(io.FileIO(2, "wb", closefd=False)), encoding="utf-8",
                              errors="backslashreplace", newline="\n", line_buffering=True)
    sys.stdin, sys.stdout, sys.stderr = stdin, stdout, stderr
    sys.__stdin__, sys.__stdout__, sys.__stderr__ = stdin, stdout, stderr
    sys.argv = ["main.py"]
    # As in a program run by `python3 main.py`: exit() and quit() end it (the in-process guard of
    # function problems takes them away to match the reference harness, which programs do not have).
    builtins.exit = builtins.quit = sys.exit
    status, message = 0, ""
    try:
        exec(code, {"__name__": "__main__", "__builtins__": builtins})
        _finish_like_python(sys)
    except SystemExit as e:
        status = _exit_status(e, stderr)
    except BaseException as e:
        status = 1
        try:
            message = type(e).__name__ + (": " + describe(e) if describe(e) else "")
        except BaseException:
            message = "an exception that could not be printed"
    for stream in (stdout, stderr):
        try:
            stream.flush()
        except BaseException:  # a full or closed pipe: what was written is what counts
            pass
    if message:
        try:
            write(VERDICT_FD, nonce + b" error " + str.encode(message[:MESSAGE_CAP], "utf-8", "backslashreplace"))
        except BaseException:
            pass
    exit_now(status)


def _limit_memory(limit):
    """The problem's memory limit for this run, below the zygote's (a hard limit the zygote keeps
    for every kind of run: it could not raise it again after a lower one)."""
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    value = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (value, value))


def _finish_like_python(sys):
    """What the interpreter does after a main module returns: waits for non-daemon threads (a
    common way to get a deep stack is to run main() in a thread and not join it), then atexit."""
    threading = sys.modules.get("threading")
    if threading is not None:
        threading._shutdown()
    import atexit

    atexit._run_exitfuncs()  # prints what a handler raises, as at exit


def _exit_status(e, stderr):
    code = e.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    try:
        stderr.write(str(code) + "\n")
    except BaseException:
        pass
    return 1

