// Checks that a file or folder passk is about to write can be written, before any work starts: a bad
// --out then costs a one-line error, not a run that fails at its end (or leaves its sandbox behind).
import { accessSync, constants, type Stats, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PasskError } from "../errors.js";

/**
 * Checks that `path` can be written as a file: it is an existing, writable file, or it does not exist
 * and its folder does (passk does not create folders for files the user names).
 *
 * @param flag how the user named it, for the message (e.g. "--out")
 * @throws PasskError BAD_OPTION saying what is wrong and what to do
 */
export function checkOutputFile(path: string, flag: string): void {
  const where = `${flag} ${path}`;
  const stats = statOf(path, where);
  if (stats?.isDirectory()) {
    throw new PasskError("BAD_OPTION", `${where}: is a folder; give the path of a file to write`);
  }
  if (stats) {
    writable(path, where, `${path} is not writable`);
    return;
  }
  const folder = dirname(resolve(path));
  const parent = statOf(folder, where);
  if (!parent) {
    throw new PasskError(
      "BAD_OPTION",
      `${where}: the folder ${folder} does not exist; create it first (mkdir -p ${folder}) or choose another path`,
    );
  }
  if (!parent.isDirectory()) {
    throw new PasskError("BAD_OPTION", `${where}: ${folder} is a file, not a folder`);
  }
  writable(folder, where, `cannot write in ${folder}`);
}

/**
 * Checks that `path` can be used as an output folder: it is an existing, writable folder, or it can be
 * created (its nearest existing ancestor is a writable folder).
 *
 * @throws PasskError BAD_OPTION saying what is wrong and what to do
 */
export function checkOutputDir(path: string, flag: string): void {
  const where = `${flag} ${path}`;
  let at = resolve(path);
  for (;;) {
    const stats = statOf(at, where);
    if (stats) {
      if (!stats.isDirectory()) {
        throw new PasskError(
          "BAD_OPTION",
          at === resolve(path)
            ? `${where}: is a file, not a folder; choose a folder (it is created if needed)`
            : `${where}: ${at} is a file, not a folder`,
        );
      }
      writable(at, where, `cannot write in ${at}`);
      return;
    }
    const up = dirname(at);
    if (up === at) return; // the root always exists; unreachable in practice
    at = up;
  }
}

/** The path's stats, or undefined when nothing is there. */
function statOf(path: string, where: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    // A file where a folder should be: "/etc/passwd/x".
    if (code === "ENOTDIR") {
      throw new PasskError("BAD_OPTION", `${where}: ${fileOnTheWay(path)} is a file, not a folder`);
    }
    if (code === "EACCES") {
      throw new PasskError("BAD_OPTION", `${where}: permission denied (cannot look into its folder)`);
    }
    throw error;
  }
}

/** The first ancestor of `path` that exists and is not a folder (an ENOTDIR says there is one). */
function fileOnTheWay(path: string): string {
  let at = resolve(path);
  for (let up = dirname(at); up !== at; at = up, up = dirname(at)) {
    try {
      if (!statSync(up).isDirectory()) return up;
    } catch {
      // not there or not reachable: keep climbing
    }
  }
  return path;
}

function writable(path: string, where: string, what: string): void {
  try {
    accessSync(path, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "EROFS" ? "read-only file system" : "permission denied";
    throw new PasskError("BAD_OPTION", `${where}: ${what} (${why}); choose another path`);
  }
}
