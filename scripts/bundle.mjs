// Bundles the command line (dist/cli/main.js and what it imports, zod and commander with it) into
// dist/passk.js and its chunks, which `passk` runs: `passk evaluate` then loads 28 files instead of
// about two hundred modules, each of which Node would resolve, read, compile and link on every start
// (measured: a bundle of evaluate's modules loaded in 63–78 ms against 135–173 ms for the modules
// themselves; Node's CPU for a one-sample run 266 against 357 ms). The modules stay in dist/ too: the
// library, the tests and the sandbox's own processes use them one by one. Files passk reads at run
// time are found through src/paths.ts, which sits at the top of dist/ beside the bundle.
import { chmodSync, readdirSync, rmSync } from "node:fs";
import { build } from "esbuild";

// The chunks of an earlier build (their names are hashes of their contents) go first.
for (const file of readdirSync("dist")) {
  if (/^passk(-[A-Z0-9]+)?\.js$/.test(file)) rmSync(`dist/${file}`);
}

// Split at each dynamic import (each command's modules, the TypeScript support): a command loads only
// what it needs, and modules that import a large package loaded from node_modules (below) load it
// only when they run. Every file goes to the top of dist/, where src/paths.ts expects its neighbours.
await build({
  entryPoints: { passk: "dist/cli/main.js" },
  outdir: "dist",
  entryNames: "[name]",
  chunkNames: "passk-[hash]",
  splitting: true,
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Loaded from node_modules when needed: the TypeScript compiler (TypeScript problems) and the
  // tokenizers' tables (`passk tokens`), megabytes each.
  external: ["typescript", "js-tiktoken", "js-tiktoken/*"],
  // commander is CommonJS: its require() of Node's modules needs a require in the bundle's scope.
  banner: {
    js: 'import { createRequire as passkRequire } from "node:module";\nconst require = passkRequire(import.meta.url);',
  },
  logLevel: "warning",
});
chmodSync("dist/passk.js", 0o755);
