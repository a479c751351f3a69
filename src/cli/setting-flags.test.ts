// Tests of the flags made from the settings table: each command gets the flags of its settings with
// the generated "(default …)" help, and only the flags given on the command line come back as
// settings, under their config-file keys.
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { DEFAULTS } from "../defaults.js";
import type { PartialSettings } from "../run/config.js";
import { COMMAND_SETTINGS, SETTINGS } from "../run/settings.js";
import { addSettingFlags, settingsFromFlags } from "./setting-flags.js";

/** A command whose help is not wrapped and whose errors are thrown, not printed. */
const quiet = (name: string) =>
  new Command(name)
    .exitOverride()
    .configureHelp({ helpWidth: 1000 })
    .configureOutput({ writeErr: () => {} });

/** The settings `passk <name> <argv>` was given by flag. */
function given(name: keyof typeof COMMAND_SETTINGS, argv: string[]): PartialSettings {
  const command = addSettingFlags(quiet(name), name);
  command.parse(argv, { from: "user" });
  return settingsFromFlags(command);
}

describe("setting flags", () => {
  it("give each command the flags of its settings, with the defaults in the help", () => {
    const help = addSettingFlags(quiet("run"), "run").helpInformation();
    expect(help).toContain(`requests in flight at most (default ${DEFAULTS.concurrency})`);
    expect(help).toContain(`seconds to wait for one answer (default ${DEFAULTS.requestTimeout})`);
    expect(help).toContain("(default 1,10,100, as far as n allows)");
    expect(help).toMatch(/--problems <name-or-path> +same as --set\n/);
    // A --no-… flag says what it turns off, not that it is on by default.
    expect(help).toMatch(/--no-cache +do not read or write the completion cache\n/);
    for (const key of COMMAND_SETTINGS.run.settings) {
      const flag = (SETTINGS[key] as { flag?: string }).flag;
      if (flag) expect(help, key).toContain(flag);
    }
    // A command may name a setting's flag otherwise, or explain it in its own words.
    const rank = addSettingFlags(quiet("rank"), "rank").helpInformation();
    expect(rank).toContain("--seed <n>");
    expect(rank).not.toContain("--ci-seed");
    expect(rank).toContain("back-translation requests in flight at most (default 8)");
    expect(rank).toContain("model that scores back-translation (default the run's model)");
    expect(rank).toContain("--max-answer-size <size>");
    // …or give it its own default: an in-context run asks for one greedy, one-line answer.
    const incontext = addSettingFlags(quiet("incontext run"), "incontext run").helpInformation();
    expect(incontext).toContain(`samples per prompt (default ${DEFAULTS.incontext.n}, greedy decoding)`);
    expect(incontext).toContain("sampling temperature (default 0, greedy)");
    expect(incontext).toContain("nucleus sampling (default not sent)");
    expect(incontext).toContain('(default "\\n" in completion mode, none in chat mode)');
    expect(incontext).toContain(`requests in flight at most (default ${DEFAULTS.concurrency})`);
    expect(incontext).not.toContain("--set");
  });

  it("read back only the flags given, under their config-file keys", () => {
    expect(given("run", [])).toEqual({});
    expect(
      given("run", [
        "--rpm",
        "60",
        "--no-cache",
        "--set",
        "humaneval",
        "-c",
        "3",
        "--stop",
        "\\n#",
        "--stop",
        "x",
      ]),
    ).toEqual({
      requestsPerMinute: 60,
      cache: false,
      problems: "humaneval",
      concurrency: 3,
      stop: ["\n#", "x"],
    });
    expect(given("run", ["--problems", "p.jsonl", "-k", "all", "--ci-seed", "4"])).toEqual({
      problems: "p.jsonl",
      k: "all",
      ciSeed: 4,
    });
    expect(given("incontext run", ["-n", "3", "--stop", "\\n", "--max-answer-size", "1MiB"])).toEqual({
      n: 3,
      stop: ["\n"],
      maxAnswerSize: 1024 ** 2,
    });
    expect(given("incontext report", ["--ci-seed", "5", "--resamples", "100"])).toEqual({
      ciSeed: 5,
      resamples: 100,
    });
    expect(given("evaluate", ["--seed", "7", "--memory", "2GiB", "--isolation", "full"])).toEqual({
      ciSeed: 7,
      memory: 2 * 1024 ** 3,
      isolation: "full",
    });
  });

  it("refuse a bad value with the parser's message", () => {
    expect(() => given("run", ["--concurrency", "0"])).toThrow(/expected a positive integer/);
    expect(() => given("run", ["--temperature", "3"])).toThrow(/expected a number from 0 to 2/);
    // As the config-file schema: a top_p of 0 keeps no token.
    expect(() => given("run", ["--top-p", "0"])).toThrow(/expected a number above 0, up to 1/);
    expect(given("incontext run", ["--top-p", "1"])).toEqual({ topP: 1 });
    expect(() => given("evaluate", ["--isolation", "none"])).toThrow(/Allowed choices are auto, full/);
  });
});
