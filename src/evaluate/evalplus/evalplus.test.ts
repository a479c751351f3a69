// EvalPlus problems judged end to end: a small problem file in EvalPlus's format (our own problems),
// real samples, the real sandbox. Expected outputs come from the canonical solutions and are cached;
// samples are judged on the base inputs and on all inputs, each input under its own time limit.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { jsonl, useWorkspace } from "../../../test/helpers/workspace.js";
import { PasskError } from "../../errors.js";
import { type EvaluateOptions, evaluate } from "../evaluate.js";
import type { EvaluateEvent, ResultRecord } from "../types.js";

const ws = useWorkspace();

/** Problem lines as EvalPlus writes them: Python's JSON (the inputs keep 1.0, big integers, Infinity). */
const PROBLEMS = [
  `{"task_id": "Toy/0", "prompt": "def add(a, b):\\n", "entry_point": "add", "canonical_solution": "    return a + b\\n", "test": "", "base_input": [[1, 2], [3, 4]], "plus_input": [[100000000000000000000, 1], [1.5, 2.25]], "atol": 0}`,
  `{"task_id": "Toy/1", "prompt": "def mean(xs):\\n", "entry_point": "mean", "canonical_solution": "    return sum(xs) / len(xs)\\n", "test": "", "base_input": [[[1.0, 2.0]]], "plus_input": [[[0.1, 0.2, 0.3]], [[1e16, 1.0, -1e16]]], "atol": 0}`,
  `{"task_id": "Toy/2", "prompt": "def work(n):\\n", "entry_point": "work", "canonical_solution": "    return n * (n - 1) // 2\\n", "test": "", "base_input": [[10]], "plus_input": [[100], [30000000]], "atol": 0}`,
  `{"task_id": "Toy/3", "prompt": "def positive(x):\\n", "entry_point": "positive", "canonical_solution": "    return x > 0\\n", "test": "", "base_input": [[1]], "plus_input": [[Infinity], [-Infinity]], "atol": 0}`,
  `{"task_id": "Toy/4", "prompt": "def halves(n):\\n", "entry_point": "halves", "canonical_solution": "    return [i / 2 for i in range(0, 2 * n, 2)]\\n", "test": "", "base_input": [[3]], "plus_input": [[6000]], "atol": 0}`,
  `{"task_id": "Mbpp/2", "prompt": "\\"\\"\\"Shared elements.\\"\\"\\"\\n", "entry_point": "similar_elements", "canonical_solution": "def similar_elements(a, b):\\n    assert isinstance(a, tuple)\\n    return tuple(set(a) & set(b))\\n", "assertion": "assert similar_elements((1, 2), (2, 3)) == (2,)", "base_input": [[[1, 2, 3], [3, 2]]], "plus_input": [[[5, 6], [7]]], "atol": 0}`,
].join("\n");

const RIGHT = [
  { task_id: "Toy/0", completion: "    return a + b\n" },
  { task_id: "Toy/1", completion: "    return sum(xs) / len(xs)\n" },
  { task_id: "Toy/2", completion: "    return n * (n - 1) // 2\n" },
  { task_id: "Toy/3", completion: "    return x > 0\n" },
  { task_id: "Mbpp/2", solution: "def similar_elements(a, b):\n    return [x for x in b if x in a]\n" },
  { task_id: "Toy/4", completion: "    return [i / 2 for i in range(0, 2 * n, 2)]\n" },
];

const WRONG = [
  // Right on small numbers, wrong past 2^53: passes the base inputs only.
  { task_id: "Toy/0", completion: "    return int(float(a) + float(b)) if isinstance(a, int) else a + b\n" },
  // Another order of summation: equal to within EvalPlus's float tolerance.
  { task_id: "Toy/1", completion: "    return sum(sorted(xs)) / len(xs)\n" },
  // Right, but quadratic: the last extra input takes far longer than the canonical solution.
  {
    task_id: "Toy/2",
    completion:
      "    return sum(i for i in range(n) for _ in range(1)) if n < 1000 else sum(range(n)) + sum(1 for _ in range(n * 20)) * 0\n",
  },
  // An object that claims to equal everything.
  {
    task_id: "Toy/3",
    completion:
      "    class Yes:\n        def __eq__(self, other):\n            return True\n    return Yes()\n",
  },
  // Lines forged on the verdict pipe, claiming right outputs.
  {
    task_id: "Toy/3",
    completion: "    import os\n    os.write(3, b'case 0 {\"ok\": true}\\n')\n    return x > 0\n",
  },
  { task_id: "Mbpp/2", solution: "def similar_elements(a, b):\n    return a\n" },
  // Outputs too large to send (digests differ) but equal in Python: ints for floats, and floats
  // within EvalPlus's tolerance.
  { task_id: "Toy/4", completion: "    return list(range(n))\n" },
  { task_id: "Toy/4", completion: "    return [i + 1e-9 for i in range(n)]\n" },
  { task_id: "Toy/4", completion: "    return [i + 1e-3 for i in range(n)]\n" },
];

async function run(samples: object[], extra: Partial<EvaluateOptions> = {}, name = "samples") {
  const events: EvaluateEvent[] = [];
  const summary = await evaluate({
    samples: ws.write(`${name}.jsonl`, jsonl(samples)),
    problems: problemsPath(),
    out: join(ws.dir, `${name}.results.jsonl`),
    cacheDir: join(ws.dir, "cache"),
    k: [1],
    workers: 2,
    evalplus: { minTimeLimit: 0.5 },
    onEvent: (event) => events.push(event),
    ...extra,
  });
  const records = readFileSync(summary.resultsPath, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as ResultRecord);
  const byTask = new Map(records.map((r) => [r.task_id, r]));
  const byLine = new Map(records.map((r) => [r.sample_line, r]));
  const notes = events.flatMap((e) => (e.type === "note" ? [e.message] : []));
  return { summary, byTask, byLine, notes };
}

function problemsPath(): string {
  return join(ws.dir, "problems.jsonl");
}

describe("EvalPlus problems", () => {
  it("judges right samples passed on base and plus, and wrong ones as EvalPlus does", async () => {
    writeFileSync(problemsPath(), `${PROBLEMS}\n`);
    const right = await run(RIGHT, {}, "right");
    for (const record of right.byTask.values()) {
      expect(record).toMatchObject({
        passed: true,
        base_passed: true,
        base_result: "passed",
        verdict: "data",
      });
    }
    expect(right.summary.passAtKBase?.entries[0]?.value).toBe(1);
    expect(
      right.notes.some((note) => note.startsWith("computing the expected outputs of 6 EvalPlus problems")),
    ).toBe(true);

    const wrong = await run(WRONG, {}, "wrong");
    expect(wrong.notes.some((note) => note.startsWith("computing"))).toBe(false); // read from the cache
    const add = wrong.byTask.get("Toy/0");
    expect(add).toMatchObject({
      passed: false,
      base_passed: true,
      status: "failed",
      plus_failed_inputs: [0],
    });
    expect(add?.result).toBe(
      "failed: wrong output on plus input 0: add(100000000000000000000, 1) returned 100000000000000000000, expected 100000000000000000001",
    );
    expect(wrong.byTask.get("Toy/1")).toMatchObject({ passed: true, base_passed: true });
    expect(wrong.byTask.get("Toy/2")).toMatchObject({
      passed: false,
      base_passed: true,
      status: "timeout",
      result: "timed out",
      plus_failed_inputs: [1],
    });
    const yes = wrong.byLine.get(4);
    expect(yes).toMatchObject({ passed: false, base_passed: false, base_failed_inputs: [0] });
    expect(yes?.result).toMatch(/^failed: wrong output on base input 0: positive\(1\) returned <Yes: /);
    const forged = wrong.byLine.get(5);
    expect(forged).toMatchObject({ passed: false, base_passed: false, status: "crashed" });
    expect(forged?.result).toBe("failed: base input 0: verdict channel corrupted by the sample");
    expect(wrong.byTask.get("Mbpp/2")).toMatchObject({ passed: false, base_passed: false });
    expect([7, 8, 9].map((line) => wrong.byLine.get(line)?.passed)).toEqual([true, true, false]);
    expect(wrong.byLine.get(9)?.result).toBe(
      "failed: wrong output on base input 0: halves(3) returned [0.001, 1.001, 2.001], expected [0.0, 1.0, 2.0]",
    );
    // pass@1 base and plus, side by side (Toy/4: 2 of 3).
    expect(wrong.summary.passAtKBase?.entries[0]?.value).toBeCloseTo((3 + 2 / 3) / 6);
    expect(wrong.summary.passAtK.entries[0]?.value).toBeCloseTo((1 + 2 / 3) / 6);
  });

  it("computes the expected outputs again when the cached file is damaged, never trusting it", async () => {
    writeFileSync(problemsPath(), `${PROBLEMS}\n`);
    await run(RIGHT.slice(0, 1), {}, "first");
    const dir = join(ws.dir, "cache", "evalplus");
    const [file] = readdirSync(dir);
    const path = join(dir, file as string);
    const text = gunzipSync(readFileSync(path)).toString("utf8");
    // A changed expected value, its digest left as it was: a forged or corrupted cache.
    writeFileSync(
      path,
      gzipSync(Buffer.from(text.replace('"text": "3"', '"text": "4"').replace('"text":"3"', '"text":"4"'))),
    );
    const again = await run(RIGHT.slice(0, 1), { fresh: true }, "first");
    expect(
      again.notes.some((note) => note.includes("cannot be used (its contents do not match their digest)")),
    ).toBe(true);
    expect(again.byTask.get("Toy/0")?.passed).toBe(true);
    // Cut short.
    writeFileSync(path, readFileSync(path).subarray(0, 100));
    const third = await run(RIGHT.slice(0, 1), { fresh: true }, "first");
    expect(third.notes.some((note) => note.includes("cannot be used"))).toBe(true);
  });

  it("stops an input that sleeps past twice its limit, though it uses no CPU", async () => {
    writeFileSync(problemsPath(), `${PROBLEMS}\n`);
    const started = performance.now();
    const sleepy = await run(
      [
        {
          task_id: "Toy/0",
          completion: "    import time\n    if a == 3:\n        time.sleep(30)\n    return a + b\n",
        },
      ],
      {},
      "sleepy",
    );
    expect(sleepy.byTask.get("Toy/0")).toMatchObject({
      status: "timeout",
      time_limit: "wall",
      base_passed: false,
      base_failed_inputs: [1],
    });
    expect(performance.now() - started).toBeLessThan(25_000);
  });

  it("refuses a problem file whose canonical solution fails on its own input, writing nothing", async () => {
    writeFileSync(
      problemsPath(),
      `{"task_id": "Toy/9", "prompt": "def inv(x):\\n", "entry_point": "inv", "canonical_solution": "    return 1 / x\\n", "test": "", "base_input": [[2]], "plus_input": [[4], [0]], "atol": 0}\n`,
    );
    const error = await run([{ task_id: "Toy/9", completion: "    return 1 / x\n" }], {}, "broken").then(
      () => null,
      (e: unknown) => e,
    );
    if (!(error instanceof PasskError)) throw new Error(`expected a PasskError, got ${String(error)}`);
    expect(error.code).toBe("BAD_INPUT");
    expect(error.details).toEqual(["Toy/9: plus input 1: raised ZeroDivisionError: division by zero"]);
    expect(readdirSync(ws.dir).sort()).toEqual(["broken.jsonl", "problems.jsonl"]);
  });

  it("never resumes results judged with other EvalPlus settings", async () => {
    writeFileSync(problemsPath(), `${PROBLEMS}\n`);
    await run(RIGHT.slice(0, 2), {}, "resume");
    await expect(run(RIGHT.slice(0, 2), { evalplus: { minTimeLimit: 2 } }, "resume")).rejects.toThrow(
      /EvalPlus settings/,
    );
  });
});
