// What the sandbox's Python can import, asked of that interpreter itself: the sandbox runs it with
// -I -S (no site-packages), so what is importable there is its standard library, whatever is installed
// beside it. Answers are cached per interpreter. Also parses code with Python's own ast to find the
// modules it imports for sure (an import inside a `try` that expects an ImportError may fail).
import { execFile } from "node:child_process";
import { PasskError } from "../errors.js";
import { ownPath } from "../paths.js";
import type { PythonInfo } from "./python.js";

const SCRIPT = ownPath("sandbox/imports.py");

/** Module name → importable, per interpreter executable. */
const cache = new Map<string, Map<string, boolean>>();
/** The question being put to each interpreter now, if any: a second one waits for its answers first. */
const asking = new Map<string, Promise<unknown>>();

interface ParseAnswer {
  imports: (string[] | null)[];
}

/** Which of `names` (top-level module names) the sandbox's Python can import. */
export async function importable(python: PythonInfo, names: Iterable<string>): Promise<Map<string, boolean>> {
  let known = cache.get(python.executable);
  if (!known) {
    known = new Map();
    cache.set(python.executable, known);
  }
  const wanted = [...new Set(names)];
  // Names an earlier question (evaluate asks early for every problem's) is about to answer are not asked again.
  await asking.get(python.executable)?.catch(() => {});
  const unknown = wanted.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    const question = findModules(python, unknown);
    asking.set(python.executable, question);
    try {
      const answer = await question;
      for (const [i, name] of unknown.entries()) known.set(name, answer[i] === true);
    } finally {
      if (asking.get(python.executable) === question) asking.delete(python.executable);
    }
  }
  return new Map(wanted.map((name) => [name, known.get(name) === true]));
}

/**
 * The top-level modules each source imports outside a `try` that catches ImportError (null for a source
 * that does not parse: it fails in its own way when run).
 */
export async function importsOf(
  python: PythonInfo,
  sources: readonly string[],
): Promise<(string[] | null)[]> {
  if (sources.length === 0) return [];
  return (await parseImports(python, [...sources])).imports;
}

// Names alone (every `passk evaluate` asks) are looked up by a few lines given with -c, as the
// interpreter probe is: imports.py imports json and re first, which made it cost 14.6 ms of CPU against
// 6.4 (perf stat -r 20). The same lookup as importlib.util.find_spec, by the same finders; one "1" or
// "0" per name.
const FIND_MODULES = [
  "import sys",
  "def found(name):",
  "    if name in sys.builtin_module_names:",
  "        return True",
  "    try:",
  "        return any(finder.find_spec(name, None) is not None for finder in sys.meta_path)",
  "    except (ImportError, ValueError):",
  "        return False",
  "sys.stdout.write(''.join('1' if found(name) else '0' for name in sys.argv[1:]))",
].join("\n");

/** Whether the interpreter can import each of `names` (top-level module names), in their order. */
function findModules(python: PythonInfo, names: readonly string[]): Promise<boolean[]> {
  return new Promise((resolve, reject) => {
    execFile(
      python.executable,
      ["-I", "-S", "-B", "-c", FIND_MODULES, ...names],
      { timeout: 120_000 },
      (error, stdout, stderr) => {
        if (error || stdout.length !== names.length || /[^01]/.test(stdout)) {
          const why = error
            ? stderr || error.message
            : `unexpected answer ${JSON.stringify(stdout.slice(0, 80))}`;
          reject(
            new PasskError(
              "SANDBOX_UNAVAILABLE",
              `${python.executable} could not tell which modules it can import: ${why.trim().split("\n").at(-1)}`,
            ),
          );
          return;
        }
        resolve([...stdout].map((answer) => answer === "1"));
      },
    );
  });
}

/** imports.py's answer for `sources`. */
function parseImports(python: PythonInfo, sources: string[]): Promise<ParseAnswer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      python.executable,
      ["-I", "-S", "-B", SCRIPT],
      { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
      (error, stdout, stderr) => {
        if (error) {
          reject(
            new PasskError(
              "SANDBOX_UNAVAILABLE",
              `${python.executable} could not tell which modules the problems' code imports: ${(stderr || error.message).trim().split("\n").at(-1)}`,
            ),
          );
          return;
        }
        resolve(JSON.parse(stdout) as ParseAnswer);
      },
    );
    child.stdin?.on("error", () => {}); // a child that died early: its exit reports it
    child.stdin?.end(JSON.stringify({ sources }));
  });
}
