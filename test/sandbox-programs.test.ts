// Program problems in the real sandbox (bubblewrap and seccomp): each test a fresh process that sees
// only its own input, outputs judged outside, and hostile programs that try to learn the expected
// output, reach the other tests, flood the output, or break the run for the samples after them.
import { describe, expect, it } from "vitest";
import { runProgramTests } from "../src/evaluate/program-verdict.js";
import type { CallTest, ProgramData, StdioTest } from "../src/problems/program-types.js";
import { DEFAULT_LIMITS } from "../src/sandbox/types.js";
import { py } from "./helpers/python.js";
import { FULL_ISOLATION, useSandbox } from "./helpers/sandbox.js";

const LIMITS = { ...DEFAULT_LIMITS, timeout: 2, wallTimeout: 4 };
const stdio = (tests: StdioTest[], extra: Partial<ProgramData> = {}): ProgramData =>
  ({ kind: "stdio", statement: "s", tests, judge: { compare: "tokens" }, ...extra }) as ProgramData;
const SUM = stdio([
  { input: "1 2\n", output: "3\n" },
  { input: "10 20\n", output: "30\n" },
  { input: "-5 5\n", output: "0\n" },
]);
const SUM_PROGRAM = "a, b = map(int, input().split())\nprint(a + b)\n";

describe("program problems in the sandbox", () => {
  const sandbox = useSandbox(FULL_ISOLATION);
  const judge = (program: string, data: ProgramData = SUM, limits = LIMITS) =>
    runProgramTests(sandbox(), program, data, limits);

  it("runs the program once per test and judges each output outside: the first wrong test is named", async () => {
    expect(await judge(SUM_PROGRAM)).toMatchObject({ status: "passed", result: "passed", verdict: "data" });
    const main = py`
      import sys
      def main():
          a, b = map(int, sys.stdin.readline().split())
          sys.stdout.write(f"{a + b + (a == 10)}\n")
      if __name__ == "__main__":
          main()
    `;
    const wrong = await judge(main);
    expect(wrong).toMatchObject({
      status: "failed",
      result: "failed: wrong answer on test 2: expected '30', got '31'",
    });
    expect(wrong.tests).toHaveLength(3); // a wrong answer does not stop the run: only passk can tell it
    expect((await judge("print(0)\n")).result).toBe("failed: wrong answer on test 1: expected '3', got '0'");
    expect((await judge("pass\n")).result).toBe(
      "failed: wrong answer on test 1: expected '3', got end of output",
    );
  });

  it("names the test and the way a run ended: time limit, runtime error with its last line, exit code", async () => {
    const loops = "a, b = map(int, input().split())\nwhile a == 10: pass\nprint(a + b)\n";
    const timed = await judge(loops, { ...SUM, timeLimit: 0.5 });
    expect(timed).toMatchObject({
      status: "timeout",
      result: "failed: time limit exceeded on test 2 (0.5 s of CPU)",
      limit: "cpu",
    });
    expect(timed.tests).toHaveLength(2); // it stops there, as a judge does
    expect((await judge("a, b = map(int, input().split())\nprint(a // (b - 2))\n")).result).toBe(
      "failed: runtime error on test 1: ZeroDivisionError: integer division or modulo by zero",
    );
    expect((await judge("import sys\nprint(3)\nsys.exit(3)\n")).result).toBe(
      "failed: runtime error on test 1: exit code 3",
    );
    expect((await judge(`${SUM_PROGRAM}exit()\n`)).status).toBe("passed");
    expect((await judge(`${SUM_PROGRAM}import sys\nsys.exit(0)\n`)).status).toBe("passed");
    expect((await judge("print(3\n")).result).toMatch(/^failed: compilation error: '\(' was never closed/);
    const crash = await judge("import ctypes\nctypes.string_at(0)\n");
    expect(crash).toMatchObject({
      status: "crashed",
      result: "failed: runtime error on test 1: killed by SIGSEGV",
    });
  });

  it("holds each test to the problem's memory limit", async () => {
    const hog = "x = bytearray(400 * 1024 * 1024)\nprint(3)\n";
    expect((await judge(hog, { ...SUM, memoryLimit: 256 * 1024 ** 2 })).result).toBe(
      "failed: runtime error on test 1: MemoryError (the memory limit is 256 MiB)",
    );
    expect((await judge(`x = bytearray(400 * 1024 * 1024)\n${SUM_PROGRAM}`)).status).toBe("passed"); // passk's 1 GiB
  });

  it("starts every test afresh: no file, global or class state of an earlier test reaches the next", async () => {
    const remembers = py`
      import os
      seen = []
      for path in ("left.txt", "/tmp/left.txt", "/dev/shm/left.txt"):
          try:
              with open(path) as f:
                  seen.append(f.read())
          except OSError:
              pass
          try:
              with open(path, "w") as f:
                  f.write("was here")
          except OSError:
              pass
      import builtins
      seen.append(str(getattr(builtins, "_count", 0)))
      builtins._count = getattr(builtins, "_count", 0) + 1
      print(" ".join(seen), input())
    `;
    const same = stdio([0, 1, 2].map((i) => ({ input: `${i}\n`, output: `0 ${i}\n` })));
    expect(await judge(remembers, same)).toMatchObject({ status: "passed" });
  });

  it("never lets a run see another test's input or any expected output, wherever it looks", async () => {
    // Each test's input and output carry markers; the program searches everything it can read: its
    // stdin, every descriptor, /proc of every process, every object its interpreter holds (the
    // zygote's frames included), and its own memory where /proc lets it map it.
    // A program that found its expected output would print it and pass.
    const tests = [0, 1, 2].map((i) => ({
      input: `IN-MARK-${i}\n`,
      output: `found: IN-MARK-${i} OUT-MARK-${i}\n`,
    }));
    const snoop = py`
      import gc, os, re, sys
      found = set()
      def scan(data):
          if isinstance(data, str):
              data = data.encode("utf-8", "replace")
          for m in re.findall(rb"(?:IN|OUT)-MARK-\d", bytes(data)):
              found.add(m.decode())
      scan(open(0, "rb").read())
      for fd in range(64):
          try:
              os.lseek(fd, 0, 0)
              scan(os.read(fd, 1 << 20))
          except OSError:
              pass
      for pid in os.listdir("/proc"):
          for name in ("environ", "cmdline", "fd/0", "fd/3", "mem"):
              try:
                  with open(f"/proc/{pid}/{name}", "rb") as f:
                      scan(f.read(1 << 20))
              except (OSError, ValueError):
                  pass
      seen = {}  # id -> the object, kept alive so that no id is reused by a temporary
      def walk(obj, depth=0):
          if id(obj) in seen or depth > 40:
              return
          seen[id(obj)] = obj
          if isinstance(obj, (str, bytes, bytearray)):
              scan(obj)
          elif isinstance(obj, dict):
              for item in list(obj.items()):
                  walk(item, depth + 1)
          elif isinstance(obj, (list, tuple, set, frozenset)):
              for item in list(obj):
                  walk(item, depth + 1)
      frame = sys._getframe()
      while frame is not None:
          walk(frame.f_locals)
          frame = frame.f_back
      for obj in gc.get_objects():
          walk(obj)
      try:
          import ctypes
          with open("/proc/self/maps") as maps:
              for line in maps:
                  span, perms = line.split()[:2]
                  start, end = (int(x, 16) for x in span.split("-"))
                  if perms.startswith("r") and end - start < 1 << 26 and "[v" not in line:
                      scan(ctypes.string_at(start, end - start))
      except OSError:
          pass
      print("found:", *sorted(found))
    `;
    const outcome = await judge(snoop, stdio(tests));
    // Each run found only its own input (in its stdin and its own memory): never an expected output
    // and never another test's input.
    expect(outcome.tests?.map((run) => run.stdout)).toEqual([
      "found: IN-MARK-0\n",
      "found: IN-MARK-1\n",
      "found: IN-MARK-2\n",
    ]);
    expect(outcome.result).toBe(
      "failed: wrong answer on test 1: expected 'OUT-MARK-0', got end of output (token 3)",
    );
  });

  it("cannot change its input: stdin is sealed, and the next test reads its own", async () => {
    const scribbles = py`
      import os
      data = os.read(0, 100)
      for attempt in (lambda: os.write(0, b"9 9\n"), lambda: os.ftruncate(0, 0), lambda: os.lseek(0, 0, 0)):
          try:
              attempt()
          except OSError:
              pass
      a, b = map(int, data.split())
      print(a + b)
    `;
    expect(await judge(scribbles)).toMatchObject({ status: "passed" });
  });

  it("stops an endless printer at the output limit at once, and the server goes on", async () => {
    for (const flood of [
      "import sys\nwhile True:\n    sys.stdout.write('y' * 65536)\n",
      "import os\nwhile True:\n    os.write(1, b'y' * 65536)\n",
    ]) {
      const started = performance.now();
      const outcome = await judge(flood);
      expect(outcome.result).toBe("failed: output limit exceeded on test 1");
      expect(outcome.tests?.[0]?.stdout.length).toBe(4 * 2 + 1024 * 1024); // four times "3\n", plus the slack
      expect(performance.now() - started).toBeLessThan(1500);
    }
    expect(await judge(SUM_PROGRAM)).toMatchObject({ status: "passed" });
  });

  it("takes tens of megabytes of output through whole (the server's answer is read in linear time)", async () => {
    // 10 tests of 4 MB each: read a chunk at a time into one string, this answer took minutes.
    const line = "123456789 ".repeat(400_000);
    const big = stdio(Array.from({ length: 10 }, (_, i) => ({ input: `${i}\n`, output: `${i} ${line}\n` })));
    const outcome = await judge(
      "import sys\nsys.stdout.write(input() + ' ' + '123456789 ' * 400000 + '\\n')\n",
      big,
    );
    expect(outcome).toMatchObject({ status: "passed" });
    expect(outcome.tests?.reduce((sum, run) => sum + run.stdout.length, 0)).toBeGreaterThan(40_000_000);
  });

  it("lets a program finish its threads, as a normal exit does (main() in a thread with a big stack)", async () => {
    const threaded = py`
      import sys, threading
      sys.setrecursionlimit(100000)
      threading.stack_size(64 * 1024 * 1024)
      def depth(n):
          return 0 if n == 0 else 1 + depth(n - 1)
      def main():
          a, b = map(int, input().split())
          print(a + b + depth(20000) - 20000)
      threading.Thread(target=main).start()
    `;
    expect(await judge(threaded)).toMatchObject({ status: "passed" });
  });

  it("judges floats within the tolerance, and exact mode byte for byte", async () => {
    const half = stdio([{ input: "1\n", output: "0.333333\n" }], {
      judge: { compare: "float", tolerance: 1e-4 },
    });
    expect((await judge("input()\nprint(1 / 3)\n", half)).status).toBe("passed");
    expect((await judge("input()\nprint(0.3)\n", half)).result).toBe(
      "failed: wrong answer on test 1: expected '0.333333', got '0.3'",
    );
    const exact = stdio([{ input: "x\n", output: "a  b\n" }], { judge: { compare: "exact" } });
    expect((await judge("print('a  b')\n", exact)).status).toBe("passed");
    expect((await judge("print('a b')\n", exact)).result).toBe(
      "failed: wrong answer on test 1: expected 'a  b', got 'a b'",
    );
  });
});

describe("call problems (LeetCode style) in the sandbox", () => {
  const sandbox = useSandbox(FULL_ISOLATION);
  const tests: CallTest[] = [
    { args: [[1, 2, 4]], expected: 2 },
    { args: [[7, 9]], expected: 0 },
    { args: [[]], expected: 0 },
  ];
  const data: ProgramData = {
    kind: "call",
    statement: "s",
    tests,
    call: { name: "countEven", className: "Solution" },
    judge: {},
  };
  const judge = (module: string, problem: ProgramData = data) =>
    runProgramTests(sandbox(), module, problem, LIMITS);
  const solution = (body: string) =>
    `class Solution:\n    def countEven(self, nums: List[int]) -> int:\n        ${body}\n`;

  it("calls Solution().method on each test's arguments, in a fresh process, and compares values outside", async () => {
    expect(await judge(solution("return sum(1 for x in nums if x % 2 == 0)"))).toMatchObject({
      status: "passed",
    });
    expect((await judge(solution("return len(nums)"))).result).toBe(
      "failed: wrong answer on test 1: countEven([1, 2, 4]) returned 3, expected 2",
    );
    // Class state would carry over within one process: each test has its own, so every run's first
    // call returns 2 (right for test 1, wrong for test 2, never the -1 of a second call).
    const counter = py`
      class Solution:
          calls = 0
          def countEven(self, nums):
              Solution.calls += 1
              return 2 if Solution.calls == 1 else -1
    `;
    expect((await judge(counter)).result).toBe(
      "failed: wrong answer on test 2: countEven([7, 9]) returned 2, expected 0",
    );
  });

  it("reads tuples as lists, and APPS's one-element lists both ways", async () => {
    const pair: ProgramData = {
      kind: "call",
      statement: "s",
      tests: [{ args: [3], expected: [3, 4] }],
      call: { name: "pair" },
      judge: {},
    };
    expect((await judge("def pair(x):\n    return (x, x + 1)\n", pair)).status).toBe("passed");
    const wrapped: ProgramData = {
      ...pair,
      tests: [{ args: [3], expected: [4] }],
      call: { name: "pair", unwrapSingle: true },
    };
    expect((await judge("def pair(x):\n    return x + 1\n", wrapped)).status).toBe("passed");
    expect((await judge("def pair(x):\n    return [x + 1]\n", wrapped)).status).toBe("passed");
    expect(
      (await judge("def pair(x):\n    return x + 1\n", { ...wrapped, call: { name: "pair" } })).status,
    ).toBe("failed");
  });

  it("never lets a call see another test's arguments or any expected value, walking every object it can reach", async () => {
    // The walk does find this test's own arguments (in the frames that called it): the control that
    // it would find the others, or the expected values, were they anywhere in the process.
    const snoop = py`
      import gc, re, sys
      def snoop(_):
          found, seen = set(), {}
          def walk(obj, depth=0):
              if id(obj) in seen or depth > 40:
                  return
              seen[id(obj)] = obj
              if isinstance(obj, (str, bytes)):
                  text = obj if isinstance(obj, str) else obj.decode("latin-1")
                  found.update(re.findall(r"(?:ARG|OUT)-MARK-\d", text))
              elif isinstance(obj, dict):
                  for item in list(obj.items()):
                      walk(item, depth + 1)
              elif isinstance(obj, (list, tuple, set, frozenset)):
                  for item in list(obj):
                      walk(item, depth + 1)
          frame = sys._getframe()
          while frame is not None:
              walk(frame.f_locals)
              frame = frame.f_back
          for obj in gc.get_objects():
              walk(obj)
          return sorted(found)
    `;
    const marked: ProgramData = {
      kind: "call",
      statement: "s",
      tests: [0, 1, 2].map((i) => ({
        args: [`ARG-MARK-${i}`],
        expected: [`ARG-MARK-${i}`, `OUT-MARK-${i}`],
      })),
      call: { name: "snoop" },
      judge: {},
    };
    const outcome = await judge(snoop, marked);
    expect(outcome.tests?.map((run) => run.case)).toEqual([
      '{"ok": ["ARG-MARK-0"]}',
      '{"ok": ["ARG-MARK-1"]}',
      '{"ok": ["ARG-MARK-2"]}',
    ]);
    expect(outcome.result).toBe(
      "failed: wrong answer on test 1: snoop('ARG-MARK-0') returned ['ARG-MARK-0'], expected ['ARG-MARK-0', 'OUT-MARK-0']",
    );
  });

  it("names a raising call, a module that fails, and a time limit, by test", async () => {
    expect((await judge(solution("raise ValueError('bad')"))).result).toBe(
      "failed: runtime error on test 1: ValueError: bad",
    );
    expect((await judge("import not_a_module\n")).result).toBe(
      "failed: runtime error on test 1: No module named 'not_a_module'",
    );
    const slow = solution("while nums == [7, 9]: pass\n        return 2");
    expect(await judge(slow, { ...data, timeLimit: 0.5 })).toMatchObject({
      status: "timeout",
      result: "failed: time limit exceeded on test 2 (0.5 s of CPU)",
    });
    // The prelude: List and friends are there unimported, and pow is still the built-in one.
    expect(
      (
        await judge(
          solution("return pow(2, 3, 5) - 3 + len(Counter(nums)) * 0 + (2 if nums == [1, 2, 4] else 0)"),
        )
      ).status,
    ).toBe("passed");
  });
});
