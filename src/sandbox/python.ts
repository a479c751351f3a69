// Finds the real Python interpreter once. `python3` on PATH may be a slow shim script (pyenv);
// the sandbox needs the real binary and the folders its standard library lives in.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { PasskError } from "../errors.js";

const run = promisify(execFile);

/** The interpreter the sandbox runs, with the folders it must be able to read. */
export interface PythonInfo {
  /** Absolute path of the real interpreter binary. */
  executable: string;
  version: string;
  /** sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix (deduplicated). */
  prefixes: string[];
}

const cache = new Map<string, Promise<PythonInfo>>();

// Fields separated by NUL, which no path holds: without json, the probe starts a few ms sooner.
const PROBE =
  "import sys; sys.stdout.write(chr(0).join([sys.executable, '%d.%d.%d' % sys.version_info[:3]]" +
  " + sorted({sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix})))";

/**
 * Resolves `command` (default: `PASSK_PYTHON` or `python3`) to the real interpreter. Cached per
 * command, so the slow shim runs at most once per process.
 */
export function resolvePython(command = process.env.PASSK_PYTHON ?? "python3"): Promise<PythonInfo> {
  let found = cache.get(command);
  if (!found) {
    found = probe(command);
    cache.set(command, found);
  }
  return found;
}

async function probe(command: string): Promise<PythonInfo> {
  try {
    // With the flags the sandbox runs it with (-I -S): what it reports is what the servers will see
    // (-I ignores PYTHONHOME and PYTHONPATH), and without `site` it answers 20–40 ms sooner.
    const { stdout } = await run(command, ["-I", "-S", "-c", PROBE], { timeout: 30_000 });
    const [executable = "", version = "", ...prefixes] = stdout.split("\0");
    if (!executable || !/^\d+\.\d+\.\d+$/.test(version) || prefixes.length === 0) {
      throw new Error(`unexpected answer to the interpreter probe: ${JSON.stringify(stdout.slice(0, 200))}`);
    }
    const info: PythonInfo = { executable, version, prefixes };
    const [major, minor] = info.version.split(".").map(Number);
    if (major !== 3 || (minor ?? 0) < 9) {
      throw new PasskError(
        "SANDBOX_UNAVAILABLE",
        `${command} is Python ${info.version}; passk needs Python 3.9 or newer (set PASSK_PYTHON to another interpreter)`,
      );
    }
    return info;
  } catch (error) {
    if (error instanceof PasskError) throw error;
    throw new PasskError(
      "SANDBOX_UNAVAILABLE",
      `cannot run "${command}": ${(error as Error).message.split("\n")[0]}. Install Python 3 or set PASSK_PYTHON to an interpreter.`,
    );
  }
}
