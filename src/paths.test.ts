// The command line runs bundled (dist/passk.js), where a module's own `import.meta.url` is the bundle's:
// files passk reads must be named through paths.ts. This keeps new code from doing otherwise.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ownPath } from "./paths.js";

const SRC = fileURLToPath(new URL("./", import.meta.url));

/** Where `import.meta.url` may stay: paths.ts itself; module resolution, which works from any folder
 * under the project; the compiler server, a script of its own that is never bundled. */
const ALLOWED: Record<string, RegExp> = {
  "paths.ts": /./,
  "sandbox/node/launch.ts": /createRequire\(import\.meta\.url\)\.resolve\(/,
  "sandbox/node/compiler-server.ts": /createRequire\(import\.meta\.url\)\(/,
};

function sources(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const name = `${prefix}${entry.name}`;
    if (entry.isDirectory()) return sources(join(dir, entry.name), `${name}/`);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [name] : [];
  });
}

describe("paths", () => {
  it("no module but those allowed uses its own import.meta.url", () => {
    const offending = sources(SRC).flatMap((name) =>
      readFileSync(join(SRC, name), "utf8")
        .split("\n")
        .filter((line) => line.includes("import.meta") && !(ALLOWED[name]?.test(line) ?? false))
        .map((line) => `${name}: ${line.trim()}`),
    );
    expect(offending).toEqual([]);
  });

  it("names passk's own files from the compiled folder", () => {
    expect(readFileSync(ownPath("sandbox/protocol.json"), "utf8")).toContain("{");
    expect(readFileSync(ownPath("../package.json"), "utf8")).toContain('"name": "passk"');
  });
});
