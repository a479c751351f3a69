// `passk evaluate`: parse flags, call evaluate(), print progress and the summary.
import { type Command, Option } from "commander";
import { type EvaluateOptions, evaluate } from "../evaluate/evaluate.js";
import { createProgress } from "../report/progress.js";
import { formatSummary, jsonSummary } from "../report/summary.js";
import type { Limits } from "../sandbox/types.js";
import { parseBytes, parseInteger, parseKList, parsePositiveInt, parseSeconds } from "./options.js";

interface Flags {
  problems: string;
  k: number[];
  out?: string;
  timeout: number;
  wallTimeout?: number;
  memory?: number;
  workers?: number;
  dedup: boolean;
  skipInvalid?: boolean;
  fresh?: boolean;
  json?: boolean;
  isolation: "auto" | "full";
  bubblewrap: boolean;
  seccomp: boolean;
  python?: string;
  seed: number;
  resamples: number;
  progress: boolean;
}

export function registerEvaluate(program: Command): void {
  program
    .command("evaluate")
    .description("run samples against their problems' tests in the sandbox and report pass@k")
    .argument("<samples>", "samples JSONL(.gz): {task_id, completion} or {task_id, solution} per line")
    .requiredOption("-p, --problems <file>", "problems JSONL(.gz) in HumanEval or EvalPlus format")
    .option("-k, --k <list>", "k values of pass@k", parseKList, [1, 10, 100])
    .option("-o, --out <file>", "results file (default: <samples>_results.jsonl)")
    .option("--timeout <seconds>", "CPU seconds each sample may use", parseSeconds, 3.0)
    .option(
      "--wall-timeout <seconds>",
      "wall-clock backstop for samples that sleep or block (default: 2 × timeout)",
      parseSeconds,
    )
    .option("--memory <size>", "address-space limit per sample (default 1GiB)", parseBytes)
    .option("-j, --workers <n>", "parallel sandboxed workers (default: number of cores)", parsePositiveInt)
    .option("--no-dedup", "run identical (task_id, program) pairs separately")
    .option("--skip-invalid", "skip invalid sample lines (listed in the summary) instead of refusing to run")
    .option("--fresh", "discard results of an earlier run instead of resuming it")
    .option("--json", "print the summary as JSON on stdout")
    .addOption(
      new Option(
        "--isolation <level>",
        "auto: best available, with a warning; full: refuse without bubblewrap+seccomp",
      )
        .choices(["auto", "full"])
        .default("auto"),
    )
    .option("--no-bubblewrap", "do not use bubblewrap (weaker isolation)")
    .option("--no-seccomp", "do not install the seccomp filter (weaker isolation)")
    .option("--python <command>", "Python interpreter (default: $PASSK_PYTHON or python3)")
    .option("--seed <n>", "seed of the bootstrap confidence intervals", parseInteger, 0)
    .option("--resamples <n>", "bootstrap resamples", parsePositiveInt, 2000)
    .option("--no-progress", "do not show progress on stderr")
    .action(async (samples: string, flags: Flags) => {
      const limits: Partial<Limits> = { timeout: flags.timeout };
      if (flags.wallTimeout !== undefined) limits.wallTimeout = flags.wallTimeout;
      if (flags.memory !== undefined) limits.memoryBytes = flags.memory;
      const progress = flags.progress ? createProgress(process.stderr) : null;
      const controller = new AbortController();
      const stop = () => {
        process.stderr.write(
          "\npassk: stopping after the samples in flight (Ctrl-C again to quit at once)\n",
        );
        controller.abort();
        process.once("SIGINT", () => process.exit(130));
      };
      process.once("SIGINT", stop);
      const options: EvaluateOptions = {
        samples,
        problems: flags.problems,
        k: flags.k,
        limits,
        dedup: flags.dedup,
        skipInvalid: flags.skipInvalid ?? false,
        fresh: flags.fresh ?? false,
        sandbox: {
          bubblewrap: flags.bubblewrap ? (flags.isolation === "full" ? "require" : "auto") : "off",
          seccomp: flags.seccomp ? (flags.isolation === "full" ? "require" : "auto") : "off",
          ...(flags.python ? { python: flags.python } : {}),
        },
        bootstrap: { seed: flags.seed, resamples: flags.resamples },
        signal: controller.signal,
        onEvent: (event) => {
          if (progress) progress.onEvent(event);
          else if (event.type === "warning") process.stderr.write(`passk: warning: ${event.message}\n`);
        },
      };
      if (flags.out) options.out = flags.out;
      if (flags.workers) options.workers = flags.workers;
      const summary = await evaluate(options);
      progress?.finish();
      process.removeListener("SIGINT", stop);
      process.stderr.write(formatSummary(summary));
      if (flags.json) process.stdout.write(`${JSON.stringify(jsonSummary(summary), null, 2)}\n`);
      if (summary.interrupted) process.exitCode = 130;
    });
}
