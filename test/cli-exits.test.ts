// End-to-end tests of how passk stops: every error path (a bad output path of evaluate, report and
// run; a k no problem has enough samples for; nothing left to score; results of another run; a module
// the sandbox's Python lacks) exits 2 within seconds with one line and no stack trace, changes nothing
// on disk and leaves no process behind (evaluate starts its first fork server while it loads, so that
// server must be gone too, and the folder it works in without bubblewrap); and an interrupted
// evaluation says its pass@k is partial and how to resume. They run the BUILT command line
// (`node dist/passk.js`); run `npm run build` first (`npm test` does).
import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { assertCliBuilt, type RunningCli, startPassk } from "./helpers/cli.js";
import { writeFakeRun } from "./helpers/fake-run.js";
import { ADD, burn, writeProblems } from "./helpers/problems.js";
import { descendants, isForkServerPython, isRunning, type Proc } from "./helpers/process-tree.js";
import { sleep, waitFor } from "./helpers/wait.js";
import { completeLines, removeWorkspaces, workspace, writeJsonl } from "./helpers/workspace.js";

beforeAll(assertCliBuilt);
afterEach(removeWorkspaces);

/** Seconds an error path may take: each is a check before any work, so far less in practice. */
const DEADLINE_MS = 15_000;

/**
 * Runs passk to its end while watching its process tree; kills it (and fails) past the deadline.
 * Returns the result, every process seen below it, and how long it took.
 */
async function watched(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const started = Date.now();
  const run: RunningCli = startPassk(args, cwd, env);
  const seen = new Map<number, Proc>();
  let finished = false;
  const done = run.done.finally(() => {
    finished = true;
  });
  while (!finished && Date.now() - started < DEADLINE_MS) {
    for (const p of descendants(run.pid)) seen.set(p.pid, p);
    await sleep(20);
  }
  if (!finished) run.child.kill("SIGKILL");
  const result = await done;
  return { result, seen: [...seen.values()], ms: Date.now() - started, timedOut: !finished };
}

const valid = (completion = "    return a + b\n") => ({ task_id: ADD.task_id, completion });

interface ErrorCase {
  name: string;
  /** Writes the case's files into `dir`; returns the arguments of passk. */
  setUp: (dir: string) => string[];
  /** Text the first line of stderr must hold (given the case's folder). */
  says: string | ((dir: string) => string);
  /** Indented detail lines follow the error (the bad lines, grouped); otherwise it is one line. */
  details?: string;
}

const evaluate = (dir: string, ...more: string[]) => {
  writeProblems(dir);
  writeJsonl(join(dir, "samples.jsonl"), [valid(), valid("    return a - b\n")]);
  return ["evaluate", "samples.jsonl", "-p", "problems.jsonl", "-k", "1", "-j", "1", ...more];
};

const cases: ErrorCase[] = [
  {
    name: "evaluate --out into a folder that does not exist",
    setUp: (dir) => evaluate(dir, "--out", join(dir, "nodir", "x", "r.jsonl")),
    says: (dir) =>
      `--out ${join(dir, "nodir", "x", "r.jsonl")}: the folder ${join(dir, "nodir", "x")} does not exist`,
  },
  {
    name: "evaluate --out naming a folder",
    setUp: (dir) => evaluate(dir, "--out", dir),
    says: "is a folder; give the path of a file to write",
  },
  {
    name: "evaluate --out naming the samples file",
    setUp: (dir) => evaluate(dir, "--out", "samples.jsonl"),
    says: "--out samples.jsonl: is the samples file",
  },
  {
    name: "evaluate --k larger than every n",
    setUp: (dir) => [...evaluate(dir), "-k", "5,10"],
    says: `--k 5,10: no pass@k can be reported: it needs at least k samples for every problem, and ${ADD.task_id} has 2`,
  },
  {
    name: "evaluate --skip-invalid with no valid sample (bigcode's format before passk read it)",
    setUp: (dir) => {
      const args = evaluate(dir, "--skip-invalid");
      writeFileSync(join(dir, "samples.jsonl"), '["not", "a sample"]\n[1]\n');
      return args;
    },
    says: "samples.jsonl: no sample to evaluate: all 2 lines were invalid and skipped (--skip-invalid)",
    details: "  samples.jsonl:1,2 (2 lines): expected a JSON object",
  },
  {
    name: "evaluate onto results without their run manifest (refused after the first fork server started)",
    setUp: (dir) => {
      const args = evaluate(dir, "--out", "r.jsonl");
      writeJsonl(join(dir, "r.jsonl"), [{ ...valid(), passed: true }]);
      return args;
    },
    says: "r.jsonl already holds results but no passk run manifest",
  },
  {
    name: "the same, without bubblewrap (the servers' folder is on the host)",
    setUp: (dir) => {
      const args = evaluate(dir, "--out", "r.jsonl", "--no-bubblewrap");
      writeJsonl(join(dir, "r.jsonl"), [{ ...valid(), passed: true }]);
      return args;
    },
    says: "r.jsonl already holds results but no passk run manifest",
  },
  {
    name: "evaluate problems that import a module the sandbox's Python lacks, without bubblewrap",
    setUp: (dir) => {
      const args = evaluate(dir, "--no-bubblewrap");
      const prompt = `import passk_no_such_module\n\n${ADD.prompt}`;
      writeJsonl(join(dir, "problems.jsonl"), [{ ...ADD, prompt }]);
      return args;
    },
    says: "passk_no_such_module",
  },
  {
    name: "report --out naming a folder (EISDIR)",
    setUp: (dir) => {
      writeFakeRun(join(dir, "run"), { problems: 2, n: 3 });
      return ["report", "run", "--out", dir];
    },
    says: "is a folder; give the path of a file to write",
  },
  {
    name: "report --out into a missing folder (ENOENT)",
    setUp: (dir) => {
      writeFakeRun(join(dir, "run"), { problems: 2, n: 3 });
      return ["report", "run", "--out", join(dir, "missing", "r.html")];
    },
    says: "does not exist; create it first",
  },
  {
    name: "run --out naming an existing file (EEXIST)",
    setUp: (dir) => {
      writeProblems(dir);
      writeFileSync(join(dir, "existing"), "x");
      return ["run", "--model", "reference", "--set", "problems.jsonl", "--out", "existing", "--no-cache"];
    },
    says: "--out existing: is a file, not a folder",
  },
];

describe("every error path", () => {
  it.each(cases)("$name: exits 2 at once with one line, nothing changed, no process left", async (c) => {
    const dir = workspace();
    const args = c.setUp(dir);
    const says = typeof c.says === "string" ? c.says : c.says(dir);
    const tmp = join(dir, "tmp"); // TMPDIR: where a fork server's folder goes without bubblewrap
    mkdirSync(tmp);
    const before = snapshot(dir);
    const { result, seen, timedOut } = await watched(args, dir, { TMPDIR: tmp });

    expect(timedOut, `still running after ${DEADLINE_MS} ms: ${result.stderr}`).toBe(false);
    expect(result.code, result.stderr).toBe(2);
    const [first, ...details] = result.stderr.trimEnd().split("\n");
    expect(first).toMatch(/^passk: error: /);
    expect(first).toContain(says);
    if (c.details) expect(details).toEqual([expect.stringContaining(c.details)]);
    else expect(details, "one line").toEqual([]);
    expect(result.stdout).toBe("");
    await sleep(200);
    expect(seen.filter(isRunning), "processes outlived passk").toEqual([]);
    expect(snapshot(dir), "files changed").toEqual(before);
    if (args[0] !== "evaluate") expect(seen.filter(isForkServerPython), "a sandbox was started").toEqual([]);
  });
});

/** Every file and folder under `dir` with its size and modification time. */
function snapshot(dir: string, prefix = ""): Record<string, string> {
  const found: Record<string, string> = {};
  for (const name of readdirSync(join(dir, prefix))) {
    const path = join(prefix, name);
    const stat = statSync(join(dir, path));
    if (stat.isDirectory()) Object.assign(found, { [`${path}/`]: "" }, snapshot(dir, path));
    else found[path] = `${stat.size} bytes, modified ${stat.mtimeMs}`;
  }
  return found;
}

describe("an interrupted evaluation", () => {
  it("says its pass@k is partial and that the same command resumes, and exits 130", async () => {
    const dir = workspace();
    writeProblems(dir);
    const samples = Array.from({ length: 30 }, (_, i) => valid(burn(0.2, i, "a + b")));
    writeJsonl(join(dir, "samples.jsonl"), samples);
    const run = startPassk(["evaluate", "samples.jsonl", "-p", "problems.jsonl", "-k", "1", "-j", "1"], dir);
    await waitFor("some results", () => completeLines(join(dir, "samples.jsonl_results.jsonl")) >= 3, 60_000);
    const servers = descendants(run.pid).filter(isForkServerPython);
    run.child.kill("SIGINT");
    const result = await run.done;

    expect(result.code, result.stderr).toBe(130);
    expect(result.stderr).toMatch(/Interrupted: \d+ samples/);
    expect(result.stderr).toMatch(
      /PARTIAL: interrupted before every sample had a result; the numbers below cover only the \d+ scored so far/,
    );
    expect(result.stderr).toContain("Run the same command again to resume");
    await sleep(200);
    expect(servers.filter(isRunning), "sandbox processes outlived passk").toEqual([]);
  });

  it("does not say so when it finished", async () => {
    const dir = workspace();
    writeProblems(dir);
    writeJsonl(join(dir, "samples.jsonl"), [valid()]);
    mkdirSync(join(dir, "out"));
    const { result } = await watched(
      ["evaluate", "samples.jsonl", "-p", "problems.jsonl", "-k", "1", "--out", join("out", "r.jsonl")],
      dir,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain("PARTIAL");
  });
});
