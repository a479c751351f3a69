// The fork server's modules run from bytecode compiled once (scripts/sandbox-bytecode.mjs: by the build
// for dist/sandbox, by the test set-up for src/sandbox) instead of being compiled at every start: the
// files are there, hash-checked, bound read-only into bubblewrap beside the modules, and used there;
// and a sample can neither import the sandbox's modules nor change their bytecode.
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { bubblewrapArgs, findBubblewrap } from "../src/sandbox/bubblewrap.js";
import { serverFiles } from "../src/sandbox/pool.js";
import { type PythonInfo, resolvePython } from "../src/sandbox/python.js";
import { assertCliBuilt } from "./helpers/cli.js";
import { py } from "./helpers/python.js";
import { FULL_ISOLATION, useSandbox } from "./helpers/sandbox.js";
import { QUICK } from "./helpers/sandbox-expect.js";

const run = promisify(execFile);
const DIST = fileURLToPath(new URL("../dist/sandbox/", import.meta.url));
const SRC = fileURLToPath(new URL("../src/sandbox/", import.meta.url));
/** The modules the fork server imports (every .py it is started with). */
const MODULES = serverFiles()
  .filter((file) => file.endsWith(".py"))
  .map((file) => (file.split("/").pop() as string).replace(/\.py$/, ""));

let python: PythonInfo;
/** The interpreter's bytecode tag (cpython-311). */
let tag: string;
beforeAll(async () => {
  python = await resolvePython();
  tag = (
    await run(python.executable, ["-c", "import sys; print(sys.implementation.cache_tag)"])
  ).stdout.trim();
});

/** The flags word of a .pyc header (PEP 552): 3 = hash-based and checked against the source. */
const flagsOf = (file: string) => readFileSync(file).readUInt32LE(4);

describe("the fork server's bytecode", () => {
  it("is written by the build for every module of the server, hash-checked, for this interpreter", () => {
    assertCliBuilt();
    expect(MODULES).toContain("forkserver");
    expect(MODULES).toContain("zygote");
    for (const module of MODULES) {
      const file = join(DIST, "__pycache__", `${module}.${tag}.pyc`);
      expect(flagsOf(file), file).toBe(3);
    }
  });

  it("is bound beside the modules inside bubblewrap, and loaded from there", async (context) => {
    const bwrap = await findBubblewrap();
    if (!bwrap.path) return context.skip();
    const files = serverFiles();
    for (const module of MODULES) expect(files).toContain(join(SRC, "__pycache__", `${module}.${tag}.pyc`));
    // The server's own command line, with Python asked to say where each module's code comes from.
    const args = bubblewrapArgs(python, files, process.getuid?.() === 0);
    const at = args.lastIndexOf("/passk/forkserver.py");
    expect(args.slice(at - 4, at + 1)).toEqual([python.executable, "-I", "-S", "-B", "/passk/forkserver.py"]);
    // The modules the two entry points (forkserver.py, zygote.py, run as scripts) import.
    const imported = MODULES.filter((m) => m !== "forkserver" && m !== "zygote");
    const check = `import sys; sys.path.insert(0, "/passk"); import ${imported.join(", ")}`;
    const { stderr } = await run(bwrap.path, [...args.slice(0, at), "-v", "-c", check]);
    for (const module of imported) {
      expect(stderr).toContain(`code object from '/passk/__pycache__/${module}.${tag}.pyc'`);
    }
  });
});

describe("a sample, with bubblewrap and seccomp", () => {
  const sandbox = useSandbox(FULL_ISOLATION);

  it("can neither import the sandbox's modules nor change their bytecode", async () => {
    const cache = readdirSync(join(SRC, "__pycache__"));
    const before = cache.map((name) => readFileSync(join(SRC, "__pycache__", name)));
    // Each module its process has not loaded (those it has are in sys.modules: bytecode changes nothing there).
    const attack = py`
      import sys
      tried, got = 0, []
      for name in ${JSON.stringify(MODULES)}:
          if name in sys.modules:
              continue
          tried += 1
          try:
              __import__(name)
              got.append("imported " + name)
          except ImportError:
              pass
      for path in ("/passk/__pycache__/sides.${tag}.pyc", "/passk/__pycache__/new.${tag}.pyc", "/passk/sides.py"):
          try:
              with open(path, "ab") as f:
                  f.write(b"x")
              got.append("wrote " + path)
          except OSError:
              pass
      print(tried > 0, got, "/passk" in sys.path)
    `;
    // In a child of the server (in-process) and in a child of the zygote (tests as data).
    const inProcess = await sandbox().run(attack, QUICK);
    const data = await sandbox().run(`${attack}\ndef f():\n    return 1\n`, QUICK, {
      entryPoint: "f",
      inputs: ["[]"],
    });
    for (const ex of [inProcess, data]) {
      expect(ex.status, ex.result).toBe("passed");
      expect(ex.output).toBe("True [] False\n");
    }
    expect(readdirSync(join(SRC, "__pycache__"))).toEqual(cache);
    for (const [i, name] of cache.entries()) {
      expect(readFileSync(join(SRC, "__pycache__", name)).equals(before[i] as Buffer), name).toBe(true);
    }
  });
});
