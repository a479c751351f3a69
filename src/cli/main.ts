#!/usr/bin/env node
// The passk command line: one file per command under src/cli/, each a thin layer on the library.
import type { Command } from "commander";
import { VERSION } from "../version.js";
import { earlySandbox, startEarlySandbox } from "./early-sandbox.js";
import { errorOutput } from "./error-output.js";

type Register = (program: Command) => void;

/**
 * Each command's module, loaded only when needed: a command given by name loads its own module
 * alone (evaluate, for one, needs a third of passk's modules, and loading the rest cost start-up
 * time); anything else (help, a misspelled command) loads them all.
 */
const COMMANDS: [string[], () => Promise<Register>][] = [
  [["evaluate"], async () => (await import("./evaluate.js")).registerEvaluate],
  [["problems"], async () => (await import("./problems.js")).registerProblems],
  [["run", "generate"], async () => (await import("./run.js")).registerRun],
  [["sweep"], async () => (await import("./sweep.js")).registerSweep],
  [["tokens"], async () => (await import("./tokens.js")).registerTokens],
  [["rank"], async () => (await import("./rank.js")).registerRank],
  [["bleu"], async () => (await import("./bleu.js")).registerBleu],
  [["compare"], async () => (await import("./compare.js")).registerCompare],
  [["limits"], async () => (await import("./limits.js")).registerLimits],
  [["report"], async () => (await import("./report.js")).registerReport],
  [["incontext"], async () => (await import("./incontext.js")).registerIncontext],
  [["harvest"], async () => (await import("./harvest.js")).registerHarvest],
];

async function main(argv: string[]): Promise<number> {
  // Before commander and the command's modules load: see early-sandbox.ts.
  await startEarlySandbox(argv);
  try {
    return await runCommand(argv);
  } finally {
    await earlySandbox()?.discard(); // unless the command took it
  }
}

async function runCommand(argv: string[]): Promise<number> {
  const { Command, CommanderError } = await import("commander");
  const program = new Command("passk")
    .description("measure whether code-generating models write correct code")
    .version(VERSION)
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  const named = COMMANDS.find(([names]) => names.includes(argv[2] ?? ""));
  const registers = await Promise.all((named ? [named] : COMMANDS).map(([, load]) => load()));
  for (const register of registers) register(program);
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
