// Small JSON files that are rewritten in place (run manifests): written whole or not at all.
import { renameSync, writeFileSync } from "node:fs";

/**
 * Writes `value` as JSON (indented by `indent` spaces; 0: on one line) through a temp file and a
 * rename, so a crash never leaves half a file.
 */
export function writeJsonAtomically(path: string, value: unknown, indent = 2): void {
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(value, null, indent || undefined)}\n`);
  renameSync(temporary, path);
}
