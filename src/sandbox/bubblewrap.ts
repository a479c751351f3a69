// Builds the bubblewrap command line that encloses a fork server: no network, a private /tmp,
// read-only views of only what Python needs, its own PID namespace, dying with its parent.

import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { promisify } from "node:util";
import type { PythonInfo } from "./python.js";

const run = promisify(execFile);

type Found = { path: string } | { path: null; reason: string };

const probes = new Map<string, Promise<Found>>();

/**
 * Where bubblewrap is, if it is installed and can create its namespaces on this machine. Probed once
 * per process (per PASSK_BWRAP); never rejects.
 */
export function findBubblewrap(): Promise<Found> {
  const key = process.env.PASSK_BWRAP ?? "";
  let found = probes.get(key);
  if (!found) {
    found = probe();
    probes.set(key, found);
  }
  return found;
}

/** Why there is no bubblewrap, when bubblewrapPath() finds none. */
export const NOT_INSTALLED = "bubblewrap is not installed (on Debian/Ubuntu: apt-get install bubblewrap)";

/**
 * Where bubblewrap is installed (PASSK_BWRAP first), or null: whether it can create its namespaces
 * here is findBubblewrap()'s question.
 */
export function bubblewrapPath(): string | null {
  const candidates = [process.env.PASSK_BWRAP, "/usr/bin/bwrap", "/usr/local/bin/bwrap", "/bin/bwrap"];
  return candidates.find((p): p is string => p !== undefined && p !== "" && existsSync(p)) ?? null;
}

async function probe(): Promise<Found> {
  const path = bubblewrapPath();
  if (!path) return { path: null, reason: NOT_INSTALLED };
  try {
    await run(path, [...baseArgs(isRoot()), "--ro-bind", "/", "/", "true"], { timeout: 10_000 });
    return { path };
  } catch (error) {
    const text = String((error as { stderr?: string }).stderr ?? (error as Error).message).trim();
    return { path: null, reason: `bubblewrap cannot create namespaces here: ${text.split("\n")[0]}` };
  }
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/** The namespaces and process options every bubblewrap sandbox of passk starts with. */
export function baseArgs(asRoot: boolean): string[] {
  // As root, no user namespace: one would map only uid 0, and the server could not drop each child
  // to uid 65534. Without root, the user namespace is what lets bwrap create the others.
  const namespaces = asRoot
    ? ["--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try"]
    : ["--unshare-all"];
  return [...namespaces, "--die-with-parent", "--new-session"];
}

/** Folders every Python needs at run time (shared libraries); missing ones are skipped. */
export const SYSTEM_DIRS = ["/usr", "/lib", "/lib64", "/lib32", "/libx32", "/bin", "/sbin"];

/** Read-only binds of the system folders and of `paths` (outside them) at their own places. */
function readOnlySystem(paths: readonly string[]): string[] {
  const args: string[] = [];
  for (const dir of SYSTEM_DIRS) {
    if (existsSync(dir)) args.push("--ro-bind", dir, dir);
  }
  for (const file of ["/etc/ld.so.cache", "/etc/localtime"]) {
    if (existsSync(file)) args.push("--ro-bind", file, file);
  }
  const made = new Set<string>();
  for (const prefix of paths) {
    if (SYSTEM_DIRS.some((dir) => prefix === dir || prefix.startsWith(`${dir}/`))) continue;
    // bwrap would create the folders above the mount point as 0700, which uid 65534 cannot cross.
    const parts = prefix.split("/").filter(Boolean);
    for (let i = 1; i < parts.length; i++) {
      const dir = `/${parts.slice(0, i).join("/")}`;
      if (!made.has(dir)) args.push("--perms", "0755", "--dir", dir);
      made.add(dir);
    }
    args.push("--ro-bind", prefix, prefix);
  }
  return args;
}

/** Size of the sandbox's private /tmp, where each sample gets a fresh working directory. */
export const SANDBOX_TMP_BYTES = 256 * 1024 * 1024;

/**
 * The argv (after the bwrap binary) that runs `python -I -S -B /passk/forkserver.py` enclosed.
 * `scripts` are the server's own files, each bound read-only under /passk/ (bytecode in a
 * `__pycache__` folder under /passk/__pycache__/); `env` is the server's
 * whole environment besides PATH, PASSK_TMP and PASSK_PRIVATE_TMP (bwrap clears the rest).
 */
export function bubblewrapArgs(
  python: PythonInfo,
  scripts: readonly string[],
  asRoot: boolean,
  env: Record<string, string> = {},
): string[] {
  const args = [...baseArgs(asRoot), "--clearenv", "--setenv", "PATH", "/usr/bin:/bin"];
  for (const [name, value] of Object.entries({ PASSK_TMP: "/tmp", PASSK_PRIVATE_TMP: "1", ...env })) {
    args.push("--setenv", name, value);
  }
  args.push(...readOnlySystem(python.prefixes));
  for (const script of scripts) {
    // A module's bytecode goes where Python looks for it: __pycache__ beside the module.
    const [folder, name] = script.split("/").slice(-2);
    args.push("--ro-bind", script, `/passk/${folder === "__pycache__" ? `${folder}/` : ""}${name}`);
  }
  args.push("--proc", "/proc", "--dev", "/dev", "--size", String(SANDBOX_TMP_BYTES), "--tmpfs", "/tmp");
  args.push("--chdir", "/tmp");
  if (asRoot) {
    // Root inside keeps only what the server needs to drop each child to uid 65534, hand it its
    // directory, signal it and clean up after it.
    args.push("--cap-drop", "ALL");
    for (const cap of [
      "CAP_SETUID",
      "CAP_SETGID",
      "CAP_CHOWN",
      "CAP_KILL",
      "CAP_DAC_OVERRIDE",
      "CAP_FOWNER",
    ]) {
      args.push("--cap-add", cap);
    }
  }
  args.push(python.executable, "-I", "-S", "-B", "/passk/forkserver.py");
  return args;
}

/** How a project's test suite is enclosed by `passk harvest` (src/sandbox/suite.ts). */
export interface SuiteEnclosure {
  /** The copy of the project, bound read-only at /project (the suite's working directory). */
  project: string;
  /** passk's own files, bound read-only: path inside the sandbox → path on the host. */
  files: Record<string, string>;
  /** Folders bound read-only at their own paths (a prepared environment: a venv and its base Python). */
  readOnly: readonly string[];
  /** The launcher's environment (bwrap clears the rest). */
  env: Record<string, string>;
}

/**
 * The argv (after the bwrap binary) that runs the suite launcher enclosed: no network, the project
 * read-only, private /tmp and trace folder (tmpfs), `python` and `python3` on PATH as the interpreter
 * passk uses. As root, the launcher keeps only what it needs to drop the suite to a uid of its own
 * and to stop what the suite leaves behind.
 */
export function suiteBubblewrapArgs(
  python: PythonInfo,
  enclosure: SuiteEnclosure,
  asRoot: boolean,
): string[] {
  const args = [...baseArgs(asRoot), "--clearenv", "--setenv", "PATH", "/usr/bin:/bin"];
  for (const [name, value] of Object.entries(enclosure.env)) args.push("--setenv", name, value);
  args.push(...readOnlySystem([...python.prefixes, ...enclosure.readOnly]));
  // Made first, crossable: bwrap makes the folders above a mount point 0700, closed to the suite's uid.
  for (const dir of ["/passk", "/passk/site", "/passk/bin"]) args.push("--perms", "0755", "--dir", dir);
  for (const [inside, host] of Object.entries(enclosure.files)) args.push("--ro-bind", host, inside);
  for (const name of ["python", "python3"]) args.push("--symlink", python.executable, `/passk/bin/${name}`);
  args.push("--ro-bind", enclosure.project, "/project");
  args.push("--proc", "/proc", "--dev", "/dev");
  for (const dir of ["/tmp", "/passk-trace"]) {
    args.push("--perms", "1777", "--size", String(SANDBOX_TMP_BYTES), "--tmpfs", dir);
  }
  args.push("--chdir", "/project");
  if (asRoot) {
    args.push("--cap-drop", "ALL");
    for (const cap of ["CAP_SETUID", "CAP_SETGID", "CAP_KILL"]) args.push("--cap-add", cap);
  }
  args.push(python.executable, "-I", "-S", "-B", "/passk/suite_launcher.py");
  return args;
}
