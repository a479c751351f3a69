# The reference harness's way of running samples, re-created for timing it beside passk in the same
# run (the harness itself is not installable here). Same structure, written for this benchmark: a
# thread pool of --workers threads; for each sample, a multiprocessing.Manager list for the result
# and one forked multiprocessing.Process that makes a temporary directory, disables the same os,
# shutil and subprocess functions, swallows output and runs prompt + completion + test + check under
# a SIGALRM wall-clock timer; the parent joins it with timeout + 1 s. Like the harness, the process
# that forks all of these has numpy loaded (the harness's evaluation module imports it at the top, to
# compute pass@k), and at the end it computes pass@1 with numpy and writes every sample's result to a
# JSONL file. It prints one JSON line: {"samples", "seconds", "passed", "pass_at_1", "numpy"};
# "numpy" is false when numpy is not installed, and the re-creation then runs without it (faster than
# the harness, which needs it). The harness also loads tqdm and fire, not installed here: left out.
#
# bench/throughput.ts runs it inside bubblewrap (no network, a private /tmp, everything read-only):
# the samples are model output, and passk never runs those outside a sandbox.
import argparse
import builtins
import contextlib
import gzip
import io
import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

try:
    import numpy
except ImportError:
    numpy = None


class OutOfTime(Exception):
    pass


class NoInput(io.StringIO):
    def read(self, *args, **kwargs):
        raise OSError

    readline = read
    readlines = read

    def readable(self, *args, **kwargs):
        return False


def disable_destructive_functions():
    builtins.exit = builtins.quit = None
    os.environ["OMP_NUM_THREADS"] = "1"
    for name in ("kill", "system", "putenv", "remove", "removedirs", "rmdir", "fchdir", "setuid",
                 "fork", "forkpty", "killpg", "rename", "renames", "truncate", "replace", "unlink",
                 "fchmod", "fchown", "chmod", "chown", "chroot", "lchflags", "lchmod", "lchown",
                 "getcwd", "chdir"):
        setattr(os, name, None)
    shutil.rmtree = shutil.move = shutil.chown = None
    subprocess.Popen = None
    builtins.help = None
    for name in ("ipdb", "joblib", "resource", "psutil", "tkinter"):
        sys.modules[name] = None


def run_one(program, seconds, outcome):
    with tempfile.TemporaryDirectory() as folder:
        os.chdir(folder)
        keep = (shutil.rmtree, os.rmdir, os.chdir)
        disable_destructive_functions()

        def on_alarm(signum, frame):
            raise OutOfTime()

        stream = NoInput()
        try:
            with contextlib.redirect_stdout(stream), contextlib.redirect_stderr(stream):
                saved_stdin, sys.stdin = sys.stdin, stream
                signal.signal(signal.SIGALRM, on_alarm)
                signal.setitimer(signal.ITIMER_REAL, seconds)
                try:
                    exec(program, {})
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                    sys.stdin = saved_stdin
            outcome.append("passed")
        except OutOfTime:
            outcome.append("timed out")
        except BaseException as e:
            outcome.append("failed: %s" % e)
        shutil.rmtree, os.rmdir, os.chdir = keep


def check(problem, completion, seconds):
    program = problem["prompt"] + completion + "\n" + problem["test"] + "\n" + "check(%s)" % problem["entry_point"]
    manager = multiprocessing.Manager()
    outcome = manager.list()
    process = multiprocessing.Process(target=run_one, args=(program, seconds, outcome))
    process.start()
    process.join(timeout=seconds + 1)
    if process.is_alive():
        process.kill()
        process.join()
    result = outcome[0] if outcome else "timed out"
    manager.shutdown()
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("problems")
    parser.add_argument("samples")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=3.0)
    args = parser.parse_args()
    started = time.monotonic()
    opener = gzip.open if args.problems.endswith(".gz") else open
    with opener(args.problems, "rt") as f:
        problems = {p["task_id"]: p for p in map(json.loads, f)}
    with open(args.samples) as f:
        samples = [json.loads(line) for line in f if line.strip()]
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        results = list(pool.map(lambda s: check(problems[s["task_id"]], s["completion"], args.timeout), samples))
    score = pass_at_1(samples, results)
    with tempfile.NamedTemporaryFile("w", suffix="_results.jsonl", delete=True) as out:
        for sample, result in zip(samples, results):
            out.write(json.dumps(dict(sample, result=result, passed=result == "passed")) + "\n")
    print(json.dumps({"samples": len(samples), "seconds": time.monotonic() - started,
                      "passed": sum(r == "passed" for r in results), "pass_at_1": score, "numpy": numpy is not None}))


def pass_at_1(samples, results):
    """pass@1 over the tasks, with numpy when it is there (the unbiased estimator at k = 1 is c / n)."""
    counts = {}
    for sample, result in zip(samples, results):
        n, c = counts.get(sample["task_id"], (0, 0))
        counts[sample["task_id"]] = (n + 1, c + (result == "passed"))
    if numpy is None:
        return sum(c / n for n, c in counts.values()) / len(counts)
    total, correct = numpy.array([n for n, _ in counts.values()]), numpy.array([c for _, c in counts.values()])
    return float(numpy.mean(correct / total))


if __name__ == "__main__":
    multiprocessing.set_start_method("fork")
    main()
