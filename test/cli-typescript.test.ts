// passk's own problems in TypeScript, through the BUILT CLI, a fake OpenAI-compatible server on
// 127.0.0.1 and the real Node sandbox: `--language ts` in completion and chat mode, evaluate, the
// TypeScript gate, a Python run and a TypeScript run compared side by side, and the refusals.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { assertCliBuilt, passk } from "./helpers/cli.js";
import { DEMO_PROBLEMS } from "./helpers/demo-model.js";
import { type FakeLlm, startFakeLlm } from "./helpers/fake-llm-server.js";
import { removeWorkspaces, workspace } from "./helpers/workspace.js";

beforeAll(assertCliBuilt);
let servers: FakeLlm[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  removeWorkspaces();
});

const CORE = join(import.meta.dirname, "..", "datasets", "passk-core");
const IDS = ["busiest-window", "title-slug", "scale-recipe"];

/** A set of three passk-core problems (scale-recipe has a case TypeScript's numbers cannot hold). */
function smallSet(): string {
  const root = join(workspace(), "mini");
  mkdirSync(root);
  writeFileSync(
    join(root, "set.json"),
    JSON.stringify({ name: "mini", version: "1.0.0", description: "three" }),
  );
  for (const id of IDS) cpSync(join(CORE, id), join(root, id), { recursive: true });
  return root;
}

/** The body of solution.ts after its signature line: what a right model continues the prompt with. */
function body(id: string): string {
  return `${readFileSync(join(CORE, id, "solution.ts"), "utf8")
    .split("\n")
    .slice(1)
    .join("\n")
    .trimEnd()}\n`;
}

const entryOf = (prompt: string) => /function (\w+)\(/.exec(prompt)?.[1] ?? "";
const idOf: Record<string, string> = {
  busiest_window: "busiest-window",
  make_slug: "title-slug",
  scale_recipe: "scale-recipe",
};

async function server(chat: boolean): Promise<FakeLlm> {
  const fake = await startFakeLlm({
    reply: (request, choice) => {
      const id = idOf[entryOf(request.prompt)] as string;
      // The second sample of busiest_window is wrong: it counts only arrivals after the start.
      const text =
        choice === 1 && id === "busiest-window" ? body(id).replace("end - i", "end - i - 1") : body(id);
      if (!chat) return text;
      const signature = readFileSync(join(CORE, id, "solution.ts"), "utf8").split("\n")[0];
      return `Here you go:\n\n\`\`\`typescript\n${signature}\n${text}\`\`\`\n`;
    },
  });
  servers.push(fake);
  return fake;
}

const served = (fake: FakeLlm, set: string, mode: "completion" | "chat") => [
  "--model",
  "vllm:m",
  "--mode",
  mode,
  "--base-url",
  `${fake.url}/v1`,
  "--set",
  set,
  "--cache-dir",
  workspace(),
  "--n",
  "2",
  "--no-progress",
  "--json",
];

describe("passk's own problems in TypeScript", () => {
  it("runs in completion mode: TypeScript prompts, TypeScript stops, judged as data in the Node sandbox", async () => {
    const set = smallSet();
    const fake = await server(false);
    const cwd = workspace();
    const result = await passk(["run", ...served(fake, set, "completion"), "--language", "ts"], cwd);
    expect(result.code, result.stderr).toBe(0);
    const prompt = fake.requests[0]?.prompt ?? "";
    expect(prompt).toMatch(/^\/\*\*\n/);
    expect(prompt).toMatch(/\nfunction \w+\(.*\): .+ \{\n$/);
    expect((fake.requests[0]?.body as { stop?: string[] } | undefined)?.stop).toEqual([
      "\nfunction ",
      "\n/*",
      "\n//",
      "\nclass",
    ]);
    const summary = JSON.parse(result.stdout);
    // 5 of the 6 samples pass: the wrong busiest_window fails.
    expect(summary["pass@1"]).toBeCloseTo(5 / 6, 5);
    const dir = /run (runs\/\S+):/.exec(result.stderr)?.[1] as string;
    const manifest = JSON.parse(readFileSync(join(cwd, dir, "run.json"), "utf8"));
    expect(manifest.dataset).toMatchObject({ language: "ts", name: "mini" });
    const records = readFileSync(join(cwd, dir, "results.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const failed = records.find((r) => r.status === "failed");
    expect(failed.result).toMatch(
      /^failed: case \d+: busiest_window\(\[.*\], \d+\) returned \[\d+, \d+\], expected \[\d+, \d+\]$/,
    );
    expect(records.every((r) => r.verdict === "data")).toBe(true);
  });

  it("runs in chat mode: asks for TypeScript and takes the function from the reply's code block", async () => {
    const set = smallSet();
    const fake = await server(true);
    const result = await passk(["run", ...served(fake, set, "chat"), "--language", "ts"], workspace());
    expect(result.code, result.stderr).toBe(0);
    expect(fake.requests[0]?.prompt).toContain("Complete the following TypeScript function.");
    expect(JSON.parse(result.stdout)["pass@1"]).toBeCloseTo(5 / 6, 5);
  });

  it("puts a Python run and a TypeScript run of the same problems side by side", async () => {
    const set = smallSet();
    const cwd = workspace();
    const ts = await passk(
      ["run", ...served(await server(false), set, "completion"), "--language", "ts"],
      cwd,
    );
    expect(ts.code, ts.stderr).toBe(0);
    const py = await passk(["run", "--model", "reference", "--set", set, "--no-progress"], cwd);
    expect(py.code, py.stderr).toBe(0);
    const dirs = [ts, py].map((r) => /run (runs\/\S+):/.exec(r.stderr)?.[1] as string);
    expect(dirs[0]).not.toBe(dirs[1]);
    const compared = await passk(["compare", ...dirs, "--json", "-k", "1"], cwd);
    expect(compared.code, compared.stderr).toBe(0);
    expect(compared.stderr).toMatch(/different languages .*: ts; .*: py/);
    expect(JSON.parse(compared.stdout).leaderboard).toHaveLength(2);
  });

  it("checks solution.ts with the TypeScript gate, and says what is missing", async () => {
    const set = smallSet();
    const ok = await passk(["problems", "check", set, "--language", "ts"], workspace());
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toMatch(/ok {3}mini\/scale-recipe in TypeScript: \d+ tests \(1 set aside\)/);
    expect(ok.stderr).toContain("all problems pass the gate");
    writeFileSync(join(set, "title-slug", "solution.ts"), body("title-slug"));
    const bad = await passk(
      ["problems", "check", set, "--language", "ts", "--only", "title-slug"],
      workspace(),
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      "solution.ts must start with the rendered signature line: function make_slug(",
    );
  });

  it("refuses --language ts for a file in one line, writing nothing", async () => {
    const cwd = workspace();
    const result = await passk(
      ["run", "--model", "reference", "--set", DEMO_PROBLEMS, "--language", "ts"],
      cwd,
    );
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^passk: error: --language ts: .* has no TypeScript form \(only passk's own sets are rendered/,
    );
    expect(result.stdout).toBe("");
  });
});
