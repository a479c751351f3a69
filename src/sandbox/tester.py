# The tester: the process that runs HumanEval-style tests for one server, one sample at a time.
# It runs only trusted code (the problem's prompt helpers and test) and what the sample sends it
# as plain data, under a uid of its own that the sample's processes do not have, with seccomp. So
# it is not forked afresh for each sample: one warm process (its pages already its own, each test's
# code, compiled by the server, kept) saves each sample a fork, a lock-down and an exit. Each test
# runs in a fresh namespace; the sample's replies are decoded totally and bounded, so no reply can
# break it, and if a test ever hangs or the tester dies, the server kills it and starts another.
import os
import socket

from lockdown import lock_down, quiet_streams
from sides import run_test
from channel import name_process, recv_message, send_message

CACHE_SIZE = 512


class Tester:
    """The server's handle on its tester."""

    def __init__(self, req, state):
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        pid = os.fork()
        if pid == 0:
            try:
                ours.close()
                _main(req, theirs.detach(), state)
            finally:
                os._exit(72)
        theirs.close()
        self.sock = ours
        self.pid = pid
        self.pidfd = os.pidfd_open(pid)
        self.limits = limits_key(req)
        self.known = set()  # the test_ids whose code the tester holds

    def submit(self, test_id, code, entry_point, fds):
        """Starts one test: `code` is its (prompt and test, `check(entry_point)` call) as the server
        compiled them, sent only when the tester does not hold it yet (marshal, between two of
        passk's own processes: compiling the test again here cost each server about 20 ms of CPU
        for HumanEval's 164 tests); `fds` are the ends of the call and reply pipes to the sample."""
        job = {"test_id": test_id}
        if test_id not in self.known:
            if len(self.known) >= CACHE_SIZE:
                job["forget"] = True
                self.known.clear()
            job["code"] = code
            job["entry_point"] = entry_point
        send_message(self.sock, job, fds)
        self.known.add(test_id)

    def verdict(self):
        """The verdict (word, message) once the socket is readable; None if the tester died."""
        try:
            reply, _ = recv_message(self.sock)
        except (OSError, ValueError):
            return None
        if not isinstance(reply, dict) or not isinstance(reply.get("word"), str) or not isinstance(reply.get("message"), str):
            return None
        return reply["word"], reply["message"]

    def close(self):
        from watch import kill_group

        kill_group(self.pid)
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass
        self.sock.close()
        os.close(self.pidfd)


def limits_key(req):
    return (req["memory"], req["file_size"], req["processes"])


def _main(req, sock_fd, state):
    name_process("passk-tester")
    try:
        lock_down(req, {3: sock_fd}, "/", state["test_uid"], state["seccomp"], cpu_limit=False)
    except BaseException:
        os._exit(70)
    quiet_streams()
    sock = socket.socket(fileno=3)
    tests = {}
    while True:
        job, fds = recv_message(sock)
        if job is None:
            os._exit(0)
        if job.get("forget"):
            tests.clear()
        if "code" in job:
            test_code, check_code = job["code"]
            tests[job["test_id"]] = (test_code, check_code, job["entry_point"])
        test_code, check_code, entry_point = tests[job["test_id"]]
        calls, replies = fds
        word, message = run_test(test_code, check_code, entry_point, calls, replies)
        os.close(calls)
        os.close(replies)
        send_message(sock, {"word": word, "message": message})
