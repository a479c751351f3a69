// Small JSON files that are rewritten in place (run manifests): written whole or not at all.
import { renameSync, writeFileSync } from "node:fs";

/** Writes `value` as indented JSON through a temp file and a rename, so a crash never leaves half a file. */
export function writeJsonAtomically(path: string, value: unknown): void {
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(temporary, path);
}
