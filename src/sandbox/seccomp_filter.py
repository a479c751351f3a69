# seccomp filter for passk's sandboxed children (x86_64), built as classic BPF by hand so that no
# library (libseccomp) is needed inside the sandbox. Imported by forkserver.py.
import ctypes
import errno
import os

libc = ctypes.CDLL(None, use_errno=True)
libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
# prctl for a fresh child's lock-down: no argument types and no errno (arguments are small ints, which
# libffi widens, or ctypes objects). Each Python object a fresh child touches is a page it copies,
# and the typed, errno-saving call above touched about 15 more (0.05 ms, measured on a fork and one
# call). A failure is repeated through `libc` to read its errno.
raw_prctl = ctypes.CDLL(None).prctl
PR_SET_SECCOMP = 22
PR_SET_NO_NEW_PRIVS = 38

AUDIT_ARCH_X86_64 = 0xC000003E
RET_ALLOW = 0x7FFF0000
RET_KILL_PROCESS = 0x80000000
RET_EPERM = 0x00050000 | errno.EPERM
RET_ENOSYS = 0x00050000 | errno.ENOSYS
CLONE_THREAD = 0x00010000

# Syscalls a sample never needs: networking, running other programs, new processes or sessions,
# touching other processes, namespaces and mounts, kernel facilities that widen the attack surface.
DENIED = {
    41: "socket", 53: "socketpair", 59: "execve", 322: "execveat", 57: "fork", 58: "vfork",
    101: "ptrace", 165: "mount", 166: "umount2", 155: "pivot_root", 161: "chroot", 272: "unshare",
    308: "setns", 112: "setsid", 109: "setpgid", 200: "tkill", 129: "rt_sigqueueinfo",
    297: "rt_tgsigqueueinfo", 424: "pidfd_send_signal", 434: "pidfd_open", 438: "pidfd_getfd",
    310: "process_vm_readv", 311: "process_vm_writev", 312: "kcmp", 321: "bpf",
    298: "perf_event_open", 323: "userfaultfd", 425: "io_uring_setup", 426: "io_uring_enter",
    427: "io_uring_register", 248: "add_key", 249: "request_key", 250: "keyctl", 175: "init_module",
    313: "finit_module", 176: "delete_module", 246: "kexec_load", 320: "kexec_file_load",
    169: "reboot", 167: "swapon", 168: "swapoff", 163: "acct", 164: "settimeofday",
    227: "clock_settime", 170: "sethostname", 171: "setdomainname", 172: "iopl", 173: "ioperm",
    179: "quotactl", 303: "name_to_handle_at", 304: "open_by_handle_at", 300: "fanotify_init",
    133: "mknod", 259: "mknodat", 153: "vhangup", 428: "open_tree", 429: "move_mount",
    430: "fsopen", 431: "fsconfig", 432: "fsmount", 442: "mount_setattr",
    # System V IPC and POSIX message queues outlive the sample (pinning memory, leaking to the next).
    29: "shmget", 30: "shmat", 31: "shmctl", 64: "semget", 65: "semop", 66: "semctl", 220: "semtimedop",
    68: "msgget", 69: "msgsnd", 70: "msgrcv", 71: "msgctl", 240: "mq_open", 241: "mq_unlink",
    242: "mq_timedsend", 243: "mq_timedreceive", 244: "mq_notify", 245: "mq_getsetattr",
}
IOCTL = 16
# ioctl requests that, like F_SETOWN, choose which process gets SIGIO.
IOCTL_DENIED = {0x8901: "FIOSETOWN", 0x8902: "SIOCSPGRP"}
FCNTL = 72
# fcntl commands that make the kernel signal another process (SIGIO to an owner of our choosing).
FCNTL_DENIED = {8: "F_SETOWN", 15: "F_SETOWN_EX", 10: "F_SETSIG"}


class SockFilter(ctypes.Structure):
    _fields_ = [("code", ctypes.c_ushort), ("jt", ctypes.c_ubyte), ("jf", ctypes.c_ubyte), ("k", ctypes.c_uint32)]


class SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(SockFilter))]


def _ld(offset):
    return (0x20, 0, 0, offset)  # BPF_LD | BPF_W | BPF_ABS


def _jeq(k, jt, jf):
    return (0x15, jt, jf, k)  # BPF_JMP | BPF_JEQ | BPF_K


def _jge(k, jt, jf):
    return (0x35, jt, jf, k)


def _jset(k, jt, jf):
    return (0x45, jt, jf, k)


def _ret(k):
    return (0x06, 0, 0, k)


# What a process that forks samples must still do itself: the zygote runs under the rest of the
# filter ("base", attached once), and each child it forks adds the "child" part, which is short and
# so cheap to attach (the kernel checks and compiles every program at each attach).
CHILD_ONLY = {57: "fork", 58: "vfork", 112: "setsid", 109: "setpgid", 434: "pidfd_open"}


def seccomp_program(mypid, part="all", allow=()):
    """The filter for a child whose pid is `mypid` (it may only signal itself): all of it, or its
    "base" (everything a forking parent may live with) or "child" part (the rest); a child under
    both is held exactly as by "all".

    One comparison per syscall number, each jumping forward to a shared block: the kernel checks,
    converts and compiles the whole program at every attach, so its length is what each child pays
    (a chain of compare-and-return pairs cost twice as much). `allow`: denied syscalls to let
    through (the Node launcher installs the filter before it executes the runtime)."""
    nr, arch, arg0, arg1 = 0, 4, 16, 24  # offsets in struct seccomp_data (args: low 32 bits, little-endian)
    own = [mypid & 0xFFFFFFFF, (-mypid) & 0xFFFFFFFF]
    blocks = {
        "deny": [_ret(RET_EPERM)],
        # clone3: glibc falls back to clone, whose flags we can inspect.
        "clone3": [_ret(RET_ENOSYS)],
        # clone: threads yes, new processes no.
        "clone": [_ld(arg0), _jset(CLONE_THREAD, 0, 1), _ret(RET_ALLOW), _ret(RET_EPERM)],
        # kill(pid, sig): only pid 0 (own group), own pid or own group.
        "kill": [_ld(arg0), _jeq(0, 3, 0), _jeq(own[0], 2, 0), _jeq(own[1], 1, 0), _ret(RET_EPERM), _ret(RET_ALLOW)],
        # tgkill(tgid, tid, sig): only threads of this process.
        "tgkill": [_ld(arg0), _jeq(own[0], 0, 1), _ret(RET_ALLOW), _ret(RET_EPERM)],
    }
    # fcntl(fd, cmd, ...) and ioctl(fd, request, ...): refuse the commands that direct signals at
    # other processes.
    for name, refused in (("fcntl", FCNTL_DENIED), ("ioctl", IOCTL_DENIED)):
        block = [_ld(arg1)]
        for command in sorted(refused):
            block += [_jeq(command, 0, 1), _ret(RET_EPERM)]
        blocks[name] = block + [_ret(RET_ALLOW)]
    targets = {number: "deny" for number in DENIED if number not in allow}
    targets.update({435: "clone3", 56: "clone", 62: "kill", 234: "tgkill", FCNTL: "fcntl", IOCTL: "ioctl"})
    child = {56, 62, 234, *CHILD_ONLY}
    if part == "base":
        targets = {number: label for number, label in targets.items() if number not in child}
    elif part == "child":
        targets = {number: label for number, label in targets.items() if number in child}

    code = [_ld(arch), _jeq(AUDIT_ARCH_X86_64, 1, 0), _ret(RET_KILL_PROCESS), _ld(nr)]
    code += [_jge(0x40000000, 0, 1), _ret(RET_EPERM)]  # the x32 ABI numbers
    chain = sorted(targets.items())
    first = len(code)
    code += [None] * len(chain)
    code.append(_ret(RET_ALLOW))
    places = {}
    used = set(targets.values())
    for label, block in ((label, block) for label, block in blocks.items() if label in used):
        places[label] = len(code)
        code += block
    for i, (number, label) in enumerate(chain):
        at = first + i
        offset = places[label] - at - 1
        if offset > 255:
            raise ValueError("seccomp program too long for a forward jump")
        code[at] = _jeq(number, offset, 0)
    return code


class SeccompTemplate:
    """The filter built once, with a child's pid (the only part that differs) patched in, which
    costs a few microseconds instead of rebuilding the program. A forking parent patches in the pid
    it expects its next child to get (expect()), before the fork; the child checks it and patches
    its own only if it got another (install_child)."""

    # Two pids no process has, so that they can be found again in the built program.
    _MARK = (0x7FFFFF01, 0x7FFFFF02)

    def __init__(self, part="all"):
        prog = seccomp_program(self._MARK[0], part)
        self._filters = (SockFilter * len(prog))(*[SockFilter(*ins) for ins in prog])
        self._fprog = SockFprog(len(prog), self._filters)
        own = [self._MARK[0], (-self._MARK[0]) & 0xFFFFFFFF]
        # The pid slots: (index of `k` in the program seen as 32-bit words, 0 for the pid or 1 for
        # minus the pid). Each instruction is two words, `k` the second (x86_64 only: native order).
        slots = [(2 * i + 1, own.index(ins[3])) for i, ins in enumerate(prog) if ins[0] == 0x15 and ins[3] in own]
        self._words = memoryview(self._filters).cast("B").cast("I")
        self._pid_at = tuple(at for at, which in slots if which == 0)
        self._minus_at = tuple(at for at, which in slots if which == 1)
        self._expected = None  # the pid the program holds now, if it holds one
        self._fprog_address = ctypes.c_ulong(ctypes.addressof(self._fprog))  # for raw_prctl

    def patch(self, pid):
        """Puts `pid` in every slot of the program."""
        words, minus = self._words, (-pid) & 0xFFFFFFFF
        for at in self._pid_at:
            words[at] = pid
        for at in self._minus_at:
            words[at] = minus
        self._expected = pid

    def expect(self, pid):
        """In a parent about to fork: the program made for the pid its next child will likely get.
        A child that finds its own pid there writes nothing before it installs the program: patching
        it in the child cost about 15 page copies (the program's page and every object the patching
        touched: 25 faults against 8 for the install alone, measured on a zygote-like parent)."""
        if pid != self._expected:
            self.patch(pid)

    def install(self, mypid, no_new_privs=True):
        self.patch(mypid)
        if no_new_privs and libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "PR_SET_NO_NEW_PRIVS failed")
        if libc.prctl(PR_SET_SECCOMP, 2, ctypes.addressof(self._fprog), 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "PR_SET_SECCOMP failed")

    def install_child(self, mypid):
        """install(mypid, no_new_privs=False) in a fresh child, with as few Python objects as it
        can: each one a fresh child touches is a page it copies."""
        if mypid != self._expected:
            self.patch(mypid)
        if raw_prctl(PR_SET_SECCOMP, 2, self._fprog_address, 0, 0) != 0:
            if libc.prctl(PR_SET_SECCOMP, 2, ctypes.addressof(self._fprog), 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "PR_SET_SECCOMP failed")


def install_seccomp(mypid):
    SeccompTemplate().install(mypid)


def probe_seccomp():
    """Forks a throwaway child that installs the filter and checks that socket() is refused."""
    machine = os.uname().machine
    if machine != "x86_64":
        return False, "seccomp filter is only built for x86_64 (this is %s)" % machine
    pid = os.fork()
    if pid == 0:
        code = 3
        try:
            install_seccomp(os.getpid())
            try:
                import socket
                socket.socket()
                code = 2
            except OSError as e:
                code = 0 if e.errno == errno.EPERM else 4
        except BaseException:
            code = 1
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    reasons = {0: None, 1: "the kernel refused the seccomp filter", 2: "the filter did not block socket()"}
    if code == 0:
        return True, None
    return False, reasons.get(code, "seccomp probe failed (exit %d)" % code)
