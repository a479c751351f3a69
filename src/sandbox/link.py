# The fork server's line protocol with passk (protocol.json): requests read as they arrive, answers
# held back and sent several at a time.
#
# passk keeps several requests waiting at each server (pool.ts, JOBS_PER_SERVER). Sent one by one,
# every answer would wake passk's Node process for that answer alone, and each wake-up (a turn of
# its event loop, its stream machinery) cost Node more than the answer's own work: 190 µs of CPU a
# sample in a run, against 33–45 µs when answers come many at a time. So the server holds its
# answers until few requests are left waiting (passk then has the time those take to send more),
# or until HOLD_AT_MOST answers are held, or until the first one held is HOLD_SECONDS old; watch.py
# sends them on time even while a long sample runs. Before it waits for a request, the server sends
# everything it holds.
import os
import select
import time

# Send when fewer requests than this wait: passk hears the answers while the server runs these.
LOW_WATER = 3
HOLD_AT_MOST = 32
HOLD_SECONDS = 0.02


class Requests:
    """The request lines passk has sent, read without waiting whenever the server looks."""

    __slots__ = ("fd", "lines", "partial", "ended")

    def __init__(self, fd):
        os.set_blocking(fd, False)
        self.fd, self.lines, self.partial, self.ended = fd, [], [], False

    def pull(self):
        """Reads whatever has arrived."""
        while not self.ended:
            try:
                chunk = os.read(self.fd, 1 << 20)
            except BlockingIOError:
                return
            if not chunk:
                self.ended = True
                return
            if b"\n" not in chunk:
                self.partial.append(chunk)
                continue
            if self.partial:
                self.partial.append(chunk)
                chunk = b"".join(self.partial)
                self.partial = []
            parts = chunk.split(b"\n")
            last = parts.pop()
            if last:
                self.partial.append(last)
            self.lines += parts

    def waiting(self):
        """Requests that have arrived and not been taken."""
        return len(self.lines)

    def take(self, answers):
        """The next request line, or None once passk has closed the stream. When none has arrived,
        sends every answer held, then waits."""
        while not self.lines:
            self.pull()
            if self.lines:
                break
            if self.ended:
                answers.send()
                return None
            answers.send()
            select.select([self.fd], [], [])
        return self.lines.pop(0)


class Answers:
    """Answers written but not sent yet (see the top of this file)."""

    __slots__ = ("fd", "held", "due")

    def __init__(self, fd=1):
        self.fd, self.held, self.due = fd, [], None

    def add(self, line, requests):
        """Holds one answer line; sends what is held if it is time to."""
        if not self.held:
            self.due = time.monotonic() + HOLD_SECONDS
        self.held.append(line)
        if requests.waiting() < LOW_WATER:
            # Only then does it matter whether more have arrived (a read that finds none costs a
            # system call and an exception, every sample).
            requests.pull()
        if requests.waiting() < LOW_WATER or len(self.held) >= HOLD_AT_MOST:
            self.send()

    def send(self, line=None):
        """Sends what is held (and then `line`, if given)."""
        if line is not None:
            self.held.append(line)
        if not self.held:
            return
        view = memoryview(b"".join(self.held))
        self.held, self.due = [], None
        while view:
            view = view[os.write(self.fd, view):]

    def wait_at_most(self, seconds, now):
        """`seconds`, or less if what is held falls due sooner (for a wait in select)."""
        if self.due is None:
            return seconds
        return max(0.0, min(seconds, self.due - now))

    def send_if_due(self, now):
        if self.due is not None and now >= self.due:
            self.send()


# The server's one stream of answers, which watch.py sends on time while it waits for a sample.
ANSWERS = Answers()
