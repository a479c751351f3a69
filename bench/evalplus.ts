// How fast passk judges samples as EvalPlus does (docs/evalplus.md): real HumanEval completions on
// HumanEval+ v0.1.10 (≈ 760 inputs per problem), at full isolation, the expected outputs already
// cached (their one-time cost is reported apart). Wall time depends on what else the machine runs;
// the CPU time of passk and every sandboxed process it started is reported beside it.
//
//   npm run bench:evalplus -- [samples.jsonl] [--repeat N] [--workers N] [--problems file]
//
// Defaults: ../shared/conformance/samples/llama3-8b-8192.n1.jsonl (164 samples) and
// ../shared/evalplus/HumanEvalPlus-v0.1.10.jsonl.gz; --repeat N makes N copies of each sample
// (n = 200 × 164 is --repeat 200; copies are judged, not deduplicated).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { evaluate } from "../src/evaluate/evaluate.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    repeat: { type: "string", default: "1" },
    workers: { type: "string" },
    problems: { type: "string", default: "../shared/evalplus/HumanEvalPlus-v0.1.10.jsonl.gz" },
    details: { type: "boolean", default: false },
  },
});
const samplesPath = positionals[0] ?? "../shared/conformance/samples/llama3-8b-8192.n1.jsonl";
const repeat = Number(values.repeat);
const workers = values.workers ? Number(values.workers) : availableParallelism();

const TICK = 100; // USER_HZ

/** utime + stime + cutime + cstime of a process, in seconds; null once it is gone. */
function cpuOf(pid: string): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    const at = (n: number) => Number(fields[n - 3]) / TICK; // field n of proc(5), counted after "pid (comm)"
    return at(14) + at(15) + at(16) + at(17);
  } catch {
    return null;
  }
}

/** The direct children of a process (of all its threads). */
function childrenOf(pid: string): string[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").split(" ").filter(Boolean),
    );
  } catch {
    return [];
  }
}

/** A zygote runs `python … zygote.py` (bubblewrap's own command line only names the file). */
function isZygote(pid: string): boolean {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    return (argv.at(-1) ?? "").endsWith("zygote.py");
  } catch {
    return false;
  }
}

/**
 * The CPU time of the processes below this one (fork servers inside bubblewrap, their zygotes and
 * testers), polled through /proc: they are killed at the end without being waited for, so no
 * rusage of this process ever gets them. A zygote's count includes the sample processes it
 * reaped, so those (the zygote's children) are not walked.
 */
class DescendantsCpu {
  private readonly seen = new Map<string, number>();
  private readonly timer = setInterval(() => this.poll(), 100);

  poll(): void {
    const walk = (pid: string, depth: number): void => {
      for (const child of childrenOf(pid)) {
        const cpu = cpuOf(child);
        if (cpu !== null) this.seen.set(child, Math.max(this.seen.get(child) ?? 0, cpu));
        if (depth < 8 && !isZygote(child)) walk(child, depth + 1);
      }
    };
    walk(String(process.pid), 0);
  }

  stop(): number {
    clearInterval(this.timer);
    return [...this.seen.values()].reduce((sum, seconds) => sum + seconds, 0);
  }
}

const dir = mkdtempSync(join(tmpdir(), "passk-bench-evalplus-"));
const lines = readFileSync(samplesPath, "utf8")
  .split("\n")
  .filter((line) => line.trim());
const samples = join(dir, "samples.jsonl");
const copies: string[] = [];
for (let copy = 0; copy < repeat; copy++) copies.push(...lines);
writeFileSync(samples, `${copies.join("\n")}\n`);

// Once per dataset version: the expected outputs (one sample is enough to make them, if not cached).
const warmStart = performance.now();
const one = join(dir, "one.jsonl");
writeFileSync(one, `${lines[0]}\n`);
await evaluate({
  samples: one,
  problems: values.problems,
  out: join(dir, "one-results.jsonl"),
  k: [1],
  workers,
});
const warm = (performance.now() - warmStart) / 1000;

const nodeBefore = process.cpuUsage();
const descendants = new DescendantsCpu();
const started = performance.now();
const summary = await evaluate({
  samples,
  problems: values.problems,
  out: join(dir, "results.jsonl"),
  k: [1],
  workers,
  fresh: true,
  dedup: false,
  evalplus: { testDetails: values.details },
});
const wall = (performance.now() - started) / 1000;
const sandboxCpu = descendants.stop();
const node = process.cpuUsage(nodeBefore);
const nodeCpu = (node.user + node.system) / 1e6;
const cpu = nodeCpu + sandboxCpu;
const base = summary.passAtKBase?.entries[0]?.value ?? Number.NaN;
const plus = summary.passAtK.entries[0]?.value ?? Number.NaN;
console.log(
  JSON.stringify(
    {
      samples: summary.samples,
      problems: summary.problems,
      workers,
      test_details: values.details,
      wall_seconds: Number(wall.toFixed(2)),
      cpu_seconds: Number(cpu.toFixed(2)),
      cpu_seconds_node: Number(nodeCpu.toFixed(2)),
      cpu_seconds_sandbox: Number(sandboxCpu.toFixed(2)),
      samples_per_second: Number((summary.samples / wall).toFixed(1)),
      cpu_ms_per_sample: Number(((cpu / summary.samples) * 1000).toFixed(1)),
      "pass@1 base": Number((base * 100).toFixed(2)),
      "pass@1 plus": Number((plus * 100).toFixed(2)),
      statuses: summary.statuses,
      one_sample_seconds_including_expected_outputs_if_not_cached: Number(warm.toFixed(1)),
      isolation: summary.isolation.level,
      load_average: readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" "),
    },
    null,
    2,
  ),
);
