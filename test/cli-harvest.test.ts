// End-to-end tests of `passk harvest` through the BUILT command line, in the real sandbox: the fixture
// project (test/fixtures/harvest-project: one function per rule), a hostile project whose tests try to
// get out and to forge the trace, refusals that change nothing, and the standard library's own tests
// for textwrap, colorsys and shlex (skipped when the interpreter has no test package).
// Run `npm run build` first (`npm test` does).
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HarvestReport } from "../src/harvest/report.js";
import { resolvePython } from "../src/sandbox/python.js";
import { assertCliBuilt, type CliResult, passk } from "./helpers/cli.js";
import { py } from "./helpers/python.js";
import { removeWorkspaces, workspace } from "./helpers/workspace.js";

const FIXTURE = fileURLToPath(new URL("./fixtures/harvest-project/", import.meta.url));
const UNITTEST = "python -m unittest discover -s tests -t .";
const SLOW = 300_000;

beforeAll(assertCliBuilt);
afterAll(removeWorkspaces);

async function harvest(
  project: string,
  out: string,
  ...flags: string[]
): Promise<{ run: CliResult; report: HarvestReport }> {
  const run = await passk(["harvest", project, "--out", out, "--workers", "2", "--json", ...flags]);
  expect(run.stdout, run.stderr).not.toBe("");
  return { run, report: JSON.parse(run.stdout) as HarvestReport };
}

/** Today as YYYY-MM-DD in the machine's time zone, as harvest writes `added`. */
function localDate(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

function decisions(report: HarvestReport): Record<string, string> {
  return Object.fromEntries(
    report.functions.map((f) => [f.function, f.decision === "dropped" ? `dropped ${f.code}` : f.decision]),
  );
}

describe("passk harvest on the fixture project", () => {
  it(
    "keeps the functions that pass every rule and says why each other one was dropped",
    async () => {
      const out = join(workspace(), "set");
      const before = localDate();
      const { run, report } = await harvest(FIXTURE, out, "--test-command", UNITTEST);
      const days = [before, localDate()];
      expect(run.code, run.stderr).toBe(0);
      expect(decisions(report)).toEqual({
        "textkit.core.slugify": "kept",
        "textkit.core.count_vowels": "kept",
        "textkit.core.title_case": "kept",
        "textkit.core.mean": "kept",
        "textkit.core.clamp": "dropped weak-tests",
        "textkit.core.pad_left": "dropped weak-tests",
        "textkit.core.parse_pair": "dropped weak-tests",
        "textkit.core._cap": "dropped undocumented",
        "textkit.core.add": "dropped undocumented",
        "textkit.core.count_up": "dropped not-traceable",
        "textkit.core.fib": "dropped not-traceable",
        "textkit.core.next_id": "dropped not-standalone",
        "textkit.core.tokens": "dropped not-standalone",
        "textkit.core.point_of": "dropped too-few-calls",
        "textkit.core.rarely_called": "dropped too-few-calls",
        "textkit.core.shuffle_words": "dropped nondeterministic",
      });
      const byName = Object.fromEntries(report.functions.map((f) => [f.function, f]));
      expect(byName["textkit.core.count_vowels"]?.helpers).toEqual(["VOWELS"]);
      expect(byName["textkit.core.point_of"]?.reason).toMatch(/result not data ×6/);
      expect(byName["textkit.core.tokens"]?.reason).toBe("reads project class Tokenizer");
      expect(run.stderr).toMatch(/16 functions seen, 4 kept, 12 dropped/);

      // The set is in passk's format: it loads, its problems pass the gate again, the report is in it.
      expect(readdirSync(out).sort()).toEqual([
        "harvest-report.json",
        "set.json",
        "textkit-core-count-vowels",
        "textkit-core-mean",
        "textkit-core-slugify",
        "textkit-core-title-case",
      ]);
      const spec = JSON.parse(readFileSync(join(out, "textkit-core-count-vowels", "problem.json"), "utf8"));
      expect(spec).toMatchObject({
        signature: "def count_vowels(word):",
        description: "Count the vowels (a, e, i, o, u, in either case) in the word.",
        helpers: 'VOWELS = "aeiou"',
        examples: [],
        tags: ["harvested"],
        provenance: {
          project: "harvest-project",
          file: "textkit/core.py",
          function: "count_vowels",
          test_command: UNITTEST,
        },
      });
      expect(readFileSync(join(out, "textkit-core-count-vowels", "solution.py"), "utf8")).toBe(
        'VOWELS = "aeiou"\n\n\ndef count_vowels(word):\n    total = 0\n    for ch in word.lower():\n        if ch in VOWELS:\n            total += 1\n    return total\n',
      );
      expect(days).toContain(spec.added);
      // No wrong/ or alt/ was written (nobody wrote the function): the gate does not ask a harvested problem for them.
      expect(existsSync(join(out, "textkit-core-count-vowels", "wrong"))).toBe(false);
      const check = await passk(["problems", "check", out]);
      expect(check.code, check.stderr).toBe(0);
      expect(check.stderr).toMatch(
        /ok {3}harvest-project\/textkit-core-count-vowels: \d+ tests, no wrong solutions/,
      );
      expect(JSON.parse(readFileSync(join(out, "harvest-report.json"), "utf8")).summary).toEqual(
        report.summary,
      );
    },
    SLOW,
  );
});

describe("passk harvest on a hostile project", () => {
  let server: Server;
  let port = 0;
  let connections = 0;
  beforeAll(async () => {
    server = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it(
    "runs its tests only enclosed, survives its forged traces, and keeps weak functions flagged with --keep-weak",
    async () => {
      const dir = workspace();
      const project = join(dir, "hostile");
      const secret = join(dir, "secret.txt");
      const marker = `/tmp/passk-harvest-marker-${randomBytes(6).toString("hex")}`;
      writeFileSync(secret, "host data\n");
      mkdirSync(project);
      writeFileSync(
        join(project, "calc.py"),
        py`
          def double(x):
              """Twice x."""
              return 2 * x


          def sign(x):
              """-1, 0 or 1: the sign of x."""
              if x < 0:
                  return -1
              if x > 0:
                  return 1
              return 0
        `,
      );
      writeFileSync(
        join(project, "test_hostile.py"),
        py`
          import json, os, socket, subprocess, sys, unittest
          import calc


          class Hostile(unittest.TestCase):
              def test_calls(self):
                  for x in range(12):
                      self.assertEqual(calc.double(x), 2 * x)
                  for x in [-5, -3, 2, 4, 7, 9, -8, 6]:
                      calc.sign(x)

              def test_escape(self):
                  seen = []
                  try:
                      socket.create_connection(("127.0.0.1", ${port}), timeout=2)
                      seen.append("NET open")
                  except OSError:
                      seen.append("NET blocked")
                  try:
                      open("/project/written", "w")
                      seen.append("PROJECT writable")
                  except OSError:
                      seen.append("PROJECT read-only")
                  seen.append("HOST visible" if os.path.exists(${JSON.stringify(secret)}) else "HOST hidden")
                  seen.append("UID %d" % os.getuid())
                  with open(${JSON.stringify(marker)}, "w") as f:
                      f.write("made inside")
                  os.symlink("/etc/hostname", "/passk-trace/evil-link.json")
                  os.mkfifo("/passk-trace/evil-fifo.json")
                  with open("/passk-trace/evil-garbage.json", "w") as f:
                      f.write("{not json")
                  forged = {"file": "calc.py", "name": "forged", "line": 1, "module": "calc", "note": None,
                            "calls": 99, "raised": 0, "conflicts": 0, "skipped": {},
                            "cases": [{"args": [1], "out": {"ok": 1}}]}
                  with open("/passk-trace/evil-forged.json", "w") as f:
                      json.dump({"version": 1, "functions": [forged]}, f)
                  subprocess.Popen(["sleep", "4321"])
                  sys.stdout.write("x" * 3_000_000 + "\\n")
                  print(" | ".join(seen))
        `,
      );
      const out = join(dir, "set");
      const started = Date.now();
      const { run, report } = await harvest(
        project,
        out,
        "--test-command",
        "python -m unittest -q",
        "--keep-weak",
      );
      expect(run.code, run.stderr).toBe(0);
      expect(connections).toBe(0);
      const tail = report.runs[0]?.outputTail ?? "";
      expect(tail).toMatch(/NET blocked \| PROJECT read-only \| HOST hidden \| UID \d+/);
      if (process.getuid?.() === 0) expect(tail).not.toMatch(/UID 0\b/);
      expect(existsSync(marker)).toBe(false);
      expect(execFileSync("ps", ["-eo", "args"], { encoding: "utf8" })).not.toMatch(/^sleep 4321/m);
      const notes = report.runs[0]?.notes.join("\n") ?? "";
      expect(notes).toMatch(/evil-link\.json: unreadable trace file, skipped/);
      expect(notes).toMatch(/evil-fifo\.json: not a regular file, skipped/);
      expect(notes).toMatch(/evil-garbage\.json: unreadable trace file, skipped/);
      expect(decisions(report)).toEqual({
        "calc.double": "kept",
        "calc.sign": "kept-weak",
        "calc.forged": "dropped not-extractable",
      });
      const sign = JSON.parse(readFileSync(join(out, "calc-sign", "problem.json"), "utf8"));
      expect(sign.provenance.weak).toMatch(/^tests kill .* of mutants/);
      expect(Date.now() - started).toBeLessThan(SLOW);
    },
    SLOW,
  );
});

describe("passk harvest refusals", () => {
  it("refuses bad flags in a line, fast, writing nothing", async () => {
    const dir = workspace();
    mkdirSync(join(dir, "exists"));
    const cases: [string[], RegExp][] = [
      [
        ["harvest", join(dir, "missing"), "--test-command", "true", "--out", join(dir, "a")],
        /no such project folder/,
      ],
      [["harvest", FIXTURE, "--test-command", " ", "--out", join(dir, "a")], /--test-command is empty/],
      [["harvest", FIXTURE, "--test-command", "true", "--out", join(dir, "exists")], /already exists/],
      [
        ["harvest", FIXTURE, "--test-command", "true", "--out", join(dir, "no", "such", "x")],
        /does not exist; create it first/,
      ],
      [
        ["harvest", FIXTURE, "--test-command", "true", "--out", join(dir, "a"), "--venv", dir],
        /not a virtual environment/,
      ],
      [
        ["harvest", FIXTURE, "--test-command", "true", "--out", join(dir, "a"), "--min-calls", "0"],
        /positive integer/,
      ],
    ];
    for (const [args, message] of cases) {
      const started = Date.now();
      const run = await passk(args);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(
        run.stderr
          .trim()
          .split("\n")
          .filter((l) => !l.startsWith("(run with")),
      ).toHaveLength(1);
      expect(Date.now() - started).toBeLessThan(10_000);
    }
    expect(readdirSync(dir)).toEqual(["exists"]);
  });

  it("a test command that records nothing, or outlives --timeout, fails in a line and writes nothing", async () => {
    const dir = workspace();
    const nothing = await passk([
      "harvest",
      FIXTURE,
      "--test-command",
      "python -I -m unittest discover -s tests -t .",
      "--out",
      join(dir, "a"),
    ]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(
      /^passk: error: the test command recorded no call of the project's functions \(exit 0: OK\); check --test-command/m,
    );
    const started = Date.now();
    const slow = await passk([
      "harvest",
      FIXTURE,
      "--test-command",
      "sleep 60",
      "--out",
      join(dir, "b"),
      "--timeout",
      "2",
    ]);
    expect(slow.code).toBe(2);
    expect(slow.stderr).toMatch(/did not finish within 2 s in the sandbox; raise --timeout/);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("passk harvest on the standard library's own tests", () => {
  let stdlib: string | null = null;
  beforeAll(async () => {
    const { executable } = await resolvePython();
    const path = execFileSync(
      executable,
      ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"],
      {
        encoding: "utf8",
      },
    ).trim();
    stdlib = existsSync(join(path, "test", "test_textwrap.py")) ? path : null;
  });

  /** A project of one stdlib module and its test file, as scripts/harvest-stdlib.sh makes it. */
  function stdlibProject(module: string): string {
    const project = join(workspace(), `stdlib-${module}`);
    mkdirSync(project);
    copyFileSync(join(stdlib as string, `${module}.py`), join(project, `${module}.py`));
    copyFileSync(join(stdlib as string, "test", `test_${module}.py`), join(project, `test_${module}.py`));
    return project;
  }

  const cases: [string, string[], Record<string, string>][] = [
    ["textwrap", [], { "textwrap.indent": "kept", "textwrap.wrap": "dropped not-standalone" }],
    ["shlex", [], { "shlex.quote": "kept", "shlex.join": "kept", "shlex.split": "dropped not-standalone" }],
    ["colorsys", ["--allow-undocumented"], { "colorsys.rgb_to_hsv": "kept", "colorsys.rgb_to_yiq": "kept" }],
  ];
  for (const [module, flags, expected] of cases) {
    it(
      `harvests ${module} from test_${module}`,
      async (context) => {
        if (!stdlib) context.skip("the interpreter has no test package (Debian: libpython3.11-testsuite)");
        const project = stdlibProject(module);
        const out = join(workspace(), "set");
        const { run, report } = await harvest(
          project,
          out,
          "--test-command",
          `python -m unittest test_${module}`,
          ...flags,
        );
        expect(run.code, run.stderr).toBe(0);
        expect(decisions(report)).toMatchObject(expected);
      },
      SLOW,
    );
  }
});
