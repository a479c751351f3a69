// The other solutions of a problem folder: wrong/*.py (plausible mistakes the tests must catch, each
// saying its mistake on its first line) and alt/*.py (correct solutions written differently). They
// are whole programs, read here and run by `passk problems check`; they never decide a sample's verdict.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { SolutionFile } from "./set-types.js";

const FILE_NAME = /^[a-z0-9][a-z0-9_-]*\.py$/;
const MISTAKE = /^# mistake: (\S.{4,})$/;

/** The files of `<dir>/<kind>/`, in name order, with every fault of their shape. */
export function readSolutionFiles(
  dir: string,
  kind: "wrong" | "alt",
  entryPoint: string,
): { files: SolutionFile[]; faults: string[] } {
  const folder = join(dir, kind);
  const files: SolutionFile[] = [];
  const faults: string[] = [];
  if (!existsSync(folder)) return { files, faults };
  if (!statSync(folder).isDirectory()) return { files, faults: [`${folder}: must be a folder of .py files`] };
  for (const entry of readdirSync(folder).sort()) {
    const path = join(folder, entry);
    if (!FILE_NAME.test(entry) || !statSync(path).isFile()) {
      faults.push(`${path}: ${kind}/ holds only Python files named like off-by-one.py`);
      continue;
    }
    const source = readFileSync(path, "utf8");
    const file: SolutionFile = { name: `${kind}/${entry}`, source };
    if (kind === "wrong") {
      const mistake = MISTAKE.exec(source.split("\n")[0] ?? "");
      if (mistake) file.mistake = (mistake[1] as string).trim();
      else faults.push(`${path}:1: the first line must say the mistake: "# mistake: <one line>"`);
    }
    if (!new RegExp(`^def ${entryPoint}\\(`, "m").test(source))
      faults.push(`${path}: must define ${entryPoint} at the top level (a whole program, imports included)`);
    files.push(file);
  }
  return { files, faults };
}
