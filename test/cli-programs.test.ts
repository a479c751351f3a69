// End to end, with the BUILT command line: a LiveCodeBench release imported with --since, then
// `passk run` against a real HTTP server speaking OpenAI's protocol, in chat mode (which asks for a
// whole program, or for the starter code completed) and in completion mode (program stops), the
// verdicts a judge would give, the date filter in run.json, and the studies over the run folders; and
// what `passk problems` does with a program set (list, check; export, stats, cases and --since refused).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { assertCliBuilt, passk } from "./helpers/cli.js";
import type { RecordedRequest } from "./helpers/fake-llm-server.js";
import { useFakeLlm } from "./helpers/use-fake-llm.js";
import { readResults, removeWorkspaces, workspace } from "./helpers/workspace.js";

const FIXTURES = fileURLToPath(new URL("fixtures/contest/", import.meta.url));
beforeAll(assertCliBuilt);
afterEach(removeWorkspaces);
const fake = useFakeLlm();

/** A chat model that answers each problem of the fixture: right, or wrong where `wrong` says. */
function chatReply(wrong: ReadonlySet<string>) {
  return (request: RecordedRequest, choice: number): string => {
    const text = request.prompt;
    const code = (right: string, bad: string) =>
      `Here is my solution.\n\n\`\`\`python\n${wrong.has(`${choice}`) ? bad : right}\`\`\`\n`;
    if (text.includes("Print their sum"))
      return code("input()\nprint(sum(map(int, input().split())))\n", "print(0)\n");
    if (text.includes("print x squared"))
      return code("x = float(input())\nprint(x * x)\n", "x = float(input())\nprint(int(x * x))\n");
    if (text.includes("how many of its elements are even"))
      return code(
        "class Solution:\n    def countEven(self, nums: List[int]) -> int:\n        return sum(1 for x in nums if x % 2 == 0)\n",
        "class Solution:\n    def countEven(self, nums):\n        return len(nums)\n",
      );
    if (text.includes("repeated k times"))
      return code(
        "class Solution:\n    def repeatIt(self, s: str, k: int) -> str:\n        return s * k\n",
        "class Solution:\n    def repeatIt(self, s, k):\n        return s * (k + 1)\n",
      );
    return "I do not know.";
  };
}

async function importSet(dir: string, since?: string): Promise<string> {
  const out = join(dir, "lcb");
  const imported = await passk([
    "problems",
    "import",
    "livecodebench",
    join(FIXTURES, "livecodebench"),
    "--out",
    out,
    "--name",
    "lcb",
    ...(since ? ["--since", since] : []),
  ]);
  expect(imported.code, imported.stderr).toBe(0);
  return out;
}

describe("an imported contest set, run end to end", () => {
  it("chat mode asks for whole programs, the sandbox judges them test by test, run.json records --since", async () => {
    const dir = workspace();
    const set = await importSet(dir, "2024-01-01");
    const server = await fake({ reply: chatReply(new Set(["1"])) });
    const out = join(dir, "run");
    const result = await passk([
      "run",
      "--set",
      set,
      "--model",
      "vllm:m",
      "--mode",
      "chat",
      "--base-url",
      `${server.url}/v1`,
      "--n",
      "2",
      "-k",
      "1",
      "--out",
      out,
      "--no-cache",
      "--no-progress",
    ]);
    expect(result.code, result.stderr).toBe(0);
    // The user message of a stdio problem asks for a program; a call problem's shows its starter code.
    const asked = server.requests.filter((r) => r.endpoint === "chat").map((r) => r.prompt);
    expect(asked.find((p) => p.includes("print x squared"))).toContain("reads the input from standard input");
    expect(asked.find((p) => p.includes("repeated k times"))).toContain(
      "```python\nclass Solution:\n    def repeatIt(self, s: str, k: int) -> str:\n```",
    );
    const results = readResults(join(out, "results.jsonl"));
    const verdict = (task: string, id: number) =>
      results.find((r) => r.task_id === `lcb/${task}` && r.completion_id === id)?.result;
    expect(results).toHaveLength(6); // abc900-a is dated before --since
    expect(verdict("1900a", 0)).toBe("passed");
    expect(verdict("1900a", 1)).toBe("failed: wrong answer on test 1: expected '2.25', got '2'");
    expect(verdict("9001", 0)).toBe("passed");
    expect(verdict("9001", 1)).toBe(
      "failed: wrong answer on test 1: countEven([1, 2, 4]) returned 3, expected 2",
    );
    expect(verdict("9002", 1)).toBe(
      "failed: wrong answer on test 1: repeatIt('ab', 3) returned 'abababab', expected 'ababab'",
    );
    const manifest = JSON.parse(readFileSync(join(out, "run.json"), "utf8"));
    expect(manifest.dataset).toMatchObject({
      name: "lcb",
      problems: 3,
      source: { format: "livecodebench", since: "2024-01-01", kept: 3 },
    });
    expect(JSON.parse(readFileSync(join(out, "summary.json"), "utf8"))).toMatchObject({ "pass@1": 0.5 });

    // A second model (every answer right) for the studies over run folders.
    const second = await fake({ reply: chatReply(new Set()) });
    const other = join(dir, "other");
    const again = await passk([
      "run",
      "--set",
      set,
      "--model",
      "vllm:n",
      "--mode",
      "chat",
      "--base-url",
      `${second.url}/v1`,
      "--n",
      "2",
      "-k",
      "1",
      "--out",
      other,
      "--no-cache",
      "--no-progress",
    ]);
    expect(again.code, again.stderr).toBe(0);
    const compare = await passk(["compare", out, other, "--k", "1", "--json"]);
    expect(compare.code, compare.stderr).toBe(0);
    const study = JSON.parse(compare.stdout);
    expect(study.sharedProblems).toBe(3);
    expect(study.leaderboard).toHaveLength(2);
    const rank = await passk(["rank", out, "--json"]);
    expect(rank.code, rank.stderr).toBe(0);
    const report = await passk(["report", out, other, "--out", join(dir, "report.html")]);
    expect(report.code, report.stderr).toBe(0);
    expect(readFileSync(join(dir, "report.html"), "utf8")).toContain("lcb/9002");
  });

  it("Anthropic's Messages API gets the same program prompt, and its answers are judged the same way", async () => {
    const dir = workspace();
    const set = await importSet(dir);
    const server = await fake({ reply: chatReply(new Set()), apiKey: "sk-ant-test-0123456789" });
    const out = join(dir, "run");
    const result = await passk(
      [
        "run",
        "--set",
        set,
        "--model",
        "anthropic:claude-test",
        "--base-url",
        server.url,
        "--n",
        "1",
        "-k",
        "1",
        "--out",
        out,
        "--no-cache",
        "--no-progress",
      ],
      undefined,
      { PASSK_API_KEY: "sk-ant-test-0123456789" },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(server.requests.every((r) => r.endpoint === "messages")).toBe(true);
    expect(
      server.requests.some((r) => r.prompt.includes("Write a complete program that reads the input")),
    ).toBe(true);
    expect(readResults(join(out, "results.jsonl")).map((r) => r.result)).toEqual([
      "passed",
      "passed",
      "passed",
      "passed",
    ]);
  });

  it("completion mode sends the program stops, and the program is the prompt's docstring plus the completion", async () => {
    const dir = workspace();
    const set = await importSet(dir);
    // A base model writes the program after the docstring, then starts another problem.
    const server = await fake({
      reply: (request) =>
        request.prompt.includes("Print their sum")
          ? 'input()\nprint(sum(map(int, input().split())))\n"""\nNext problem'
          : "print(42)\n",
    });
    const out = join(dir, "run");
    const result = await passk([
      "run",
      "--set",
      set,
      "--model",
      "vllm:base",
      "--mode",
      "completion",
      "--base-url",
      `${server.url}/v1`,
      "--n",
      "1",
      "-k",
      "1",
      "--max-tokens",
      "200",
      "--out",
      out,
      "--no-cache",
      "--no-progress",
    ]);
    expect(result.code, result.stderr).toBe(0);
    const request = server.requests.find((r) => r.endpoint === "completions");
    expect((request?.body as { stop?: string[] } | undefined)?.stop).toEqual(['\n"""', "\n'''", "\n```"]);
    const results = readResults(join(out, "results.jsonl"));
    expect(results.find((r) => r.task_id === "lcb/abc900-a")?.result).toBe("passed");
    expect(results.find((r) => r.task_id === "lcb/1900a")?.result).toBe(
      "failed: wrong answer on test 1: expected '2.25', got '42'",
    );
  });
});

describe("passk problems with a program set", () => {
  it("lists and checks it; export, stats and cases refuse it, and --since is refused, each in one line", async () => {
    const dir = workspace();
    const set = join(dir, "apps");
    const imported = await passk(["problems", "import", "apps", join(FIXTURES, "apps"), "--out", set]);
    expect(imported.code, imported.stderr).toBe(0);
    const list = await passk(["problems", "list", set, "--json"]);
    expect(list.code, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout).map((r: { kind: string }) => r.kind)).toEqual([
      "stdio",
      "call",
      "call",
      "stdio",
    ]);
    // The dataset's own solutions pass their tests in the sandbox.
    const check = await passk(["problems", "check", set, "--only", "0000,0001"]);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stderr).toContain("ok   apps/0001: 3 tests, passed");
    expect(check.stderr).toContain("2 problems, 2 solutions pass their tests, 0 fail");
    const refusals = [
      ["problems", "export", set],
      ["problems", "stats", set],
      ["problems", "cases", set, "0000"],
      ["problems", "check", set, "--only", "nope"],
      ["problems", "list", set, "--since", "2024-01-01"],
      ["run", "--set", set, "--since", "2024-01-01", "--out", join(dir, "run")],
    ];
    for (const args of refusals) {
      const refused = await passk(args);
      expect(refused.code, args.join(" ")).toBe(2);
      expect(refused.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
      expect(refused.stdout).toBe("");
    }
    expect(existsSync(join(dir, "run"))).toBe(false);
  });
});
