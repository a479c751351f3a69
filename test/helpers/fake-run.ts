// Synthetic but realistic run folders for the report tests: a few problems, n samples each, every
// status, log-probs on some samples, a chat-mode sample with its raw reply, a hostile completion, a
// long completion, and a simulated-run flag. Deterministic for given options (seeded generator).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ResultRecord } from "../../src/evaluate/types.js";
import { seededUint32 } from "../../src/metrics/bootstrap.js";
import { RUN_FORMAT, type RunManifest, type SampleRecord } from "../../src/run/types.js";
import { DEFAULT_LIMITS, type ExecStatus } from "../../src/sandbox/types.js";
import { jsonl } from "./workspace.js";

/** What kind of run to write. */
export interface FakeRunOptions {
  problems?: number;
  /** Samples per problem. */
  n?: number;
  seed?: number;
  simulated?: boolean;
  model?: string;
  temperature?: number;
  /** Rough length of ordinary completions in characters (for size measurements). */
  completionChars?: number;
  /** Add the special samples (hostile, chat, long); on by default. */
  specials?: boolean;
  /** Probability of passing added to every problem's (−1 … 1), to make a better or worse model. */
  skill?: number;
  /** Supplies the ordinary completions instead of the built-in generator (e.g. real model text). */
  completion?: (problem: number, sample: number) => string;
}

/** The markup a hostile completion carries; if it ever runs, it sets `window.__pwned`. */
export const HOSTILE_COMPLETION =
  '    return 1  # </script><script>window.__pwned = "script"</script><img src=x onerror="window.__pwned = \'img\'"><!--\n';
export const LONG_COMPLETION_CHARS = 6000;

const FAILURES: [ExecStatus, string][] = [
  ["failed", "failed: AssertionError"],
  ["failed", "failed: NameError: name 'helper' is not defined"],
  ["timeout", "timed out"],
  ["oom", "failed: MemoryError"],
  ["crashed", "failed: killed by signal 11 (SIGSEGV)"],
  ["error", "failed: SyntaxError: invalid syntax (line 3)"],
];

/** Writes a run folder (run.json, samples.jsonl, results.jsonl, summary.json); returns its records. */
export function writeFakeRun(
  dir: string,
  options: FakeRunOptions = {},
): { dir: string; results: ResultRecord[] } {
  const { problems = 6, n = 10, seed = 1, simulated = false, temperature = 0.8, specials = true } = options;
  const model = options.model ?? (simulated ? "sim:canonical-mix" : "openai:fake-coder-1");
  const next = seededUint32(seed);
  const uniform = () => next() / 2 ** 32;
  const samples: SampleRecord[] = [];
  const results: ResultRecord[] = [];
  for (let p = 0; p < problems; p++) {
    const taskId = `Fake/${p}`;
    const rate = Math.min(1, Math.max(0, ((p * 37) % 11) / 10 + (options.skill ?? 0)));
    for (let i = 0; i < n; i++) {
      let completion = options.completion?.(p, i) ?? code(p, i, options.completionChars ?? 120, uniform);
      const sample: SampleRecord = {
        task_id: taskId,
        completion_id: i,
        completion,
        model,
        finish_reason: i % 7 === 3 ? "length" : "stop",
        logprobs:
          i % 2 === 0
            ? { sum: -(5 + uniform() * 40), mean: -(0.05 + uniform() * 0.6), tokens: 20 + (i % 30) }
            : null,
      };
      let passed = uniform() < rate;
      if (specials && p === 0 && i === 1) {
        sample.raw = `Sure! Here is the function:\n\n\`\`\`python\n${completion}\`\`\`\nIt <b>handles</b> empty input.`;
        sample.extraction = "fenced";
      }
      if (specials && p === 1 && i === 0) {
        completion = HOSTILE_COMPLETION;
        passed = false;
      }
      if (specials && p === 2 && i === 0)
        completion =
          `    # long\n${"    x = 1  # padding\n".repeat(Math.ceil(LONG_COMPLETION_CHARS / 21))}`.slice(
            0,
            LONG_COMPLETION_CHARS,
          );
      sample.completion = completion;
      if (simulated) sample.sim_kind = passed ? "canonical" : "mutant";
      const [status, result] = passed
        ? (["passed", "passed"] as const)
        : (FAILURES[(p + i) % FAILURES.length] as [ExecStatus, string]);
      samples.push(sample);
      results.push({
        ...sample,
        result,
        passed,
        status,
        cpu_time: status === "timeout" ? 3.01 : 0.02 + uniform() * 0.2,
        wall_time: status === "timeout" ? 3.2 : 0.05 + uniform() * 0.3,
        sample_line: samples.length,
        isolation: "bubblewrap+seccomp",
      });
    }
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "run.json"),
    `${JSON.stringify(manifest(model, simulated, temperature, problems, n), null, 2)}\n`,
  );
  writeFileSync(join(dir, "samples.jsonl"), jsonl(samples));
  writeFileSync(join(dir, "results.jsonl"), jsonl(results));
  writeFileSync(join(dir, "summary.json"), `${JSON.stringify({ run: dir, simulated, perProblem: [] })}\n`);
  return { dir, results };
}

/** A Python function body of about `chars` characters, varied by problem, sample and chance. */
function code(p: number, i: number, chars: number, uniform: () => number): string {
  const lines = [`    result = []\n`, `    for item in values:\n`];
  const pool = [
    `        if item % ${p + 2} == ${i % 3}:\n            result.append(item * ${i % 5})\n`,
    `        total = sum(result) + ${Math.floor(uniform() * 100)}\n`,
    `        # keep the order of the input (sample ${i})\n`,
    `        result.sort(key=lambda x: (x, -x))\n`,
  ];
  let length = lines.join("").length;
  while (length < chars - 20) {
    const line = pool[Math.floor(uniform() * pool.length)] as string;
    lines.push(line);
    length += line.length;
  }
  lines.push(`    return result\n`);
  return lines.join("");
}

function manifest(
  model: string,
  simulated: boolean,
  temperature: number,
  problems: number,
  n: number,
): RunManifest {
  const [provider = "openai", name = model] = model.split(":");
  return {
    format: RUN_FORMAT,
    passkVersion: "0.1.0",
    created: "2025-01-02T03:04:05.000Z",
    updated: "2025-01-02T04:05:06.000Z",
    configHash: "c0ffee".repeat(10).slice(0, 64),
    simulated,
    model: { spec: model, provider, model: name, mode: "completion", baseUrl: "http://127.0.0.1:8000/v1" },
    params: {
      n,
      temperature,
      topP: 0.95,
      maxTokens: 512,
      seed: 7,
      stop: ["\nclass", "\ndef", "\n#", "\nif", "\nprint"],
      logprobs: true,
    },
    dataset: {
      path: "datasets/fake/problems.jsonl",
      name: "fake-set",
      version: "1.0",
      sha256: "ab".repeat(32),
      problems,
    },
    generation: {
      requested: problems * n,
      generated: problems * n,
      cached: 0,
      requests: problems * n,
      retries: 2,
      tokensIn: problems * n * 150,
      tokensOut: problems * n * 60,
      elapsedSeconds: 95,
      notGenerated: [],
      invocations: [
        {
          started: "2025-01-02T03:04:05.000Z",
          passkVersion: "0.1.0",
          command: "run",
          n,
          resumed: 0,
          generated: problems * n,
          cached: 0,
          requests: problems * n,
          retries: 2,
          tokensIn: problems * n * 150,
          tokensOut: problems * n * 60,
          elapsedSeconds: 95,
          notGenerated: 0,
          finished: true,
        },
      ],
    },
    evaluation: {
      isolation: {
        level: "bubblewrap+seccomp",
        bubblewrap: true,
        seccomp: true,
        uidDrop: true,
        python: "/usr/bin/python3",
        notes: [],
      },
      limits: DEFAULT_LIMITS,
      k: [1, 5, 10, 100],
    },
    machine: {
      platform: "linux",
      arch: "x64",
      cpus: 2,
      cpuModel: "Fake CPU @ 2.0GHz",
      memoryBytes: 24 * 1024 ** 3,
      node: "v20.19.0",
    },
  };
}
