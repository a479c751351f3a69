// Hostile JavaScript samples against the real Node sandbox (bubblewrap, seccomp, Node's permission
// model, a worker isolate per sample). Each attack is written so that the sample would pass if the
// attack worked (helpers/node-sandbox.ts `attack`); the tests check that it fails, why, and that the
// host, the next sample and the machine are untouched.
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findBubblewrap } from "../src/sandbox/bubblewrap.js";
import { nodeBinary, nodeSandboxArgs, uidAllocator } from "../src/sandbox/node/launch.js";
import { resolvePython } from "../src/sandbox/python.js";
import { DEFAULT_LIMITS } from "../src/sandbox/types.js";
import {
  canaries,
  connections,
  expectCanariesAlive,
  FILE_SECRET,
  homeDir,
  hostDir,
  PACKAGE_JSON,
  port,
  resetConnections,
  SECRET,
  setUpHost,
  tearDownHost,
  victim,
} from "./helpers/hostile-host.js";
import { attack, COUNT_VOWELS, ownProblem, runCompletion, useNodeSandbox } from "./helpers/node-sandbox.js";
import { QUICK } from "./helpers/sandbox-expect.js";

beforeAll(setUpHost);
afterAll(tearDownHost);

describe("Node sandbox under attack", () => {
  const sandbox = useNodeSandbox("js");
  const run = async (completion: string, limits = QUICK) =>
    runCompletion(sandbox(), await ownProblem("js", "own_1_count_vowels"), completion, limits);
  const refused = async (body: string) => {
    const ex = await run(attack(body));
    expect(ex.status, `${ex.result}\n${ex.output}`).toBe("failed");
    expect(ex.result).toMatch(/^failed: Error: refused: /);
    return ex.result;
  };
  const stillWorks = async () => {
    const ex = await run(COUNT_VOWELS);
    expect(ex.status, ex.result).toBe("passed");
  };

  describe("files", () => {
    it("cannot read the host's files: a secret file, the home folder, passk's own files", async () => {
      for (const file of [`${hostDir}/secret.txt`, `${homeDir}/secret.txt`, PACKAGE_JSON, "/etc/passwd"]) {
        const result = await refused(
          `return require("fs").readFileSync(${JSON.stringify(file)}, "utf8").includes(${JSON.stringify(FILE_SECRET.slice(0, 6))}) || "read " + ${JSON.stringify(file)};`,
        );
        expect(result).toContain("ENOENT");
      }
    });

    it("cannot write or delete outside its private /tmp, nor reach its host's memory through /proc", async () => {
      // The host's /tmp is not the sample's: the victim is not even there.
      expect(await refused(`require("fs").unlinkSync(${JSON.stringify(victim)}); return true;`)).toContain(
        "ENOENT",
      );
      expect(
        await refused(`require("fs").writeFileSync("/usr/passk-was-here", "x"); return true;`),
      ).toContain("ERR_ACCESS_DENIED");
      // Node's permission model refuses to open it for writing; and there is no /proc to read either.
      expect(await refused(`require("fs").openSync("/proc/self/mem", "r+"); return true;`)).toContain(
        "ERR_ACCESS_DENIED",
      );
      expect(await refused(`require("fs").openSync("/proc/self/mem", "r"); return true;`)).toContain(
        "ENOENT",
      );
      expect(spawnSync("cat", [victim]).stdout.toString()).toBe("keep me");
    });

    it("gets a fresh working directory in a /tmp of its own: nothing of an earlier sample is left", async () => {
      const writer = await run(`  require("fs").writeFileSync("/tmp/left-behind", "x");\n${COUNT_VOWELS}`);
      expect(writer.status, writer.result).toBe("passed");
      for (let i = 0; i < 3; i++) {
        // Both hosts: the next samples may run on either.
        expect(
          await refused(
            'return require("fs").existsSync("/tmp/left-behind") || require("fs").readdirSync("/tmp").join(",");',
          ),
        ).toMatch(/refused: (run)?$/);
      }
    });
  });

  it("sees no environment: not passk's, not the user's API keys", async () => {
    expect(process.env.PASSK_TEST_SECRET).toBe(SECRET);
    const result = await refused(
      `return JSON.stringify(process.env).includes(${JSON.stringify(SECRET)}) || JSON.stringify(process.env);`,
    );
    expect(result).toBe("failed: Error: refused: {}");
  });

  it("cannot reach the network: no connection reaches a server on the host's 127.0.0.1", async () => {
    resetConnections();
    const ex = await run(
      `${COUNT_VOWELS}require("net").connect(${port}, "127.0.0.1")` +
        '.on("connect", () => { throw new Error("CONNECTED"); }).on("error", (e) => { throw new Error("NET " + e.code); });\n',
    );
    expect(ex.status).toBe("failed");
    expect(ex.result).toBe("failed: Error: NET EPERM (after the test)");
    expect(connections).toBe(0);
    const udp = await run(
      `${COUNT_VOWELS}const s = require("dgram").createSocket("udp4"); s.on("error", (e) => { throw new Error("UDP " + e.code); }); s.send("x", ${port}, "127.0.0.1", (e) => { if (!e) throw new Error("SENT"); throw new Error("UDP " + e.code); });\n`,
    );
    expect(udp.result).toMatch(/^failed: Error: UDP E(PERM|ACCES)/);
  });

  describe("processes", () => {
    it("cannot start processes or programs: execSync, spawnSync, fork, exec of a shell", async () => {
      for (const body of [
        'return String(require("child_process").execSync("echo RAN")).includes("RAN");',
        'const r = require("child_process").spawnSync("/bin/sh", ["-c", "echo RAN"]); return String(r.stdout).includes("RAN") || String(r.error);',
        'require("child_process").fork("/passk/node/host.js"); return true;',
      ]) {
        expect(await refused(body)).toContain("ERR_ACCESS_DENIED");
      }
      expectCanariesAlive();
    });

    it("cannot start processes even without Node's permission model: the seccomp filter refuses fork and exec", async () => {
      // launch.py with the filter, Node without the permission model: only seccomp stands in the way.
      const bwrap = await findBubblewrap();
      if (!bwrap.path) throw new Error("bubblewrap is required");
      const python = await resolvePython();
      const code = [
        'const cp = require("child_process");',
        "const out = [];",
        'for (const f of [() => cp.spawnSync("/bin/true").error, () => { try { cp.execFileSync("/bin/true"); return "ran"; } catch (e) { return e; } }]) {',
        "  const e = f(); out.push(e && e.code ? e.code : String(e));",
        "}",
        "process.stdout.write(out.join(' '));",
      ].join("\n");
      const spec = {
        node: nodeBinary(),
        args: ["--no-addons", "-e", code],
        uid: process.getuid?.() === 0 ? uidAllocator()() : null,
        processes: DEFAULT_LIMITS.processes,
        address_space: 4 * 1024 ** 3,
        file_size: DEFAULT_LIMITS.fileSizeBytes,
        open_files: 256,
        seccomp: "require" as const,
        core: null,
        readable: [nodeBinary()],
      };
      const ran = spawnSync(bwrap.path, nodeSandboxArgs(python, spec, process.getuid?.() === 0), {
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(ran.stderr).toBe("");
      expect(ran.stdout).toBe("EPERM EPERM");
    });

    it("cannot load native code: addons are disabled", async () => {
      expect(
        await refused('process.dlopen({ exports: {} }, "/usr/lib/x86_64-linux-gnu/libc.so.6"); return true;'),
      ).toContain("ERR_DLOPEN_DISABLED");
    });

    it("cannot reach the host's main thread through the inspector, nor Node's internals through process.binding", async () => {
      expect(
        await refused(
          'const s = new (require("inspector").Session)(); s.connectToMainThread(); s.post("Runtime.evaluate", { expression: "1" }); return true;',
        ),
      ).toContain("ERR_ACCESS_DENIED");
      expect(await refused('process.binding("fs"); return true;')).toContain("ERR_ACCESS_DENIED");
    });

    it("ends when it signals its own process, and the next sample runs in a fresh host", async () => {
      const ex = await run("  process.kill(process.pid, 'SIGKILL');\n}\n");
      expect(ex.status).toBe("crashed");
      expectCanariesAlive();
      await stillWorks();
      expect(canaries.length).toBeGreaterThan(0);
    });
  });

  describe("resources", () => {
    it("is stopped by its heap limit (a growing array) or its CPU limit, never passing", async () => {
      const ex = await run("  const a = []; for (;;) a.push(new Array(1e6).fill(1));\n}\n", {
        ...DEFAULT_LIMITS,
        memoryBytes: 256 * 1024 ** 2,
        timeout: 3,
        wallTimeout: 10,
      });
      expect(["failed", "timeout"]).toContain(ex.status);
      if (ex.status === "failed")
        expect(ex.result).toBe("failed: out of memory (the sample's JavaScript heap limit is 256 MiB)");
      await stillWorks();
    });

    it("cannot allocate memory beyond its address space (ArrayBuffers outside the heap)", async () => {
      const ex = await run(
        "  const a = []; for (let i = 0; i < 64; i++) a.push(new Uint8Array(1 << 30).fill(1)); return a.length;\n}\n",
      );
      expect(ex.status).not.toBe("passed");
      expect(ex.result).toMatch(/RangeError|out of memory|died|timed out/);
      await stillWorks();
    });

    it("is stopped by its CPU limit, counted over every thread it starts", async () => {
      const ex = await run(
        '  const { Worker } = require("worker_threads"); for (let i = 0; i < 2; i++) new Worker("for (;;) {}", { eval: true, resourceLimits: { codeRangeSizeMb: 8 } });\n  for (;;) {}\n}\n',
      );
      expect(ex.status).not.toBe("passed");
      await stillWorks();
    });

    it("cannot write a file past 16 MiB, nor keep the descriptors it opened: the next sample has them all", async () => {
      expect(
        await refused('require("fs").writeFileSync("big", Buffer.alloc(17 * 1024 * 1024)); return true;'),
      ).toContain("EFBIG");
      const hoarder = await run(
        `  try { for (let i = 0; i < 400; i++) require("fs").openSync("/dev/null", "r"); } catch (e) { if (e.code !== "EMFILE") throw e; }\n${COUNT_VOWELS}`,
      );
      expect(hoarder.status, hoarder.result).toBe("passed");
      for (let i = 0; i < 3; i++) {
        expect(
          await refused(
            'const fds = []; for (let i = 0; i < 200; i++) fds.push(require("fs").openSync("/dev/null", "r")); fds.forEach((fd) => require("fs").closeSync(fd)); return "opened 200";',
          ),
        ).toBe("failed: Error: refused: opened 200");
      }
    });

    it("keeps only the first output bytes of a flood, and the flood ends with the sample", async () => {
      const ex = await run(`  for (let i = 0; i < 20000; i++) console.log("flood " + i);\n${COUNT_VOWELS}`, {
        ...QUICK,
        timeout: 5,
        wallTimeout: 20,
      });
      expect(ex.output.length).toBeLessThanOrEqual(QUICK.outputBytes);
      expect(ex.output.startsWith("flood 0\nflood 1\n")).toBe(true);
      const direct = await run(
        `  require("fs").writeSync(1, "x".repeat(1 << 20)); require("fs").writeSync(2, "y".repeat(1 << 16));\n${COUNT_VOWELS}`,
      );
      expect(direct.status, direct.result).toBe("passed");
    });
  });

  describe("forged passes", () => {
    it("exiting with code 0 before the test (at load or in a call) does not pass", async () => {
      expect(await run(`${COUNT_VOWELS}process.exit(0);\n`)).toMatchObject({
        status: "crashed",
        result: "failed: the program exited with code 0 before the test finished",
      });
      expect((await run("  process.exit(0);\n}\n")).status).toBe("crashed");
      expect((await run(`${COUNT_VOWELS}return;\n`)).result).toBe(
        "failed: the program ended before the test could call count_vowels",
      );
    });

    it("patching assert, the prototypes or the test does not pass: the test runs in another isolate", async () => {
      const patches = [
        'require("assert").deepEqual = () => {}; require("node:assert").deepEqual = () => {};',
        "Object.prototype.valueOf = () => 0; Array.prototype.length = 0;",
        "function test() {}",
        'process.on("uncaughtException", () => {}); process.on("exit", () => process.exit(0));',
      ];
      for (const patch of patches) {
        const ex = await run(`  return 42;\n}\n${patch}\n`);
        expect(ex.status, patch).toBe("failed");
        expect(ex.result, patch).toMatch(
          /^failed: AssertionError \[ERR_ASSERTION\]: .*42 should loosely deep-equal/,
        );
      }
    });

    it("a line it writes on the host's answer channel is not taken for the verdict", async () => {
      const forged = JSON.stringify({ id: 1, status: "passed", result: "passed", cpu: 0, wall: 0 });
      const ex = await run(
        `  require("fs").writeSync(3, ${JSON.stringify(`${forged}\tdeadbeef\n`)});\n  return 42;\n}\n`,
      );
      expect(ex).toMatchObject({
        status: "failed",
        result: "failed: the sample wrote on the sandbox's answer channel",
      });
      await stillWorks();
    });

    it("a line that never ends on the answer channel costs passk linear time and fails the sample", async () => {
      // 65 MiB in 8 KiB writes with no newline: read back as thousands of chunks. A reader that
      // searched (or copied) everything held at each chunk did about 8,000 x 32 MiB of work, minutes
      // of passk's main thread, during which no other sample's answer was read.
      const ex = await run(
        `  const fs = require("fs"); const piece = "x".repeat(8192);\n  for (let i = 0; i < 8320; i++) fs.writeSync(3, piece);\n  return 42;\n}\n`,
        { ...QUICK, timeout: 20, wallTimeout: 40 },
      );
      expect(ex).toMatchObject({
        status: "failed",
        result: "failed: the sample wrote on the sandbox's answer channel",
      });
      await stillWorks();
    });
  });

  describe("one sample cannot change the next one's verdict", () => {
    it("cannot set V8's flags for the process (a fixed random seed for everyone after it)", async () => {
      expect(await refused('require("v8").setFlagsFromString("--random-seed=42"); return true;')).toContain(
        "v8.setFlagsFromString is not available",
      );
    });

    it("cannot lower the priority of the samples after it: its host is replaced", async () => {
      const lowered = await run(`  require("os").setPriority(process.pid, 19);\n${COUNT_VOWELS}`);
      expect(lowered.status, lowered.result).toBe("passed");
      for (let i = 0; i < 3; i++) {
        expect(
          await refused('return require("os").getPriority() === 19 || require("os").getPriority();'),
        ).toBe("failed: Error: refused: 0");
      }
    });

    it("leaves the sandbox able to pass a correct sample after all of the above", stillWorks);
  });
});
