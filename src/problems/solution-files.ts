// The other solutions of a problem folder: wrong/*.py (plausible mistakes the tests must catch, each
// saying its mistake on its first line) and alt/*.py (correct solutions written differently). They
// are whole programs, read here and run by `passk problems check`; they never decide a sample's verdict.
import { join } from "node:path";
import type { SetSource } from "./set-source.js";
import type { SolutionFile } from "./set-types.js";

const FILE_NAME = /^[a-z0-9][a-z0-9_-]*\.py$/;
const MISTAKE = /^# mistake: (\S.{4,})$/;

/** The files of `<dir>/<kind>/` in `source`, in name order, with every fault of their shape. */
export function readSolutionFiles(
  source: SetSource,
  dir: string,
  kind: "wrong" | "alt",
  entryPoint: string,
): { files: SolutionFile[]; faults: string[] } {
  const folder = `${dir}/${kind}`;
  const shown = join(source.root, folder);
  const files: SolutionFile[] = [];
  const faults: string[] = [];
  const found = source.kind(folder);
  if (found === null) return { files, faults };
  if (found !== "folder") return { files, faults: [`${shown}: must be a folder of .py files`] };
  for (const entry of source.entries(folder).sort()) {
    const path = join(shown, entry);
    const text = FILE_NAME.test(entry) && source.kind(`${folder}/${entry}`) === "file";
    const content = text ? source.read(`${folder}/${entry}`) : null;
    if (content === null) {
      faults.push(`${path}: ${kind}/ holds only Python files named like off-by-one.py`);
      continue;
    }
    const file: SolutionFile = { name: `${kind}/${entry}`, source: content };
    if (kind === "wrong") {
      const mistake = MISTAKE.exec(content.split("\n")[0] ?? "");
      if (mistake) file.mistake = (mistake[1] as string).trim();
      else faults.push(`${path}:1: the first line must say the mistake: "# mistake: <one line>"`);
    }
    if (!new RegExp(`^def ${entryPoint}\\(`, "m").test(content))
      faults.push(`${path}: must define ${entryPoint} at the top level (a whole program, imports included)`);
    files.push(file);
  }
  return { files, faults };
}
