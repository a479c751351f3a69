# Watching a sample's processes from the server: their output pipes, the kernel's count of their
# CPU time, the wall-clock backstop; then killing and reaping everything they left, and putting the
# working directory back as it was.
import os
import select
import signal
import stat
import time

from link import ANSWERS

WALL_CAP_FACTOR = 4
MIN_POLL = 0.002
try:
    CORES = max(1, len(os.sched_getaffinity(0)))
except (AttributeError, OSError):
    CORES = os.cpu_count() or 1


def cpu_seconds(pid):
    """CPU seconds the kernel has counted for the whole process (every thread), read from its
    process CPU clock; None once it has been reaped."""
    try:
        return time.clock_gettime(((~pid) << 3) | 2)  # MAKE_PROCESS_CPUCLOCK(pid, CPUCLOCK_SCHED)
    except OSError:
        return None


def run_delay(pid):
    """Seconds the process's main thread was runnable but waiting for a CPU (scheduler statistics)."""
    try:
        with open("/proc/%d/schedstat" % pid, "rb") as f:
            return int(f.read().split()[1]) / 1e9
    except (OSError, ValueError, IndexError):
        return 0.0


class Pipe:
    """One pipe from a child: what arrived, up to `cap` bytes (the rest is read and dropped, so the
    child never blocks on a full pipe)."""

    __slots__ = ("fd", "cap", "chunks", "size", "open")

    def __init__(self, fd, cap):
        os.set_blocking(fd, False)
        self.fd, self.cap, self.chunks, self.size, self.open = fd, cap, [], 0, True

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
            if self.size < self.cap:
                chunk = chunk[: self.cap - self.size]
                self.chunks.append(chunk)
                self.size += len(chunk)

    def data(self):
        return b"".join(self.chunks)

    def close(self):
        os.close(self.fd)


def watch(main_fd, counted, pipes, timeout, wall_limit, delay_pid):
    """Waits until `main_fd` is readable (a pidfd: the process exited; the tester's socket: its
    verdict), or the CPU time the `counted` processes used since their base ({pid: seconds at the
    start}) reaches `timeout` together ("cpu"), or the wall-clock backstop passes ("wall"). The
    backstop counts time the sample runs or blocks, not time it waits for a CPU on a busy machine;
    a hard cap of WALL_CAP_FACTOR x the limit holds regardless. Returns (how, seconds)."""
    main_pidfd = main_fd
    t0 = time.monotonic()
    # No process can use CPU faster than the cores allow: until then there is nothing to check.
    next_check = t0 + min(timeout / CORES, wall_limit)
    fds = [p.fd for p in pipes]
    by_fd = {p.fd: p for p in pipes}
    while True:
        now = time.monotonic()
        if now >= next_check:
            used = 0.0
            for pid, base in counted.items():
                used += max(0.0, (cpu_seconds(pid) or base) - base)
            if used >= timeout:
                return "cpu", now - t0
            elapsed = now - t0
            if elapsed >= wall_limit and (elapsed - run_delay(delay_pid) >= wall_limit or elapsed >= wall_limit * WALL_CAP_FACTOR):
                return "wall", elapsed
            step = (timeout - used) / CORES
            if elapsed < wall_limit:
                step = min(step, wall_limit - elapsed)
            else:
                step = min(step, 0.05)
            next_check = now + max(MIN_POLL, step)
        watched = [fd for fd in fds if by_fd[fd].open]
        watched.append(main_pidfd)
        wait = max(0.0, next_check - now)
        if ANSWERS.due is not None:  # answers to passk held back (link.py) go out on time
            wait = ANSWERS.wait_at_most(wait, now)
        ready, _, _ = select.select(watched, [], [], wait)
        if ANSWERS.due is not None:
            ANSWERS.send_if_due(time.monotonic())
        for fd in ready:
            if fd != main_pidfd:
                by_fd[fd].drain()
        if main_pidfd in ready:
            return "exit", time.monotonic() - t0


CASE_POLL = 0.002
CASE_WALL_FACTOR = 2


def watch_cases(pidfd, pid, verdict, pipes, budget, wall_limit, case_limits):
    """An EvalPlus run: watch() for the whole run (`budget` CPU seconds, the wall backstop), and a
    limit for each input's call. The child writes a line when its module has run, then for each
    input one when the call returns and one with the output: the time from an output line (or the
    first line) to the next "returned" line, as the kernel counted it, is that input's call. Its
    CPU time counts, and (a backstop for a child that sleeps) CASE_WALL_FACTOR x the limit of time
    it ran or blocked rather than waited for a CPU. Lines are counted every CASE_POLL seconds, not
    at each one, so that a child writing hundreds of small lines is not interrupted at every line.
    Returns (how, seconds, input, limit): how is "exit", "cpu", "wall" or "case"; for "case",
    `input` is the index of the input that ran out of time and `limit` says which ("cpu", "wall")."""
    t0 = time.monotonic()
    lines, counted, mark = 0, 0, None
    others = [p for p in pipes if p is not verdict]
    while True:
        verdict.drain()
        while counted < len(verdict.chunks):
            lines += verdict.chunks[counted].count(b"\n")
            counted += 1
        now = time.monotonic()
        cpu = cpu_seconds(pid) or 0.0
        if mark is None or lines != mark[0]:
            mark = (lines, cpu, now, run_delay(pid) if lines else 0.0)
        if cpu >= budget:
            return "cpu", now - t0, None, "cpu"
        elapsed = now - t0
        if elapsed >= wall_limit and (elapsed - run_delay(pid) >= wall_limit or elapsed >= wall_limit * WALL_CAP_FACTOR):
            return "wall", elapsed, None, "wall"
        # Lines: ready, then per input "returned" and the output. An odd count: a call is running.
        case = (lines - 1) // 2
        if lines % 2 == 1 and case < len(case_limits):
            limit = case_limits[case]
            if cpu - mark[1] >= limit:
                return "case", elapsed, case, "cpu"
            ran = now - mark[2]
            if ran >= limit * CASE_WALL_FACTOR and ran - (run_delay(pid) - mark[3]) >= limit * CASE_WALL_FACTOR:
                return "case", elapsed, case, "wall"
        watched = [p.fd for p in others if p.open]
        watched.append(pidfd)
        ready, _, _ = select.select(watched, [], [], CASE_POLL)
        ANSWERS.send_if_due(now)
        for fd in ready:
            if fd != pidfd:
                for p in others:
                    if p.fd == fd:
                        p.drain()
        if pidfd in ready:
            return "exit", time.monotonic() - t0, None, None


# Captured now: the reference guard sets os.kill and os.killpg to None in the zygote, which still
# kills its children.
_kill, _killpg = os.kill, os.killpg


def kill_group(pid):
    """Kills `pid`'s process group (a child leads its own, made by its lock-down), or `pid` alone if
    there is no such group (its lock-down did not get that far)."""
    try:
        _killpg(pid, signal.SIGKILL)
        return
    except OSError:
        pass
    try:
        _kill(pid, signal.SIGKILL)
    except OSError:
        pass


def children_of_self():
    pids = []
    try:
        for tid in os.listdir("/proc/self/task"):
            with open("/proc/self/task/%s/children" % tid, "rb") as f:
                pids += [int(p) for p in f.read().split()]
    except OSError:
        pass
    return pids


def reap_leftovers(keep=()):
    """Kills and reaps every child of this process (a child subreaper, so orphans of the sample
    land here) except those in `keep`, until none is left. With seccomp a sample cannot start
    processes, so this usually finds nothing and costs one read of /proc."""
    for _ in range(1000):
        alive = [pid for pid in children_of_self() if pid not in keep]
        if not alive:
            break
        for pid in alive:
            kill_group(pid)
        for pid in alive:
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass
    while True:  # zombies that were not listed as children any more
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


# ---------------------------------------------------------------- the working directory

MAX_REMOVALS = 2_000_000


class Workdir:
    """The one directory each sample of this server works in. After a sample it is put back as it
    was: emptied (at any depth, whatever the names and permissions), owner and mode restored. When
    the server has a private /tmp, its free blocks and inodes must also be back at their baseline,
    or the server asks to be replaced."""

    def __init__(self, parent, uid, private_tmp):
        self.path = os.path.join(parent, "w")
        os.mkdir(self.path, 0o700)
        self.uid = uid
        if uid is not None:
            os.chown(self.path, uid, uid)
        self.private_tmp = private_tmp
        self.parent = parent
        self.baseline = self._usage()

    def _usage(self):
        if not self.private_tmp:
            return None
        st = os.statvfs(self.parent)
        return (st.f_bfree, st.f_ffree)

    def restore(self):
        """Returns True when the directory and its file system are back at the baseline."""
        try:
            st = os.lstat(self.path)
            if not stat.S_ISDIR(st.st_mode):
                return False
            if stat.S_IMODE(st.st_mode) != 0o700:
                os.chmod(self.path, 0o700)
            if self.uid is not None and (st.st_uid != self.uid or st.st_gid != self.uid):
                os.chown(self.path, self.uid, self.uid)
            # With a /tmp of its own, a file system whose free inodes and blocks are at their baseline
            # holds nothing the sample made: every entry (of any kind) takes an inode, as do extended
            # attributes; and there is no file to link to, the directory being empty at the baseline
            # and /tmp not the sample's to write. Then nothing needs listing (five calls a sample).
            if self.private_tmp and self._usage() == self.baseline:
                return True
            if os.listdir(self.path):
                if not remove_contents(self.path):
                    return False
            return self._usage() == self.baseline
        except OSError:
            return False


def remove_contents(path):
    """Empties `path` without recursion and with at most two descriptors open, so that no depth,
    name, permission or number of entries can stop it; False if it could not."""
    flags = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW
    fd = os.open(path, flags)
    depth, operations = 0, 0
    try:
        while operations < MAX_REMOVALS:
            descended = False
            try:
                os.chmod(fd, 0o700)  # a sample may have made its directories unwritable
            except OSError:
                pass
            with os.scandir(fd) as entries:
                for entry in entries:
                    operations += 1
                    if entry.is_dir(follow_symlinks=False):
                        try:
                            os.rmdir(entry.name, dir_fd=fd)
                            continue
                        except OSError:
                            pass
                        try:
                            os.chmod(entry.name, 0o700, dir_fd=fd)  # an entry of type directory, no link
                        except OSError:
                            pass
                        child = os.open(entry.name, flags, dir_fd=fd)
                        os.close(fd)
                        fd, descended = child, True
                        depth += 1
                        break
                    os.unlink(entry.name, dir_fd=fd)
            if descended:
                continue
            if depth == 0:
                return True
            # This directory is empty: go up; the parent's next scan removes it.
            parent = os.open("..", flags, dir_fd=fd)
            os.close(fd)
            fd = parent
            depth -= 1
        return False
    except OSError:
        return False
    finally:
        os.close(fd)
