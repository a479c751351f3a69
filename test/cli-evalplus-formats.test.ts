// End-to-end tests of EvalPlus's formats and MBPP's on the BUILT command line, in the real sandbox:
// MBPP's own problem file evaluated; `--format evalplus` writing eval_results.json (evaluate and run);
// `report` and `compare` reading EvalPlus's results files; bad output paths and problems that import a
// module the sandbox lacks refused before anything runs or is written. Run `npm run build` first.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { assertCliBuilt, jsonOf, passk, runCli } from "./helpers/cli.js";
import { startFakeLlm } from "./helpers/fake-llm-server.js";
import { ADD, passAtK, writeProblems } from "./helpers/problems.js";
import { filesOf, readResults, removeWorkspaces, workspace, writeJsonl } from "./helpers/workspace.js";

beforeAll(assertCliBuilt);
afterEach(removeWorkspaces);

/** Two tasks in MBPP's original shape (hand-written): numbered, `text`, `code` with CRLF, setup code. */
const MBPP = [
  {
    task_id: 901,
    text: "Write a function to count the vowels in a word.",
    code: "def count_vowels(word):\r\n  return sum(ch in 'aeiou' for ch in word)",
    test_list: ["assert count_vowels('banana') == 3", "assert count_vowels(WORDS[1]) == 0"],
    test_setup_code: "WORDS = ['banana', 'sky', 'queue']",
    challenge_test_list: [],
  },
  {
    task_id: 902,
    text: "Write a function to find the items two tuples share.",
    code: "def shared_items(a, b):\r\n  return tuple(set(a) & set(b))",
    test_list: ["assert set(shared_items((1, 2, 3), (3, 4, 1))) == set((1, 3))"],
    test_setup_code: "",
    challenge_test_list: [],
  },
];

interface EvalPlusFile {
  date: string;
  hash: string;
  eval: Record<string, { task_id: string; solution: string; base_status: string; plus_status: string }[]>;
  pass_at_k: { base: Record<string, number>; plus: Record<string, number> };
}

describe("MBPP's own format and --format evalplus", () => {
  it("evaluates MBPP problems in the sandbox and writes EvalPlus's eval_results.json beside the results", async () => {
    const dir = workspace();
    writeJsonl(join(dir, "mbpp.jsonl"), MBPP);
    writeJsonl(join(dir, "samples.jsonl"), [
      // A completion follows EvalPlus's prompt (the docstring); a solution is a whole program.
      {
        task_id: "Mbpp/901",
        completion: "def count_vowels(word):\n    return sum(c in 'aeiou' for c in word)\n",
      },
      { task_id: "Mbpp/901", completion: "def count_vowels(word):\n    return len(word)\n" },
      {
        task_id: "Mbpp/902",
        solution: "def shared_items(a, b):\n    return tuple(x for x in a if x in b)\n",
      },
      { task_id: "Mbpp/902", solution: "def shared_items(a, b):\n    return ()\n" },
    ]);
    const run = await runCli(
      ["samples.jsonl", "-p", "mbpp.jsonl", "-k", "1", "--format", "evalplus", "--json", "--no-progress"],
      dir,
    );
    expect(run.code, run.stderr).toBe(0);
    const records = readResults(join(dir, "samples.jsonl_results.jsonl")).sort(
      (a, b) => a.sample_line - b.sample_line,
    );
    expect(records.map((r) => [r.task_id, r.passed])).toEqual([
      ["Mbpp/901", true],
      ["Mbpp/901", false],
      ["Mbpp/902", true],
      ["Mbpp/902", false],
    ]);
    expect(records[1]?.result).toBe("failed: ");
    expect(records.every((r) => r.verdict === "split")).toBe(true);

    const path = join(dir, "samples_eval_results.json");
    expect(run.stderr).toContain(`EvalPlus results: ${path.replace(`${dir}/`, "")}`);
    const doc = JSON.parse(readFileSync(path, "utf8")) as EvalPlusFile;
    expect(Object.keys(doc)).toEqual(["date", "hash", "eval", "pass_at_k"]);
    expect(doc.date).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(doc.hash).toMatch(/^[0-9a-f]{32}$/);
    expect(doc.eval["Mbpp/901"]?.map((r) => [r.base_status, r.plus_status])).toEqual([
      ["pass", "pass"],
      ["fail", "fail"],
    ]);
    expect(doc.eval["Mbpp/901"]?.[0]?.solution).toBe(
      `"""\nWrite a function to count the vowels in a word.\nassert count_vowels('banana') == 3\n"""\n` +
        "def count_vowels(word):\n    return sum(c in 'aeiou' for c in word)\n",
    );
    expect(doc.pass_at_k).toEqual({ base: { "pass@1": 0.5 }, plus: { "pass@1": 0.5 } });
    expect(jsonOf(run)["pass@1"]).toBe(0.5);

    // MBPP's own solutions pass their tests (setup code included) in the sandbox.
    const reference = await passk(
      ["run", "-m", "reference", "-s", "mbpp.jsonl", "-o", "ref", "--no-progress", "--json"],
      dir,
    );
    expect(reference.code, reference.stderr).toBe(0);
    expect(JSON.parse(reference.stdout)["pass@1"]).toBe(1);
  });

  it("refuses a --format evalplus output that cannot be written, before anything runs or is written", async () => {
    const dir = workspace();
    writeProblems(dir);
    writeJsonl(join(dir, "samples.jsonl"), [{ task_id: "demo/add", completion: "    return a + b\n" }]);
    mkdirSync(join(dir, "samples_eval_results.json")); // a folder where the file would go
    const before = filesOf(dir);
    const started = performance.now();
    const run = await runCli(["samples.jsonl", "-p", "problems.jsonl", "--format", "evalplus"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "passk: error: --format evalplus: its output samples_eval_results.json: is a folder; give the path of a file to write\n",
    );
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(filesOf(dir)).toEqual(before);
  });

  it("passk run --format evalplus writes eval_results.json into the run folder, which compares with the run as the same data", async () => {
    const dir = workspace();
    writeProblems(dir);
    const run = await passk(
      ["run", "-m", "reference", "-s", "problems.jsonl", "-o", "r", "--format", "evalplus", "--no-progress"],
      dir,
    );
    expect(run.code, run.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(join(dir, "r", "eval_results.json"), "utf8")) as EvalPlusFile;
    expect(Object.keys(doc.eval)).toEqual(["demo/add", "demo/reverse_words"]);
    expect(doc.pass_at_k.plus).toEqual({ "pass@1": 1 });

    // EvalPlus's hash of the file is the run's problem file's: no --allow-different-data needed.
    const compared = await passk(["compare", "r", join("r", "eval_results.json"), "-k", "1", "--json"], dir);
    expect(compared.code, compared.stderr).toBe(0);
    const study = JSON.parse(compared.stdout) as {
      sharedProblems: number;
      leaderboard: { passAtK: { value: number }[] }[];
    };
    expect(study.sharedProblems).toBe(2);
    expect(study.leaderboard.map((row) => row.passAtK[0]?.value)).toEqual([1, 1]);
  });
});

describe("MBPP prompts in completion mode", () => {
  it("are cut at EvalPlus's stops for MBPP, not the Codex paper's (a blank line before def would empty the sample)", async () => {
    const dir = workspace();
    writeJsonl(join(dir, "mbpp.jsonl"), MBPP);
    // What a base model writes after MBPP's docstring: a blank line, the function, then more asserts.
    const bodies: Record<string, string> = {
      count_vowels:
        "def count_vowels(word):\n    # vowels only\n    return sum(c in 'aeiou' for c in word)\n",
      shared_items:
        "def _s(xs):\n    return set(xs)\n\ndef shared_items(a, b):\n    return tuple(_s(a) & _s(b))\n",
    };
    const server = await startFakeLlm({
      reply: (request) => {
        const name = Object.keys(bodies).find(
          (n) => request.prompt.includes(`assert ${n}(`) || request.prompt.includes(`(${n}(`),
        );
        return `\n${bodies[name as string]}\n\nassert ${name}(1) is not None\n`;
      },
    });
    try {
      const run = await passk(
        [
          "run",
          "-m",
          "vllm:base",
          "--base-url",
          `${server.url}/v1`,
          "-s",
          "mbpp.jsonl",
          "-n",
          "1",
          "-o",
          "r",
          "--no-cache",
          "--no-progress",
          "--json",
        ],
        dir,
      );
      expect(run.code, run.stderr).toBe(0);
      const body = server.requests[0]?.body as { stop: string[] };
      expect(body.stop).toEqual(["\nif __name__", "\ndef main(", "\nprint(", '\n"""']); // 4 sent, all 5 cut client-side
      expect(JSON.parse(run.stdout)["pass@1"]).toBe(1);
      const manifest = JSON.parse(readFileSync(join(dir, "r", "run.json"), "utf8"));
      expect(manifest.params.stop).toEqual(["\nif __name__", "\ndef main(", "\nprint(", '\n"""', "\nassert"]);
    } finally {
      await server.close();
    }
  });
});

describe("passk report and compare read EvalPlus's results files", () => {
  /** An EvalPlus results file of `n` samples per task with these (base, plus) statuses. */
  function evalPlusFile(dir: string, name: string, verdicts: Record<string, [string, string][]>): string {
    const evaluated = Object.fromEntries(
      Object.entries(verdicts).map(([taskId, list]) => [
        taskId,
        list.map(([base, plus]) => ({
          task_id: taskId,
          solution: "def f(x):\n    return x\n",
          base_status: base,
          plus_status: plus,
          base_fail_tests: [],
          plus_fail_tests: [],
        })),
      ]),
    );
    const path = join(dir, name);
    writeJsonl(path, [
      { date: "2025-02-03 10:11", hash: "d41d8cd98f00b204e9800998ecf8427e", eval: evaluated },
    ]);
    return path;
  }

  it("compares two EvalPlus files on plus and on base verdicts", async () => {
    const dir = workspace();
    const pass: [string, string] = ["pass", "pass"];
    const plusFail: [string, string] = ["pass", "fail"];
    const fail: [string, string] = ["fail", "fail"];
    evalPlusFile(dir, "model-a_temp_0.8.eval_results.json", {
      "HumanEval/0": [pass, pass],
      "HumanEval/1": [plusFail, plusFail],
    });
    evalPlusFile(dir, "model-b_temp_0.8.eval_results.json", {
      "HumanEval/0": [pass, fail],
      "HumanEval/1": [fail, fail],
    });
    const run = await passk(
      [
        "compare",
        "model-a_temp_0.8.eval_results.json",
        "model-b_temp_0.8.eval_results.json",
        "-k",
        "1",
        "--json",
      ],
      dir,
    );
    expect(run.code, run.stderr).toBe(0);
    const study = JSON.parse(run.stdout) as {
      leaderboard: { label: string; passAtK: { value: number }[] }[];
      base: { leaderboard: { label: string; passAtK: { value: number }[] }[] };
    };
    const table = (rows: typeof study.leaderboard) => rows.map((row) => [row.label, row.passAtK[0]?.value]);
    // plus: a 1/2 (HumanEval/0 only); b 1/4. base: a 1 (every base passes), b 1/4.
    expect(table(study.leaderboard)).toEqual([
      ["model-a_temp_0.8", 0.5],
      ["model-b_temp_0.8", 0.25],
    ]);
    expect(table(study.base.leaderboard).map(([, value]) => value)).toEqual([1, 0.25]);
    expect(run.stderr).toContain("Verdicts on the base and extra (plus) inputs");
    expect(run.stderr).toContain("Verdicts on the base inputs alone");
  });

  it("reports an EvalPlus file (pass@k plus and base) beside the file, and a passk run with it", async () => {
    const dir = workspace();
    const samples = Array.from({ length: 10 }, (_, i): [string, string] =>
      i < 4 ? ["pass", "pass"] : i < 7 ? ["pass", "fail"] : ["fail", "fail"],
    );
    const file = evalPlusFile(dir, "m_temp_0.2_eval_results.json", {
      "HumanEval/0": samples,
      "HumanEval/1": samples,
    });
    const markdown = await passk(["report", file, "--format", "markdown"], dir);
    expect(markdown.code, markdown.stderr).toBe(0);
    expect(markdown.stdout).toContain(`| pass@1 plus | ${(passAtK(10, 4, 1) * 100).toFixed(1)} %`);
    expect(markdown.stdout).toContain(`| pass@1 base | ${(passAtK(10, 7, 1) * 100).toFixed(1)} %`);
    expect(markdown.stdout).toContain("unknown (read from EvalPlus's results)");

    const html = await passk(["report", file], dir);
    expect(html.code, html.stderr).toBe(0);
    const page = readFileSync(join(dir, "m_temp_0.2_eval_results.report.html"), "utf8");
    expect(page).toContain("EvalPlus results file (eval_results.json), read as it is: nothing was run again");
    expect(page).toMatch(/<th scope="row">pass@10 base<\/th><td class="num">100\.0 %<\/td>/);

    // Beside a run folder of passk's own, on other data: compared on the task ids they share.
    writeProblems(dir);
    expect(
      (await passk(["run", "-m", "reference", "-s", "problems.jsonl", "-o", "r", "--no-progress"], dir)).code,
    ).toBe(0);
    const both = await passk(["compare", "r", file, "--allow-different-data", "-k", "1"], dir);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("the runs share no problem");
  });
});

describe("problems that import a module the sandbox's Python lacks", () => {
  it("are refused before the run, in one line naming the module and the problems, nothing written", async () => {
    const dir = workspace();
    const numpyTest =
      "import numpy as np\n\n\ndef check(candidate):\n    assert np.isclose(candidate(1.0), 1.0)\n";
    const problems = [0, 1, 2, 5].map((n) => ({
      task_id: `HumanEval/${n}`,
      prompt: `def f${n}(x):\n    """Return x."""\n`,
      entry_point: `f${n}`,
      canonical_solution: "    return x\n",
      test: numpyTest,
    }));
    writeJsonl(join(dir, "origin-fmt.jsonl"), problems);
    writeJsonl(
      join(dir, "samples.jsonl"),
      problems.map((p) => ({ task_id: p.task_id, completion: "    return x\n" })),
    );
    const before = filesOf(dir);
    const started = performance.now();
    const run = await runCli(["samples.jsonl", "-p", "origin-fmt.jsonl", "--no-progress"], dir);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^passk: error: origin-fmt\.jsonl: the problems' code imports numpy \(4 problems HumanEval\/0–2, HumanEval\/5\), which the sandbox's Python \(.* run without site-packages\) cannot import, so every sample of these problems would fail; use EvalPlus's release file HumanEvalPlus\.jsonl\.gz instead/,
    );
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(filesOf(dir)).toEqual(before);

    // `passk run` refuses before any request, and leaves no run folder.
    const model = await passk(
      ["run", "-m", "reference", "-s", "origin-fmt.jsonl", "-o", "r", "--no-progress"],
      dir,
    );
    expect(model.code).toBe(2);
    expect(model.stderr).toContain("imports numpy (4 problems HumanEval/0–2, HumanEval/5)");
    expect(existsSync(join(dir, "r"))).toBe(false);
  });
});

describe("EvalPlus's extra inputs", () => {
  it("warns that plus_input is not judged, so a base verdict never passes silently for HumanEval+'s", async () => {
    const dir = workspace();
    writeJsonl(join(dir, "plus.jsonl"), [{ ...ADD, base_input: [[1, 2]], plus_input: [[true, 1]], atol: 0 }]);
    writeJsonl(join(dir, "samples.jsonl"), [{ task_id: "demo/add", completion: "    return a + b\n" }]);
    const run = await runCli(["samples.jsonl", "-p", "plus.jsonl", "-k", "1", "--no-progress"], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      "passk: warning: 1 problems carry EvalPlus's extra inputs (plus_input), which this version of passk does not judge",
    );
  });
});
