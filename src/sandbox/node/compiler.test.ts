// Compilers.close() while programs wait: every compile settles (none hangs the run that awaits it).
// The compiler is a stand-in process that says it is ready and then never answers.
import { describe, expect, it } from "vitest";
import { Compilers } from "./compiler.js";

const NEVER_ANSWERS = `process.stdout.write(JSON.stringify({ typescript: "0.0.0" }) + "\\n"); setInterval(() => {}, 1000);`;

describe("Compilers", () => {
  it("settles every compile when closed: the running one fails, the waiting ones and later ones are refused", async () => {
    const compilers = new Compilers(() => ({ command: process.execPath, args: ["-e", NEVER_ANSWERS] }), 1);
    expect(await compilers.warm()).toBe("0.0.0");
    const settled = [1, 2, 3].map((n) =>
      compilers.compile(`let x${n} = ${n};`, `let x${n} = ${n};`, "").then(
        (outcome) => ({ outcome }),
        (error: Error) => ({ error: error.message }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 200)); // the first is with the compiler
    compilers.close();
    const [running, ...waiting] = await Promise.all(settled);
    expect(running).toMatchObject({ outcome: { ok: false, code: "crash" } });
    for (const job of waiting) {
      expect(job).toEqual({ error: "the sandbox was closed before this program could be compiled" });
    }
    await expect(compilers.compile("let y = 1;", "let y = 1;", "")).rejects.toThrow(/sandbox was closed/);
  });
});
