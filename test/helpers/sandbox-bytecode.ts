// vitest's global set-up: the fork server's modules in src/sandbox compiled to bytecode, as the build
// does for dist/sandbox (scripts/sandbox-bytecode.mjs), so that the sandbox under test starts as a
// built one does, with its bytecode bound beside its modules.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const SCRIPT = fileURLToPath(new URL("../../scripts/sandbox-bytecode.mjs", import.meta.url));
const SANDBOX = fileURLToPath(new URL("../../src/sandbox", import.meta.url));

export default function setup(): void {
  execFileSync(process.execPath, [SCRIPT, SANDBOX], { stdio: ["ignore", "inherit", "inherit"] });
}
