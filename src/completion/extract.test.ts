// Tests of turning chat replies into completions. The strongest ones run the resulting program,
// prompt + completion + test + check(entry_point), with the real Python on a small original problem:
// a correct reply must pass and a wrong one must fail for the right reason. Also checks the chat
// prompt and that docs/chat-mode.md shows it word for word.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { resolvePython } from "../sandbox/python.js";
import { CHAT_PROMPT_VERSION, CHAT_SYSTEM, chatMessages } from "./chat-prompt.js";
import { type Extraction, extractCompletion } from "./extract.js";

const PROMPT = `from typing import List


def pairs(values: List[int]) -> List[tuple]:
    """Adjacent pairs of values, in order."""
    return list(zip(values, values[1:]))


def longest_plateau(values: List[int]) -> int:
    """Return the length of the longest run of equal adjacent values in values,
    or 0 when values is empty.
    >>> longest_plateau([1, 2, 2, 2, 3, 3])
    3
    >>> longest_plateau([])
    0
    """
`;
const TEST = `def check(candidate):
    assert candidate([]) == 0
    assert candidate([5]) == 1
    assert candidate([1, 2, 2, 2, 3, 3]) == 3
    assert candidate([4, 4, 1, 4, 4]) == 2
    assert candidate([7, 7, 7, 7]) == 4
`;
const PROBLEM = { prompt: PROMPT, entry_point: "longest_plateau" };

const SOLUTION = `def longest_plateau(values: List[int]) -> int:
    best = 0
    run = 0
    for i, v in enumerate(values):
        run = run + 1 if i > 0 and values[i - 1] == v else 1
        best = max(best, run)
    return best`;
// Counts distinct values instead: passes [] and [5], fails [1, 2, 2, 2, 3, 3].
const WRONG = `def longest_plateau(values: List[int]) -> int:
    return len(set(values))`;
const BODY = `    best = 0
    run = 0
    for i, v in enumerate(values):
        run = run + 1 if i > 0 and values[i - 1] == v else 1
        best = max(best, run)
    return best`;

let python = "";
beforeAll(async () => {
  python = (await resolvePython()).executable;
});

/** Runs the program the reference harness would build; `error` is the last line of stderr. */
function run(completion: string): { passed: boolean; error: string } {
  const program = `${PROMPT}${completion}\n${TEST}\ncheck(longest_plateau)\n`;
  const out = spawnSync(python, ["-I", "-S", "-"], { input: program, encoding: "utf8", timeout: 10_000 });
  const error = out.stderr.trim().split("\n").at(-1) ?? "";
  return { passed: out.status === 0 && out.stdout === "", error };
}

function extract(reply: string): Extraction {
  return extractCompletion(reply, PROBLEM);
}

describe("extractCompletion, checked by running the program", () => {
  it("takes a full function from a python block between prose", () => {
    const reply = `Here is an implementation:\n\n\`\`\`python\n${SOLUTION}\n\`\`\`\n\nIt walks the list once.`;
    const got = extract(reply);
    expect(got.method).toBe("fenced-redefinition");
    expect(got.completion.startsWith("    pass\n\n")).toBe(true);
    expect(reply.slice(...(got.codeSpan ?? [0, 0]))).toBe(SOLUTION);
    expect(run(got.completion)).toEqual({ passed: true, error: "" });
  });

  it("lets a wrong function fail on the test's assertion", () => {
    const got = extract(`Sure!\n\`\`\`python\n${WRONG}\n\`\`\``);
    expect(got.method).toBe("fenced-redefinition");
    expect(run(got.completion)).toEqual({ passed: false, error: "AssertionError" });
  });

  it("indents a body given at the function's indentation", () => {
    const got = extract(`The body is:\n\`\`\`python\n${BODY}\n\`\`\``);
    expect(got.method).toBe("fenced-body");
    expect(got.completion).toBe(`${BODY}\n`);
    expect(run(got.completion).passed).toBe(true);
  });

  it("indents a body given at column 0", () => {
    const flat = BODY.split("\n")
      .map((line) => line.slice(4))
      .join("\n");
    const got = extract(`\`\`\`py\n${flat}\n\`\`\``);
    expect(got.method).toBe("fenced-body");
    expect(got.completion).toBe(`${BODY}\n`);
    expect(run(got.completion).passed).toBe(true);
  });

  it("ignores a second block of example usage whose asserts would fail", () => {
    const usage = "from solution import longest_plateau\nassert longest_plateau([1, 1]) == 99\nprint('ok')";
    const got = extract(
      `\`\`\`python\n${SOLUTION}\n\`\`\`\nUsage:\n\`\`\`python\n${usage}\n${usage}\n\`\`\``,
    );
    expect(got.method).toBe("fenced-redefinition");
    expect(got.completion).not.toContain("99");
    expect(run(got.completion).passed).toBe(true);
  });

  it("takes an unfenced function between prose and drops the print calls after it", () => {
    const reply = `Sure! Here's the function:\n\n${SOLUTION}\n\nprint(longest_plateau([1, 1, 2]))  # 2\n\nThis works because each run is counted once.`;
    const got = extract(reply);
    expect(got.method).toBe("unfenced-redefinition");
    expect(got.completion).not.toContain("print");
    expect(got.notes).toEqual(["dropped 1 top-level statement(s): example usage, tests or __main__"]);
    expect(reply.slice(...(got.codeSpan ?? [0, 0]))).toBe(
      `${SOLUTION}\n\nprint(longest_plateau([1, 1, 2]))  # 2`,
    );
    expect(run(got.completion).passed).toBe(true);
  });

  it("uses an unterminated last block (the reply was cut off) and says so", () => {
    const got = extract(`Here you go:\n\`\`\`python\n${SOLUTION}\n`);
    expect(got.method).toBe("fenced-redefinition");
    expect(got.notes?.[0]).toMatch(/not closed/);
    expect(run(got.completion).passed).toBe(true);
  });

  it("lets a function cut off in the middle fail as a syntax error", () => {
    const cut = SOLUTION.slice(0, SOLUTION.indexOf(" v else 1"));
    const got = extract(`\`\`\`python\n${cut}`);
    expect(got.method).toBe("fenced-redefinition");
    expect(run(got.completion)).toMatchObject({
      passed: false,
      error: expect.stringMatching(/^(Syntax|Indentation)Error/),
    });
  });

  it("drops an if __name__ block that would stop the program", () => {
    const main = 'if __name__ == "__main__":\n    import sys\n    sys.exit(3)';
    const got = extract(`\`\`\`python\n${SOLUTION}\n\n\n${main}\n\`\`\``);
    expect(got.completion).not.toContain("__main__");
    expect(run(got.completion).passed).toBe(true);
  });

  it("keeps the model's imports, setup calls and helper functions", () => {
    const code = `import sys
from itertools import groupby
from typing import List

sys.setrecursionlimit(5000)


def _run_lengths(values):
    return [len(list(group)) for _, group in groupby(values)]


def longest_plateau(values: List[int]) -> int:
    return max(_run_lengths(values), default=0)`;
    const got = extract(`\`\`\`python\n${code}\n\`\`\``);
    expect(got.completion).toBe(`    pass\n\n${code}\n`);
    expect(run(got.completion).passed).toBe(true);
  });

  it("keeps a helper class the function uses", () => {
    const code = `class RunTracker:
    """Tracks the current run and the best one."""

    def __init__(self):
        self.last = object()
        self.run = 0
        self.best = 0

    def feed(self, value):
        self.run = self.run + 1 if value == self.last else 1
        self.last = value
        self.best = max(self.best, self.run)


def longest_plateau(values):
    tracker = RunTracker()
    for value in values:
        tracker.feed(value)
    return tracker.best`;
    const got = extract(`A small class keeps it readable:\n\`\`\`python\n${code}\n\`\`\`\n`);
    expect(got.method).toBe("fenced-redefinition");
    expect(run(got.completion).passed).toBe(true);
  });

  it("treats nested defs as part of the function", () => {
    const code = `def longest_plateau(values):
    def runs():
        count = 0
        for i, v in enumerate(values):
            if i > 0 and values[i - 1] != v:
                yield count
                count = 0
            count += 1
        if values:
            yield count

    return max(runs(), default=0)`;
    const got = extract(`\`\`\`python\n${code}\n\`\`\``);
    expect(got.completion).toBe(`    pass\n\n${code}\n`);
    expect(run(got.completion).passed).toBe(true);
  });

  it("accepts tab indentation", () => {
    const tabbed = SOLUTION.replace(/^( {4})+/gm, (spaces) => "\t".repeat(spaces.length / 4));
    expect(tabbed).toContain("\t\trun = ");
    const asBlock = extract(`\`\`\`python\n${tabbed}\n\`\`\``);
    expect(run(asBlock.completion).passed).toBe(true);
    const body = tabbed.split("\n").slice(1).join("\n");
    const asBody = extract(`\`\`\`python\n${body}\n\`\`\``);
    expect(asBody.method).toBe("fenced-body");
    expect(run(asBody.completion).passed).toBe(true);
  });

  it("accepts CRLF line ends, with the span counted in the reply as given", () => {
    const reply = `Here it is:\r\n\r\n\`\`\`python\r\n${SOLUTION.replaceAll("\n", "\r\n")}\r\n\`\`\`\r\n`;
    const got = extract(reply);
    expect(got.completion).not.toContain("\r");
    expect(reply.slice(...(got.codeSpan ?? [0, 0]))).toBe(SOLUTION.replaceAll("\n", "\r\n"));
    expect(run(got.completion).passed).toBe(true);
  });

  it("says so when the code defines another function, which then fails", () => {
    const renamed = SOLUTION.replace("def longest_plateau", "def longest_run");
    const got = extract(`\`\`\`python\n${renamed}\n\`\`\``);
    expect(got.method).toBe("fenced-redefinition");
    expect(got.notes).toEqual(["no top-level def longest_plateau(: the code defines longest_run"]);
    expect(run(got.completion)).toEqual({ passed: false, error: "AssertionError" });
  });

  it("reads a column-0 body with a nested helper and a return as a body", () => {
    const body = `def same(a, b):
    return a == b

best = run = 0
for i, v in enumerate(values):
    run = run + 1 if i > 0 and same(values[i - 1], v) else 1
    best = max(best, run)
return best`;
    const got = extract(`\`\`\`python\n${body}\n\`\`\``);
    expect(got.method).toBe("fenced-body");
    expect(got.completion.startsWith("    def same(a, b):\n        return a == b\n")).toBe(true);
    expect(run(got.completion).passed).toBe(true);
  });

  it("leaves the prompt's helper functions usable from a body", () => {
    const body = `best = 1 if values else 0
run = 1
for a, b in pairs(values):
    run = run + 1 if a == b else 1
    best = max(best, run)
return best`;
    const got = extract(`Using the \`pairs\` helper:\n\n\`\`\`\n${body}\n\`\`\``);
    expect(got.method).toBe("fenced-body");
    expect(run(got.completion).passed).toBe(true);
  });

  it("repairs an unfenced body whose first line (the repeated docstring) lost its indentation", () => {
    const reply = `"""Return the length of the longest run of equal adjacent values.
    """
${BODY}


# Example usage
print(longest_plateau([1, 2, 2]))  # Output: 2`;
    const got = extract(reply);
    expect(got.method).toBe("raw-body");
    expect(got.completion.startsWith('    """Return the length')).toBe(true);
    expect(got.completion).not.toContain("print");
    expect(run(got.completion).passed).toBe(true);
  });

  it("repairs a trimmed first line that opens a block", () => {
    const reply = `if not values:
        return 0
    best = run = 1
    for i in range(1, len(values)):
        run = run + 1 if values[i] == values[i - 1] else 1
        best = max(best, run)
    return best`;
    const got = extract(reply);
    expect(got.method).toBe("raw-body");
    expect(got.completion.startsWith("    if not values:\n        return 0\n    best = run = 1\n")).toBe(
      true,
    );
    expect(run(got.completion).passed).toBe(true);
  });

  it("keeps a helper defined at top level after an unfenced body, without the usage", () => {
    const reply = `    return max(_lengths(values), default=0)

def _lengths(values):
    out = []
    for i, v in enumerate(values):
        if i > 0 and values[i - 1] == v:
            out[-1] += 1
        else:
            out.append(1)
    return out

# Testing
longest_plateau([3, 3])
assert longest_plateau([1]) == 5`;
    const got = extract(reply);
    expect(got.method).toBe("raw-body");
    expect(got.completion).toContain("\ndef _lengths(values):");
    expect(got.completion).not.toContain("assert");
    expect(run(got.completion).passed).toBe(true);
  });

  it("skips the thinking of a reasoning model, draft code included", () => {
    const reply = `<think>\nA first try:\n\`\`\`python\n${WRONG}\n\`\`\`\nNo, runs matter.\n</think>\n\n\`\`\`python\n${SOLUTION}\n\`\`\``;
    const got = extract(reply);
    expect(reply.slice(...(got.codeSpan ?? [0, 0]))).toBe(SOLUTION);
    expect(run(got.completion).passed).toBe(true);
  });

  it("drops unittest.main() and keeps the test class harmlessly", () => {
    const tests = `import unittest


class TestPlateau(unittest.TestCase):
    def test_wrong_on_purpose(self):
        self.assertEqual(longest_plateau([1]), 42)


unittest.main()`;
    const got = extract(`\`\`\`python\n${SOLUTION}\n\n\n${tests}\n\`\`\``);
    expect(got.completion).not.toContain("unittest.main()");
    expect(run(got.completion).passed).toBe(true);
  });

  it("drops `from __future__` imports, which are only allowed at the top of a file", () => {
    const got = extract(`\`\`\`python\nfrom __future__ import annotations\n\n${SOLUTION}\n\`\`\``);
    expect(got.notes?.[0]).toMatch(/__future__/);
    expect(run(got.completion).passed).toBe(true);
  });

  it("keeps constants after the function and drops results computed for show", () => {
    const code = `def longest_plateau(values):
    return max(${"_lengths"}(values), default=EMPTY)


def _lengths(values):
    runs = []
    for i, v in enumerate(values):
        if i > 0 and values[i - 1] == v:
            runs[-1] += 1
        else:
            runs.append(1)
    return runs


EMPTY = 0
result = longest_plateau([1, 1, 1])
numbers = [2, 2]
for n in numbers:
    print(longest_plateau([n]))`;
    const got = extract(`\`\`\`python\n${code}\n\`\`\``);
    expect(got.completion).toContain("EMPTY = 0");
    expect(got.completion).toContain("numbers = [2, 2]");
    expect(got.completion).not.toContain("result =");
    expect(got.completion).not.toContain("for n in numbers");
    expect(run(got.completion).passed).toBe(true);
  });
});

describe("extractCompletion, choosing the code", () => {
  it("gives method empty for replies without code", () => {
    for (const reply of ["", "   \n\n", "I'm sorry, I can't help with that.", "<think>\nstill thinking"]) {
      const got = extract(reply);
      expect(got).toMatchObject({ completion: "", method: "empty" });
      expect(got.codeSpan).toBeUndefined();
    }
  });

  it("gives method empty when the only code is the prompt's stub repeated", () => {
    const stub = PROMPT.slice(PROMPT.indexOf("def longest_plateau"));
    expect(extract(`\`\`\`python\n${stub}\`\`\``)).toMatchObject({ completion: "", method: "empty" });
    expect(extract(`\`\`\`python\n${stub}    pass\n\`\`\``).method).toBe("empty");
  });

  it("prefers a later full definition over a stub block", () => {
    const stub = "def longest_plateau(values: List[int]) -> int:\n    ...";
    const got = extract(
      `You asked for:\n\`\`\`python\n${stub}\n\`\`\`\nAnswer:\n\`\`\`python\n${SOLUTION}\n\`\`\``,
    );
    expect(got.completion).toBe(`    pass\n\n${SOLUTION}\n`);
  });

  it("prefers the block defining the entry point over a longer one", () => {
    const long = Array.from({ length: 30 }, (_, i) => `print(longest_plateau([${i}]))`).join("\n");
    const got = extract(`\`\`\`python\n${long}\n\`\`\`\n\`\`\`python\n${SOLUTION}\n\`\`\``);
    expect(got.completion).toBe(`    pass\n\n${SOLUTION}\n`);
  });

  it("reads fence variants: info strings, tildes, capitals, indented list items", () => {
    const variants = [
      `\`\`\`python3 title="plateau.py"\n${SOLUTION}\n\`\`\``,
      `~~~py\n${SOLUTION}\n~~~`,
      `\`\`\`Python\n${SOLUTION}\n\`\`\``,
      `\`\`\`\`python\n${SOLUTION}\n\`\`\`\``,
      `1. Write the function:\n\n   \`\`\`python\n${SOLUTION.replace(/^/gm, "   ")}\n   \`\`\`\n2. Done.`,
    ];
    for (const reply of variants) {
      expect(extract(reply)).toMatchObject({
        method: "fenced-redefinition",
        completion: `    pass\n\n${SOLUTION}\n`,
      });
    }
  });

  it("ignores blocks in other languages and program output", () => {
    const reply = `Run it:\n\`\`\`bash\npython plateau.py\n\`\`\`\nOutput:\n\`\`\`text\n3\n\`\`\`\n\`\`\`python\n${BODY}\n\`\`\``;
    expect(extract(reply)).toMatchObject({ method: "fenced-body", completion: `${BODY}\n` });
  });

  it("prefers an unfenced definition to a fenced usage example", () => {
    const reply = `${SOLUTION}\n\nFor example:\n\`\`\`python\nprint(longest_plateau([1, 1]))\n\`\`\``;
    expect(extract(reply)).toMatchObject({
      method: "unfenced-redefinition",
      completion: `    pass\n\n${SOLUTION}\n`,
    });
  });

  it("keeps a multi-line signature and decorators together", () => {
    const code = `import functools


@functools.lru_cache(maxsize=None)
def _cached(values):
    return max((len(list(g)) for _, g in __import__("itertools").groupby(values)), default=0)


def longest_plateau(
    values,
):
    return _cached(tuple(values))`;
    const got = extract(`\`\`\`python\n${code}\n\`\`\``);
    expect(got.completion).toBe(`    pass\n\n${code}\n`);
  });

  it("follows the prompt's body indentation and a prompt without a final newline", () => {
    const problem = { prompt: "def twice(x):\n  '''Two times x.'''", entry_point: "twice" };
    expect(extractCompletion("```python\nreturn 2 * x\n```", problem).completion).toBe("\n  return 2 * x\n");
    const bare = { prompt: "def twice(x):", entry_point: "twice" };
    expect(extractCompletion("```python\ndef twice(x):\n    return 2 * x\n```", bare).completion).toBe(
      "\n    pass\n\ndef twice(x):\n    return 2 * x\n",
    );
  });

  it("does not mistake docstring text at column 0 for prose", () => {
    const code = `HELP = """
Plateaus are runs of equal values.
"""

${SOLUTION}`;
    const got = extract(`Here:\n\n${code}\n\nDone.`);
    expect(got).toMatchObject({ method: "unfenced-redefinition", completion: `    pass\n\n${code}\n` });
  });
});

describe("chatMessages", () => {
  it("shows the prompt in a python block and names the function", () => {
    const { system, user } = chatMessages(PROBLEM);
    expect(system).toBe(CHAT_SYSTEM);
    expect(user).toContain(`\`\`\`python\n${PROMPT.trimEnd()}\n\`\`\`\n`);
    expect(user).toContain("implementation of `longest_plateau`");
    expect(user).toMatch(/exactly one ```python code block/);
    expect(CHAT_PROMPT_VERSION).toMatch(/^passk-chat-\d+$/);
  });

  it("fences a prompt that itself contains backticks with a longer fence", () => {
    const { user } = chatMessages({ prompt: 'def f():\n    """Use ```code``` here."""\n', entry_point: "f" });
    expect(user).toContain('````python\ndef f():\n    """Use ```code``` here."""\n````\n');
  });

  it("is shown word for word in docs/chat-mode.md", () => {
    const docs = readFileSync(new URL("../../docs/chat-mode.md", import.meta.url), "utf8");
    const example = {
      prompt: 'def add(a: int, b: int) -> int:\n    """Return a plus b."""\n',
      entry_point: "add",
    };
    expect(docs).toContain(CHAT_SYSTEM);
    expect(docs).toContain(chatMessages(example).user);
    expect(docs).toContain(CHAT_PROMPT_VERSION);
  });
});
