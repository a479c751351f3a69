// Throughput benchmark: runs the real conformance samples (../shared/conformance) through
// evaluate() at full isolation and prints samples/second. `npm run bench`.
//
// Three figures: samples that do not time out (according to the reference verdicts), the same
// without the raw chat outputs that mostly fail to compile, and all samples including the timeouts
// (which cost what the limit says).
// Deduplication is turned off so that every sample is really executed.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { CONFORMANCE_DIR } from "../scripts/conformance.js";
import { evaluate } from "../src/evaluate/evaluate.js";

async function main(): Promise<void> {
  if (!existsSync(CONFORMANCE_DIR)) {
    console.log(`no conformance data at ${CONFORMANCE_DIR}; nothing to benchmark`);
    return;
  }
  const work = mkdtempSync(join(tmpdir(), "passk-bench-"));
  try {
    // "code": the non-timeout samples of the models whose output is code; the two raw chat-output
    // files (mistral, zephyr) mostly fail to compile, which is cheap, and would flatter the figure.
    const lines: { nonTimeout: string[]; code: string[]; all: string[] } = {
      nonTimeout: [],
      code: [],
      all: [],
    };
    const dir = join(CONFORMANCE_DIR, "samples");
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".reference_results.jsonl"))) {
      if (file.startsWith("human-eval-example")) continue; // its problem is not in HumanEval
      for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
        if (!line.trim()) continue;
        const { task_id, completion, result } = JSON.parse(line) as Record<string, string>;
        const sample = JSON.stringify({ task_id, completion });
        lines.all.push(sample);
        if (result !== "timed out") lines.nonTimeout.push(sample);
        if (result !== "timed out" && !/^(mistral|zephyr)/.test(file)) lines.code.push(sample);
      }
    }
    const problems = join(CONFORMANCE_DIR, "HumanEval.jsonl.gz");
    console.log(`machine: ${availableParallelism()} cores, Node ${process.version}`);
    for (const [name, samples] of Object.entries(lines)) {
      const path = join(work, `${name}.jsonl`);
      writeFileSync(path, `${samples.join("\n")}\n`);
      const summary = await evaluate({
        samples: path,
        problems,
        k: [1],
        dedup: false,
        fresh: true,
        sandbox: { bubblewrap: "require", seccomp: "require" },
      });
      const rate = summary.samples / summary.elapsedSeconds;
      console.log(
        `${name.padEnd(10)} ${String(summary.samples).padStart(5)} samples in ${summary.elapsedSeconds.toFixed(2)} s = ` +
          `${rate.toFixed(0)} samples/s · ${summary.statuses.timeout} timeouts · ${summary.isolation.level} · workers ${availableParallelism()}`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
