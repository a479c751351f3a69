// How the CLI prints an error that stops it, and its exit code: a known error in a line or two (its
// details grouped, so one mistake repeated on 164 lines is said once), a file-system error about a
// path the user gave in one line, and only a real bug with its stack trace.
import { PasskError } from "../errors.js";

/** Details printed at most, after grouping. */
const MAX_DETAILS = 50;

/** Codes of Node file-system errors that are about a path the user gave, with what they mean. */
const PATH_ERRORS: Record<string, string> = {
  ENOENT: "no such file or folder",
  EISDIR: "is a folder, not a file",
  ENOTDIR: "a part of the path is a file, not a folder",
  EEXIST: "already exists",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "read-only file system",
};

/** The lines to print on stderr for an error that stopped a command, and the exit code. */
export function errorOutput(error: unknown): { text: string; exitCode: number } {
  if (error instanceof PasskError) {
    const lines = [`passk: error: ${error.message}`];
    const details = groupDetails(error.details);
    for (const detail of details.slice(0, MAX_DETAILS)) lines.push(`  ${detail}`);
    if (details.length > MAX_DETAILS) lines.push(`  … and ${details.length - MAX_DETAILS} more`);
    const failed = ["INTERNAL", "SANDBOX_UNAVAILABLE", "SANDBOX_CLOSED", "MODEL_ERROR"].includes(error.code);
    return { text: `${lines.join("\n")}\n`, exitCode: failed ? 1 : 2 };
  }
  const { code, path, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  const meaning = code === undefined ? undefined : PATH_ERRORS[code];
  if (meaning && typeof path === "string") {
    // Not caught where it happened, but still about a path on the command line: no stack trace.
    return {
      text: `passk: error: ${path}: ${meaning} (${code}${syscall ? ` on ${syscall}` : ""}); check the path\n`,
      exitCode: 2,
    };
  }
  return {
    text: `passk: internal error (please report it): ${(error as Error)?.stack ?? String(error)}\n`,
    exitCode: 1,
  };
}

/**
 * Details of the form `<file>:<line>: <reason>` that share file and reason become one line with the
 * line numbers (`<file>:3,4,5,… (164 lines): <reason>`); others stay as they are, in order.
 */
export function groupDetails(details: readonly string[]): string[] {
  const groups = new Map<string, { file: string; reason: string; lines: string[] } | string>();
  details.forEach((detail, i) => {
    const match = /^(.+?):(\d+): (.*)$/s.exec(detail);
    if (!match) {
      groups.set(`\0${i}`, detail);
      return;
    }
    const [, file = "", line = "", reason = ""] = match;
    const key = `${file}\0${reason}`;
    const group = groups.get(key);
    if (typeof group === "object") group.lines.push(line);
    else groups.set(key, { file, reason, lines: [line] });
  });
  return [...groups.values()].map((group) => {
    if (typeof group === "string") return group;
    const { file, reason, lines } = group;
    if (lines.length === 1) return `${file}:${lines[0]}: ${reason}`;
    const shown = lines.length > 5 ? `${lines.slice(0, 3).join(",")},…,${lines.at(-1)}` : lines.join(",");
    return `${file}:${shown} (${lines.length} lines): ${reason}`;
  });
}
