#!/usr/bin/env node
// The passk command line: one file per command under src/cli/, each a thin layer on the library.
import { Command, CommanderError } from "commander";
import { PasskError } from "../errors.js";
import { VERSION } from "../version.js";
import { registerBleu } from "./bleu.js";
import { registerCompare } from "./compare.js";
import { registerEvaluate } from "./evaluate.js";
import { registerProblems } from "./problems.js";
import { registerRank } from "./rank.js";
import { registerReport } from "./report.js";
import { registerRun } from "./run.js";
import { registerSweep } from "./sweep.js";
import { registerTokens } from "./tokens.js";

const MAX_DETAILS = 50;

async function main(argv: string[]): Promise<number> {
  const program = new Command("passk")
    .description("measure whether code-generating models write correct code")
    .version(VERSION)
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  registerEvaluate(program);
  registerProblems(program);
  registerRun(program);
  registerSweep(program);
  registerTokens(program);
  registerRank(program);
  registerBleu(program);
  registerCompare(program);
  registerReport(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof PasskError) {
      process.stderr.write(`passk: error: ${error.message}\n`);
      for (const detail of error.details.slice(0, MAX_DETAILS)) process.stderr.write(`  ${detail}\n`);
      if (error.details.length > MAX_DETAILS) {
        process.stderr.write(`  … and ${error.details.length - MAX_DETAILS} more\n`);
      }
      return error.code === "INTERNAL" || error.code === "SANDBOX_UNAVAILABLE" || error.code === "MODEL_ERROR"
        ? 1
        : 2;
    }
    process.stderr.write(
      `passk: internal error (please report it): ${(error as Error).stack ?? String(error)}\n`,
    );
    return 1;
  }
}

process.exitCode = await main(process.argv);
