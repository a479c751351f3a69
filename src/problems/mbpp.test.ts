// Tests of MBPP's own format read as problems: EvalPlus's prompt, the test made of the setup code and the
// assertions, the entry point, and every fault of a bad line named at load. Hand-written tasks in MBPP's shape.
import { describe, expect, it } from "vitest";
import { rejection } from "../../test/helpers/errors.js";
import { jsonl, useWorkspace } from "../../test/helpers/workspace.js";
import { loadProblems } from "./load.js";
import { docstringPrompts, entryPointOf, renderMbppPrompt, renderMbppTest } from "./mbpp.js";

const ws = useWorkspace();

/** A task in MBPP's original shape (mbpp.jsonl): numbered, CRLF line ends in its code as in the release. */
const VOWELS = {
  task_id: 901,
  text: "Write a function to count the vowels in a word.",
  code: "def count_vowels(word):\r\n  return sum(ch in 'aeiou' for ch in word)",
  test_list: [
    "assert count_vowels('banana') == 3",
    "assert count_vowels(WORDS[1]) == 0",
    "assert count_vowels(WORDS[2]) == 4",
  ],
  test_setup_code: "WORDS = ['banana', 'sky', 'queue']",
  challenge_test_list: ["assert count_vowels('') == 0"],
};

/** The sanitized shape: `prompt` is the text, `test_imports` the setup; a helper defined before the entry point. */
const SHARED = {
  source_file: "hand-written",
  task_id: 902,
  prompt: "Write a function to find the items two lists share.",
  code: "def _as_set(xs):\n    return set(xs)\n\ndef shared_items(a, b):\n    return tuple(_as_set(a) & _as_set(b))\n",
  test_imports: ["import math"],
  test_list: ["assert set(shared_items((1, 2, 3), (3, 4, 1))) == set((1, 3))"],
};

describe("MBPP problems", () => {
  it("renders the prompt as EvalPlus does: the text and the first assertion in a docstring", () => {
    expect(renderMbppPrompt(VOWELS.text, VOWELS.test_list[0] as string)).toBe(
      `"""\nWrite a function to count the vowels in a word.\nassert count_vowels('banana') == 3\n"""\n`,
    );
  });

  it("loads MBPP's original format: prompt, entry point, test of setup + assertions, Mbpp/<n> ids", async () => {
    const set = await loadProblems(ws.write("mbpp.jsonl", jsonl([VOWELS])));
    const problem = set.problems.get("Mbpp/901");
    expect(problem).toMatchObject({
      task_id: "Mbpp/901",
      prompt: renderMbppPrompt(VOWELS.text, "assert count_vowels('banana') == 3"),
      entry_point: "count_vowels",
      canonical_solution: "def count_vowels(word):\n  return sum(ch in 'aeiou' for ch in word)",
      test:
        "WORDS = ['banana', 'sky', 'queue']\n\n\ndef check(candidate):\n" +
        "    assert count_vowels('banana') == 3\n    assert count_vowels(WORDS[1]) == 0\n    assert count_vowels(WORDS[2]) == 4\n",
      // MBPP's own fields stay, the challenge tests among them (they are not part of the verdict).
      text: VOWELS.text,
      test_list: VOWELS.test_list,
      challenge_test_list: VOWELS.challenge_test_list,
    });
  });

  it("loads the sanitized shape: its prompt is the text, test_imports the setup, helpers skipped for the entry point", async () => {
    const set = await loadProblems(ws.write("sanitized.jsonl", jsonl([SHARED])));
    const problem = set.problems.get("Mbpp/902");
    expect(problem?.entry_point).toBe("shared_items");
    expect(problem?.prompt).toBe(
      `"""\nWrite a function to find the items two lists share.\n${SHARED.test_list[0]}\n"""\n`,
    );
    expect(problem?.text).toBe(SHARED.prompt);
    expect(problem?.test).toBe(`import math\n\n\ndef check(candidate):\n    ${SHARED.test_list[0]}\n`);
  });

  it("finds the entry point: a defined function called first, wrappers skipped, else the first call", () => {
    expect(entryPointOf("def f(x):\n  return x\n", "assert sorted(f([2, 1])) == [1, 2]")).toBe("f");
    // Both defined and called: the one the assertion calls first (the outer call).
    expect(entryPointOf("def g(x):\n  return x\ndef f(x):\n  return g(x)\n", "assert f(g(1)) == 1")).toBe(
      "f",
    );
    // `code` that defines nothing by `def` (a lambda): the first call that is not a built-in wrapper.
    expect(entryPointOf("h = lambda x: x", "assert len(h('ab')) == 2")).toBe("h");
    expect(entryPointOf("x = 1", "assert True")).toBeUndefined();
  });

  it("tells sets whose prompts are a docstring alone (the model writes the function) from HumanEval's", () => {
    const mbpp = renderMbppPrompt(VOWELS.text, VOWELS.test_list[0] as string);
    expect(docstringPrompts([mbpp, mbpp])).toBe(true);
    expect(docstringPrompts([mbpp, 'def f(x):\n    """Return x."""\n'])).toBe(false);
    expect(docstringPrompts(['"""\nA module.\n"""\ndef f(x):\n    """Doc."""\n'])).toBe(false);
    expect(docstringPrompts([])).toBe(false);
  });

  it("indents every line of a multi-line assertion, and leaves out a setup that is blank", () => {
    expect(renderMbppTest("  \n", ["assert f([1,\n  2]) == 3"])).toBe(
      "def check(candidate):\n    assert f([1,\n      2]) == 3\n",
    );
  });

  it("names every fault of an MBPP line, with its line number, and loads nothing", async () => {
    const bad = { task_id: 903, text: 7, code: "def f():\n  pass", test_list: [] };
    const noCall = { task_id: 904, text: "t", code: "x = 1", test_list: ["assert True"] };
    const error = await rejection(loadProblems(ws.write("bad.jsonl", jsonl([VOWELS, bad, noCall]))));
    expect(error.code).toBe("BAD_INPUT");
    expect(error.details).toEqual([
      expect.stringMatching(
        /bad\.jsonl:2: MBPP line: field "text": expected a string \(the task\); field "test_list": must hold at least one assertion$/,
      ),
      expect.stringMatching(/bad\.jsonl:3: MBPP line: cannot tell the entry point: .*calls no function/),
    ]);
  });
});
