// End-to-end regression tests of what crosses between a sample's process and the judge (issue 9): case
// outputs of tests given as data, compared in Node, and the replies of a split run, decoded in the
// test's process. Samples replace the sandbox's own encoder and framing with malformed values, 20,000
// levels of nesting, lying frame headers and a 4 MiB flood of fake verdict lines: each must fail with
// a readable message while the run completes and correct samples pass. Runs the BUILT command line at
// full isolation; run `npm run build` first.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { assertCliBuilt } from "./helpers/cli.js";
import {
  ADD_THREE,
  evaluateHostile,
  expectNotPassed,
  expectPassed,
  type NamedSample,
} from "./helpers/hostile-cli.js";
import { py } from "./helpers/python.js";
import { useWorkspace } from "./helpers/workspace.js";

beforeAll(assertCliBuilt);
const ws = useWorkspace();

// fence-posts: fence_posts(x1, y1, x2, y2) -> int, tests as data in passk-core.
const PROBLEM_DIR = fileURLToPath(new URL("../datasets/passk-core/fence-posts/", import.meta.url));
const FENCE_TASK = "passk-core/fence-posts";
const FENCE_SOLUTION = readFileSync(`${PROBLEM_DIR}solution.py`, "utf8");

const fence = (name: string, solution: string): NamedSample => ({ name, task_id: FENCE_TASK, solution });

/** Python that builds `n` levels of nested lists without recursion. */
const DEEP = py`
  def _deep(n):
      value = []
      for _ in range(n):
          value = [value]
      return value
`;

/** A readable failure: one line, the case it is about, no JavaScript artefacts. */
function expectReadableFailure(name: string, result: string): void {
  expect(result, name).toMatch(/^failed: case \d+: /);
  expect(result.length, name).toBeLessThan(800);
  expect(result, name).not.toMatch(/\[object Object\]|undefined|\n/);
}

describe("tests as data: hostile case outputs", () => {
  it("7a. a sample that replaces the child's case encoder fails readably, and the run completes", async () => {
    // data_cases() looks `encode` up in the sides module for every case.
    const encoder = (name: string, value: string, helpers = "") =>
      fence(
        name,
        `import sys\n\n${helpers}\nsys.modules["sides"].encode = lambda *args, **kwargs: ${value}\n\n${FENCE_SOLUTION}`,
      );
    // Or, holding the verdict nonce of its caller, it writes case lines of its own for every case
    // and a clean "passed": whatever they hold, they reach the comparison in Node.
    const forged = (name: string, payload: string) =>
      fence(
        name,
        py`
          import os
          import sys

          _frame = sys._getframe(1)  # data_cases(), which exec()s this module
          _nonce, _inputs = _frame.f_locals["nonce"], _frame.f_locals["inputs"]
          for _i in range(len(_inputs)):
              os.write(3, _nonce + b" case %d " % _i + (${payload}) + b"\n")
          os.write(3, _nonce + b" passed ")
          os._exit(0)
        `,
      );
    // Each with what its failure must say, after "failed: case 0: ".
    const hostile: [NamedSample, RegExp][] = [
      [encoder("encode-bad-int", '{"$int": "x"}'), /^unreadable output \(.*\$int/],
      [encoder("encode-bad-tuple", '{"$tuple": 5}'), /^unreadable output \(.*\$tuple/],
      [encoder("encode-bad-dict", '{"$dict": "ab"}'), /^unreadable output \(.*\$dict/],
      [encoder("encode-deep", "_deep(20000)", DEEP), /^fence_posts\(.*\) raised unencodable result: /],
      [forged("forged-deep", 'b\'{"ok": \' + b"[" * 20000 + b"]" * 20000 + b"}"'), /^unreadable output/],
      [
        forged("forged-deep-dict", `b'{"ok": ' + b'{"$dict": [["k", ' * 5000 + b"{}" + b"]]}" * 5000 + b"}"`),
        /^unreadable output/,
      ],
      [forged("forged-bad-int", 'b\'{"ok": {"$int": "x"}}\''), /^unreadable output \(.*\$int/],
      [forged("forged-bad-dict", 'b\'{"ok": {"$dict": "ab"}}\''), /^unreadable output \(.*\$dict/],
      // JSON reads a 400-digit integer as Infinity: not a value of the encoding ($int says big integers).
      [
        forged("forged-huge-number", 'b\'{"ok": 1\' + b"0" * 400 + b"}"'),
        /^unreadable output \(a number too large/,
      ],
      [forged("forged-not-json", 'b"{\\"ok\\": [1, 2"'), /^unreadable output/],
      [forged("forged-bad-repr", 'b\'{"ok": {"$repr": 5, "$type": []}}\''), /^unreadable output \(.*\$repr/],
    ];
    const results = await evaluateHostile(ws.dir, "passk-core", [
      ...hostile.map(([sample]) => sample),
      fence("canonical", FENCE_SOLUTION),
    ]);
    for (const [{ name }, message] of hostile) {
      const record = results.result(name);
      expectNotPassed(record);
      expect(record.status, `${name}: ${record.result}`).toBe("failed");
      expect(record.verdict).toBe("data");
      expectReadableFailure(name, record.result);
      expect(record.result.startsWith("failed: case 0: "), record.result).toBe(true);
      expect(record.result.slice("failed: case 0: ".length), name).toMatch(message);
    }
    expectPassed(results.result("canonical"));
  });

  it("10. a 4 MiB flood of fake verdict lines fails quickly", async () => {
    /** A module that writes `line` (Python bytes) over and over to fd 3, 4 MiB and more, then answers -1. */
    const flood = (name: string, line: string) =>
      fence(
        name,
        py`
          import os
          import sys

          _nonce = sys._getframe(1).f_locals["nonce"]  # data_cases(), which exec()s this module
          _line = ${line}
          _view = memoryview(_line * ((4 << 20) // len(_line) + 1000))
          while _view:
              _view = _view[os.write(3, _view):]


          def fence_posts(x1, y1, x2, y2):
              return -1
        `,
      );
    const hostile = [
      flood(
        "flood-without-nonce",
        'b\'case 0 {"ok": 1}\\n\' + b"0" * 32 + b\' case 0 {"ok": 1}\\npassed\\n\'',
      ),
      flood("flood-with-nonce", 'b"".join(_nonce + b\' case %d {"ok": 4}\\n\' % i for i in (0, 1, 1, 0))'),
    ];
    const results = await evaluateHostile(ws.dir, "passk-core", [
      ...hostile,
      fence("canonical", FENCE_SOLUTION),
    ]);
    for (const { name } of hostile) {
      const record = results.result(name);
      expectNotPassed(record);
      expect(record.result).toMatch(/^failed: /);
      // The old parser, quadratic in the number of lines, held the worker for 5-12 s here.
      expect(record.wall_time, name).toBeLessThan(3);
    }
    expectPassed(results.result("canonical"));
  });
});

describe("split runs: hostile replies", () => {
  it("7b. a sample that replaces the reply encoder or framing fails, and the run completes", async () => {
    // Replies are frames (length, kind: marshal or JSON, the message); the sample's process writes
    // them with sides._send, which these samples replace (the first reply's write carries the
    // "ready" frame before it, as `before`, which they keep). Should the framing change, the names
    // below go missing and the samples fail before any attack: the assertion on the "malformed
    // reply" message then asks for this test to follow.
    const framing = (name: string, payload: string): NamedSample => ({
      name,
      task_id: ADD_THREE.task_id,
      completion: `    return a + b + c\n\n\n${py`
        import os
        import sys

        _sides = sys.modules["sides"]
        _FRAME, _MARSHAL, _JSON = _sides._FRAME, _sides.MARSHAL, _sides.JSON


        def _framed(kind, data):
            return _FRAME.pack(len(data), kind) + data


        def _send(fd, message, strict=False, before=b""):
            os.write(fd, before + ${payload})


        _sides._send = _send
      `}`,
    });
    const hostile: NamedSample[] = [
      // The encoder of values marshal cannot write (here an instance), replaced in the sides module.
      {
        name: "encode-bad-int",
        task_id: ADD_THREE.task_id,
        completion: `    return object()\n\n\n${py`
          import sys

          sys.modules["sides"].encode = lambda *args, **kwargs: {"$tuple": ["ok", {"$int": "x"}]}
        `}`,
      },
      framing("send-bad-int", `_framed(_JSON, b'{"$tuple": ["ok", {"$int": "x"}]}')`),
      framing(
        "send-deep-json",
        `_framed(_JSON, b'{"$tuple": ["ok", ' + b"[" * 20000 + b"]" * 20000 + b"]}")`,
      ),
      framing(
        "send-deep-marshal",
        `_framed(_MARSHAL, b"(\\x02\\x00\\x00\\x00" + b"u\\x02\\x00\\x00\\x00ok" + b"[\\x01\\x00\\x00\\x00" * 20000 + b"N")`,
      ),
      framing(
        "send-code-object",
        `_framed(_MARSHAL, __import__("marshal").dumps(("ok", (lambda: 6).__code__), 2))`,
      ),
      framing(
        "send-huge-header",
        `_FRAME.pack(1 << 31, _MARSHAL) + __import__("marshal").dumps(("ok", 6), 2)`,
      ),
      framing("send-bad-exception", `_framed(_JSON, b'{"$tuple": ["raise", [{"$int": "1"}], 5]}')`),
      framing("send-unknown-kind", `_framed(7, b"N")`),
    ];
    const results = await evaluateHostile(
      ws.dir,
      [ADD_THREE],
      [
        ...hostile,
        { name: "canonical", task_id: ADD_THREE.task_id, completion: ADD_THREE.canonical_solution },
      ],
    );
    for (const { name } of hostile) {
      const record = results.result(name);
      expectNotPassed(record);
      expect(record.status, `${name}: ${record.result}`).toBe("failed");
      expect(record.verdict).toBe("split");
      expect(record.result, name).toMatch(/^failed: the sample's process sent a malformed reply: \S/);
      expect(record.result.length, name).toBeLessThan(800);
    }
    expect(results.result("send-huge-header").result).toContain(String(2 ** 31));
    expectPassed(results.result("canonical"));
  });
});
