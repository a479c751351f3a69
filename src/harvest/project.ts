// The project passk harvests from, seen from outside the sandbox: a copy of its folder (what the
// sandbox binds read-only), the commit it is at (read from .git's files, never by running git, whose
// configuration the project controls) and a prepared environment the user hands in.
import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readlinkSync,
  readSync,
  statSync,
  symlinkSync,
} from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { PasskError } from "../errors.js";

/** Limits of the copy: a project larger than this is refused with a clear message. */
export const MAX_PROJECT_FILES = 100_000;
export const MAX_PROJECT_BYTES = 2 * 1024 ** 3;

/** Folders never copied: git's own data, byte-code caches. */
const SKIPPED = new Set([".git", "__pycache__"]);

/** What the copy holds. */
export interface CopyStats {
  /** Files and symbolic links. */
  files: number;
  bytes: number;
}

/**
 * Copies `source` into `target` (created): folders, regular files (readable by all: the suite may run
 * under a uid of its own) and symbolic links as they are (inside the sandbox they point into the
 * sandbox). Sockets, pipes and devices are left out; so are `skip` (the output folder, when it lies
 * inside the project) and the folders in SKIPPED.
 * @throws PasskError BAD_INPUT when the project is larger than the limits
 */
export function copyProject(source: string, target: string, skip: readonly string[] = []): CopyStats {
  const stats: CopyStats = { files: 0, bytes: 0 };
  let entries = 0;
  const skipped = new Set(skip.map((p) => resolve(p)));
  const walk = (from: string, to: string): void => {
    mkdirSync(to, { mode: 0o755 });
    chmodSync(to, 0o755);
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      const path = join(from, entry.name);
      if (SKIPPED.has(entry.name) || skipped.has(path)) continue;
      const dest = join(to, entry.name);
      if (++entries > MAX_PROJECT_FILES) throw tooLarge(source, `more than ${MAX_PROJECT_FILES} files`);
      if (entry.isDirectory()) walk(path, dest);
      else if (entry.isSymbolicLink()) {
        symlinkSync(readlinkSync(path), dest);
        stats.files++;
      } else if (entry.isFile()) {
        const { mode, size } = lstatSync(path);
        stats.files++;
        stats.bytes += size;
        if (stats.bytes > MAX_PROJECT_BYTES)
          throw tooLarge(source, `more than ${MAX_PROJECT_BYTES / 1024 ** 3} GiB`);
        copyFileSync(path, dest);
        chmodSync(dest, mode & 0o111 ? 0o755 : 0o644);
      }
    }
  };
  walk(source, target);
  return stats;
}

function tooLarge(source: string, what: string): PasskError {
  return new PasskError(
    "BAD_INPUT",
    `${source}: the project holds ${what}, too much to copy into the sandbox; harvest a smaller folder`,
  );
}

/** Reads at most `limit` bytes of a regular file, or null. */
function readSmall(path: string, limit = 1024 * 1024): string | null {
  try {
    if (!lstatSync(path).isFile()) return null;
    const fd = openSync(path, "r");
    try {
      const buffer = Buffer.alloc(limit);
      const n = readSync(fd, buffer, 0, limit, 0);
      return buffer.subarray(0, n).toString("utf8");
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/**
 * The commit checked out in the git repository holding `dir` (searched upwards), or null when there
 * is none or its files are not as git writes them. Uncommitted changes are not detected.
 */
export function readCommit(dir: string): string | null {
  let at = resolve(dir);
  for (;;) {
    const dotGit = join(at, ".git");
    if (existsSync(dotGit)) return commitOf(dotGit, at);
    const up = dirname(at);
    if (up === at) return null;
    at = up;
  }
}

function commitOf(dotGit: string, worktree: string): string | null {
  let gitDir = dotGit;
  if (lstatSync(dotGit).isFile()) {
    // A worktree or submodule: ".git" is a file naming the real folder.
    const pointer = /^gitdir: (.+)$/m.exec(readSmall(dotGit) ?? "")?.[1]?.trim();
    if (!pointer) return null;
    gitDir = isAbsolute(pointer) ? pointer : resolve(worktree, pointer);
  }
  const head = readSmall(join(gitDir, "HEAD"))?.trim();
  if (!head) return null;
  if (SHA.test(head)) return head;
  const ref = /^ref: (refs\/[A-Za-z0-9._/-]+)$/.exec(head)?.[1];
  if (!ref || ref.includes("..")) return null;
  const common = readSmall(join(gitDir, "commondir"))?.trim();
  const dirs = [gitDir, ...(common ? [resolve(gitDir, common)] : [])];
  for (const d of dirs) {
    const direct = readSmall(join(d, ref))?.trim();
    if (direct && SHA.test(direct)) return direct;
    const packed = readSmall(join(d, "packed-refs"), 16 * 1024 * 1024);
    const line = packed?.split("\n").find((l) => l.endsWith(` ${ref}`));
    const sha = line?.split(" ")[0];
    if (sha && SHA.test(sha)) return sha;
  }
  return null;
}

/** A prepared environment: the venv folder, and the base interpreter's folder it needs. */
export interface PreparedEnv {
  venv: string;
  readOnly: string[];
}

/**
 * Checks a `--venv` folder: a virtual environment made by `python -m venv` (pyvenv.cfg and
 * bin/python). Its base interpreter (pyvenv.cfg's `home`) is bound too.
 * @throws PasskError BAD_OPTION saying what is missing
 */
export function preparedEnv(path: string): PreparedEnv {
  const venv = resolve(path);
  const where = `--venv ${path}`;
  if (!existsSync(venv) || !statSync(venv).isDirectory()) {
    throw new PasskError("BAD_OPTION", `${where}: no such folder; give a venv made with python -m venv`);
  }
  const config = readSmall(join(venv, "pyvenv.cfg"));
  if (config === null || !existsSync(join(venv, "bin", "python"))) {
    throw new PasskError(
      "BAD_OPTION",
      `${where}: not a virtual environment (no pyvenv.cfg or bin/python); make one with python -m venv and install the project's test dependencies into it`,
    );
  }
  const home = /^home\s*=\s*(.+)$/m.exec(config)?.[1]?.trim();
  const readOnly: string[] = [];
  if (home && isAbsolute(home) && existsSync(home))
    readOnly.push(home.endsWith("/bin") ? dirname(home) : home);
  return { venv, readOnly };
}
