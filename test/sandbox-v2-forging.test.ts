// End-to-end regression tests of the split sandbox (issue 9) against samples that try to pass without
// being right: skipping the test with a trace function, values equal to everything, forging the
// verdict, and choosing their own failure label. Each runs the BUILT command line at full isolation;
// run `npm run build` first. Where the attack forges a pass, the same sample is also run against an
// unsplittable twin of the problem (judged in the sample's own process, as the reference harness
// does) and passes there: the attack is real, and only the split stops it.
import { beforeAll, describe, expect, it } from "vitest";
import { assertCliBuilt } from "./helpers/cli.js";
import {
  ADD_THREE,
  aimedAt,
  canonical,
  completion,
  evaluateHostile,
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
    // The function ran and returned None to the test's real check: a plain failed assert.
    expect(results.result("settrace-skip").result).toBe("failed: ");
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
    // What reached the test was the plain value the object holds, or an opaque stand-in, and the
    // test's assert failed on it.
    for (const { name } of hostile) expect(results.result(name).result, name).toBe("failed: ");
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
              # Or in any dict on the heap; and whatever is called check.
              checks = []
              for obj in gc.get_objects():
                  try:
                      if isinstance(obj, dict):
                          nonces += [n for n in map(_hex32, list(obj.values())) if n]
                      elif getattr(obj, "__name__", None) == "check":
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

  it("7. a value that is not data, passed back by the test, fails the sample and never moves the problem in-process", async () => {
    // The test feeds the candidate its own result. A sample that returns an object (not data) would
    // make that call impossible to send, which must count against the sample, never as a test that
    // cannot be split: in-process, it could then forge the pass. With and without a canonical solution.
    const twice = (task: string, canonicalSolution: string): HumanEvalProblem => ({
      task_id: `hostile/${task}`,
      prompt: 'def step(x):\n    """Return x + 1."""\n',
      entry_point: "step",
      canonical_solution: canonicalSolution,
      test: "def check(candidate):\n    assert candidate(candidate(1)) == 3\n",
    });
    const withCanonical = twice("twice", "    return x + 1\n");
    const without = twice("twice_bare", "");
    const opaque =
      "    class Anything:\n        def __eq__(self, other):\n            return True\n    return Anything()\n";
    const samples: NamedSample[] = [
      { name: "opaque", task_id: withCanonical.task_id, completion: opaque },
      { name: "opaque-bare", task_id: without.task_id, completion: opaque },
      { name: "right-bare", task_id: without.task_id, completion: "    return x + 1\n" },
      canonical(withCanonical),
    ];
    const results = await evaluateHostile(ws.dir, [withCanonical, without], samples);
    for (const name of ["opaque", "opaque-bare"]) {
      const record = results.result(name);
      expect(record.status, `${name}: ${record.result}`).toBe("failed");
      expect(record.verdict).toBe("split");
      expect(record.result).toMatch(
        /the test passed back a value that is not data \(Anything, which the sample returned\)/,
      );
    }
    expectPassed(results.result("right-bare"));
    expectPassed(results.result("canonical-step"));
    expect(results.summary.inProcess).toEqual([]);
  });
});
