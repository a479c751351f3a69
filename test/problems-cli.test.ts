// End-to-end tests of passk problem sets through the BUILT command line (`node dist/passk.js`) and
// the real sandbox: exporting passk-core to HumanEval's format and evaluating it both ways, data-mode
// verdicts that a sample cannot forge, list/stats, and the `problems check` quality gate on temp sets.
// Run `npm run build` first (`npm test` does).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliResult, passk } from "./helpers/cli.js";
import { py } from "./helpers/python.js";
import { STRONG, tinySet, VOWELS_ALT, VOWELS_WRONG, WEAK } from "./helpers/tiny-set.js";
import {
  type ResultRecord,
  readResults,
  removeWorkspaces,
  workspace,
  writeJsonl,
} from "./helpers/workspace.js";

const CORE = fileURLToPath(new URL("../datasets/passk-core/", import.meta.url));

/** `passk evaluate … --k 1 --json` into its own results file; returns pass@1 and the records. */
async function evaluate(
  samples: string,
  problems: string,
  out: string,
): Promise<{ passAt1: number; records: ResultRecord[]; run: CliResult }> {
  const run = await passk([
    "evaluate",
    samples,
    "--problems",
    problems,
    "--k",
    "1",
    "--json",
    "--no-progress",
    "--out",
    out,
  ]);
  expect(run.code, run.stderr).toBe(0);
  const summary = JSON.parse(run.stdout) as { "pass@1": number };
  return { passAt1: summary["pass@1"], records: readResults(out), run };
}

interface HumanEvalProblem {
  task_id: string;
  prompt: string;
  entry_point: string;
  canonical_solution: string;
  test: string;
}

/** The problem folders of passk-core, as they are on disk now. */
function coreProblemIds(): string[] {
  return readdirSync(CORE, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(CORE, entry.name, "problem.json")))
    .map((entry) => entry.name)
    .sort();
}

let work: string;
let exported: string;
let problems: HumanEvalProblem[];
let exportRun: CliResult;

beforeAll(async () => {
  work = workspace();
  exportRun = await passk(["problems", "export", "passk-core", "--format", "humaneval"]);
  exported = join(work, "passk-core.jsonl");
  writeFileSync(exported, exportRun.stdout);
  problems = exportRun.stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as HumanEvalProblem);
});

afterAll(removeWorkspaces);

// ---------------------------------------------------------------- export, and both ways of evaluating

describe("passk problems export passk-core --format humaneval", () => {
  it("prints one HumanEval problem per line, one per problem folder", () => {
    expect(exportRun.code, exportRun.stderr).toBe(0);
    const ids = coreProblemIds();
    expect(problems.map((p) => p.task_id)).toEqual(ids.map((id) => `passk-core/${id}`));
    expect(exportRun.stderr).toContain(`exported ${ids.length} problems of passk-core`);
    for (const problem of problems) {
      expect(Object.keys(problem).sort()).toEqual([
        "canonical_solution",
        "entry_point",
        "prompt",
        "task_id",
        "test",
      ]);
      const spec = JSON.parse(
        readFileSync(join(CORE, problem.task_id.split("/")[1] as string, "problem.json"), "utf8"),
      );
      expect(problem.entry_point).toBe(spec.entry_point);
      expect(problem.prompt, problem.task_id).toContain(`${spec.signature}\n    """`);
      expect(problem.prompt.endsWith('"""\n'), problem.task_id).toBe(true);
      expect(problem.prompt, problem.task_id).toContain(`    >>> ${spec.entry_point}(`);
      expect(problem.test, problem.task_id).toMatch(/^def check\(candidate\):\n/);
      expect(problem.test, problem.task_id).toContain("candidate(");
      expect(problem.canonical_solution.trim(), problem.task_id).not.toBe("");
    }
  });

  /** `{task_id, completion: canonical_solution}` for every exported problem. */
  function canonicalSamples(): string {
    const samples = join(work, "canonical.jsonl");
    writeJsonl(
      samples,
      problems.map((p) => ({ task_id: p.task_id, completion: p.canonical_solution })),
    );
    return samples;
  }

  it("gives canonical completions that pass every exported HumanEval-format test (pass@1 = 1)", async () => {
    const { records, passAt1 } = await evaluate(
      canonicalSamples(),
      exported,
      join(work, "canonical-humaneval.jsonl"),
    );
    expect(records).toHaveLength(problems.length);
    expect(records.filter((r) => !r.passed).map((r) => `${r.task_id}: ${r.result}`)).toEqual([]);
    expect(passAt1).toBe(1);
  });

  it("gives canonical completions that pass every problem in data mode, --problems passk-core (pass@1 = 1)", async () => {
    const { records, passAt1 } = await evaluate(
      canonicalSamples(),
      "passk-core",
      join(work, "canonical-data.jsonl"),
    );
    expect(records).toHaveLength(problems.length);
    expect(records.filter((r) => !r.passed).map((r) => `${r.task_id}: ${r.result}`)).toEqual([]);
    expect(passAt1).toBe(1);
  });
});

// ---------------------------------------------------------------- verdicts a sample cannot forge

// temperature-swings: window_swings(readings: List[int], k: int) -> List[int], a list argument that
// several cases share ([12, 15, 11, 18, 18] with k = 3, 1, 5, 4).
const PROBLEM_ID = "temperature-swings";
const TASK_ID = `passk-core/${PROBLEM_ID}`;

describe(`data-mode verdicts on ${TASK_ID}`, () => {
  const spec = JSON.parse(readFileSync(join(CORE, PROBLEM_ID, "problem.json"), "utf8")) as {
    entry_point: string;
    signature: string;
    imports?: string[];
  };
  const tests = JSON.parse(readFileSync(join(CORE, PROBLEM_ID, "tests.json"), "utf8")) as {
    args: [number[], number];
    expected: number[];
  }[];
  const head = `${(spec.imports ?? []).join("\n")}\n\n`;
  /** Python's spelling of the ints and lists of ints this problem's cases hold. */
  const python = (value: unknown) => JSON.stringify(value).replaceAll(",", ", ");

  /**
   * A sample whose function returns `value`, of a class (`class <cls>:`, with `more`, one more line of
   * its body) equal to everything: it fools `assert candidate(...) == expected`, not an exact-type encoding.
   */
  const equalToEverything = (cls: string, value: string, more = "") => py`
    ${head}
    class ${cls}:
        def __eq__(self, other):
            return True
        def __ne__(self, other):
            return False
        def __hash__(self):
            return 0
        ${more}

    ${spec.signature}
        return ${value}
  `;

  /** Each sample is a whole program (`solution`) that would pass if its trick worked. */
  const SAMPLES: Record<string, string> = {
    canonical: readFileSync(join(CORE, PROBLEM_ID, "solution.py"), "utf8"),
    // (a) equal to everything, printed as a right answer; or a list that holds garbage.
    "always-equal": equalToEverything(
      "AlwaysEqual",
      "AlwaysEqual()",
      'def __repr__(self): return "[4, 7, 7]"',
    ),
    "always-equal-list": equalToEverything("SneakyList(list)", 'SneakyList(["garbage"])'),
    // (b) rewires the harness's modules so that the child reports a plausible answer (right for one
    // case), whatever the function returns; then answers nonsense.
    monkeypatch: py`
      ${head}
      import builtins
      import json

      json.dumps = lambda *args, **kwargs: '{"ok": [4, 7, 7]}'

      ${spec.signature}
          # Patched here, not above: the signature's type hints need the real isinstance.
          builtins.isinstance = lambda *args: True
          builtins.repr = lambda *args: "[4, 7, 7]"
          builtins.sorted = lambda *args, **kwargs: [4, 7, 7]
          json.JSONEncoder.encode = lambda self, value: '{"ok": [4, 7, 7]}'
          return "garbage"
    `,
    // (b) the same, rougher: the child's encoder and decoder no longer work at all.
    "monkeypatch-all": py`
      ${head}
      import builtins
      import json

      json.dumps = lambda *args, **kwargs: '{"ok": [4, 7, 7]}'
      json.loads = lambda *args, **kwargs: [[12, 15, 11, 18, 18], 3]
      builtins.isinstance = lambda *args: True
      builtins.type = lambda *args: list

      ${spec.signature}
          builtins.len = lambda *args: 0
          return "garbage"
    `,
    // (b) swaps the fork server's own case runner for one that runs nothing, then claims success.
    "skip-cases": py`
      ${head}
      import sys

      sys._getframe(1).f_locals["inputs"].clear()  # the sandbox's data_cases, which exec()s us

      ${spec.signature}
          return "garbage"
    `,
    // (c) leaves with a clean exit status before any case result is written.
    "os-exit": py`
      ${head}
      import os

      ${spec.signature}
          os._exit(0)
    `,
    "system-exit": py`
      ${head}
      ${spec.signature}
          raise SystemExit(0)
    `,
    // (d) writes every expected result, in every plausible framing, to every low file descriptor.
    "fake-lines": py`
      ${head}
      import json
      import os

      EXPECTED = ${JSON.stringify(tests.map((t) => t.expected))}

      ${spec.signature}
          for fd in range(1, 11):
              for prefix in (b"", b"0" * 32 + b" ", b"nonce "):
                  lines = b"".join(
                      prefix + b"case %d " % i + json.dumps({"ok": e}).encode() + b"\n"
                      for i, e in enumerate(EXPECTED)
                  )
                  try:
                      os.write(fd, lines + prefix + b"passed \\n")
                  except OSError:
                      pass
          return "garbage"
    `,
    // (e) right answers, but wrecks its argument afterwards: cases that share arguments must not see it.
    "mutates-args": py`
      ${head}
      ${spec.signature}
          swings = []
          for start in range(len(readings) - k + 1):
              window = readings[start:start + k]
              swings.append(max(window) - min(window))
          readings.append(10 ** 6)
          readings.sort(reverse=True)
          readings.insert(0, -(10 ** 6))
          return swings
    `,
    // (f) off by one: misses the last window.
    wrong: py`
      ${head}
      ${spec.signature}
          swings = []
          for start in range(len(readings) - k):
              window = readings[start:start + k]
              swings.append(max(window) - min(window))
          return swings
    `,
  };
  const names = Object.keys(SAMPLES);

  let data: Map<string, ResultRecord>;
  let humaneval: Map<string, ResultRecord>;

  beforeAll(async () => {
    const samples = join(work, "hostile.jsonl");
    writeJsonl(
      samples,
      names.map((name) => ({ task_id: TASK_ID, solution: SAMPLES[name], attack: name })),
    );
    const byName = (records: ResultRecord[]) => new Map(records.map((r) => [r.attack as string, r]));
    data = byName((await evaluate(samples, "passk-core", join(work, "hostile-data.jsonl"))).records);
    humaneval = byName((await evaluate(samples, exported, join(work, "hostile-humaneval.jsonl"))).records);
  });

  const verdict = (records: Map<string, ResultRecord>, name: string): ResultRecord => {
    const record = records.get(name);
    if (!record) throw new Error(`no result for ${name}`);
    return record;
  };

  it("passes the canonical solution both ways (the samples below run where a pass is possible)", () => {
    expect(verdict(data, "canonical").result).toBe("passed");
    expect(verdict(humaneval, "canonical").result).toBe("passed");
  });

  it("(a) does not pass an object whose __eq__ is always True, in data mode or against the exported test (split)", () => {
    for (const name of ["always-equal", "always-equal-list"]) {
      const inData = verdict(data, name);
      expect(inData.passed, `${name}: ${inData.result}`).toBe(false);
      const first = tests[0] as (typeof tests)[0];
      const call = `${spec.entry_point}(${first.args.map(python).join(", ")})`;
      expect(inData.result.startsWith(`failed: case 0: ${call} returned `), inData.result).toBe(true);
      expect(inData.result.endsWith(`, expected ${python(first.expected)}`), inData.result).toBe(true);
      // The exported HumanEval-format test runs apart from the sample: what reaches `check` is the
      // plain value the object really holds, never the object with its __eq__.
      const inHumanEval = verdict(humaneval, name);
      expect(inHumanEval.passed, `${name} against the exported test: ${inHumanEval.result}`).toBe(false);
      expect(inHumanEval.verdict).toBe("split");
    }
  });

  it("(b) does not pass a sample that monkeypatches builtins and json, then returns garbage", () => {
    // The patched json really did the reporting ("[4, 7, 7]", not "garbage"); the comparison outside
    // the child still finds the first case where that is wrong.
    const first = tests.findIndex((t) => python(t.expected) !== "[4, 7, 7]");
    const record = verdict(data, "monkeypatch");
    expect(record.passed, record.result).toBe(false);
    expect(record.result).toMatch(new RegExp(`^failed: case ${first}: .* returned \\[4, 7, 7\\], expected `));
    const rough = verdict(data, "monkeypatch-all");
    expect(rough.passed, rough.result).toBe(false);
    expect(rough.status).not.toBe("passed");
  });

  it("(b) does not pass a sample that empties the fork server's list of cases and reports no case", () => {
    const record = verdict(data, "skip-cases");
    expect(record.passed, record.result).toBe(false);
    expect(record.result).toBe(`failed: the sample reported 0 of ${tests.length} case results`);
  });

  it("(c) does not pass a sample that exits cleanly from inside the function", () => {
    for (const name of ["os-exit", "system-exit"]) {
      const record = verdict(data, name);
      expect(record.passed, `${name}: ${record.result}`).toBe(false);
      expect(record.result).not.toBe("passed");
      // The exported HumanEval test must not take an early clean exit for a pass either.
      expect(verdict(humaneval, name).passed, `${name} against the exported test`).toBe(false);
    }
  });

  it("(d) does not pass a sample that writes forged case lines to file descriptors 1-10", () => {
    const record = verdict(data, "fake-lines");
    expect(record.passed, record.result).toBe(false);
    // The forgery really ran: what it wrote to stdout was captured as the sample's output.
    expect(record.output ?? "").toContain(`case ${tests.length - 1} {"ok": `);
  });

  it("(e) gives every case fresh arguments: a correct solution that mutates its list passes all cases", () => {
    // Several cases share one non-empty list: had they shared one Python object, the mutation would show.
    const lists = tests.map((t) => JSON.stringify(t.args[0])).filter((l) => l !== "[]");
    expect(new Set(lists).size).toBeLessThan(lists.length);
    const record = verdict(data, "mutates-args");
    expect(record.result).toBe("passed");
    expect(verdict(humaneval, "mutates-args").result).toBe("passed");
  });

  it("(f) names the failing case, the actual and the expected value", () => {
    // The first case where missing the last window shows.
    const wrong = (readings: number[], k: number) =>
      Array.from({ length: Math.max(0, readings.length - k) }, (_, start) => {
        const window = readings.slice(start, start + k);
        return Math.max(...window) - Math.min(...window);
      });
    const index = tests.findIndex((t) => JSON.stringify(wrong(...t.args)) !== JSON.stringify(t.expected));
    const first = tests[index];
    if (!first) throw new Error("the off-by-one solution passes every test: the tests are too weak");
    const record = verdict(data, "wrong");
    expect(record.passed).toBe(false);
    expect(record.result).toBe(
      `failed: case ${index}: ${spec.entry_point}(${first.args.map(python).join(", ")}) returned ${python(wrong(...first.args))}, expected ${python(first.expected)}`,
    );
  });
});

// ---------------------------------------------------------------- list, stats

describe("passk problems list / stats passk-core", () => {
  it("lists one line per problem folder, with its difficulty and test count", async () => {
    const run = await passk(["problems", "list", "passk-core"]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split("\n").filter((line) => line !== "");
    const ids = coreProblemIds();
    expect(lines).toHaveLength(ids.length);
    lines.forEach((line, i) => {
      const id = ids[i] as string;
      const spec = JSON.parse(readFileSync(join(CORE, id, "problem.json"), "utf8"));
      const count = JSON.parse(readFileSync(join(CORE, id, "tests.json"), "utf8")).length;
      expect(line).toMatch(new RegExp(`^passk-core/${id}\\s+${spec.difficulty}\\s+${count} tests\\s`));
      expect(line.endsWith(spec.title)).toBe(true);
    });
  });

  it("counts problems, tests and difficulties that add up", async () => {
    const run = await passk(["problems", "stats", "passk-core", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const stats = JSON.parse(run.stdout) as {
      name: string;
      problems: number;
      tests: { total: number; min: number; max: number };
      difficulty: Record<string, number>;
      sha256: string;
    };
    const ids = coreProblemIds();
    expect(stats.name).toBe("passk-core");
    expect(stats.problems).toBe(ids.length);
    expect(Object.values(stats.difficulty).reduce((a, b) => a + b, 0)).toBe(ids.length);
    const counts = ids.map(
      (id) => JSON.parse(readFileSync(join(CORE, id, "tests.json"), "utf8")).length as number,
    );
    expect(stats.tests.total).toBe(counts.reduce((a, b) => a + b, 0));
    expect(stats.tests.min).toBe(Math.min(...counts));
    expect(stats.tests.max).toBe(Math.max(...counts));
    expect(stats.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

// ---------------------------------------------------------------- the quality gate

describe("passk problems check", () => {
  it("fails a problem whose tests let mutants survive, naming the kill rate and the survivors", async () => {
    const run = await passk(["problems", "check", tinySet(WEAK), "--json"]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/FAIL tiny-set\/count-vowels: 8 tests/);
    const rate = /tests kill (\d+\.\d) % of mutants \((\d+)\/(\d+)\); at least 90 % is required/.exec(
      run.stderr,
    );
    expect(rate, run.stderr).not.toBeNull();
    expect(Number(rate?.[1])).toBeLessThan(90);
    expect(run.stderr).toMatch(/survivors: .*Add->Sub/);
    expect(run.stderr).toContain("1 problems fail the gate");
    const report = JSON.parse(run.stdout) as {
      ok: boolean;
      problems: { killRate: number; survivors: { id: string; source: string }[] }[];
    };
    expect(report.ok).toBe(false);
    const survivors = report.problems[0]?.survivors ?? [];
    expect(survivors.length).toBeGreaterThan(1);
    // The survivor of "count += 1" -> "count -= 1" is shown with its source.
    expect(survivors.find((s) => s.id.endsWith("Add->Sub"))?.source).toContain("count -= 1");
  });

  it("passes the same problem with strong tests", async () => {
    const run = await passk(["problems", "check", tinySet(STRONG)]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(
      /ok {3}tiny-set\/count-vowels: 8 tests, 3\/3 wrong solutions failed, (\d+)\/\1 mutants killed \(100\.0 %\)/,
    );
    expect(run.stderr).toContain("all problems pass the gate");
  });

  it("reports an equivalent_mutants entry that names no surviving mutant", async () => {
    // With the weak tests this mutant survives (see above); the strong tests kill it, so its entry is stale.
    const stale = "L5:C12 Add->Sub";
    const weak = await passk(["problems", "check", tinySet(WEAK), "--json"]);
    const ids = (
      JSON.parse(weak.stdout) as { problems: { survivors: { id: string }[] }[] }
    ).problems[0]?.survivors.map((s) => s.id);
    expect(ids).toContain(stale);
    const run = await passk([
      "problems",
      "check",
      tinySet(STRONG, {
        equivalent_mutants: { [stale]: "counting down is the same as counting up (it is not)" },
      }),
    ]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain(
      `equivalent_mutants lists "${stale}", which is not a surviving mutant (remove it)`,
    );
  });

  it("accepts a justified equivalent mutant, which then no longer counts against the kill rate", async () => {
    // Justify every survivor of the weak tests: the gate then counts only the others, all killed.
    const weak = await passk(["problems", "check", tinySet(WEAK), "--json"]);
    const survivors = (
      JSON.parse(weak.stdout) as { problems: { survivors: { id: string }[] }[] }
    ).problems[0]?.survivors.map((s) => s.id) as string[];
    const justified = Object.fromEntries(
      survivors.map((id) => [id, "justified here only to test the gate's arithmetic"]),
    );
    const run = await passk([
      "problems",
      "check",
      // lower-only survives the weak tests (they hold no vowel): leave it out here.
      tinySet(
        WEAK,
        { equivalent_mutants: justified },
        {
          ...Object.fromEntries(
            Object.entries(VOWELS_WRONG).filter(([name]) => !name.includes("lower-only")),
          ),
          "wrong/digits-too.py": py`
            # mistake: counts digits as well as vowels
            def count_vowels(text):
                return sum(1 for ch in text.lower() if ch in "aeiou0123456789")
          `,
          ...VOWELS_ALT,
        },
      ),
      "--json",
    ]);
    expect(run.code, run.stderr).toBe(0);
    const check = (JSON.parse(run.stdout) as { problems: { equivalent: number; killRate: number }[] })
      .problems[0];
    expect(check?.equivalent).toBe(survivors.length);
    expect(check?.killRate).toBe(1);
  });
});
