// Throughput benchmark: the whole `passk evaluate` process, from start to exit, on the real samples
// of ../shared/conformance that are code and do not time out, at full isolation with 2 workers; and
// the reference harness's way of running samples (bench/reference-like.py) timed in the same run on
// the same samples. `npm run bench`.
//
// passk runs with --no-dedup (every sample is really executed; the default, which runs identical
// programs once, is printed too). Both passk and the reference run the same interpreter binary, the
// one `python3` (or PASSK_PYTHON) resolves to, started directly: passk is given it with --python, as
// the reference is started with it. Through a shim such as pyenv's, `python3` costs about 0.15 s of
// start-up on its own, which would otherwise fall on passk's run alone. The reference re-creation
// runs inside bubblewrap, with the namespaces passk's servers get, since the samples are model output
// and passk never runs those outside a sandbox; `--no-reference` skips it. The three runs are repeated in `--rounds N` rounds
// (3), and the medians printed, with the median of the rounds' ratios.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CONFORMANCE_DIR } from "../scripts/conformance.js";
import { baseArgs } from "../src/sandbox/bubblewrap.js";
import { resolvePython } from "../src/sandbox/python.js";

const CLI = fileURLToPath(new URL("../dist/passk.js", import.meta.url));
const REFERENCE = fileURLToPath(new URL("reference-like.py", import.meta.url));
const WORKERS = 2;
const roundsFlag = process.argv.indexOf("--rounds");
const ROUNDS = roundsFlag >= 0 ? Number(process.argv[roundsFlag + 1]) : 3;
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) {
  console.error("bench/throughput.ts: --rounds takes a whole number of rounds, 1 or more (3 if not given)");
  process.exit(2);
}

/** The code samples (not the two raw chat-output files, which mostly fail to compile) that did not time out. */
function codeSamples(): string[] {
  const lines: string[] = [];
  const dir = join(CONFORMANCE_DIR, "samples");
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".reference_results.jsonl"))
    .sort()) {
    if (file.startsWith("human-eval-example") || /^(mistral|zephyr)/.test(file)) continue;
    for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const { task_id, completion, result } = JSON.parse(line) as Record<string, string>;
      if (result !== "timed out") lines.push(JSON.stringify({ task_id, completion }));
    }
  }
  return lines;
}

/** Runs a command to its exit; seconds from spawn to exit. */
function timed(command: string, args: string[]): { seconds: number; stdout: string } {
  const started = performance.now();
  const run = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 << 20 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    throw new Error(
      `${command} ${args.slice(0, 3).join(" ")} … exited ${run.status}: ${run.stderr.slice(-500)}`,
    );
  }
  return { seconds, stdout: run.stdout };
}

async function main(): Promise<void> {
  if (!existsSync(CONFORMANCE_DIR)) {
    console.log(`no conformance data at ${CONFORMANCE_DIR}; nothing to benchmark`);
    return;
  }
  if (!existsSync(CLI)) throw new Error("dist/ is missing: run `npm run build` first (npm run bench does)");
  const work = mkdtempSync(join(tmpdir(), "passk-bench-"));
  try {
    const samples = join(work, "code.jsonl");
    const lines = codeSamples();
    writeFileSync(samples, `${lines.join("\n")}\n`);
    const problems = join(CONFORMANCE_DIR, "HumanEval.jsonl.gz");
    const python = await resolvePython();
    console.log(
      `machine: ${availableParallelism()} cores, Node ${process.version}, Python ${python.version} (${python.executable}, for both); ${lines.length} code samples that do not time out; ${WORKERS} workers`,
    );
    const passk = (extra: string[]) =>
      timed(process.execPath, [
        CLI,
        "evaluate",
        samples,
        "--problems",
        problems,
        "-k",
        "1",
        "--workers",
        String(WORKERS),
        "--isolation",
        "full",
        "--fresh",
        "--no-progress",
        "--out",
        join(work, "results.jsonl"),
        "--python",
        python.executable,
        ...extra,
      ]).seconds;
    const withReference = !process.argv.includes("--no-reference");
    let warned = false;
    const reference = (): number => {
      if (!withReference) return Number.NaN;
      // The namespaces passk's own servers get (baseArgs), so that both run in the same kind of sandbox.
      const bwrap = [...baseArgs(process.getuid?.() === 0), "--ro-bind", "/", "/", "--tmpfs", "/tmp"];
      bwrap.push("--dev", "/dev", "--proc", "/proc", "--ro-bind", work, work);
      const run = timed("bwrap", [
        ...bwrap,
        python.executable,
        "-I",
        REFERENCE,
        problems,
        samples,
        "--workers",
        String(WORKERS),
      ]);
      const counted = JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "{}") as {
        samples: number;
        numpy: boolean;
      };
      if (counted.samples !== lines.length)
        throw new Error(`the reference ran ${counted.samples} samples, not ${lines.length}`);
      if (!counted.numpy && !warned) {
        console.log(
          "note: numpy is not installed, so the reference's method runs without it (faster than the harness)",
        );
        warned = true;
      }
      return run.seconds;
    };
    // Rounds, each timing the three runs one after the other: on a shared machine one run can differ
    // from the next by 10 % or more, and the median of the rounds' ratios is steadier than one ratio.
    const rate = (seconds: number) => lines.length / seconds;
    const rounds: { every: number; dedup: number; reference: number }[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const every = rate(passk(["--no-dedup"]));
      const dedup = rate(passk([]));
      const ref = rate(reference());
      rounds.push({ every, dedup, reference: ref });
      const ratio = withReference
        ? ` · reference ${ref.toFixed(0)}/s · passk / reference ${(every / ref).toFixed(2)}×`
        : "";
      console.log(
        `round ${round}: passk --no-dedup ${every.toFixed(0)}/s · default ${dedup.toFixed(0)}/s${ratio}`,
      );
    }
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const mid = sorted.length >> 1;
      return sorted.length % 2
        ? (sorted[mid] as number)
        : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
    };
    console.log(
      `passk evaluate --no-dedup: ${median(rounds.map((r) => r.every)).toFixed(0)} samples/s (median of ${ROUNDS} rounds, whole process)`,
    );
    console.log(
      `passk evaluate (default, identical programs run once): ${median(rounds.map((r) => r.dedup)).toFixed(0)} samples/s`,
    );
    if (!withReference) return;
    console.log(
      `reference harness's method (bench/reference-like.py, in bubblewrap): ${median(rounds.map((r) => r.reference)).toFixed(0)} samples/s (whole process)`,
    );
    const ratios = rounds.map((r) => r.every / r.reference);
    console.log(
      `passk / reference: ${median(ratios).toFixed(2)}× (median of the rounds' ratios; ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×)`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
