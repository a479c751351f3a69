// Where passk's own files are, found from one place. The command line runs as one bundled file,
// dist/passk.js (scripts/bundle.mjs), in which every module's `import.meta.url` is the bundle's own;
// this module sits at the top of the compiled folder, beside the bundle, so that a file named from
// here is found the same way whether the modules run bundled, one by one from dist/, or from src/
// (under vitest, where the data files sit beside the sources).
import { fileURLToPath } from "node:url";

/** The compiled folder (dist/, or src/ under vitest). */
const ROOT = new URL("./", import.meta.url);

/** `relative` (to the compiled folder, e.g. "sandbox/protocol.json") as a URL. */
export function ownUrl(relative: string): URL {
  return new URL(relative, ROOT);
}

/** `relative` (to the compiled folder, e.g. "../datasets/") as a path. */
export function ownPath(relative: string): string {
  return fileURLToPath(ownUrl(relative));
}

/**
 * `relative` in the built folder (dist/), also under vitest, where this module is the source: for what
 * must run compiled (the JavaScript sandbox's runtime).
 */
export function builtPath(relative: string): string {
  const built = import.meta.url.endsWith(".ts") ? new URL("../dist/", ROOT) : ROOT;
  return fileURLToPath(new URL(relative, built));
}
