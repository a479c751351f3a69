# The floor under a fresh process per sample: what a fork and an exit cost from a process set up like
# the zygote (the same modules loaded, the same parent-side lock-down, its heap frozen), bare, and
# with each child's own lock-down (session, descriptors, CPU limit, uid, parent-death signal, the
# seccomp filter's per-child part). Prints CPU and page faults per cycle, parent and child.
#
#   python3 bench/fork-floor.py [cycles]       (as root for the uid change; run `npm run build` first)
#
# Compare with the CPU a sample costs in a real run (bench/cpu-by-role.py): what lies above these
# lines is passk's own work per sample, the sample's and its test's.
import gc
import os
import resource
import sys

# Run as the zygote is (`python3 -I -S -B`): with `site`, the development machine's interpreter loads
# about 80 more modules, `threading` among them (its handler runs in every forked child), and the
# floor measured here came out about twice the zygote's.
if not (sys.flags.isolated and sys.flags.no_site):
    os.execv(sys.executable, [sys.executable, "-I", "-S", "-B", os.path.abspath(__file__), *sys.argv[1:]])

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "dist", "sandbox"))
from lockdown import ChildLockDown, fill_low_fds, prepare_parent  # noqa: E402
from seccomp_filter import probe_seccomp  # noqa: E402
import sides  # noqa: E402,F401  (loaded in the zygote too)
import evalplus_side  # noqa: E402,F401
import stdio_child  # noqa: E402,F401

# As zygote.py's PRELOAD.
for name in ("typing", "math", "re", "collections", "itertools", "functools", "heapq", "bisect", "string", "copy", "operator"):
    __import__(name)


def usage():
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return (own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime, own.ru_minflt, children.ru_minflt)


def measure(label, cycles, child):
    fork, wait4, exit_now = os.fork, os.wait4, os._exit
    before = usage()
    for _ in range(cycles):
        pid = fork()
        if pid == 0:
            try:
                child()
            except BaseException:
                exit_now(70)
            exit_now(0)
        _, status, _ = wait4(pid, 0)
        if status != 0:
            raise SystemExit("%s: a child failed (status %d)" % (label, status))
    after = usage()
    parent, kids = (after[0] - before[0]) / cycles * 1e3, (after[1] - before[1]) / cycles * 1e3
    print("%-28s %.3f ms a cycle (parent %.3f, child %.3f) · faults: parent %.0f, child %.0f" % (
        label, parent + kids, parent, kids, (after[2] - before[2]) / cycles, (after[3] - before[3]) / cycles))


def main():
    cycles = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    seccomp = probe_seccomp()[0]
    uid = 1_000_000_000 if os.geteuid() == 0 else None
    prepare_parent(seccomp)
    fill_low_fds()
    lock_down = ChildLockDown(uid, seccomp)
    r, w = os.pipe()
    moves, gaps = lock_down.plan({1: w, 2: w, 3: r})
    cpu = lock_down.cpu_limit(3)
    gc.collect()
    gc.freeze()
    print("%d cycles; seccomp %s; uid %s; Python %s" % (cycles, "on" if seccomp else "off", uid, sys.version.split()[0]))
    measure("fork + exit", cycles, lambda: None)
    measure("fork + lock-down + exit", cycles, lambda: lock_down.apply(moves, gaps, cpu))


if __name__ == "__main__":
    main()
