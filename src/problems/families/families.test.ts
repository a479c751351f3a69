// Tests of the generated families without the sandbox: the same spec gives the same files (and set
// hash) in memory and on disk, a problem depends only on its own key, specs are parsed strictly, and
// N is the only thing that changes from one difficulty to the next; every problem carries the
// generator's date, distinct tests, 3 wrong solutions the reference says fail and an alternative.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useWorkspace } from "../../../test/helpers/workspace.js";
import { PasskError } from "../../errors.js";
import { loadAnyProblems } from "../resolve.js";
import { loadPasskSet } from "../set.js";
import type { ProblemSpec } from "../set-types.js";
import { canonicalJson } from "../values.js";
import { allowedChain, BLOCKS } from "./blocks.js";
import {
  type FamilySpec,
  familyOf,
  formatFamilySpec,
  GENERATOR_DATE,
  generateFamily,
  parseFamilySpec,
  writeGeneratedSet,
} from "./index.js";
import { randomStream } from "./random.js";
import { pickWrong, WRONG_PER_PROBLEM, type WrongCandidate } from "./wrong.js";

const ws = useWorkspace();

const spec = (text: string) => parseFamilySpec(text) as FamilySpec;
const problemOf = (files: Map<string, string>, id: string) =>
  JSON.parse(files.get(`${id}/problem.json`) as string) as ProblemSpec;

function refusal(text: string): PasskError {
  try {
    parseFamilySpec(text);
  } catch (error) {
    if (error instanceof PasskError) return error;
    throw error;
  }
  throw new Error(`${text} was accepted`);
}

describe("family specs", () => {
  it("fill in the defaults and write every parameter out", () => {
    expect(spec("compose")).toEqual({ family: "compose", seed: 0, per: 20, min: 1, max: 8 });
    expect(formatFamilySpec(spec("bind:max=10,seed=7"))).toBe("bind:seed=7,per=20,min=1,max=10");
    expect(parseFamilySpec("passk-core")).toBeNull();
    expect(parseFamilySpec("composer")).toBeNull();
  });

  it("refuse unknown parameters, bad numbers and N out of range, saying what is allowed", () => {
    expect(refusal("compose:sed=1").message).toMatch(/unknown parameter "sed"; known: seed, per, min, max/);
    expect(refusal("compose:seed=-1").message).toMatch(/seed must be a whole number/);
    expect(refusal("compose:seed=1.5").message).toMatch(/seed must be a whole number/);
    expect(refusal("bind:per=0").message).toMatch(/per must be from 1 to 500/);
    expect(refusal("bind:max=11").message).toMatch(/within 1 … 10 for bind/);
    expect(refusal("compose:min=5,max=4").message).toMatch(/got min=5, max=4/);
    expect(refusal("compose:max=14").code).toBe("BAD_OPTION");
  });

  it("name their task ids so that the family and N can be read back", () => {
    expect(familyOf("compose-s3/n7-04")).toEqual({ family: "compose", n: 7 });
    expect(familyOf("bind-s0/n10-199")).toEqual({ family: "bind", n: 10 });
    expect(familyOf("passk-core/fence-posts")).toBeNull();
    expect(familyOf("compose-s3/extra/n7-04")).toBeNull();
  });
});

describe("generation", () => {
  it("is deterministic: the same spec gives the same files, another seed other problems", () => {
    const a = generateFamily(spec("compose:per=3"));
    expect(generateFamily(spec("compose:per=3"))).toEqual(a);
    const other = generateFamily(spec("compose:per=3,seed=1"));
    const ids = [...a.keys()].filter((p) => p.endsWith("solution.py"));
    const changed = ids.filter((p) => other.get(p) !== a.get(p));
    expect(changed.length).toBeGreaterThan(ids.length / 2);
    expect(JSON.parse(other.get("set.json") as string).name).toBe("compose-s1");
  });

  it("draws each problem from its own key: more problems or more N leave the others as they were", () => {
    const small = generateFamily(spec("bind:per=2,max=3"));
    const large = generateFamily(spec("bind:per=5,min=1,max=9"));
    for (const [path, text] of small) if (path !== "set.json") expect(large.get(path), path).toBe(text);
    expect(generateFamily(spec("bind:per=5,min=3,max=3")).get("n3-01/tests.json")).toBe(
      small.get("n3-01/tests.json"),
    );
  });

  it("loads by spec with the same hash as the folder it writes, through the same validation", () => {
    const byName = loadPasskSet("compose:per=2,max=7");
    expect(byName.root).toBe("compose:seed=0,per=2,min=1,max=7");
    expect(byName.generated).toBe(byName.root);
    expect(byName.problems.map((p) => p.taskId).slice(0, 3)).toEqual([
      "compose-s0/n1-00",
      "compose-s0/n1-01",
      "compose-s0/n2-00",
    ]);
    const dir = join(ws.dir, "set");
    // set.json, then per problem its three files, 3 wrong solutions and 1 alternative.
    expect(writeGeneratedSet(spec("compose:per=2,max=7"), dir)).toBe(1 + 14 * (3 + WRONG_PER_PROBLEM + 1));
    const fromDisk = loadPasskSet(dir);
    expect(fromDisk.sha256).toBe(byName.sha256);
    expect(fromDisk.problems.map((p) => p.solution)).toEqual(byName.problems.map((p) => p.solution));
    expect(fromDisk.problems.map((p) => [p.wrong, p.alt])).toEqual(
      byName.problems.map((p) => [p.wrong, p.alt]),
    );
    // As in every set, wrong/ and alt/ are outside the hash; the files that decide verdicts are in it.
    rmSync(join(dir, "n3-01", "alt"), { recursive: true });
    writeFileSync(
      join(dir, "n3-01", "wrong", "drop-step-1.py"),
      "# mistake: another mistake\ndef transform(s):\n    return s\n",
    );
    expect(loadPasskSet(dir).sha256).toBe(byName.sha256);
    writeFileSync(join(dir, "n3-01", "solution.py"), `${fromDisk.problems[5]?.solution}\n`);
    expect(loadPasskSet(dir).sha256).not.toBe(byName.sha256);
  });

  it("is a problem source for every command, with its spec as the dataset path", async () => {
    const set = await loadAnyProblems("bind:per=1,max=2");
    expect(set.path).toBe("bind:seed=0,per=1,min=1,max=2");
    expect(set.set).toEqual({ name: "bind-s0", version: "1.0.0" });
    const problem = set.problems.get("bind-s0/n2-00");
    expect(problem?.prompt).toContain("def compute(a: int, b: int) -> List[int]:");
    expect(problem?.data?.tests.length).toBeGreaterThanOrEqual(10);
  });

  it("refuses to write into a folder that holds files, and leaves it as it was", () => {
    const dir = join(ws.dir, "taken");
    mkdirSync(dir);
    writeFileSync(join(dir, "keep.txt"), "mine");
    expect(() => writeGeneratedSet(spec("bind:per=1,max=2"), dir)).toThrow(/holds files already/);
    expect(readdirSync(dir)).toEqual(["keep.txt"]);
    expect(readdirSync(ws.dir)).toEqual(["taken"]);
    const empty = join(ws.dir, "empty");
    mkdirSync(empty);
    writeGeneratedSet(spec("bind:per=1,max=2"), empty);
    expect(existsSync(join(empty, "n2-00", "solution.py"))).toBe(true);
    expect(readdirSync(ws.dir).sort()).toEqual(["empty", "taken"]);
  });
});

describe("compose-N", () => {
  const files = generateFamily(spec("compose:per=40,max=13"));

  it("chains N distinct blocks, never in a forbidden order, each a line of the solution", () => {
    const byPython = new Map(BLOCKS.map((block) => [`    ${block.python}`, block.id]));
    for (let n = 1; n <= 13; n++) {
      for (let i = 0; i < 40; i++) {
        const id = `n${n}-${String(i).padStart(2, "0")}`;
        const lines = (files.get(`${id}/solution.py`) as string).trimEnd().split("\n");
        const chain = lines.slice(1, -1).map((line) => byPython.get(line));
        expect(chain, id).toHaveLength(n);
        expect(chain.every(Boolean), id).toBe(true);
        expect(new Set(chain).size, id).toBe(n);
        expect(allowedChain(chain as string[]), id).toBe(true);
        expect(problemOf(files, id).description.split("\n")).toHaveLength(n + 2);
      }
    }
  });

  it("uses every block at every N above 1, and only N changes: wording, entry point, tests' kinds", () => {
    for (let n = 2; n <= 13; n++) {
      const used = new Set<string>();
      for (let i = 0; i < 40; i++) {
        const text = files.get(`n${n}-${String(i).padStart(2, "0")}/solution.py`) as string;
        for (const block of BLOCKS) if (text.includes(block.python)) used.add(block.id);
      }
      expect(used.size, `N = ${n}`).toBe(BLOCKS.length);
    }
    const shape = (id: string) => {
      const p = problemOf(files, id);
      const tests = JSON.parse(files.get(`${id}/tests.json`) as string) as {
        args: string[];
        note?: string;
      }[];
      const lines = p.description.split("\n");
      return {
        entry: p.signature,
        first: lines[0],
        last: lines.at(-1),
        example: p.examples[0]?.args,
        tests: tests.length,
        edge: tests.filter((t) => t.note).map((t) => t.args),
      };
    };
    for (const id of ["n3-05", "n8-17", "n13-39"]) expect(shape(id)).toEqual(shape("n1-00"));
  });
});

describe("bind-N", () => {
  const files = generateFamily(spec("bind:per=30,max=10"));

  it("changes each of the N variables exactly once and returns them in order", () => {
    for (let n = 1; n <= 10; n++) {
      for (let i = 0; i < 30; i++) {
        const id = `n${n}-${String(i).padStart(2, "0")}`;
        const lines = (files.get(`${id}/solution.py`) as string).trimEnd().split("\n");
        const params = [...(lines[1] as string).matchAll(/(\w+): int/g)].map((m) => m[1]);
        expect(params, id).toHaveLength(n);
        const targets = lines.slice(2, -1).map((line) => /^ {4}(\w+) = /.exec(line)?.[1]);
        expect([...targets].sort(), id).toEqual([...params].sort());
        expect(lines.at(-1)).toBe(`    return [${params.join(", ")}]`);
      }
    }
  });

  it("draws operations and constants with the same odds at every N", () => {
    const kinds = (n: number) => {
      const tally = { add: 0, subtract: 0, multiply: 0, replace: 0 };
      for (let i = 0; i < 30; i++) {
        const text = problemOf(files, `n${n}-${String(i).padStart(2, "0")}`).description;
        for (const kind of Object.keys(tally) as (keyof typeof tally)[]) {
          tally[kind] += text.split("\n").filter((line) => line.startsWith(kind)).length;
        }
      }
      const total = Object.values(tally).reduce((a, b) => a + b, 0);
      expect(total).toBe(30 * n);
      return Object.values(tally).map((count) => count / total);
    };
    // 300 operations at N = 10: each kind's share is near 1/4 (binomial sd ≈ 2.5 %).
    for (const share of kinds(10)) expect(Math.abs(share - 0.25)).toBeLessThan(0.1);
    const tests = (id: string) => JSON.parse(files.get(`${id}/tests.json`) as string).length;
    expect(new Set(["n1-00", "n4-11", "n10-29"].map(tests))).toEqual(new Set([15]));
  });

  it("expects plain integers, far inside the range JSON numbers hold exactly", () => {
    for (const [path, text] of files) {
      if (!path.endsWith("tests.json")) continue;
      for (const { expected } of JSON.parse(text) as { expected: number[] }[]) {
        for (const value of expected)
          expect(Number.isInteger(value) && Math.abs(value) < 10_000, path).toBe(true);
      }
    }
  });
});

describe("what the gate asks of every problem", () => {
  const sets = ["compose:per=20,max=13", "bind:per=20,max=10"].map((name) => loadPasskSet(name));

  it("carries the generator's date, so --since selects generated problems as any others", () => {
    for (const set of sets) for (const p of set.problems) expect(p.spec.added, p.taskId).toBe(GENERATOR_DATE);
    expect(loadPasskSet("bind:per=2,max=2", { since: GENERATOR_DATE }).problems).toHaveLength(4);
    expect(() => loadPasskSet("bind:per=2,max=2", { since: "2099-01-01" })).toThrow(
      /no problem of bind-s0 was added on or after that date \(the newest was added on 2026-12-06\)/,
    );
  });

  it("has distinct tests, even for one variable in a small range", () => {
    const set = loadPasskSet("bind:per=50,max=1");
    for (const p of set.problems) {
      expect(new Set(p.tests.map((t) => canonicalJson(t.args))).size, p.taskId).toBe(p.tests.length);
      expect(p.tests).toHaveLength(15);
    }
  });

  it("has 3 wrong solutions of several kinds, each saying its mistake, and 1 alternative", () => {
    for (const set of sets) {
      const kinds = new Set<string>();
      for (const p of set.problems) {
        expect(p.wrong, p.taskId).toHaveLength(WRONG_PER_PROBLEM);
        expect(p.alt, p.taskId).toHaveLength(1);
        for (const file of [...p.wrong, ...p.alt]) expect(file.source).not.toBe(p.solution);
        for (const file of p.wrong) {
          expect(file.mistake, `${p.taskId} ${file.name}`).toMatch(/^\S.{4,}$/);
          kinds.add(file.name.replace(/(-\w)?(-\d+)*\.py$/, "").replace(/-[a-z]$/, ""));
        }
        // At N = 1 there is nothing to swap or exchange: the other kinds stand in.
        if (familyOf(p.taskId)?.n === 1) expect(p.wrong.map((w) => w.name).join()).not.toMatch(/swap/);
      }
      expect(kinds.size, set.root).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("pickWrong", () => {
  const tests = [1, 2, 3].map((x) => ({ args: [x], expected: x * 2 }));
  const candidate = (kind: string, name: string, f: (x: number) => number): WrongCandidate => ({
    kind,
    name,
    mistake: name,
    program: `def double(x):\n    return ${name}\n`,
    apply: (args) => f(args[0] as number),
  });
  const candidates = [
    candidate("a", "a1", (x) => x * 2), // passes every test: never picked
    candidate("a", "a2", (x) => x + 2), // right on x = 2 only: still caught
    candidate("b", "b1", (x) => x * 3),
    candidate("b", "b2", (x) => x * 4),
    candidate("c", "c1", (x) => x * 2), // the only one of its kind, and it passes
  ];

  it("keeps only candidates the tests catch, going round the kinds, the same way for the same stream", () => {
    const picked = pickWrong(candidates, ["a", "b", "c"], tests, randomStream("t", 1));
    expect(picked.map((p) => p.name)).toEqual([
      "a2",
      expect.stringMatching(/^b[12]$/),
      expect.stringMatching(/^b[12]$/),
    ]);
    expect(new Set(picked.map((p) => p.name)).size).toBe(3);
    expect(picked[0]?.source).toBe("# mistake: a2\ndef double(x):\n    return a2\n");
    expect(pickWrong(candidates, ["a", "b", "c"], tests, randomStream("t", 1))).toEqual(picked);
    const orders = new Set(
      Array.from(
        { length: 20 },
        (_, i) => pickWrong(candidates, ["b"], tests, randomStream("t", i))[0]?.name,
      ),
    );
    expect(orders).toEqual(new Set(["b1", "b2"]));
  });

  it("returns fewer than 3 when too few candidates fail (the gate then says so)", () => {
    expect(pickWrong(candidates.slice(0, 2), ["a"], tests, randomStream("t")).map((p) => p.name)).toEqual([
      "a2",
    ]);
  });
});
