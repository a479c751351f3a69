// End-to-end tests of `passk evaluate`: each test writes its own tiny problems and samples to a temp
// folder, runs the BUILT command line (`node dist/cli/main.js`) against the real sandbox, and checks
// what a user gets: the exit code, stdout, stderr, the results file, and the processes left behind.
// Run `npm run build` first (`npm test` does).
import { type ChildProcessByStdio, execFileSync, spawn } from "node:child_process";
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));

// ---------------------------------------------------------------- running the CLI

interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface RunningCli {
  child: ChildProcessByStdio<null, Readable, Readable>;
  pid: number;
  done: Promise<CliResult>;
}

/** Starts `passk evaluate <args>` in `cwd`; `done` settles when it exits, whatever the exit code. */
function startCli(args: readonly string[], cwd: string): RunningCli {
  const child = spawn(process.execPath, [CLI, "evaluate", ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const done = new Promise<CliResult>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  if (child.pid === undefined) throw new Error(`cannot start ${process.execPath} ${CLI}`);
  return { child, pid: child.pid, done };
}

const runCli = (args: readonly string[], cwd: string) => startCli(args, cwd).done;

/** The `--json` summary on stdout (stdout must hold nothing else). */
function jsonOf(result: CliResult): Record<string, unknown> & {
  executed: number;
  deduplicated: number;
  resumed: number;
  isolation: { level: string };
  passAtK: { entries: { k: number }[]; skipped: { k: number; reason: string }[] };
} {
  return JSON.parse(result.stdout);
}

// ---------------------------------------------------------------- files

let dirs: string[] = [];

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "passk-cli-test-"));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

function writeJsonl(path: string, records: readonly unknown[]): string {
  writeFileSync(path, records.map((r) => `${JSON.stringify(r)}\n`).join(""));
  return path;
}

interface ResultRecord {
  task_id: string;
  result: string;
  passed: boolean;
  status: string;
  cpu_time: number;
  wall_time: number;
  sample_line: number;
  isolation: string;
  time_limit?: string;
  [field: string]: unknown;
}

function readResults(path: string): ResultRecord[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as ResultRecord);
}

/** Lines of `path` that end in "\n" (a line torn by kill -9 has none); 0 if the file does not exist. */
function completeLines(path: string): number {
  if (!existsSync(path)) return 0;
  return readFileSync(path, "utf8").split("\n").length - 1;
}

/** The files a run writes next to its samples: results and run manifest. */
function runOutputs(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.includes("_results"));
}

// ---------------------------------------------------------------- problems (original, HumanEval format)

const ADD = {
  task_id: "demo/add",
  prompt: 'def add(a, b):\n    """Return the sum of a and b."""\n',
  entry_point: "add",
  canonical_solution: "    return a + b\n",
  test: "def check(candidate):\n    assert candidate(1, 2) == 3\n    assert candidate(-4, 4) == 0\n",
};

const REVERSE = {
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

function writeProblems(dir: string, name = "problems.jsonl"): string {
  return writeJsonl(join(dir, name), [ADD, REVERSE]);
}

/**
 * A completion of `add` that returns `expression`, followed by module-level code that spends `seconds`
 * of CPU once, when the program loads (inside `add` it would run once per assert of `check`).
 */
function burn(seconds: number, tag: number | string, expression: string): string {
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
function passAtK(n: number, c: number, k: number): number {
  const choose = (m: number, r: number): number => {
    if (r > m) return 0;
    let value = 1;
    for (let i = 1; i <= r; i++) value = (value * (m - r + i)) / i;
    return value;
  };
  return 1 - choose(n - c, k) / choose(n, k);
}

// ---------------------------------------------------------------- processes

interface Proc {
  pid: number;
  ppid: number;
  stat: string;
  args: string;
}

function processes(): Proc[] {
  const out = execFileSync("ps", ["-eo", "pid=,ppid=,stat=,args="], { encoding: "utf8" });
  return out.split("\n").flatMap((line) => {
    const m = /^\s*(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/.exec(line);
    return m ? [{ pid: Number(m[1]), ppid: Number(m[2]), stat: m[3] as string, args: m[4] as string }] : [];
  });
}

/** Every process below `root`, from one snapshot of the process table. */
function descendants(root: number, all: readonly Proc[] = processes()): Proc[] {
  const found: Proc[] = [];
  const parents = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) {
      if (parents.has(p.ppid) && !parents.has(p.pid)) {
        parents.add(p.pid);
        found.push(p);
        grew = true;
      }
    }
  }
  return found;
}

/** A Python process of the fork server: the server itself or a sample it forked (not bwrap, whose argv names it too). */
const isForkServerPython = (p: Proc) =>
  p.args.includes("forkserver.py") && !/bwrap$/.test(p.args.split(" ")[0] ?? "");

/** Alive and not a zombie (a zombie has stopped running; only its exit status is left to collect). */
function isRunning(pid: number, args: string): boolean {
  return processes().some((p) => p.pid === pid && p.args === args && !p.stat.startsWith("Z"));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` every 25 ms until it returns a truthy value, which is returned. */
async function waitFor<T>(
  what: string,
  probe: () => T | undefined | null | false,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(25);
  }
}

// ---------------------------------------------------------------- tests

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
});

describe("passk evaluate", () => {
  it("runs the samples, writes one record per sample and reports pass@k", async () => {
    const dir = workspace();
    writeProblems(dir);
    const add = [
      { completion: "    return a + b\n", ok: true },
      { completion: "    return sum((a, b))\n", ok: true },
      { completion: "    return a - b\n", ok: false },
      { completion: "    return a * b\n", ok: false },
      { completion: "    return 0\n", ok: false },
    ];
    const reverse = [
      { completion: '    return " ".join(reversed(sentence.split()))\n', ok: true },
      { completion: '    return " ".join(sentence.split()[::-1])\n', ok: true },
      {
        completion: '    words = sentence.split()\n    words.reverse()\n    return " ".join(words)\n',
        ok: true,
      },
      {
        completion:
          '    out = []\n    for w in sentence.split():\n        out.insert(0, w)\n    return " ".join(out)\n',
        ok: true,
      },
      { completion: "    return sentence[::-1]\n", ok: false },
    ];
    // Interleaved, with extra fields that must come back untouched.
    const samples = add.flatMap((a, i) => [
      { task_id: ADD.task_id, completion: a.completion, model: "toy", sample_index: i, meta: { t: 0.8 } },
      { task_id: REVERSE.task_id, completion: reverse[i]?.completion, model: "toy", sample_index: i },
    ]);
    const expectedPass = add.flatMap((a, i) => [a.ok, reverse[i]?.ok]);
    writeJsonl(join(dir, "samples.jsonl"), samples);

    const run = await runCli(
      ["samples.jsonl", "--problems", "problems.jsonl", "--k", "1,3,10", "--json"],
      dir,
    );
    expect(run.code, run.stderr).toBe(0);

    const summary = jsonOf(run);
    const by = (n: number, c: number, k: number) => passAtK(n, c, k);
    expect(summary["pass@1"]).toBeCloseTo((by(5, 2, 1) + by(5, 4, 1)) / 2, 12);
    expect(summary["pass@1"]).toBeCloseTo(0.6, 12);
    expect(summary["pass@3"]).toBeCloseTo((by(5, 2, 3) + by(5, 4, 3)) / 2, 12);
    expect(summary["pass@3"]).toBeCloseTo(0.95, 12);
    expect(summary).not.toHaveProperty("pass@10");
    expect(summary.passAtK.entries.map((e) => e.k)).toEqual([1, 3]);
    expect(summary.passAtK.skipped.map((s) => s.k)).toEqual([10]);
    expect(run.stderr).toMatch(/pass@10 not reported: needs n ≥ 10/);
    expect(run.stderr).toMatch(/pass@1\s+60\.0 %/);
    expect(run.stderr).toMatch(/pass@3\s+95\.0 %/);

    const resultsPath = join(dir, "samples.jsonl_results.jsonl");
    const records = readResults(resultsPath);
    expect(records).toHaveLength(samples.length);
    expect(records.map((r) => r.sample_line).sort((a, b) => a - b)).toEqual(samples.map((_, i) => i + 1));
    for (const record of records) {
      const sample = samples[record.sample_line - 1];
      const ok = expectedPass[record.sample_line - 1];
      // The sample's own fields, then passk's.
      expect(record).toMatchObject(sample as object);
      expect(record.passed, JSON.stringify(record)).toBe(ok);
      expect(record.status).toBe(ok ? "passed" : "failed");
      expect(record.result).toMatch(ok ? /^passed$/ : /^failed: /);
      expect(typeof record.cpu_time).toBe("number");
      expect(typeof record.wall_time).toBe("number");
      expect(record.wall_time).toBeGreaterThanOrEqual(0);
      expect(record.isolation).toBe(summary.isolation.level);
    }
  });

  it("runs {task_id, solution} samples as whole programs, without the prompt", async () => {
    const dir = workspace();
    writeProblems(dir);
    writeJsonl(join(dir, "samples.jsonl"), [
      { task_id: ADD.task_id, solution: "def add(x, y):\n    return y + x\n" },
      { task_id: ADD.task_id, solution: "def add(x, y):\n    return x * y\n" },
      // The prompt is not prepended: a solution without the function fails.
      { task_id: ADD.task_id, solution: "def plus(a, b):\n    return a + b\n" },
      { task_id: REVERSE.task_id, solution: 'def reverse_words(s):\n    return " ".join(s.split()[::-1])\n' },
    ]);
    const run = await runCli(["samples.jsonl", "-p", "problems.jsonl", "-k", "1", "--json"], dir);
    expect(run.code, run.stderr).toBe(0);
    const records = readResults(join(dir, "samples.jsonl_results.jsonl")).sort(
      (a, b) => a.sample_line - b.sample_line,
    );
    expect(records.map((r) => r.status)).toEqual(["passed", "failed", "failed", "passed"]);
    expect(records[2]?.result).toContain("add");
    expect(jsonOf(run)["pass@1"]).toBeCloseTo((1 / 3 + 1) / 2, 12);
  });

  describe("refuses bad input before running anything", () => {
    const valid = JSON.stringify({ task_id: ADD.task_id, completion: "    return a + b\n" });
    const cases: {
      name: string;
      samples?: string;
      problems?: { name: string; text: string };
      args?: string[];
      stderr: string[];
    }[] = [
      {
        name: "an invalid JSON line",
        samples: `${valid}\n{"task_id": "demo/add", "completion": \n${valid}\n`,
        stderr: ["samples.jsonl:2: invalid JSON"],
      },
      {
        name: "a missing task_id",
        samples: `${valid}\n{"completion": "    return a + b\\n"}\n`,
        stderr: ['samples.jsonl:2: field "task_id": missing'],
      },
      {
        name: "neither completion nor solution",
        samples: `${valid}\n{"task_id": "demo/add"}\n`,
        stderr: ['samples.jsonl:2: neither "completion" nor "solution" is present'],
      },
      {
        name: "a field of the wrong type",
        samples: `${valid}\n{"task_id": "demo/add", "completion": 42}\n`,
        stderr: ['samples.jsonl:2: field "completion": expected string, got number'],
      },
      {
        name: "an unknown task_id",
        samples: `${valid}\n{"task_id": "demo/ad", "completion": "x"}\n`,
        stderr: ['samples.jsonl:2: task_id "demo/ad" is not in the problem file problems.jsonl'],
      },
      {
        name: "samples of another problem set",
        samples: '{"task_id": "HumanEval/0", "completion": "x"}\n',
        stderr: ["samples.jsonl: no sample has a task_id of the problem file problems.jsonl"],
      },
      {
        name: "an empty samples file",
        samples: "",
        stderr: ["samples.jsonl: empty file"],
      },
      {
        name: "a problems file named .gz that is not gzip",
        problems: { name: "problems.jsonl.gz", text: `${JSON.stringify(ADD)}\n` },
        args: ["samples.jsonl", "-p", "problems.jsonl.gz"],
        stderr: ["problems.jsonl.gz: not a gzip file"],
      },
      {
        name: "a problem without entry_point",
        problems: { name: "problems.jsonl", text: `${JSON.stringify({ ...ADD, entry_point: undefined })}\n` },
        stderr: ['problems.jsonl:1: field "entry_point": missing'],
      },
      {
        name: "a missing samples file",
        args: ["nowhere.jsonl", "-p", "problems.jsonl"],
        stderr: ["nowhere.jsonl: no such file"],
      },
      {
        name: "a missing problems file",
        args: ["samples.jsonl", "-p", "nowhere.jsonl"],
        stderr: ["nowhere.jsonl: no such file"],
      },
    ];

    it.each(cases)("$name", async ({ samples, problems, args, stderr }) => {
      const dir = workspace();
      if (problems) writeFileSync(join(dir, problems.name), problems.text);
      else writeProblems(dir);
      writeFileSync(join(dir, "samples.jsonl"), samples ?? `${valid}\n`);
      const run = await runCli(args ?? ["samples.jsonl", "-p", "problems.jsonl"], dir);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain("passk: error: ");
      for (const text of stderr) expect(run.stderr).toContain(text);
      expect(run.stderr, "no stack trace for a known error").not.toMatch(/^\s+at /m);
      expect(runOutputs(dir)).toEqual([]);
    });

    const several = [
      valid, // 1
      "not json", // 2
      valid, // 3
      '{"task_id": "demo/add"}', // 4
      '{"task_id": 7, "completion": "    return a + b\\n"}', // 5
      '{"task_id": "demo/add", "completion": "    return a - b\\n"}', // 6
      '{"task_id": "demo/nope", "solution": "pass"}', // 7
    ];

    it("lists every bad line, not only the first", async () => {
      const dir = workspace();
      writeProblems(dir);
      writeFileSync(join(dir, "samples.jsonl"), `${several.join("\n")}\n`);
      const run = await runCli(["samples.jsonl", "-p", "problems.jsonl"], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("4 invalid lines of 7");
      for (const line of [2, 4, 5, 7]) expect(run.stderr).toContain(`samples.jsonl:${line}: `);
      for (const line of [1, 3, 6]) expect(run.stderr).not.toContain(`samples.jsonl:${line}: `);
      expect(run.stderr).toContain('field "task_id": expected string, got number');
      expect(runOutputs(dir)).toEqual([]);
    });

    it("--skip-invalid runs the valid lines and lists every skipped one", async () => {
      const dir = workspace();
      writeProblems(dir);
      writeFileSync(join(dir, "samples.jsonl"), `${several.join("\n")}\n`);
      const run = await runCli(
        ["samples.jsonl", "-p", "problems.jsonl", "-k", "1", "--skip-invalid", "--json"],
        dir,
      );
      expect(run.code, run.stderr).toBe(0);
      const records = readResults(join(dir, "samples.jsonl_results.jsonl"));
      expect(records.map((r) => r.sample_line).sort()).toEqual([1, 3, 6]);
      expect(records.find((r) => r.sample_line === 6)?.passed).toBe(false);
      expect(run.stderr).toContain("skipped 4 invalid sample lines");
      for (const line of [2, 4, 5, 7]) expect(run.stderr).toContain(`samples.jsonl:${line}: `);
      expect(jsonOf(run)["pass@1"]).toBeCloseTo(2 / 3, 12);
    });
  });

  it("runs identical samples once, and each of them with --no-dedup", async () => {
    const dir = workspace();
    writeProblems(dir);
    const same = { task_id: ADD.task_id, completion: "    return a + b\n" };
    writeJsonl(
      join(dir, "samples.jsonl"),
      Array.from({ length: 10 }, () => same),
    );
    const args = ["samples.jsonl", "-p", "problems.jsonl", "-k", "1,10", "--json"];

    const deduplicated = await runCli(args, dir);
    expect(deduplicated.code, deduplicated.stderr).toBe(0);
    expect(jsonOf(deduplicated)).toMatchObject({ executed: 1, deduplicated: 9, "pass@10": 1 });
    expect(deduplicated.stderr).toMatch(/9 samples reused/);
    expect(readResults(join(dir, "samples.jsonl_results.jsonl"))).toHaveLength(10);

    const separate = await runCli([...args, "--no-dedup", "--fresh"], dir);
    expect(separate.code, separate.stderr).toBe(0);
    expect(jsonOf(separate)).toMatchObject({ executed: 10, deduplicated: 0, "pass@10": 1 });
    expect(separate.stderr).not.toMatch(/reused/);
    const records = readResults(join(dir, "samples.jsonl_results.jsonl"));
    expect(records).toHaveLength(10);
    expect(records.every((r) => r.passed)).toBe(true);
  });

  it("resumes a run killed with SIGKILL, leaving no sandbox process behind", async () => {
    // 40 distinct samples of ~0.2 s CPU each on one worker: ~8 s, long enough to kill it halfway.
    const samples = Array.from({ length: 40 }, (_, i) => ({
      task_id: ADD.task_id,
      completion: burn(0.2, i, i % 3 === 0 ? "a - b" : "a + b"),
    }));
    const crashed = workspace();
    const clean = workspace();
    for (const dir of [crashed, clean]) {
      writeProblems(dir);
      writeJsonl(join(dir, "samples.jsonl"), samples);
    }
    const args = ["samples.jsonl", "-p", "problems.jsonl", "-k", "1", "-j", "1"];
    const uninterrupted = runCli(args, clean); // the verdicts to compare with, meanwhile

    const results = join(crashed, "samples.jsonl_results.jsonl");
    const run = startCli(args, crashed);
    await waitFor("some results", () => completeLines(results) >= 15, 60_000);
    const sandbox = descendants(run.pid).filter(isForkServerPython);
    expect(sandbox.length).toBeGreaterThan(0);
    run.child.kill("SIGKILL");
    expect((await run.done).signal).toBe("SIGKILL");
    const before = completeLines(results);
    expect(before).toBeGreaterThanOrEqual(15);
    expect(before).toBeLessThan(samples.length);

    // The servers and the sample in flight go with the CLI (bubblewrap's --die-with-parent; the server
    // also exits when its stdin closes, so this checks the outcome, not which of the two did it).
    const deadline = Date.now() + 3_000;
    let survivors = sandbox;
    while (survivors.length > 0 && Date.now() < deadline) {
      await sleep(100);
      survivors = survivors.filter((p) => isRunning(p.pid, p.args));
    }
    expect(survivors, "sandbox processes outlived the killed CLI").toEqual([]);

    const rerun = await runCli([...args, "--json"], crashed);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stderr).toMatch(new RegExp(`resuming: ${before} of 40 samples already done`));
    expect(jsonOf(rerun)).toMatchObject({ resumed: before, executed: samples.length - before });

    const resumed = readResults(results);
    expect(resumed.map((r) => r.sample_line).sort((a, b) => a - b)).toEqual(samples.map((_, i) => i + 1));

    const reference = await uninterrupted;
    expect(reference.code, reference.stderr).toBe(0);
    const verdicts = (records: ResultRecord[]) =>
      records
        .sort((a, b) => a.sample_line - b.sample_line)
        .map(({ sample_line, result, passed }) => ({ sample_line, result, passed }));
    const expected = verdicts(readResults(join(clean, "samples.jsonl_results.jsonl")));
    expect(verdicts(resumed)).toEqual(expected);
    expect(expected.filter((v) => v.passed)).toHaveLength(26);
  });

  it("refuses to resume from a changed samples file unless --fresh", async () => {
    const dir = workspace();
    writeProblems(dir);
    const samplesPath = writeJsonl(join(dir, "samples.jsonl"), [
      { task_id: ADD.task_id, completion: "    return a + b\n" },
      { task_id: ADD.task_id, completion: "    return a - b\n" },
    ]);
    const args = ["samples.jsonl", "-p", "problems.jsonl", "-k", "1"];
    expect((await runCli(args, dir)).code).toBe(0);
    const resultsPath = join(dir, "samples.jsonl_results.jsonl");
    const firstResults = readFileSync(resultsPath, "utf8");

    appendFileSync(
      samplesPath,
      `${JSON.stringify({ task_id: REVERSE.task_id, completion: "    return ''\n" })}\n`,
    );
    const refused = await runCli(args, dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("samples file changed");
    expect(refused.stderr).toContain("--fresh");
    expect(readFileSync(resultsPath, "utf8")).toBe(firstResults);

    const fresh = await runCli([...args, "--fresh"], dir);
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(readResults(resultsPath).map((r) => [r.sample_line, r.passed])).toEqual(
      expect.arrayContaining([
        [1, true],
        [2, false],
        [3, false],
      ]),
    );
    expect(readResults(resultsPath)).toHaveLength(3);
  });

  it("--no-bubblewrap still runs, warns, and records the weaker isolation", async () => {
    const dir = workspace();
    writeProblems(dir);
    writeJsonl(join(dir, "samples.jsonl"), [{ task_id: ADD.task_id, completion: "    return a + b\n" }]);
    const run = await runCli(["samples.jsonl", "-p", "problems.jsonl", "-k", "1", "--no-bubblewrap"], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/warning: .*bubblewrap/);
    const [record] = readResults(join(dir, "samples.jsonl_results.jsonl"));
    expect(record).toMatchObject({ passed: true, isolation: "seccomp" });
  });

  it("limits CPU time, not wall time, so an overloaded machine does not fail a correct sample", async () => {
    // Two runs side by side, while 3 busy loops overload the machine: a correct sample needing 1.2 s of
    // CPU under --timeout 2 (it takes well over 2 s of wall time here), and an endless loop. The loop's
    // run raises the wall-clock backstop: its default (2 × timeout) is what a loop meets first once the
    // machine is more than 2× oversubscribed, and this test is about the CPU limit.
    const slowDir = workspace();
    const loopDir = workspace();
    writeProblems(slowDir);
    writeProblems(loopDir);
    writeJsonl(join(slowDir, "samples.jsonl"), [
      { task_id: ADD.task_id, completion: burn(1.2, "slow", "a + b") },
    ]);
    writeJsonl(join(loopDir, "samples.jsonl"), [
      { task_id: ADD.task_id, completion: "    while True:\n        pass\n" },
    ]);
    const limits = ["samples.jsonl", "-p", "problems.jsonl", "-k", "1", "--timeout", "2", "-j", "2"];
    const burners = Array.from({ length: 3 }, () =>
      spawn(process.execPath, ["-e", "for(;;){}"], { stdio: "ignore" }),
    );
    let runs: CliResult[];
    try {
      await sleep(200);
      runs = await Promise.all([
        runCli(limits, slowDir),
        runCli([...limits, "--wall-timeout", "30"], loopDir),
      ]);
    } finally {
      for (const burner of burners) burner.kill("SIGKILL");
    }
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const [slow] = readResults(join(slowDir, "samples.jsonl_results.jsonl"));
    const [endless] = readResults(join(loopDir, "samples.jsonl_results.jsonl"));
    expect(slow, JSON.stringify(slow)).toMatchObject({ status: "passed", passed: true });
    expect(slow?.cpu_time).toBeGreaterThanOrEqual(1.2);
    expect(endless, JSON.stringify(endless)).toMatchObject({
      status: "timeout",
      result: "timed out",
      time_limit: "cpu",
    });
    expect(endless?.cpu_time).toBeGreaterThanOrEqual(1.9);
  });

  it("stops a sleeping sample at the wall-clock backstop", async () => {
    const dir = workspace();
    writeProblems(dir);
    writeJsonl(join(dir, "samples.jsonl"), [
      { task_id: ADD.task_id, completion: "    import time\n    time.sleep(30)\n    return a + b\n" },
    ]);
    const run = await runCli(["samples.jsonl", "-p", "problems.jsonl", "-k", "1", "--timeout", "1"], dir);
    expect(run.code, run.stderr).toBe(0);
    const [record] = readResults(join(dir, "samples.jsonl_results.jsonl"));
    expect(record, JSON.stringify(record)).toMatchObject({
      status: "timeout",
      time_limit: "wall",
      passed: false,
    });
    expect(record?.wall_time).toBeLessThan(4);
  });

  it("replaces a fork server killed from outside and judges its sample again", async () => {
    const dir = workspace();
    writeProblems(dir);
    writeJsonl(join(dir, "samples.jsonl"), [
      { task_id: ADD.task_id, completion: "    import time\n    time.sleep(1.5)\n    return a + b\n" },
      { task_id: ADD.task_id, completion: "    return a - b\n" },
      { task_id: REVERSE.task_id, completion: '    return " ".join(sentence.split()[::-1])\n' },
    ]);
    const run = startCli(
      ["samples.jsonl", "-p", "problems.jsonl", "-k", "1", "-j", "1", "--timeout", "5"],
      dir,
    );
    // The slow sample is first: once the server has forked a child, that child is the slow sample.
    const { server, sample } = await waitFor(
      "the slow sample to start",
      () => {
        const tree = descendants(run.pid).filter(isForkServerPython);
        const sample = tree.find((p) => tree.some((q) => q.pid === p.ppid));
        const server = tree.find((p) => p.pid === sample?.ppid);
        return sample && server && { server, sample };
      },
      30_000,
    );
    process.kill(server.pid, "SIGKILL");

    const result = await run.done;
    expect(result.code, result.stderr).toBe(0);
    const records = readResults(join(dir, "samples.jsonl_results.jsonl")).sort(
      (a, b) => a.sample_line - b.sample_line,
    );
    expect(records.map((r) => [r.sample_line, r.status, r.result])).toEqual([
      [1, "passed", "passed"],
      [2, "failed", "failed: "],
      [3, "passed", "passed"],
    ]);
    expect(isRunning(sample.pid, sample.args), "the killed server's sample is gone").toBe(false);
  });
});
