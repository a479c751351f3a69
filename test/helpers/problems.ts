// Two tiny problems in the original HumanEval format, and the samples and numbers tests build on them.
import { join } from "node:path";
import { writeJsonl } from "./workspace.js";

export const ADD = {
  task_id: "demo/add",
  prompt: 'def add(a, b):\n    """Return the sum of a and b."""\n',
  entry_point: "add",
  canonical_solution: "    return a + b\n",
  test: "def check(candidate):\n    assert candidate(1, 2) == 3\n    assert candidate(-4, 4) == 0\n",
};

export const REVERSE = {
  task_id: "demo/reverse_words",
  prompt:
    "def reverse_words(sentence):\n" +
    '    """Return the words of sentence in reverse order, separated by single spaces."""\n',
  entry_point: "reverse_words",
  canonical_solution: '    return " ".join(reversed(sentence.split()))\n',
  test:
    "def check(candidate):\n" +
    '    assert candidate("one two  three") == "three two one"\n' +
    '    assert candidate("") == ""\n',
};

/** Writes ADD and REVERSE to `dir/name`; returns its path. */
export function writeProblems(dir: string, name = "problems.jsonl"): string {
  return writeJsonl(join(dir, name), [ADD, REVERSE]);
}

/**
 * A completion of `add` that returns `expression`, followed by module-level code that spends `seconds`
 * of CPU once, when the program loads (inside `add` it would run once per assert of `check`).
 */
export function burn(seconds: number, tag: number | string, expression: string): string {
  return [
    `    return ${expression}`,
    "",
    "",
    `# sample ${tag}`,
    "import time",
    "_start = time.process_time()",
    `while time.process_time() - _start < ${seconds}:`,
    "    pass",
    "",
  ].join("\n");
}

/** The unbiased estimator 1 − C(n−c, k) / C(n, k), with exact binomials. */
export function passAtK(n: number, c: number, k: number): number {
  const choose = (m: number, r: number): number => {
    if (r > m) return 0;
    let value = 1;
    for (let i = 1; i <= r; i++) value = (value * (m - r + i)) / i;
    return value;
  };
  return 1 - choose(n - c, k) / choose(n, k);
}
