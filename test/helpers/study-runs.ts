// Run folders for the study commands (rank, bleu, compare), written the way `passk run` writes them:
// run.json, samples.jsonl, results.jsonl over a small HumanEval-format problem file of our own.
// Verdicts are decided here, not executed: every sample is one of a problem's known-correct or
// known-wrong variants, so the expected numbers can be computed from the files in the test.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeJsonl } from "./workspace.js";

interface StudyProblem {
  task_id: string;
  prompt: string;
  entry_point: string;
  canonical_solution: string;
  test: string;
  /** Completions that pass (the canonical one first) and that fail. */
  correct: string[];
  wrong: string[];
}

const fn = (signature: string, doc: string) => `${signature}\n    """${doc}\n    """\n`;

/** Five small original problems, with correct and wrong completions of each. */
export const STUDY_PROBLEMS: StudyProblem[] = [
  {
    task_id: "study/clamp",
    prompt: fn(
      "def clamp(x, lo, hi):",
      "Return x limited to the closed range [lo, hi].\n    >>> clamp(5, 0, 3)\n    3",
    ),
    entry_point: "clamp",
    canonical_solution: "    return max(lo, min(x, hi))\n",
    test: "def check(candidate):\n    assert candidate(5, 0, 3) == 3\n    assert candidate(-1, 0, 3) == 0\n",
    correct: [
      "    return max(lo, min(x, hi))\n",
      "    return min(hi, max(x, lo))\n",
      "    if x < lo:\n        return lo\n    if x > hi:\n        return hi\n    return x\n",
    ],
    wrong: ["    return min(lo, max(x, hi))\n", "    return max(lo, x)\n", "    return x\n"],
  },
  {
    task_id: "study/count_vowels",
    prompt: fn(
      "def count_vowels(s):",
      "Count the vowels (a, e, i, o, u, either case) in s.\n    >>> count_vowels('Idea')\n    3",
    ),
    entry_point: "count_vowels",
    canonical_solution: "    return sum(1 for ch in s.lower() if ch in 'aeiou')\n",
    test: "def check(candidate):\n    assert candidate('Idea') == 3\n    assert candidate('xyz') == 0\n",
    correct: [
      "    return sum(1 for ch in s.lower() if ch in 'aeiou')\n",
      "    return len([c for c in s if c in 'aeiouAEIOU'])\n",
    ],
    wrong: [
      "    return sum(1 for ch in s if ch in 'aeiou')\n",
      "    return len([c for c in s.lower() if c in 'aeiouy'])\n",
      "    return s.count('a')\n",
    ],
  },
  {
    task_id: "study/running_max",
    prompt: fn(
      "def running_max(xs):",
      "Return the list of the largest value seen so far at each position of xs.\n    >>> running_max([1, 3, 2])\n    [1, 3, 3]",
    ),
    entry_point: "running_max",
    canonical_solution:
      "    out = []\n    for x in xs:\n        out.append(x if not out else max(out[-1], x))\n    return out\n",
    test: "def check(candidate):\n    assert candidate([1, 3, 2]) == [1, 3, 3]\n    assert candidate([]) == []\n",
    correct: [
      "    out = []\n    for x in xs:\n        out.append(x if not out else max(out[-1], x))\n    return out\n",
      "    import itertools\n    return list(itertools.accumulate(xs, max))\n",
    ],
    wrong: [
      "    return [max(xs)] * len(xs)\n",
      "    out = []\n    for x in xs:\n        out.append(max(out[-1:] + [0], key=abs))\n    return out\n",
      "    return sorted(xs)\n",
    ],
  },
  {
    task_id: "study/second_largest",
    prompt: fn(
      "def second_largest(xs):",
      "Return the second largest distinct value of xs, or None if there is none.\n    >>> second_largest([4, 1, 4, 2])\n    2",
    ),
    entry_point: "second_largest",
    canonical_solution: "    values = sorted(set(xs))\n    return values[-2] if len(values) > 1 else None\n",
    test: "def check(candidate):\n    assert candidate([4, 1, 4, 2]) == 2\n    assert candidate([7, 7]) is None\n",
    correct: ["    values = sorted(set(xs))\n    return values[-2] if len(values) > 1 else None\n"],
    wrong: [
      "    return sorted(xs)[-2]\n",
      "    values = sorted(set(xs))\n    return values[1] if len(values) > 1 else None\n",
      "    return None\n",
    ],
  },
  {
    task_id: "study/is_palindrome",
    prompt: fn(
      "def is_palindrome(s):",
      "Whether s reads the same backwards, ignoring case and anything but letters.\n    >>> is_palindrome('No lemon, no melon')\n    True",
    ),
    entry_point: "is_palindrome",
    canonical_solution:
      "    letters = [c.lower() for c in s if c.isalpha()]\n    return letters == letters[::-1]\n",
    test: "def check(candidate):\n    assert candidate('No lemon, no melon')\n    assert not candidate('abca')\n",
    correct: [
      "    letters = [c.lower() for c in s if c.isalpha()]\n    return letters == letters[::-1]\n",
      "    t = ''.join(filter(str.isalpha, s)).lower()\n    return t == t[::-1]\n",
    ],
    wrong: ["    return s == s[::-1]\n", "    t = s.lower()\n    return t == t[::-1]\n"],
  },
];

/** Writes the problems (HumanEval JSONL) to `dir/name`; returns its path and sha256. */
export function writeStudyProblems(dir: string, name = "problems.jsonl"): { path: string; sha256: string } {
  const path = writeJsonl(
    join(dir, name),
    STUDY_PROBLEMS.map(({ task_id, prompt, entry_point, canonical_solution, test }) => ({
      task_id,
      prompt,
      entry_point,
      canonical_solution,
      test,
    })),
  );
  return { path, sha256: createHash("sha256").update(readFileSync(path)).digest("hex") };
}

/** How a synthetic run's samples are drawn. */
export interface StudyRunOptions {
  problems: { path: string; sha256: string };
  spec?: string;
  n?: number;
  temperature?: number;
  /** Chance that a sample of each problem passes, by problem index (default: a spread). */
  skill?: number[];
  /** Write log-probs (correct samples score higher on average, wrong ones are shorter). */
  logprobs?: boolean;
  seed?: number;
  /** Only these problems (by index). */
  only?: number[];
}

/** Writes a run folder `dir` (run.json, samples.jsonl, results.jsonl); returns `dir`. */
export function writeStudyRun(dir: string, options: StudyRunOptions): string {
  const n = options.n ?? 20;
  const spec = options.spec ?? "vllm:tiny-coder";
  const skill = options.skill ?? [0.8, 0.5, 0.3, 0.1, 0.6];
  let state = (options.seed ?? 1) >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const samples: Record<string, unknown>[] = [];
  const verdicts: boolean[] = [];
  STUDY_PROBLEMS.forEach((problem, p) => {
    if (options.only && !options.only.includes(p)) return;
    for (let completion_id = 0; completion_id < n; completion_id++) {
      const passed = random() < (skill[p] ?? 0.5);
      const pool = passed ? problem.correct : problem.wrong;
      const completion = pool[Math.floor(random() * pool.length)] as string;
      const tokens = Math.max(1, Math.round(completion.length / 4));
      const mean = (passed ? -0.3 : -0.45) + 0.5 * (random() - 0.5);
      samples.push({
        task_id: problem.task_id,
        completion_id,
        completion,
        model: spec,
        finish_reason: "stop",
        logprobs: options.logprobs === false ? null : { sum: mean * tokens, mean, tokens },
      });
      verdicts.push(passed);
    }
  });
  const now = "2025-01-01T00:00:00.000Z";
  const results = samples.map((sample, i) => ({
    ...sample,
    result: verdicts[i] ? "passed" : "failed: AssertionError",
    passed: verdicts[i],
    status: verdicts[i] ? "passed" : "failed",
    cpu_time: 0.02,
    wall_time: 0.03,
    sample_line: i + 1,
    isolation: "full",
  }));
  const name = spec.slice(spec.indexOf(":") + 1);
  const manifest = {
    format: "passk-run/1",
    passkVersion: "0.1.0",
    created: now,
    updated: now,
    configHash: createHash("sha256").update(`${spec}|${options.temperature}|${options.seed}`).digest("hex"),
    simulated: false,
    model: {
      spec,
      provider: spec.split(":")[0],
      model: name,
      mode: "completion",
      baseUrl: "http://127.0.0.1:9/v1",
    },
    params: {
      n,
      temperature: options.temperature ?? 0.8,
      topP: 0.95,
      maxTokens: 300,
      seed: options.seed ?? 1,
      stop: ["\nclass", "\ndef", "\n#", "\nif", "\nprint"],
      logprobs: options.logprobs !== false,
    },
    dataset: {
      path: options.problems.path,
      sha256: options.problems.sha256,
      problems: STUDY_PROBLEMS.length,
    },
    machine: {
      platform: "linux",
      arch: "x64",
      cpus: 2,
      cpuModel: "test",
      memoryBytes: 2 ** 32,
      node: process.version,
    },
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "run.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  writeJsonl(join(dir, "samples.jsonl"), samples);
  writeJsonl(join(dir, "results.jsonl"), results);
  return dir;
}

/** Per-problem [n, c] of a run folder's results, by task id. */
export function countsOf(dir: string): Map<string, { n: number; c: number }> {
  const counts = new Map<string, { n: number; c: number }>();
  for (const line of readFileSync(join(dir, "results.jsonl"), "utf8").trim().split("\n")) {
    const record = JSON.parse(line) as { task_id: string; passed: boolean };
    const entry = counts.get(record.task_id) ?? { n: 0, c: 0 };
    entry.n++;
    if (record.passed) entry.c++;
    counts.set(record.task_id, entry);
  }
  return counts;
}
