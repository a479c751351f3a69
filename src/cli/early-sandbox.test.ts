// The flags read before commander reads them (early-sandbox.ts) must ask for the set-up that the
// parsed flags ask for: otherwise evaluate() discards the server started early and starts another.

import { availableParallelism } from "node:os";
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { evaluationOptions } from "../run/config.js";
import { earlySetup } from "./early-sandbox.js";
import { addSettingFlags, settingsFromFlags } from "./setting-flags.js";

/** The sandbox options evaluate() is given for `passk evaluate <argv>`, through commander. */
function parsed(argv: string[]) {
  const command = addSettingFlags(
    new Command("evaluate")
      .exitOverride()
      .configureOutput({ writeErr: () => {} })
      .argument("<samples>")
      .requiredOption("-p, --problems <file>")
      .option("--fresh"),
    "evaluate",
  );
  command.parse(argv, { from: "user" });
  return evaluationOptions(settingsFromFlags(command)).sandbox;
}

describe("the early fork server's set-up", () => {
  it("is the one the parsed flags ask for", () => {
    const lines = [
      ["s.jsonl", "-p", "p.jsonl"],
      ["s.jsonl", "--problems", "p.jsonl", "--isolation", "full", "--fresh"],
      ["--isolation=full", "s.jsonl", "-p", "p.jsonl", "--no-seccomp"],
      ["s.jsonl", "-p", "p.jsonl", "--no-bubblewrap", "--python", "/opt/python3.12/bin/python3"],
      ["s.jsonl", "-p", "p.jsonl", "--python=python3.11", "--workers", "3", "--isolation", "auto"],
    ];
    for (const argv of lines) expect(earlySetup(argv)?.sandbox, argv.join(" ")).toEqual(parsed(argv));
  });

  it("expects one server per worker, at most one per core", () => {
    const cores = availableParallelism();
    expect(earlySetup(["s.jsonl", "-p", "p.jsonl"])?.workers).toBe(cores);
    expect(earlySetup(["s.jsonl", "-p", "p.jsonl", "--workers", "1"])?.workers).toBe(1);
    expect(earlySetup(["s.jsonl", "-p", "p.jsonl", "--workers=999"])?.workers).toBe(cores);
    // Malformed: the command refuses it; until then, one server.
    expect(earlySetup(["s.jsonl", "-p", "p.jsonl", "--workers", "two"])?.workers).toBe(1);
  });

  it("starts nothing for help, TypeScript problems, or flags it cannot read as commander would", () => {
    expect(earlySetup(["--help"])).toBeNull();
    expect(earlySetup(["s.jsonl", "-p", "p.jsonl", "-h"])).toBeNull();
    expect(earlySetup(["s.jsonl", "-p", "p.jsonl", "--language", "ts"])).toBeNull();
    expect(earlySetup(["s.jsonl", "-p", "p.jsonl", "--python", "a", "--python", "b"])).toBeNull();
    expect(earlySetup(["s.jsonl", "-p", "p.jsonl", "--python"])).toBeNull();
    // After "--" every word is an argument, not a flag.
    expect(earlySetup(["-p", "p.jsonl", "--", "--no-bubblewrap"])?.sandbox.bubblewrap).toBe("auto");
  });
});
