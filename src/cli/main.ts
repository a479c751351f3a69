#!/usr/bin/env node
// The passk command line: one file per command under src/cli/, each a thin layer on the library.
import { Command, CommanderError } from "commander";
import { VERSION } from "../version.js";
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

/**
 * `passk evaluate` starts the sandbox's probes (the Python interpreter, which may sit behind a slow
 * shim, and bubblewrap) before its modules load; evaluate() finds their results waiting.
 */
async function warmUp(argv: string[]): Promise<void> {
  if (argv[2] !== "evaluate") return;
  const at = argv.findIndex((arg) => arg === "--python" || arg.startsWith("--python="));
  const python = at < 0 ? undefined : argv[at]?.startsWith("--python=") ? argv[at]?.slice(9) : argv[at + 1];
  const { warmUpSandbox } = await import("../sandbox/pool.js");
  warmUpSandbox({
    ...(python ? { python } : {}),
    bubblewrap: argv.includes("--no-bubblewrap") ? "off" : "auto",
  });
}

async function main(argv: string[]): Promise<number> {
  await warmUp(argv);
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
