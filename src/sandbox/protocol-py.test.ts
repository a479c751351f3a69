// Runs the Python side's unit tests (protocol_test.py: protocol.py against protocol.json, the fork
// server's answers to bad requests, channel.py's messages, a split run's setup word, link.py's
// requests and held answers) with the real interpreter; any failing Python test fails this one.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { resolvePython } from "./python.js";

const run = promisify(execFile);

describe("protocol.py", () => {
  it("passes its unit tests (protocol_test.py) under the real Python", async () => {
    const python = await resolvePython();
    const script = fileURLToPath(new URL("protocol_test.py", import.meta.url));
    const result = await run(python.executable, ["-B", script, "-v"], { timeout: 60_000 }).catch(
      (error: { code?: number; stdout?: string; stderr?: string }) => error,
    );
    const report = `${result.stdout ?? ""}${result.stderr ?? ""}`;
    expect(report, report).toMatch(/\nOK\n?$/);
    expect("code" in result ? result.code : 0, report).toBe(0);
    // Every test class ran (a renamed or skipped class would otherwise pass silently).
    for (const name of ["Requests", "Responses", "ServerAnswers", "Channel", "SetupWord", "Link"])
      expect(report).toContain(`__main__.${name}`);
  });
});
