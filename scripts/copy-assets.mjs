// Copies the non-TypeScript files the library loads at run time (the Python fork server and its
// protocol.json, the mutant generator) into dist/, compiles the fork server's modules to bytecode, and
// makes the unbundled CLI executable (tsc writes it 0644; `passk` itself runs the bundle, dist/passk.js,
// which scripts/bundle.mjs makes next).
import { chmodSync, cpSync, readdirSync } from "node:fs";
import { compileSandboxBytecode } from "./sandbox-bytecode.mjs";

for (const dir of ["sandbox", "sandbox/node", "problems"]) {
  for (const file of readdirSync(`src/${dir}`)) {
    if ((file.endsWith(".py") && !file.endsWith("_test.py")) || file === "protocol.json")
      cpSync(`src/${dir}/${file}`, `dist/${dir}/${file}`);
  }
}
const note = compileSandboxBytecode("dist/sandbox");
if (note) process.stderr.write(`note: ${note}\n`);
chmodSync("dist/cli/main.js", 0o755);
