// Generation benchmark: 1,000 samples from the fake OpenAI-compatible server (its own process) with
// 50 ms latency per request and 32 requests in flight, one sample per request. The ideal is
// 32 / 0.05 s = 640 requests/s; the goal is ≥ 90 % of it, so that passk is never the bottleneck in
// front of a real server. `npm run bench:generate`.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { generate } from "../src/generate/generate.js";
import { createProvider } from "../src/providers/registry.js";
import type { PromptProblem } from "../src/providers/types.js";

const LATENCY_MS = 50;
const IN_FLIGHT = 32;
const PROBLEMS = 100;
const N = 10;
let cpuMsPerRequest = 0;

async function startServer(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(import.meta.dirname, "fake-llm-serve.ts"), String(LATENCY_MS)],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`fake server exited with ${code}`)));
  });
  return { url, stop: () => child.kill("SIGTERM") };
}

async function once(url: string, perRequest: number): Promise<{ seconds: number; requests: number }> {
  const work = mkdtempSync(join(tmpdir(), "passk-bench-gen-"));
  try {
    const provider = await createProvider("vllm:bench", { baseUrl: `${url}/v1`, maxN: perRequest });
    const problems: PromptProblem[] = Array.from({ length: PROBLEMS }, (_, i) => ({
      task_id: `bench/${i}`,
      prompt: `def median_${i}(values):\n    """Return the median of values."""\n`,
      entry_point: `median_${i}`,
      canonical_solution: "",
    }));
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = await generate({
      provider,
      problems,
      n: N,
      params: { temperature: 0.8, topP: 0.95, maxTokens: 128, stop: ["\ndef"], logprobs: true },
      samplesPath: join(work, "samples.jsonl"),
      keyOf: (problem) => problem.task_id,
      concurrency: IN_FLIGHT,
    });
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    cpuMsPerRequest = (used.user + used.system) / 1000 / result.stats.requests;
    if (result.stats.generated !== PROBLEMS * N) throw new Error(`generated ${result.stats.generated}`);
    return { seconds, requests: result.stats.requests };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const server = await startServer();
  try {
    const ideal = IN_FLIGHT / (LATENCY_MS / 1000);
    console.log(
      `${availableParallelism()} cores; fake server: ${LATENCY_MS} ms latency; ${IN_FLIGHT} requests in flight; ideal ${ideal} requests/s`,
    );
    await once(server.url, 1); // warm-up: connections, JIT
    for (let run = 1; run <= 3; run++) {
      const { seconds, requests } = await once(server.url, 1);
      const rate = requests / seconds;
      console.log(
        `run ${run}: ${PROBLEMS * N} samples, ${requests} requests in ${seconds.toFixed(2)} s = ${rate.toFixed(0)} requests/s (${((100 * rate) / ideal).toFixed(1)} % of ideal); passk's CPU ${cpuMsPerRequest.toFixed(2)} ms/request`,
      );
    }
    const batched = await once(server.url, N);
    console.log(
      `batched (n = ${N} per request): ${PROBLEMS * N} samples, ${batched.requests} requests in ${batched.seconds.toFixed(2)} s = ${((PROBLEMS * N) / batched.seconds).toFixed(0)} samples/s`,
    );
  } finally {
    server.stop();
  }
}

await main();
