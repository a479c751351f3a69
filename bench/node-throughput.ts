// Throughput of the JavaScript/TypeScript sandbox: the whole `passk evaluate` process, from spawn to
// exit, at full isolation with 2 workers, on N distinct samples (correct and wrong completions of
// passk's own MultiPL-E-format problems, each made distinct by a comment, so every one runs). Prints
// samples/s, and the CPU seconds per sample of the whole process tree (passk, bubblewrap, the Node
// hosts and compilers), read from /proc every 50 ms: on a shared machine the CPU per sample is the
// figure that does not depend on the other users. `npm run bench:node [-- --n 1000 --language ts]`.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const CLI = fileURLToPath(new URL("../dist/passk.js", import.meta.url));
const FIXTURES = fileURLToPath(new URL("../test/fixtures/multipl-e/", import.meta.url));
const TICK = 100; // clock ticks per second of /proc/<pid>/stat (USER_HZ)

const BODIES: Record<string, [string, string]> = {
  count_vowels: [
    '  return [...word].filter((c) => "aeiou".includes(c)).length;\n}\n',
    "  return word.length;\n}\n",
  ],
  running_total: ["  let s = 0;\n  return xs.map((x) => (s += x));\n}\n", "  return xs;\n}\n"],
  word_lengths: [
    "  const out: {[key: string]: number} = {};\n  for (const w of sentence.split(' ').filter(Boolean)) out[w] = w.length;\n  return out;\n}\n",
    "  return {};\n}\n",
  ],
};

function samplesFile(dir: string, language: "js" | "ts", n: number): string {
  const problems = readFileSync(join(FIXTURES, `own-${language}.jsonl`), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { name: string; prompt: string });
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const problem = problems[i % problems.length] as { name: string; prompt: string };
    const fn = /function (\w+)\(/.exec(problem.prompt)?.[1] ?? "";
    let body = (BODIES[fn] as [string, string])[(i >> 1) % 2] as string;
    if (language === "js") body = body.replace(": {[key: string]: number}", "");
    lines.push(JSON.stringify({ task_id: problem.name, completion: `  // sample ${i}\n${body}` }));
  }
  const file = join(dir, `${language}.jsonl`);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

/** CPU seconds (user + system) of a process, or undefined once it is gone. */
function cpuOf(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) / TICK;
  } catch {
    return undefined;
  }
}

function descendants(pid: number): number[] {
  const children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      if (text) children.push(...text.split(/\s+/).map(Number));
    }
  } catch {}
  return [pid, ...children.flatMap(descendants)];
}

async function measure(
  args: string[],
): Promise<{ seconds: number; cpu: number; code: number | null; stderr: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const lastSeen = new Map<number, number>();
  const poll = setInterval(() => {
    for (const pid of descendants(child.pid as number)) {
      const cpu = cpuOf(pid);
      if (cpu !== undefined) lastSeen.set(pid, cpu);
    }
  }, 50);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearInterval(poll);
  const cpu = [...lastSeen.values()].reduce((a, b) => a + b, 0);
  return { seconds: (performance.now() - started) / 1000, cpu, code, stderr };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      n: { type: "string", default: "1000" },
      language: { type: "string", default: "js" },
      workers: { type: "string", default: "2" },
    },
  });
  const n = Number(values.n);
  const language = values.language === "ts" ? "ts" : "js";
  const work = mkdtempSync(join(tmpdir(), "passk-bench-node-"));
  try {
    const samples = samplesFile(work, language, n);
    const problems = join(FIXTURES, `own-${language}.jsonl`);
    const loadavg = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
    console.log(
      `machine: ${availableParallelism()} cores (load ${loadavg}), Node ${process.version}; ${n} ${language} samples; ${values.workers} workers`,
    );
    const run = await measure([
      "evaluate",
      samples,
      "--problems",
      problems,
      "-k",
      "1",
      "--workers",
      String(values.workers),
      "--isolation",
      "full",
      "--fresh",
      "--no-progress",
      "--out",
      join(work, "results.jsonl"),
    ]);
    if (run.code !== 0) throw new Error(`passk evaluate exited ${run.code}: ${run.stderr}`);
    const statuses = readFileSync(join(work, "results.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((line) => (JSON.parse(line) as { status: string }).status);
    const counts = new Map<string, number>();
    for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
    console.log(
      `passk evaluate: ${run.seconds.toFixed(1)} s for ${n} samples = ${(n / run.seconds).toFixed(1)} samples/s (whole process, start to exit)`,
    );
    console.log(
      `CPU: ${run.cpu.toFixed(1)} s in all = ${((run.cpu / n) * 1000).toFixed(1)} ms per sample (passk, bubblewrap, Node hosts${language === "ts" ? ", compilers" : ""})`,
    );
    console.log(`statuses: ${[...counts].map(([s, c]) => `${s} ${c}`).join(", ")}`);
    console.log(
      `at that CPU cost, 2 idle cores would give about ${(2 / (run.cpu / n)).toFixed(0)} samples/s`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
