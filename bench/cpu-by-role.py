# CPU time per sample of a whole `passk evaluate`, split by process role, measured by sampling with
# Linux perf (which follows every process the command starts, including the sandbox's children that
# exit without being reaped into passk's own accounting). On a shared machine wall time says little;
# CPU per sample says what a change did. Usage (needs `perf`):
#
#   python3 bench/cpu-by-role.py SAMPLES -- node dist/cli/main.js evaluate SAMPLES_FILE ... --no-dedup
#
# SAMPLES is the number of samples the command runs. Prints ms of CPU per sample for each role (Node,
# bubblewrap, fork server, zygote, sample children, tester, other) and the rate that CPU allows on 2
# cores. perf's own overhead adds a few per cent to every role.
import os
import re
import subprocess
import sys
import tempfile

FREQUENCY = 2000  # samples per second of CPU
FORK = re.compile(r"PERF_RECORD_FORK\((\d+):(\d+)\):\((\d+):(\d+)\)")
COMM = re.compile(r"PERF_RECORD_COMM(?: exec)?: (.*):(\d+)/(\d+)")


def role(pid, comm, parent):
    name = comm.get(pid, "?")
    parent_name = comm.get(parent.get(pid), "")
    if name == "passk-zygote":
        return "sample children" if parent_name == "passk-zygote" else "zygote"
    if name == "passk-tester":
        return "tester"
    if name.startswith("python"):
        if parent_name == "passk-zygote":
            return "sample children"
        return "fork server (and its probes)" if parent_name != "node" else "python probe"
    if name in ("node", "bwrap"):
        return name
    return "other"


def main():
    samples = int(sys.argv[1])
    command = sys.argv[sys.argv.index("--") + 1 :]
    with tempfile.TemporaryDirectory() as work:
        data = os.path.join(work, "perf.data")
        run = subprocess.run(["perf", "record", "-q", "-F", str(FREQUENCY), "-o", data, "--", *command])
        script = subprocess.Popen(
            ["perf", "script", "-i", data, "--show-task-events", "-F", "comm,pid,tid,time"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, errors="replace",
        )
        comm, parent, counts = {}, {}, {}
        for line in script.stdout:
            if "PERF_RECORD_" in line:
                m = FORK.search(line)
                if m:
                    child, _, par, _ = (int(x) for x in m.groups())
                    if child != par:  # a process, not a thread
                        parent[child] = par
                        comm[child] = comm.get(par, "?")
                    continue
                m = COMM.search(line)
                if m and m.group(2) == m.group(3):
                    comm[int(m.group(2))] = m.group(1)
                continue
            fields = line.split()
            pids = [f for f in fields if re.fullmatch(r"\d+/\d+", f)]
            if pids:
                pid = int(pids[0].split("/")[0])
                key = role(pid, comm, parent)
                counts[key] = counts.get(key, 0) + 1
        script.wait()
    ms = {key: count * 1000 / FREQUENCY / samples for key, count in counts.items()}
    total = sum(ms.values())
    print("%d samples: %.3f ms of CPU per sample in all" % (samples, total))
    for key, value in sorted(ms.items(), key=lambda kv: -kv[1]):
        print("  %-30s %6.3f ms" % (key, value))
    print("CPU-bound rate on 2 cores: %.0f samples/s" % (2000 / total))
    sys.exit(run.returncode)


if __name__ == "__main__":
    main()
