// End-to-end tests of MultiPL-E's formats through the BUILT CLI: `passk run --set <MultiPL-E file>`
// against a real HTTP server in completion mode (the file's stop tokens), and `passk evaluate` of
// MultiPL-E completions files and plain JSONL, on passk's own hand-written problems in that format.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { assertCliBuilt, passk } from "./helpers/cli.js";
import { type FakeLlm, startFakeLlm } from "./helpers/fake-llm-server.js";
import { OWN_PROBLEMS } from "./helpers/node-sandbox.js";
import { removeWorkspaces, workspace } from "./helpers/workspace.js";

beforeAll(assertCliBuilt);
let servers: FakeLlm[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  removeWorkspaces();
});

/** Correct bodies of passk's own problems, the same in JavaScript and TypeScript. */
const BODIES: Record<string, string> = {
  count_vowels: '  return [...word].filter((c) => "aeiou".includes(c)).length;\n}\n',
  running_total: "  let s = 0;\n  return xs.map((x) => (s += x));\n}\n",
  word_lengths:
    "  const out: {[key: string]: number} = {};\n  for (const w of sentence.split(' ').filter(Boolean)) out[w] = w.length;\n  return out;\n}\n",
};

function readLines(path: string): Record<string, unknown>[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function problemsOf(language: "js" | "ts"): Record<string, unknown>[] {
  return readLines(OWN_PROBLEMS[language]);
}

/** The body for a prompt, in the prompt's language (TypeScript's type annotation dropped for JavaScript). */
function bodyFor(prompt: string): string {
  const name = /function (\w+)\(/.exec(prompt)?.[1] ?? "";
  const body = BODIES[name] ?? "  return null;\n}\n";
  return prompt.includes("): ") ? body : body.replace(": {[key: string]: number}", "");
}

describe("passk run on a MultiPL-E problem file", () => {
  for (const language of ["js", "ts"] as const) {
    it(`samples ${language} problems in completion mode with the file's stop tokens, then evaluates them in the Node sandbox`, async () => {
      const stopTokens = problemsOf(language)[0]?.stop_tokens as string[];
      // The model goes on after the function; the file's stop tokens cut it there.
      const trailer = language === "js" ? '\nconsole.log("after");\n' : "\nclass After {}\n";
      const server = await startFakeLlm({
        reply: (request) => `${bodyFor((request.body as { prompt: string }).prompt)}${trailer}`,
      });
      servers.push(server);
      const dir = join(workspace(), "run");
      const result = await passk([
        "run",
        "--set",
        OWN_PROBLEMS[language],
        "--model",
        "vllm:coder",
        "--base-url",
        `${server.url}/v1`,
        "--n",
        "2",
        "-k",
        "1",
        "--out",
        dir,
        "--cache-dir",
        workspace(),
        "--no-progress",
        "--json",
      ]);
      expect(result.code, result.stderr).toBe(0);
      for (const request of server.requests)
        expect((request.body as { stop: string[] }).stop).toEqual(stopTokens);
      const samples = readLines(join(dir, "samples.jsonl"));
      expect(samples).toHaveLength(6);
      for (const sample of samples) expect(sample.completion).not.toContain(trailer.trim());
      const results = readLines(join(dir, "results.jsonl"));
      expect(results.map((r) => [r.status, r.verdict])).toEqual(Array(6).fill(["passed", "split"]));
      const manifest = JSON.parse(readFileSync(join(dir, "run.json"), "utf8"));
      expect(manifest.params.stop).toEqual(stopTokens);
      expect(manifest.dataset.language).toBe(language);
      expect(manifest.evaluation.isolation).toMatchObject({ level: "bubblewrap+seccomp" });
      expect(manifest.evaluation.isolation.node).toContain(process.version);
      expect(JSON.parse(result.stdout)["pass@1"]).toBe(1);
    });
  }

  it("refuses chat mode for JavaScript problems before asking the model anything", async () => {
    const server = await startFakeLlm();
    servers.push(server);
    const dir = join(workspace(), "run");
    const result = await passk([
      "run",
      "--set",
      OWN_PROBLEMS.js,
      "--model",
      "ollama:coder",
      "--base-url",
      `${server.url}/v1`,
      "--out",
      dir,
      "--no-progress",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("JavaScript problems run in completion mode only");
    expect(server.requests).toHaveLength(0);
  });
});

describe("passk evaluate on MultiPL-E samples", () => {
  it("evaluates a folder of MultiPL-E completions files (gzip or not), and plain JSONL the same way", async () => {
    const ws = workspace();
    const folder = join(ws, "completions");
    mkdirSync(folder);
    const lines: string[] = [];
    for (const [i, problem] of problemsOf("ts").entries()) {
      const completions = [
        bodyFor(problem.prompt as string),
        "  return null as any;\n}\n",
        '  return "x";\n}\n',
      ];
      const document = JSON.stringify({
        ...problem,
        temperature: 0.2,
        top_p: 0.95,
        max_tokens: 512,
        completions,
      });
      const name = `${problem.name as string}.json`;
      writeFileSync(join(folder, i === 0 ? `${name}.gz` : name), i === 0 ? gzipSync(document) : document);
      for (const completion of completions) lines.push(JSON.stringify({ task_id: problem.name, completion }));
    }
    const out = join(ws, "results.jsonl");
    const result = await passk([
      "evaluate",
      folder,
      "--problems",
      OWN_PROBLEMS.ts,
      "-k",
      "1",
      "--out",
      out,
      "--json",
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("3 MultiPL-E completions files, 9 completions");
    const byLine = (rows: Record<string, unknown>[]) =>
      rows.sort((a, b) => Number(a.sample_line) - Number(b.sample_line));
    const results = byLine(readLines(out));
    expect(results.map((r) => r.status)).toEqual(Array(3).fill(["passed", "failed", "failed"]).flat());
    expect(results[2]?.result).toMatch(/^failed: TS2322: Type 'string' is not assignable to type 'number'/);
    expect(JSON.parse(result.stdout)["pass@1"]).toBeCloseTo(1 / 3, 9);

    const samples = join(ws, "samples.jsonl");
    writeFileSync(samples, `${lines.join("\n")}\n`);
    const plain = await passk(["evaluate", samples, "--problems", OWN_PROBLEMS.ts, "-k", "1", "--json"]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(byLine(readLines(`${samples}_results.jsonl`)).map((r) => r.result)).toEqual(
      results.map((r) => r.result),
    );
  });

  it("refuses to run JavaScript without bubblewrap, in one line", async () => {
    const ws = workspace();
    const samples = join(ws, "s.jsonl");
    writeFileSync(
      samples,
      `${JSON.stringify({ task_id: "own_1_count_vowels", completion: "  return 1;\n}\n" })}\n`,
    );
    const result = await passk(["evaluate", samples, "--problems", OWN_PROBLEMS.js, "--no-bubblewrap"]);
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("JavaScript and TypeScript samples run only inside bubblewrap");
  });
});
