// `passk evaluate` starts its first fork server before the command line's own modules load: a start
// takes about 0.1 s of one core, and Node, loading its modules, keeps only one of them busy. The
// flags are read here, before commander reads them, only to choose the set-up to start with; the
// command takes the server only if its parsed flags ask for that same set-up (SandboxStart.take()),
// and whoever ends the command discards what was not taken.
import { availableParallelism } from "node:os";
import type { SandboxOptions, SandboxStart } from "../sandbox/pool.js";
import { sandboxSetup } from "../sandbox/setup.js";

let early: SandboxStart | undefined;

/** Starts the first fork server of a `passk evaluate` command line (nothing for other commands). */
export async function startEarlySandbox(argv: readonly string[]): Promise<void> {
  if (argv[2] !== "evaluate") return;
  const setup = earlySetup(argv.slice(3));
  if (!setup) return;
  // The interpreter's probe first (it may be a slow shim): the pool's modules load while it runs.
  const { resolvePython } = await import("../sandbox/python.js");
  resolvePython(setup.sandbox.python).catch(() => {}); // the start reports a failure
  const { startSandbox } = await import("../sandbox/pool.js");
  // The others (one per worker) start once the first is ready, or when the command asks for them.
  early = startSandbox({ ...setup.sandbox, workers: 1 }, setup.workers);
}

/** The server started by startEarlySandbox(), if any: the command takes it, or main() discards it. */
export function earlySandbox(): SandboxStart | undefined {
  return early;
}

/**
 * The sandbox set-up `passk evaluate <args>` asks for (sandboxSetup(), which evaluationOptions() also
 * calls with the parsed flags), and the number of servers to expect; null when no server should start
 * early (help, TypeScript problems, a flag given twice or without its value).
 */
export function earlySetup(
  args: readonly string[],
): { sandbox: Omit<SandboxOptions, "workers">; workers: number } | null {
  const end = args.indexOf("--");
  const flags = end < 0 ? args : args.slice(0, end);
  if (flags.some((arg) => arg === "-h" || arg === "--help")) return null;
  const value = (name: string): string | undefined | null => {
    const found: string[] = [];
    flags.forEach((arg, i) => {
      if (arg === name) found.push(flags[i + 1] ?? "");
      else if (arg.startsWith(`${name}=`)) found.push(arg.slice(name.length + 1));
    });
    if (found.length > 1 || found[0] === "") return null;
    return found[0];
  };
  const python = value("--python");
  const isolation = value("--isolation");
  const language = value("--language");
  const workers = value("--workers");
  if (python === null || isolation === null || language === null || language === "ts" || workers === null) {
    return null;
  }
  // The number evaluate() uses unless it has fewer samples to run (a malformed one is the command's to
  // refuse), at most one per core: take() starts any more it asks for.
  const count = Math.min(
    availableParallelism(),
    workers === undefined ? Number.POSITIVE_INFINITY : Number(workers),
  );
  return {
    sandbox: sandboxSetup({
      isolation,
      bubblewrap: !flags.includes("--no-bubblewrap"),
      seccomp: !flags.includes("--no-seccomp"),
      python,
    }),
    workers: Number.isSafeInteger(count) && count >= 1 ? count : 1,
  };
}
