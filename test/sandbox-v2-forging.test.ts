// End-to-end regression tests of the split sandbox (issue 9) against samples that try to pass without
// being right: skipping the test with a trace function, values equal to everything, forging the
// verdict, reading the expected value from memory, patching the test's builtins, and choosing their
// own failure label. Each runs the BUILT command line at full isolation; run `npm run build` first.
// Where the attack forges a pass, the same sample is also run against an unsplittable twin of the
// problem (judged in the sample's own process, as the reference harness does) and passes there: the
// attack is real, and only the split stops it.
import { beforeAll, describe, expect, it } from "vitest";
import { assertCliBuilt } from "./helpers/cli.js";
import {
  ADD_THREE,
  aimedAt,
  evaluateHostile,
  expectNotPassed,
  expectPassed,
  type HostileRun,
  type HumanEvalProblem,
  inProcessTwin,
  type NamedSample,
  outputOf,
} from "./helpers/hostile-cli.js";
import { py } from "./helpers/python.js";
import { useWorkspace } from "./helpers/workspace.js";

beforeAll(assertCliBuilt);
const ws = useWorkspace();

/** A completion: the function's body, then `module`, code at the module's top level. */
const completion = (body: string, module: string) => `    ${body}\n\n\n${module}`;

/** The canonical solution of `problem`, as a sample called `name`. */
const canonical = (problem: HumanEvalProblem, name = `canonical-${problem.entry_point}`): NamedSample => ({
  name,
  task_id: problem.task_id,
  completion: problem.canonical_solution,
});

/** The hostile samples did not pass when split; they did pass against the in-process twin. */
function expectStoppedOnlyBySplit(results: HostileRun, names: readonly string[]): void {
  for (const name of names) {
    const split = results.result(name);
    expectNotPassed(split);
    expect(split.verdict, name).toBe("split");
    const control = results.result(`${name}@in-process`);
    expect(control.verdict, name).toBe("in-process");
    expectPassed(control);
  }
}

describe("split sandbox against samples that forge a pass", () => {
  it("1. a trace function that jumps over the test's `def check` fails", async () => {
    const twin = inProcessTwin(ADD_THREE);
    // The module's own trace function waits for the first line after this completion (the test's
    // `def check`), and jumps to the module's last line, `check(add_three)`: the check that runs is
    // the do-nothing one defined here.
    const hostile: NamedSample = {
      name: "settrace-skip",
      task_id: ADD_THREE.task_id,
      completion: completion(
        "return None",
        py`
          def check(candidate):
              pass


          import sys as _sys


          def _skip(frame, event, arg):
              if frame.f_code.co_name == "<module>" and event == "line" and frame.f_lineno > _HERE:
                  last = max(line for _, _, line in frame.f_code.co_lines() if line is not None)
                  if frame.f_lineno < last:
                      frame.f_lineno = last
              return _skip


          _HERE = _sys._getframe().f_lineno
          _sys._getframe().f_trace = _skip
          _sys.settrace(_skip)
        `,
      ),
    };
    const results = await evaluateHostile(
      ws.dir,
      [ADD_THREE, twin],
      [hostile, canonical(ADD_THREE), ...aimedAt(twin, [hostile], "@in-process")],
    );
    expectStoppedOnlyBySplit(results, ["settrace-skip"]);
    expect(results.result("settrace-skip").result).toMatch(/^failed: /);
    expectPassed(results.result("canonical-add_three"));
  });

  it("2. objects whose __eq__ is always True (object, int and list subclasses) fail", async () => {
    const RUNNING_TOTAL: HumanEvalProblem = {
      task_id: "hostile/running_total",
      prompt:
        "def running_total(xs):\n" +
        '    """Return the list of prefix sums of xs: element i is xs[0] + ... + xs[i]."""\n',
      entry_point: "running_total",
      canonical_solution:
        "    out, total = [], 0\n    for x in xs:\n        total += x\n        out.append(total)\n    return out\n",
      test:
        "def check(candidate):\n" +
        "    assert candidate([1, 2, 3]) == [1, 3, 6]\n" +
        "    assert candidate([]) == []\n" +
        "    assert candidate([5, -5, 2]) == [5, 0, 2]\n",
    };
    /** `class <head>:` equal to everything, and a function body that returns `value`. */
    const agreeable = (name: string, task: HumanEvalProblem, head: string, value: string): NamedSample => ({
      name,
      task_id: task.task_id,
      completion: completion(
        `return ${value}`,
        py`
          class ${head}:
              def __eq__(self, other):
                  return True

              def __ne__(self, other):
                  return False

              __hash__ = object.__hash__
        `,
      ),
    });
    const hostile = [
      agreeable("eq-object", ADD_THREE, "_Anything", "_Anything()"),
      agreeable("eq-int", ADD_THREE, "_Yes(int)", "_Yes(0)"),
      agreeable("eq-list", RUNNING_TOTAL, "_Agree(list)", '_Agree(["garbage"])'),
    ];
    const twins = new Map([ADD_THREE, RUNNING_TOTAL].map((p) => [p.task_id, inProcessTwin(p)]));
    const controls = hostile.map((s) => ({
      ...s,
      name: `${s.name}@in-process`,
      task_id: twins.get(s.task_id)?.task_id as string,
    }));
    const results = await evaluateHostile(
      ws.dir,
      [ADD_THREE, RUNNING_TOTAL, ...twins.values()],
      [...hostile, canonical(ADD_THREE), canonical(RUNNING_TOTAL), ...controls],
    );
    expectStoppedOnlyBySplit(
      results,
      hostile.map((s) => s.name),
    );
    // What reached the test was the plain value the object holds, or an opaque stand-in.
    expect(results.result("eq-int").result).toBe("failed: ");
    expectPassed(results.result("canonical-add_three"));
    expectPassed(results.result("canonical-running_total"));
  });

  it("3. reading the verdict nonce from the frames, writing a fake verdict to fds 3-20 and exiting 0 fails", async () => {
    const twin = inProcessTwin(ADD_THREE);
    const hostile: NamedSample = {
      name: "forge-verdict",
      task_id: ADD_THREE.task_id,
      completion: completion(
        "return _forge()",
        py`
          import gc
          import os
          import sys


          def _hex32(value):
              if isinstance(value, str):
                  value = value.encode("ascii", "ignore")
              if not isinstance(value, bytes) or len(value) != 32:
                  return None
              try:
                  int(value, 16)
              except ValueError:
                  return None
              return value


          def _forge():
              # The nonce that signs verdicts: 32 hex digits in the locals of some frame below this one.
              nonces = []
              frame = sys._getframe()
              while frame is not None:
                  nonces += [n for n in map(_hex32, list(frame.f_locals.values())) if n]
                  frame = frame.f_back
              checks = []
              for obj in gc.get_objects():
                  try:
                      if getattr(obj, "__name__", None) == "check":
                          checks.append(obj)
                  except Exception:
                      pass
              print("nonces", nonces, "checks", len(checks))
              claim = nonces[0] + b" passed " if nonces else b'passed\n{"word": "passed", "message": ""}\n'
              for fd in range(3, 21):
                  try:
                      os.write(fd, claim)
                  except OSError:
                      pass
              os._exit(0)
        `,
      ),
    };
    const results = await evaluateHostile(
      ws.dir,
      [ADD_THREE, twin],
      [hostile, canonical(ADD_THREE), ...aimedAt(twin, [hostile], "@in-process")],
    );
    expectStoppedOnlyBySplit(results, ["forge-verdict"]);
    // The split sample found no nonce to sign with.
    expect(outputOf(results.result("forge-verdict"))).toContain("nonces []");
    expectPassed(results.result("canonical-add_three"));
  });

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
    expect(record.result).toMatch(/^failed: /);
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

  it("6. raising a timeout-like class or MemoryError is a plain failure, not a time or memory verdict", async () => {
    const raising = (name: string, body: string, module = ""): NamedSample => ({
      name,
      task_id: ADD_THREE.task_id,
      completion: module ? completion(body, module) : `    ${body}\n`,
    });
    const samples = [
      raising(
        "timeout-class-at-load",
        "return a + b + c",
        py`
          class _Timeout(BaseException):
              pass


          raise _Timeout("timed out")
        `,
      ),
      raising(
        "timeout-exception-in-call",
        'raise TimeoutException("Timed out!")',
        "class TimeoutException(BaseException):\n    pass\n",
      ),
      raising("memory-error-at-load", "return a + b + c", "raise MemoryError()\n"),
      raising("memory-error-in-call", "raise MemoryError()"),
    ];
    const results = await evaluateHostile(ws.dir, [ADD_THREE], [...samples, canonical(ADD_THREE)]);
    for (const { name } of samples) {
      const record = results.result(name);
      expect(record.status, `${name}: ${record.result}`).toBe("failed");
      expect(record.passed).toBe(false);
      expect(record.result).toMatch(/^failed: /);
      expect(record.time_limit, name).toBeUndefined();
      expect(record.cpu_time, name).toBeLessThan(0.5);
    }
    expect(results.result("timeout-class-at-load").result).toBe("failed: timed out");
    expect(results.result("timeout-exception-in-call").result).toBe("failed: Timed out!");
    expectPassed(results.result("canonical-add_three"));
  });
});
