// `passk incontext …` end to end on the built CLI: the simulated model offline over task files in
// GPT-3's published format and generated families; the report of several runs in the order given;
// `generate` and `tasks`; a bad task file refused; kill -9 mid-run and the same command again; and
// completion and chat mode against the fake OpenAI-compatible server.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { INCONTEXT_CHAT_SYSTEM } from "../src/completion/incontext-chat.js";
import { answerOf } from "../src/metrics/incontext.js";
import { assertCliBuilt, passk, startPassk } from "./helpers/cli.js";
import { type FakeLlm, type RecordedRequest, startFakeLlm } from "./helpers/fake-llm-server.js";
import { waitFor } from "./helpers/wait.js";
import { removeWorkspaces, workspace } from "./helpers/workspace.js";

const EXAMPLES = fileURLToPath(new URL("../examples/incontext/", import.meta.url));
const ADDITION = join(EXAMPLES, "two_digit_addition.jsonl");
const CYCLE = join(EXAMPLES, "cycle_letters_in_word.jsonl.gz");

beforeAll(assertCliBuilt);
let server: FakeLlm | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  removeWorkspaces();
});

type Line = Record<string, unknown>;
const lines = (path: string): Line[] =>
  existsSync(path)
    ? readFileSync(path, "utf8")
        .split("\n")
        .filter((line) => line.trim())
        .flatMap((line) => {
          try {
            return [JSON.parse(line) as Line];
          } catch {
            return []; // a torn last line
          }
        })
    : [];

/** The fake model's answer to the last addition question of a prompt: it can add. */
function addLast(request: RecordedRequest): string {
  const asked = [...request.prompt.matchAll(/What is (\d+) plus (\d+)\?/g)].pop();
  if (!asked) throw new Error(`no addition in ${request.prompt.slice(-80)}`);
  return String(Number(asked[1]) + Number(asked[2]));
}

describe("passk incontext run with the simulated model", () => {
  it("asks every (task, K, question) prompt, records each prompt, and scores by exact match", async () => {
    const dir = join(workspace(), "run");
    const args = ["incontext", "run", "--tasks", `${ADDITION},${CYCLE}`, "--tasks", "three_digit_addition"];
    args.push(
      "--shots",
      "0,1,5",
      "--items",
      "8",
      "--pool",
      "50",
      "--out",
      dir,
      "--no-cache",
      "--no-progress",
      "--json",
    );
    const result = await passk(args);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("SIMULATED MODEL");
    const samples = lines(join(dir, "samples.jsonl"));
    expect(samples).toHaveLength(3 * 3 * 8);
    const ids = new Set(samples.map((s) => s.task_id));
    expect(ids.size).toBe(72);
    const addition = readFileSync(ADDITION, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { context: string; completion: string });
    for (const s of samples) {
      expect(s).toMatchObject({ model: "sim", task_id: `${s.task}/${s.shots}-shot/${s.item}` });
      expect((s.examples as number[]).length).toBe(s.shots);
      if (s.task === "two_digit_addition") {
        // The exact prompt: the examples' context + completion, then the question's context.
        const shown = (s.examples as number[]).map(
          (j) => `${addition[j]?.context}${addition[j]?.completion}`,
        );
        expect(s.prompt).toBe(`${shown.join("")}${addition[s.item as number]?.context}`);
        expect(s.expected).toBe(addition[s.item as number]?.completion.trim());
      }
    }
    // The summary is recomputed from the samples: exact match of the completion's first line.
    const summary = JSON.parse(result.stdout) as {
      accuracy: { task: string; shots: number; correct: number; items: number }[];
    };
    expect(summary.accuracy).toHaveLength(9);
    for (const cell of summary.accuracy) {
      const own = samples.filter((s) => s.task === cell.task && s.shots === cell.shots);
      expect(cell.items).toBe(8);
      expect(cell.correct).toBe(own.filter((s) => answerOf(s.completion as string) === s.expected).length);
    }
    const report = readFileSync(join(dir, "report.html"), "utf8");
    expect(report).toContain("SIMULATED MODEL");
    // `passk report` (code runs) refuses the folder, and leaves its report as it was.
    const code = await passk(["report", dir]);
    expect(code.code).toBe(2);
    expect(code.stderr).toContain("passk incontext report");
    expect(readFileSync(join(dir, "report.html"), "utf8")).toBe(report);
    const manifest = JSON.parse(readFileSync(join(dir, "run.json"), "utf8")) as {
      incontext: { shots: number[]; tasks: { name: string; source: string }[] };
    };
    expect(manifest.incontext.shots).toEqual([0, 1, 5]);
    expect(manifest.incontext.tasks.map((t) => [t.name, t.source])).toEqual([
      ["two_digit_addition", ADDITION],
      ["cycle_letters_in_word", CYCLE],
      ["three_digit_addition", "generated (seed 0, 50 items)"],
    ]);
  });

  it("reports accuracy against model for runs in the order given, and the zero- to few-shot gap", async () => {
    const root = workspace();
    const run = (model: string) =>
      passk([
        "incontext",
        "run",
        "-m",
        model,
        "--tasks",
        "two_digit_addition,reversed_words",
        "--shots",
        "0,10",
        "--items",
        "40",
        "--out",
        join(root, model),
        "--no-cache",
        "--no-progress",
      ]);
    for (const model of ["sim:small", "sim:large"]) expect((await run(model)).code).toBe(0);
    const out = join(root, "report.html");
    const result = await passk([
      "incontext",
      "report",
      join(root, "sim:large"),
      join(root, "sim:small"),
      "--json",
      "--out",
      out,
    ]);
    expect(result.code, result.stderr).toBe(0);
    const study = JSON.parse(result.stdout) as {
      runs: {
        label: string;
        cells: { task: string; shots: number; accuracy: number }[];
        gaps: { task: string; gap: number }[];
      }[];
    };
    expect(study.runs.map((r) => r.label)).toEqual(["sim:large", "sim:small"]);
    const at = (i: number, task: string, shots: number) =>
      study.runs[i]?.cells.find((c) => c.task === task && c.shots === shots)?.accuracy as number;
    expect(at(0, "two_digit_addition", 10)).toBeGreaterThan(at(1, "two_digit_addition", 10));
    expect(at(0, "two_digit_addition", 10)).toBeGreaterThan(at(0, "two_digit_addition", 0));
    expect(study.runs[0]?.gaps.map((g) => g.task)).toEqual(["two_digit_addition", "reversed_words"]);
    expect(result.stderr).toContain("Accuracy against model at K=10");
    const html = readFileSync(out, "utf8");
    expect(html).toContain("Accuracy against model");
    expect(html.indexOf("sim:large")).toBeLessThan(html.indexOf("sim:small"));
  });
});

describe("passk incontext generate and tasks", () => {
  it("writes task files in GPT-3's format that load back as the same items", async () => {
    const dir = join(workspace(), "tasks");
    const made = await passk([
      "incontext",
      "generate",
      "reversed_words",
      "sum_of_digits",
      "--count",
      "5",
      "--seed",
      "3",
      "--out",
      dir,
    ]);
    expect(made.code, made.stderr).toBe(0);
    const text = readFileSync(join(dir, "sum_of_digits.jsonl"), "utf8");
    expect(text.split("\n")[0]).toMatch(
      /^\{"context": "\\n\\nQ: What is the sum of the digits of the number \d+\?\\n\\nA:", "completion": " \d+"\}$/,
    );
    const loaded = await passk(["incontext", "tasks", join(dir, "reversed_words.jsonl"), "--json"]);
    const generated = await passk([
      "incontext",
      "tasks",
      "reversed_words",
      "--count",
      "5",
      "--seed",
      "3",
      "--json",
    ]);
    const [file] = JSON.parse(loaded.stdout) as {
      items: number;
      family: string;
      sha256: string;
      first: unknown;
    }[];
    const [fresh] = JSON.parse(generated.stdout) as { sha256: string; first: unknown }[];
    expect(file).toMatchObject({
      items: 5,
      family: "reversed_words",
      sha256: fresh?.sha256,
      first: fresh?.first,
    });
    const gz = await passk([
      "incontext",
      "generate",
      "two_digit_addition",
      "--count",
      "4",
      "--out",
      dir,
      "--gzip",
    ]);
    expect(gz.code).toBe(0);
    expect(readFileSync(join(dir, "two_digit_addition.jsonl.gz")).subarray(0, 2)).toEqual(
      Buffer.from([0x1f, 0x8b]),
    );
  });

  it("refuses a bad task file in one line per fault, and writes nothing", async () => {
    const root = workspace();
    const bad = join(root, "bad.jsonl");
    writeFileSync(bad, '{"context": "\\nQ: 1?", "completion": " 1"}\n{"context": "\\nQ: 2?"}\n');
    const out = join(root, "run");
    const result = await passk(["incontext", "run", "--tasks", bad, "--out", out, "--no-progress"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${bad}:2: field "completion": expected string, got missing`);
    expect(result.stderr).not.toContain("    at ");
    expect(existsSync(out)).toBe(false);
  });
});

describe("passk incontext run against a model server", () => {
  it("after kill -9, the same command ends with one sample per prompt and asks nothing twice", async () => {
    server = await startFakeLlm({ latencyMs: 250, reply: (request) => ` ${addLast(request)}\n\nQ: What is` });
    const root = workspace();
    const dir = join(root, "run");
    const args = [
      "incontext",
      "run",
      "-m",
      "vllm:m",
      "--base-url",
      `${server.url}/v1`,
      "--tasks",
      "three_digit_addition",
    ];
    args.push(
      "--shots",
      "0,1",
      "--items",
      "12",
      "--pool",
      "40",
      "--concurrency",
      "2",
      "--out",
      dir,
      "--cache-dir",
      root,
      "--no-progress",
    );
    const samplesPath = join(dir, "samples.jsonl");
    const first = startPassk(args);
    await waitFor("4 samples on disk", () => lines(samplesPath).length >= 4, 20_000);
    first.child.kill("SIGKILL");
    await first.done;
    const before = lines(samplesPath).length;
    const requestsBefore = server.stats.requests;
    expect(before).toBeLessThan(24);

    const second = await passk(args);
    expect(second.code, second.stderr).toBe(0);
    const samples = lines(samplesPath);
    expect(samples).toHaveLength(24);
    expect(new Set(samples.map((s) => s.task_id)).size).toBe(24);
    // Only what was missing was asked for (at most the 2 requests in flight at the kill were lost).
    expect(server.stats.requests - requestsBefore).toBeLessThanOrEqual(24 - before + 2);
    expect(second.stderr).toMatch(/three_digit_addition\s+100\.0 \(100\.0–100\.0\)\s+100\.0/);
    // Each request was the sample's exact prompt, greedy, cut at the first newline.
    const body = server.requests.at(-1)?.body as {
      prompt: string;
      temperature: number;
      stop: string[];
      max_tokens: number;
    };
    expect(samples.map((s) => s.prompt)).toContain(body.prompt);
    expect(body).toMatchObject({ temperature: 0, stop: ["\n"], max_tokens: 16 });
  });

  it("chat mode sends the fixed instruction and extracts the answer line", async () => {
    server = await startFakeLlm({
      reply: (request) => `A: **${addLast(request)}**\n\nI added the two numbers.`,
    });
    const dir = join(workspace(), "chat");
    const result = await passk(
      [
        "incontext",
        "run",
        "-m",
        "openai:m",
        "--base-url",
        `${server.url}/v1`,
        "--mode",
        "chat",
        "--tasks",
        ADDITION,
        "--shots",
        "0,2",
        "--out",
        dir,
        "--no-cache",
        "--no-progress",
        "--json",
      ],
      undefined,
      { OPENAI_API_KEY: "test-key" },
    );
    expect(result.code, result.stderr).toBe(0);
    const samples = lines(join(dir, "samples.jsonl"));
    expect(samples).toHaveLength(24);
    for (const s of samples) {
      expect(s).toMatchObject({ extraction: "answer-line", completion: s.expected });
      expect(s.raw).toContain("I added");
    }
    const body = server.requests[0]?.body as { messages: { role: string; content: string }[] };
    expect(body.messages[0]).toEqual({ role: "system", content: INCONTEXT_CHAT_SYSTEM });
    const summary = JSON.parse(result.stdout) as {
      accuracy: { accuracy: number }[];
      incontext: { chatPrompt: string };
    };
    expect(summary.accuracy.every((c) => c.accuracy === 1)).toBe(true);
    expect(summary.incontext.chatPrompt).toBe("passk-incontext-chat-1");
  });
});
