// Peak memory of `passk run` against a server whose every answer is too large: 600 MB declared by
// Content-Length (then bytes), or chunked and endless. The cap on an answer (--max-answer-size,
// default 32 MiB) should keep passk's peak RSS near its baseline plus the cap × requests in flight,
// whatever the server sends. Also measured: the same run against a healthy server (the baseline).
//
//   npm run bench:hostile -- [--cli dist/passk.js] [--concurrency 8]
//                           [--only baseline,declared,endless,endless-8mib]
//
// --cli measures another build (an older passk: give it --only declared --concurrency 1, since
// without a cap each request in flight holds 600 MB, and an endless answer grows without bound).
// Peak RSS is the kernel's high-water mark (VmHWM in /proc/<pid>/status), read every 10 ms.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { correctReply, DEMO_PROBLEMS, demoProblems } from "../test/helpers/demo-model.js";
import { type Fault, startFakeLlm } from "../test/helpers/fake-llm-server.js";

const { values: flags } = parseArgs({
  options: {
    cli: { type: "string", default: fileURLToPath(new URL("../dist/passk.js", import.meta.url)) },
    concurrency: { type: "string", default: "8" },
    only: { type: "string", default: "baseline,declared,endless,endless-8mib" },
  },
});
const CLI = flags.cli;
const ONLY = new Set(flags.only.split(","));
const N = 8; // samples per problem, one per request: 48 requests
const MiB = 1024 ** 2;

interface Outcome {
  code: number | null;
  peakMiB: number;
  seconds: number;
  said: string[];
}

async function measure(name: string, fault: Fault | undefined, extra: string[] = []): Promise<void> {
  const server = await startFakeLlm({ reply: (request) => correctReply(request) });
  // Every attempt of every request takes the fault (2 attempts each).
  if (fault) server.faults.push(...Array.from({ length: 2 * N * demoProblems.length }, () => ({ ...fault })));
  const work = mkdtempSync(join(tmpdir(), "passk-bench-hostile-"));
  try {
    const outcome = await run([
      ...["run", "-k", "1", "--model", "vllm:m", "--base-url", `${server.url}/v1`, "--set", DEMO_PROBLEMS],
      ...["--n", String(N), "--max-per-request", "1", "--max-attempts", "2", "--no-cache", "--no-progress"],
      ...["--concurrency", flags.concurrency, "--out", join(work, "run"), ...extra],
    ]);
    const sent = server.requests.map((r) => r.sent ?? 0);
    const most = Math.max(0, ...sent) / MiB;
    console.log(
      `${name.padEnd(44)} exit ${outcome.code}  peak RSS ${outcome.peakMiB.toFixed(0).padStart(5)} MiB  ` +
        `${outcome.seconds.toFixed(1)} s  ${server.requests.length} requests` +
        (fault ? `, at most ${most.toFixed(1)} MiB sent to one` : ""),
    );
    // What passk said about it: its error, or the first sample not generated and why.
    for (const line of outcome.said) console.log(`    ${line.trim().slice(0, 160)}`);
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

function run(args: string[]): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-20_000);
    });
    let peakKiB = 0;
    const poll = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
        const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
        if (hwm) peakKiB = Math.max(peakKiB, Number(hwm[1]));
      } catch {
        // exited between two reads
      }
    }, 10);
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(poll);
      resolve({
        code,
        peakMiB: peakKiB / 1024,
        seconds: (performance.now() - started) / 1000,
        said: stderr
          .split("\n")
          .filter((line) => /error|#0:/i.test(line))
          .slice(0, 2),
      });
    });
  });
}

console.log(
  `passk: ${CLI}\n${demoProblems.length} problems × n ${N}, one sample per request, ${flags.concurrency} in flight, 2 attempts each\n`,
);
const endless: Fault = { kind: "oversized", bytes: Number.POSITIVE_INFINITY, chunked: true };
if (ONLY.has("baseline")) await measure("healthy server (baseline)", undefined);
if (ONLY.has("declared"))
  await measure("600 MB answers with Content-Length", { kind: "oversized", bytes: 600_000_000 });
if (ONLY.has("endless")) await measure("endless chunked answers (no Content-Length)", endless);
if (ONLY.has("endless-8mib"))
  await measure("endless chunked, --max-answer-size 8MiB", endless, ["--max-answer-size", "8MiB"]);
