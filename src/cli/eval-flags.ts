// The evaluation flags shared by `passk evaluate` and `passk run`: limits, workers, isolation.
import { type Command, Option } from "commander";
import type { EvaluateOptions } from "../evaluate/evaluate.js";
import type { Limits } from "../sandbox/types.js";
import { parseBytes, parseInteger, parsePositiveInt, parsePositiveNumber, parseSeconds } from "./options.js";

/** The parsed values of {@link addEvaluationFlags}. */
export interface EvaluationFlags {
  timeout: number;
  wallTimeout?: number;
  memory?: number;
  workers?: number;
  dedup: boolean;
  isolation: "auto" | "full";
  bubblewrap: boolean;
  seccomp: boolean;
  python?: string;
  /** Bootstrap seed (`--seed` in `passk evaluate`, `--ci-seed` where `--seed` is the sampling seed). */
  seed?: number;
  ciSeed?: number;
  resamples: number;
  minTimeLimit: number;
  gtTimeLimitFactor: number;
  testDetails?: boolean;
}

/** Adds the sandbox, limit and bootstrap flags to a command. */
export function addEvaluationFlags(command: Command, seedFlag: "--seed" | "--ci-seed" = "--seed"): Command {
  return command
    .option("--timeout <seconds>", "CPU seconds each sample may use", parseSeconds, 3.0)
    .option(
      "--wall-timeout <seconds>",
      "wall-clock backstop for samples that sleep or block (default: 2 × timeout)",
      parseSeconds,
    )
    .option("--memory <size>", "address-space limit per sample (default 1GiB)", parseBytes)
    .option("-j, --workers <n>", "parallel sandboxed workers (default: number of cores)", parsePositiveInt)
    .option("--no-dedup", "run identical (task_id, program) pairs separately")
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
    .option(`${seedFlag} <n>`, "seed of the bootstrap confidence intervals", parseInteger, 0)
    .option("--resamples <n>", "bootstrap resamples", parsePositiveInt, 2000)
    .option(
      "--min-time-limit <seconds>",
      "EvalPlus problems: seconds every input may take at least (EvalPlus's default)",
      parseSeconds,
      1.0,
    )
    .option(
      "--gt-time-limit-factor <x>",
      "EvalPlus problems: each input may take x times the canonical solution's time (EvalPlus's default)",
      parsePositiveNumber,
      4.0,
    )
    .option("--test-details", "EvalPlus problems: run every input instead of stopping at the first failure");
}

/** The evaluate() options those flags stand for. */
export function evaluationOptions(
  flags: EvaluationFlags,
): Pick<EvaluateOptions, "limits" | "workers" | "sandbox" | "bootstrap" | "dedup" | "evalplus"> {
  const limits: Partial<Limits> = { timeout: flags.timeout };
  if (flags.wallTimeout !== undefined) limits.wallTimeout = flags.wallTimeout;
  if (flags.memory !== undefined) limits.memoryBytes = flags.memory;
  const options: Pick<
    EvaluateOptions,
    "limits" | "workers" | "sandbox" | "bootstrap" | "dedup" | "evalplus"
  > = {
    limits,
    evalplus: {
      minTimeLimit: flags.minTimeLimit,
      gtTimeLimitFactor: flags.gtTimeLimitFactor,
      testDetails: flags.testDetails ?? false,
    },
    dedup: flags.dedup,
    sandbox: {
      bubblewrap: flags.bubblewrap ? (flags.isolation === "full" ? "require" : "auto") : "off",
      seccomp: flags.seccomp ? (flags.isolation === "full" ? "require" : "auto") : "off",
      ...(flags.python ? { python: flags.python } : {}),
    },
    bootstrap: { seed: flags.ciSeed ?? flags.seed ?? 0, resamples: flags.resamples },
  };
  if (flags.workers) options.workers = flags.workers;
  return options;
}

/** Ctrl-C stops gracefully (work in flight finishes, files stay consistent); a second one quits at once. */
export function stopOnInterrupt(controller: AbortController): () => void {
  const stop = () => {
    process.stderr.write("\npassk: stopping after the work in flight (Ctrl-C again to quit at once)\n");
    controller.abort();
    process.once("SIGINT", () => process.exit(130));
  };
  process.once("SIGINT", stop);
  return () => process.removeListener("SIGINT", stop);
}
