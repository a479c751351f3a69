# Locking a freshly forked child down before any sample or test code runs in it: its own session,
# only the file descriptors it is given, rlimits, its own uid, no capabilities, seccomp, and the
# reference harness's in-process environment (so that failure messages match it string for string).
import ctypes
import os
import resource
import signal
import sys

from seccomp_filter import SeccompTemplate, raw_prctl

libc = ctypes.CDLL(None, use_errno=True)
libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
PR_SET_PDEATHSIG = 1
PR_SET_DUMPABLE = 4
PR_SET_NO_NEW_PRIVS = 38

def _suid_not_dumpable():
    try:
        with open("/proc/sys/fs/suid_dumpable") as f:
            return f.read().strip() == "0"
    except OSError:
        return False


SUID_NOT_DUMPABLE = _suid_not_dumpable()

# Built once per server, patched with each child's pid: building the BPF program per child cost
# more than the rest of the lock-down together.
SECCOMP = SeccompTemplate()
SECCOMP_CHILD = SeccompTemplate("child")  # for children of a parent under the "base" part


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


# Captured now: the reference guard sets some of these to None in the zygote, whose children still
# need them for their own lock-down.
_chdir, _setsid, _setgroups, _setresgid, _setresuid = os.chdir, os.setsid, os.setgroups, os.setresgid, os.setresuid


def set_limits(req, uid, cpu_limit=True):
    if cpu_limit:
        # The server stops a sample when the kernel has counted `timeout` seconds of CPU for it;
        # the rlimit is only the kernel's own backstop, should the server itself be starved.
        cpu = int(float(req["timeout"])) + 3
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    memory = int(req["memory"])
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    fsize = int(req["file_size"])
    resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if uid is not None:
        # RLIMIT_NPROC counts every process and thread of the uid; each worker's children have a
        # uid of their own, so one sample's threads never eat another worker's budget.
        processes = int(req["processes"])
        resource.setrlimit(resource.RLIMIT_NPROC, (processes, processes))


def fewer_malloc_arenas():
    """glibc gives each thread its own 64 MiB malloc arena, reserved in the address space: under the
    1 GiB RLIMIT_AS a correct ThreadPoolExecutor(16) then fails with "can't start new thread". Two
    arenas, set here and inherited by every fork, keep threads to their stacks."""
    try:
        libc.mallopt(-8, 2)  # M_ARENA_MAX
    except AttributeError:  # not glibc
        pass


def prepare_parent(seccomp):
    """What every child of this process would otherwise do itself, done once in a process that only
    forks children (the zygote): an empty environment, umask, no supplementary groups,
    no_new_privs and the "base" part of the seccomp filter (both inherited across fork). The zygote
    also sets the working directory and every rlimit but CPU time (counted per process from zero)
    once, for all its children; ChildLockDown then adds only what is per child."""
    os.environ.clear()
    os.umask(0o077)
    if os.geteuid() == 0:
        os.setgroups([])
    if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "PR_SET_NO_NEW_PRIVS failed")
    if seccomp:
        SeccompTemplate("base").install(os.getpid(), no_new_privs=False)


LOW_FDS = 10  # descriptors 0 to 9: where a child of the zygote gets its own


def fill_low_fds():
    """Keeps descriptors 0 to LOW_FDS - 1 of this process (the zygote) open, on /dev/null where it
    has nothing (0 is /dev/null, read-write), so that every descriptor it receives or makes from now
    on is LOW_FDS or above, and its children can move theirs into place in any order."""
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    for fd in range(LOW_FDS):
        try:
            os.fstat(fd)
        except OSError:
            os.dup2(devnull, fd)
    if devnull >= LOW_FDS:
        os.close(devnull)


_dup2, _closerange, _setrlimit, _getpid = os.dup2, os.closerange, resource.setrlimit, os.getpid
SIGKILL = int(signal.SIGKILL)  # a plain int: ctypes passes it as is


def _prctl_in_child(option, value):
    """prctl(option, value) for a child's lock-down (seccomp_filter.raw_prctl: see there)."""
    if raw_prctl(option, value, 0, 0, 0) != 0 and libc.prctl(option, value, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(%d) failed" % option)


class ChildLockDown:
    """lock_down() for a child of a prepared zygote (prepare_parent, fill_low_fds), with everything
    that can be worked out beforehand worked out in the zygote: each Python object a fresh child
    touches is a page it copies, so the child makes only the calls it must."""

    def __init__(self, uid, seccomp):
        self.uid = uid
        self.drop_capabilities = uid is None and os.geteuid() == 0
        # A uid change already makes the process not dumpable when fs.suid_dumpable is 0.
        self.dumpable = uid is None or not SUID_NOT_DUMPABLE
        self.seccomp = SECCOMP_CHILD if seccomp else None

    @staticmethod
    def plan(targets):
        """{target: source} -> (moves, gaps) for apply(): the dup2 pairs, and the ranges of
        descriptors to close (every one but the targets). Sources must be LOW_FDS or above."""
        if min(targets.values()) < LOW_FDS or max(targets) >= LOW_FDS:
            raise OSError("a child's descriptors must arrive above %d" % LOW_FDS)
        moves = tuple((source, target) for target, source in targets.items())
        kept = set(targets) | {0}  # 0 is the zygote's /dev/null
        gaps, start = [], None
        for fd in range(LOW_FDS + 1):
            if fd in kept or fd == LOW_FDS:
                if start is not None:
                    gaps.append((start, fd))
                    start = None
            elif start is None:
                start = fd
        gaps.append((LOW_FDS, 1 << 16))
        return moves, tuple(gaps)

    @staticmethod
    def cpu_limit(timeout):
        # The server stops a sample when the kernel has counted `timeout` seconds of CPU for it; the
        # rlimit is only the kernel's own backstop, should the server itself be starved.
        cpu = int(float(timeout)) + 3
        return (cpu, cpu + 1)

    def apply(self, moves, gaps, cpu):
        """In the child: its own session, its descriptors, CPU rlimit, uid, parent-death signal and
        the per-child part of the seccomp filter. Raises on failure. (The attributes it looks up are
        looked up once in the zygote first: zygote.warm_type_cache.)"""
        _setsid()
        for source, target in moves:
            _dup2(source, target)
        for low, high in gaps:
            _closerange(low, high)
        _setrlimit(resource.RLIMIT_CPU, cpu)
        uid = self.uid
        if uid is not None:
            _setresgid(uid, uid, uid)
            _setresuid(uid, uid, uid)
        elif self.drop_capabilities:
            drop_capabilities()  # still uid 0, but without root's powers over the kernel
        # After the uid change, which clears the parent-death signal.
        _prctl_in_child(PR_SET_PDEATHSIG, SIGKILL)
        if self.dumpable:
            _prctl_in_child(PR_SET_DUMPABLE, 0)
        if self.seccomp is not None:
            self.seccomp.install_child(_getpid())


def lock_down(req, fds, cwd, uid, seccomp, cpu_limit=True):
    """Makes this (forked) process a sandboxed child. `fds` maps the numbers the child will use to
    the descriptors it holds now; every other descriptor is closed. Raises on failure."""
    import fcntl  # imported by the server already; the zygote, which never calls this, does without

    _setsid()
    devnull = os.open(os.devnull, os.O_RDWR)
    targets = dict(fds)
    targets.setdefault(0, devnull)
    targets.setdefault(1, devnull)
    targets.setdefault(2, devnull)
    # Copy every source above the targets (all below 16) first, so that no dup2 overwrites a source it
    # still needs.
    high = {target: fcntl.fcntl(source, fcntl.F_DUPFD, 16) for target, source in targets.items()}
    for target, source in high.items():
        os.dup2(source, target)
    previous = -1
    for target in sorted(high):
        if target > previous + 1:  # os.closerange(n, n) is not empty: it may close everything
            os.closerange(previous + 1, target)
        previous = target
    os.closerange(previous + 1, 1 << 16)
    _chdir(cwd)
    os.environ.clear()
    os.umask(0o077)
    set_limits(req, uid, cpu_limit)
    if uid is not None:
        _setgroups([])
        _setresgid(uid, uid, uid)
        _setresuid(uid, uid, uid)
    elif os.geteuid() == 0:
        drop_capabilities()  # still uid 0, but without root's powers over the kernel
    # After the uid change, which clears the parent-death signal.
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if uid is None or not SUID_NOT_DUMPABLE:
        # A uid change already made the process not dumpable (fs.suid_dumpable is 0): its /proc
        # files belong to root and nothing can attach to it.
        libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # oversized writes fail with an error instead
    if seccomp:
        SECCOMP.install(os.getpid())


class CappedStream:
    """sys.stdout/stderr/stdin, like the reference harness's write-only stream: writes are kept up
    to a budget (then dropped, never failing), reads raise OSError(). The zygote makes one and each
    child sets its own budget."""

    def __init__(self, budget, write, fd=1):
        self._budget = budget
        self._write = write
        self._fd = fd

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if self._budget > 0:
            data = str.encode(s, "utf-8", "backslashreplace")[: self._budget]
            self._budget -= len(data)
            try:
                self._write(self._fd, data)
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
    _patch_on_import({"shutil": _guard_shutil, "subprocess": _guard_subprocess})
    for name in ("ipdb", "joblib", "resource", "psutil", "tkinter"):
        sys.modules[name] = None
    sys.stdout = sys.stderr = sys.stdin = stream


def _guard_shutil(module):
    module.rmtree = None
    module.move = None
    module.chown = None


def _guard_subprocess(module):
    module.Popen = None


def _patch_on_import(patches):
    """Applies each {module name: patch} to the module now if it is loaded, or else right after it
    is first imported (however: `import`, importlib, or another module's import). The zygote does not
    load shutil (with zlib, bz2 and lzma: 30 more mappings for every fork to copy) or subprocess
    (which brings threading, whose fork handler alone cost each child 0.45 ms)."""
    pending = {}
    for name, patch in patches.items():
        module = sys.modules.get(name)
        if module is not None:
            patch(module)
        else:
            pending[name] = patch
    if pending:
        sys.meta_path.insert(0, _PatchingFinder(pending))


class _PatchingFinder:
    """A meta path finder that only wraps the loader of the modules it has a patch for; it leaves
    sys.meta_path once each of them has been imported."""

    def __init__(self, pending):
        self.pending = pending

    def find_spec(self, name, path=None, target=None):
        patch = self.pending.get(name)
        if patch is None:
            return None
        for finder in sys.meta_path:
            find = getattr(finder, "find_spec", None)
            if finder is self or find is None:
                continue
            spec = find(name, path, target)
            if spec is not None:
                break
        else:
            return None
        if spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        spec.loader = _PatchingLoader(spec.loader, self, name, patch)
        return spec

    def done(self, name):
        self.pending.pop(name, None)
        if not self.pending and self in sys.meta_path:
            sys.meta_path.remove(self)


class _PatchingLoader:
    def __init__(self, loader, finder, name, patch):
        self.loader, self.finder, self.name, self.patch = loader, finder, name, patch

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        self.loader.exec_module(module)
        if self.name in self.finder.pending:  # the first import only: a reload restores it, as there
            self.patch(module)
            self.finder.done(self.name)

    def __getattr__(self, name):  # get_code, get_source, is_package, ... of the real loader
        return getattr(self.loader, name)


def quiet_streams():
    """The test's side only needs its output swallowed (it runs no sample code)."""
    sys.stdout = sys.stderr = sys.stdin = CappedStream(0, None)


def describe(e):
    """str(e), as the reference harness prints it, even for exceptions whose __str__ fails."""
    try:
        text = str(e)
        return text if type(text) is str else str.__str__(text)
    except BaseException:
        return "<exception %s could not be printed>" % type(e).__name__
