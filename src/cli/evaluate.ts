// `passk evaluate`: parse flags, call evaluate(), print progress and the summary.
import type { Command } from "commander";
import type { EvaluateOptions } from "../evaluate/evaluate.js";
import type { EvaluationSummary } from "../evaluate/types.js";
import { createProgress } from "../report/progress.js";
import { formatSummary, jsonSummary } from "../report/summary.js";
import { evaluationOptions } from "../run/config.js";
import { startSandbox } from "../sandbox/pool.js";
import { earlySandbox } from "./early-sandbox.js";
import { stopOnInterrupt } from "./interrupt.js";
import { addSettingFlags, settingsFromFlags } from "./setting-flags.js";

/** The flags of `evaluate` that are not settings (those are read with settingsFromFlags). */
interface Flags {
  problems: string;
  out?: string;
  skipInvalid?: boolean;
  fresh?: boolean;
  json?: boolean;
  progress: boolean;
}

export function registerEvaluate(program: Command): void {
  const command = program
    .command("evaluate")
    .description("run samples against their problems' tests in the sandbox and report pass@k")
    .argument(
      "<samples>",
      "samples JSONL(.gz): {task_id, completion} or {task_id, solution} per line; or EvalPlus's eval_results.json, or bigcode-evaluation-harness's generations.json (see README, Formats)",
    )
    .requiredOption("-p, --problems <file>", "problems JSONL(.gz) in HumanEval or EvalPlus format")
    .option("-o, --out <file>", "results file (default: <samples>_results.jsonl)")
    .option("--skip-invalid", "skip invalid sample lines (listed in the summary) instead of refusing to run")
    .option("--fresh", "discard results of an earlier run instead of resuming it")
    .option("--json", "print the summary as JSON on stdout");
  addSettingFlags(command, "evaluate")
    .option("--no-progress", "do not show progress on stderr")
    .action(async (samples: string, flags: Flags) => {
      const settings = settingsFromFlags(command);
      const progress = flags.progress ? createProgress(process.stderr) : null;
      const controller = new AbortController();
      const release = stopOnInterrupt(controller);
      const options: EvaluateOptions = {
        ...evaluationOptions(settings),
        samples,
        problems: flags.problems,
        ...(settings.k ? { k: settings.k } : {}),
        skipInvalid: flags.skipInvalid ?? false,
        fresh: flags.fresh ?? false,
        signal: controller.signal,
        onEvent: (event) => {
          if (progress) progress.onEvent(event);
          else if (event.type === "warning" || event.type === "note") {
            process.stderr.write(`passk: ${event.type}: ${event.message}\n`);
          }
        },
      };
      if (flags.out) options.out = flags.out;
      if (settings.since) options.since = settings.since;
      if (settings.language) options.language = settings.language;
      // The first fork server started before the command's modules loaded (early-sandbox.ts), or starts
      // now, while evaluate()'s modules and the files load (Python problems take it; for others, or
      // when its set-up is not the one asked for, evaluate() discards it). Whatever happens, none
      // outlives the command.
      const early = earlySandbox();
      if (options.language === "ts") await early?.discard();
      const sandboxStart =
        options.language === "ts" ? undefined : (early ?? startSandbox({ ...options.sandbox, workers: 1 }));
      let summary: EvaluationSummary;
      try {
        const { evaluate } = await import("../evaluate/evaluate.js");
        summary = await evaluate({ ...options, ...(sandboxStart ? { sandboxStart } : {}) });
      } finally {
        await sandboxStart?.discard();
      }
      progress?.finish();
      release();
      process.stderr.write(formatSummary(summary));
      if (flags.json) process.stdout.write(`${JSON.stringify(jsonSummary(summary), null, 2)}\n`);
      if (summary.interrupted) process.exitCode = 130;
    });
}
