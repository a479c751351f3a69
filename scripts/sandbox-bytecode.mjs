// The fork server's modules compiled to bytecode (__pycache__/<module>.<tag>.pyc) once, by the build
// (and by the test set-up for src/sandbox), instead of by every server and zygote that starts: they run
// with -B, so Python never writes bytecode itself, and compiling the modules from source cost each
// server about 35 ms of its start-up. The files are hash-checked (CHECKED_HASH): Python hashes the
// source on each import and compiles it afresh if the two differ, so an edited module is never run
// stale. They are made for the interpreter found now; another version looks for its own tag, finds
// none, and compiles from source as before.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const COMPILE = `
import py_compile, sys
for path in sys.argv[1:]:
    py_compile.compile(path, doraise=True, invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)
`;

/**
 * Compiles every module of `dir` (not the `_test.py` ones) with PASSK_PYTHON or python3. Returns why it
 * could not (the sandbox then works as before, compiling at each start), or null.
 */
export function compileSandboxBytecode(dir) {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith(".py") && !file.endsWith("_test.py"))
    .map((file) => join(dir, file));
  const python = process.env.PASSK_PYTHON || "python3";
  const run = spawnSync(python, ["-I", "-S", "-c", COMPILE, ...files], { encoding: "utf8", timeout: 60_000 });
  if (run.error) return `${dir}: no bytecode written (cannot run ${python}: ${run.error.message})`;
  if (run.status !== 0) {
    const why = run.stderr.trim().split("\n").at(-1);
    return `${dir}: no bytecode written (${python} exited ${run.status}: ${why})`;
  }
  return null;
}

// `node scripts/sandbox-bytecode.mjs <folder>`: the test set-up compiles src/sandbox this way.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const note = compileSandboxBytecode(process.argv[2] ?? "dist/sandbox");
  if (note) process.stderr.write(`note: ${note}\n`);
}
