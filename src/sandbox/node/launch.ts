// How a Node process of the JavaScript sandbox is started: bubblewrap (no network, no /proc, no host
// files but the system's read-only folders, Node, and passk's runtime; a private /tmp; an empty
// environment), then launch.py (rlimits, a uid of its own as root, seccomp), then Node itself with
// native addons disabled. Used for the hosts that run samples and for the TypeScript compiler.
import { randomInt } from "node:crypto";
import { existsSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { builtPath } from "../../paths.js";
import { baseArgs, SANDBOX_TMP_BYTES, SYSTEM_DIRS } from "../bubblewrap.js";
import type { PythonInfo } from "../python.js";

/** The folder of the compiled runtime (host.js, the workers, compiler-server.js), bound read-only. */
export function runtimeDir(): string {
  return builtPath("sandbox/node");
}

/** The launcher and the Python files it imports (the seccomp filter), bound read-only under /passk/. */
function launcherFiles(): string[] {
  const sandbox = join(runtimeDir(), "..");
  return [join(runtimeDir(), "launch.py"), join(sandbox, "seccomp_filter.py"), join(sandbox, "lockdown.py")];
}

/** Where the `typescript` package's main file is, resolved from passk itself. */
export function typescriptPath(): string {
  return createRequire(import.meta.url).resolve("typescript");
}

/** The Node binary the sandbox runs: the one running passk, by its real path. */
export function nodeBinary(): string {
  return realpathSync(process.execPath);
}

/**
 * Node's own restrictions, on top of bubblewrap and seccomp. Native addons off. The permission
 * model: no inspector (a worker could otherwise evaluate code in the host's main thread), no
 * process.binding, no child processes, no WASI, files written only under /tmp; workers allowed (the
 * host needs them). Its warnings are silenced so that a sample's output is its own.
 */
export function nodeRuntimeFlags(workers: boolean): string[] {
  const allowed = process.allowedNodeEnvironmentFlags;
  const permission = allowed.has("--permission") ? "--permission" : "--experimental-permission";
  const quiet = allowed.has("--disable-warning")
    ? ["--disable-warning=ExperimentalWarning", "--disable-warning=SecurityWarning"]
    : ["--no-warnings"];
  return [
    "--no-addons",
    permission,
    "--allow-fs-read=/",
    "--allow-fs-write=/tmp",
    ...(workers ? ["--allow-worker"] : []),
    ...quiet,
  ];
}

/** What launch.py does before it becomes Node. */
export interface LaunchSpec {
  node: string;
  args: string[];
  uid: number | null;
  processes: number;
  address_space: number;
  file_size: number;
  open_files: number;
  seccomp: "auto" | "require" | "off";
  core: number | null;
  readable: string[];
}

/** Uids for Node processes, one each, from a range drawn at random per sandbox (as the Python sandbox's). */
export function uidAllocator(): () => number {
  let next = 3_000_000_000 + randomInt(0, 1_000_000_000);
  return () => next++;
}

/** The bwrap argv (after the binary) that starts launch.py with `spec` inside the sandbox. */
export function nodeSandboxArgs(
  python: PythonInfo,
  spec: LaunchSpec,
  asRoot: boolean,
  extraReadOnly: readonly { source: string; target: string }[] = [],
): string[] {
  const args = [...baseArgs(asRoot), "--clearenv", "--setenv", "PATH", "/usr/bin:/bin"];
  for (const dir of SYSTEM_DIRS) {
    if (existsSync(dir)) args.push("--ro-bind", dir, dir);
  }
  const made = new Set<string>(["/etc"]);
  // /etc made traversable (bwrap would make it 0700): Node looks for OpenSSL's configuration there.
  args.push("--perms", "0755", "--dir", "/etc");
  for (const file of ["/etc/ld.so.cache", "/etc/localtime"]) {
    if (existsSync(file)) args.push("--ro-bind", file, file);
  }
  const bindAt = (source: string, target: string) => {
    // bwrap would create the folders above the mount point as 0700, which another uid cannot cross.
    const parts = target.split("/").filter(Boolean);
    for (let i = 1; i < parts.length; i++) {
      const dir = `/${parts.slice(0, i).join("/")}`;
      if (!made.has(dir) && !SYSTEM_DIRS.includes(dir)) args.push("--perms", "0755", "--dir", dir);
      made.add(dir);
    }
    args.push("--ro-bind", source, target);
  };
  const outside = (path: string) => !SYSTEM_DIRS.some((dir) => path === dir || path.startsWith(`${dir}/`));
  for (const prefix of python.prefixes) if (outside(prefix)) bindAt(prefix, prefix);
  if (outside(spec.node)) bindAt(dirname(spec.node), dirname(spec.node));
  // At fixed places under /passk: a host path under /tmp (a checkout there) would be hidden by the
  // sandbox's own /tmp.
  for (const { source, target } of extraReadOnly) bindAt(source, target);
  for (const file of launcherFiles()) bindAt(file, `/passk/${file.split(/[\\/]/).pop()}`);
  bindAt(runtimeDir(), "/passk/node");
  // No --proc: a sample shares its host's process, and /proc/self/mem would let it write the host's memory.
  args.push("--dev", "/dev", "--perms", "01777", "--size", String(SANDBOX_TMP_BYTES), "--tmpfs", "/tmp");
  args.push("--chdir", "/tmp");
  if (asRoot) {
    // Only what launch.py needs to give the process its own uid; the uid change drops them too.
    args.push("--cap-drop", "ALL", "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID");
  }
  args.push(python.executable, "-I", "-S", "-B", "/passk/launch.py", JSON.stringify(spec));
  return args;
}
