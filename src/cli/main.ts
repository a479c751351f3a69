#!/usr/bin/env node
// The passk command line: one file per command under src/cli/, each a thin layer on the library.
import { Command, CommanderError } from "commander";
import { VERSION } from "../version.js";
import { registerBleu } from "./bleu.js";
import { registerCompare } from "./compare.js";
import { errorOutput } from "./error-output.js";
import { registerEvaluate } from "./evaluate.js";
import { registerHarvest } from "./harvest.js";
import { registerIncontext } from "./incontext.js";
import { registerLimits } from "./limits.js";
import { registerProblems } from "./problems.js";
import { registerRank } from "./rank.js";
import { registerReport } from "./report.js";
import { registerRun } from "./run.js";
import { registerSweep } from "./sweep.js";
import { registerTokens } from "./tokens.js";

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
  registerLimits(program);
  registerReport(program);
  registerIncontext(program);
  registerHarvest(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const { text, exitCode } = errorOutput(error);
    process.stderr.write(text);
    return exitCode;
  }
}

const exitCode = await main(process.argv);
process.exitCode = exitCode;
// A command that failed may have left work behind that keeps Node running (a sandbox's servers, a
// socket): exit anyway. Its children go with passk (bubblewrap's --die-with-parent; a fork server also
// exits when its stdin closes). Unref'd, so a clean exit is not delayed.
if (exitCode !== 0) setTimeout(() => process.exit(exitCode), 1000).unref();
