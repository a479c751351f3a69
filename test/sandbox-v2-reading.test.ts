// End-to-end regression tests of the split sandbox (issue 9) against samples that reach for the test's
// side: searching their memory (objects, /proc/*/mem, their own pages) for the test's expected value,
// and patching builtins and modules the test relies on, for this sample and the next ones. Each runs
// the BUILT command line at full isolation; run `npm run build` first. The same samples also run
// against an unsplittable twin of each problem (judged in the sample's own process, as the reference
// harness does) and pass there: the attacks are real, and only the split stops them.
import { beforeAll, describe, expect, it } from "vitest";
import { assertCliBuilt } from "./helpers/cli.js";
import {
  aimedAt,
  canonical,
  completion,
  evaluateHostile,
  expectNotPassed,
  expectPassed,
  expectStoppedOnlyBySplit,
  type HumanEvalProblem,
  inProcessTwin,
  type NamedSample,
  outputOf,
} from "./helpers/hostile-cli.js";
import { py } from "./helpers/python.js";
import { useWorkspace } from "./helpers/workspace.js";

beforeAll(assertCliBuilt);
const ws = useWorkspace();

describe("split sandbox against samples that reach for the test's side", () => {
  it("4. the test's expected value is nowhere in the sample's memory (objects, /proc/*/mem)", async () => {
    // The expected value "zq-7731-mark" is written only in the test (as two literals the compiler
    // joins); the canonical solution builds it at run time, the hostile sample searches for it.
    const MARK: HumanEvalProblem = {
      task_id: "hostile/mark_of",
      prompt: 'def mark_of(n):\n    """Return the tag of n: "zq-", then n in decimal, then "-mark"."""\n',
      entry_point: "mark_of",
      canonical_solution: '    return "zq-%d-mark" % n\n',
      test: 'def check(candidate):\n    assert candidate(7731) == "zq-" "7731-mark"\n',
    };
    const twin = inProcessTwin(MARK);
    const hostile: NamedSample = {
      name: "read-memory",
      task_id: MARK.task_id,
      completion: completion(
        'return _find() or "nothing"',
        py`
          import ctypes
          import gc
          import os
          import re

          _MARK = re.compile(rb"zq-[0-9]+-mark")


          def _strings():
              for obj in gc.get_objects():
                  try:
                      if isinstance(obj, dict):
                          yield from obj.keys()
                          yield from obj.values()
                      elif isinstance(obj, (list, tuple, set, frozenset)):
                          yield from obj
                      elif hasattr(obj, "__code__"):
                          yield from obj.__code__.co_consts
                  except Exception:
                      pass


          def _in_objects():
              for item in _strings():
                  if isinstance(item, (str, bytes)):
                      found = _MARK.search(item.encode("utf-8", "ignore") if isinstance(item, str) else item)
                      if found:
                          return found.group().decode()
              return None


          def _in_own_memory():
              # /proc/self/mem belongs to root in a process that is not dumpable: read the pages in
              # place instead, through a pipe, where a page that cannot be read is an error, not a crash.
              with open("/proc/self/maps") as f:
                  regions = f.read().splitlines()
              r, w = os.pipe()
              scanned = 0
              try:
                  for region in regions:
                      fields = region.split()
                      if not fields[1].startswith("r") or region.endswith(("[vvar]", "[vsyscall]")):
                          continue
                      start, end = (int(x, 16) for x in fields[0].split("-"))
                      tail = b""
                      for offset in range(start, end, 1 << 16):
                          try:
                              sent = os.write(w, (ctypes.c_char * min(end - offset, 1 << 16)).from_address(offset))
                          except OSError:
                              break
                          chunk = tail
                          while len(chunk) < len(tail) + sent:
                              chunk += os.read(r, len(tail) + sent - len(chunk))
                          scanned += sent
                          found = _MARK.search(chunk)
                          if found:
                              return found.group().decode()
                          tail = chunk[-64:]
              finally:
                  os.close(r)
                  os.close(w)
                  print("own memory scanned", scanned)
              return None


          def _in_memory(pid):
              # Other processes' memory (the test's among them), as far as the kernel lets anyone read it.
              try:
                  with open("/proc/%s/maps" % pid) as f:
                      regions = f.read().splitlines()
                  mem = os.open("/proc/%s/mem" % pid, os.O_RDONLY)
              except OSError as e:
                  print("pid", pid, e.strerror)
                  return None
              try:
                  for region in regions:
                      fields = region.split()
                      if not fields[1].startswith("r") or region.endswith(("[vvar]", "[vsyscall]")):
                          continue
                      start, end = (int(x, 16) for x in fields[0].split("-"))
                      for offset in range(start, end, 1 << 22):
                          try:
                              chunk = os.pread(mem, min(end - offset, (1 << 22) + 64), offset)
                          except OSError:
                              break
                          found = _MARK.search(chunk)
                          if found:
                              return found.group().decode()
              finally:
                  os.close(mem)
                  print("pid", pid, "read")
              return None


          def _find():
              pids = [p for p in os.listdir("/proc") if p.isdigit() and int(p) != os.getpid()]
              return _in_objects() or _in_own_memory() or next(filter(None, map(_in_memory, pids)), None)
        `,
      ),
    };
    const results = await evaluateHostile(
      ws.dir,
      [MARK, twin],
      [hostile, canonical(MARK), ...aimedAt(twin, [hostile], "@in-process")],
    );
    expectStoppedOnlyBySplit(results, ["read-memory"]);
    const record = results.result("read-memory");
    expect(record.result).toBe("failed: "); // it returned "nothing"
    // The search really ran: it read its own memory, megabytes of it, and found nothing.
    expect(outputOf(record)).toMatch(/own memory scanned [1-9]\d{6,}/);
    expectPassed(results.result("canonical-mark_of"));
  });

  it("5. patching builtins.abs and random.randint fools neither this test nor the next samples'", async () => {
    const MEAN: HumanEvalProblem = {
      task_id: "hostile/mean",
      prompt: 'def mean(xs):\n    """Return the arithmetic mean of xs, a non-empty list of numbers."""\n',
      entry_point: "mean",
      canonical_solution: "    return sum(xs) / len(xs)\n",
      test:
        "def check(candidate):\n" +
        "    assert abs(candidate([1.0, 2.0, 3.0]) - 2.0) < 1e-9\n" +
        "    assert abs(candidate([10, -4]) - 3.0) < 1e-9\n" +
        "    assert abs(candidate([0.25] * 8) - 0.25) < 1e-9\n",
    };
    const LARGER: HumanEvalProblem = {
      task_id: "hostile/larger",
      prompt: 'def larger(a, b):\n    """Return the larger of the integers a and b."""\n',
      entry_point: "larger",
      canonical_solution: "    return a if a >= b else b\n",
      test:
        "import random\n\n\n" +
        "def check(candidate):\n" +
        "    random.seed(9)\n" +
        "    for _ in range(40):\n" +
        "        a = random.randint(-500, 500)\n" +
        "        b = random.randint(-500, 500)\n" +
        "        assert candidate(a, b) == max(a, b)\n",
    };
    // In the test's process: every abs() is 0 (so every difference is "close enough") and every
    // random input is 0 (so returning 0 is always right).
    const PATCH = py`
      import builtins
      import random

      builtins.abs = lambda x: 0
      random.randint = lambda a, b: 0
    `;
    const patched = (name: string, problem: HumanEvalProblem, value: string): NamedSample => ({
      name,
      task_id: problem.task_id,
      completion: completion(`return ${value}`, PATCH),
    });
    const wrong = (name: string, problem: HumanEvalProblem, value: string): NamedSample => ({
      name,
      task_id: problem.task_id,
      completion: `    return ${value}\n`,
    });
    const twins = [inProcessTwin(MEAN), inProcessTwin(LARGER)] as const;
    // One worker, so each sample runs after the one before it, on the same server and tester.
    const results = await evaluateHostile(
      ws.dir,
      [MEAN, LARGER, ...twins],
      [
        patched("patch-mean", MEAN, "0.0"),
        canonical(MEAN, "correct-mean-after"),
        wrong("wrong-mean-after", MEAN, "0.0"),
        patched("patch-larger", LARGER, "0"),
        canonical(LARGER, "correct-larger-after"),
        wrong("wrong-larger-after", LARGER, "0"),
        patched("patch-mean@in-process", twins[0], "0.0"),
        patched("patch-larger@in-process", twins[1], "0"),
        // The twins' tests are not vacuous: without the patch, the wrong answer fails there too.
        wrong("wrong-mean@twin", twins[0], "0.0"),
        wrong("wrong-larger@twin", twins[1], "0"),
      ],
      ["--workers", "1"],
    );
    expectStoppedOnlyBySplit(results, ["patch-mean", "patch-larger"]);
    expectPassed(results.result("correct-mean-after"));
    expectPassed(results.result("correct-larger-after"));
    for (const name of ["wrong-mean-after", "wrong-larger-after", "wrong-mean@twin", "wrong-larger@twin"]) {
      expectNotPassed(results.result(name));
    }
    expect(results.result("wrong-mean-after").verdict).toBe("split");
  });
});
