// Tests of the settings table: docs/settings.md is the table's current rendering, the config-file
// schema is made of every setting (and nothing else), and each setting's default text is the value
// in src/defaults.ts.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULTS } from "../defaults.js";
import { RunSettingsSchema } from "./config.js";
import { COMMAND_SETTINGS, SETTINGS, type SettingKey } from "./settings.js";
import { settingsReference } from "./settings-doc.js";

describe("the settings table", () => {
  it("is what docs/settings.md shows (npm run docs:settings makes it)", () => {
    const doc = readFileSync(new URL("../../docs/settings.md", import.meta.url), "utf8");
    expect(doc, "docs/settings.md is stale: run `npm run docs:settings`").toBe(settingsReference());
    for (const key of Object.keys(SETTINGS)) expect(doc).toMatch(new RegExp(`^\\| \`${key}\` +\\|`, "m"));
  });

  it("is the config-file schema: every setting is a key, an unknown key is refused", () => {
    expect(Object.keys(RunSettingsSchema.shape).sort()).toEqual(Object.keys(SETTINGS).sort());
    expect(
      RunSettingsSchema.safeParse({ concurrency: 4, memory: 32 * 1024 ** 2, isolation: "full" }).success,
    ).toBe(true);
    expect(RunSettingsSchema.safeParse({ concurrencyy: 4 }).success).toBe(false);
    expect(RunSettingsSchema.safeParse({ isolation: "none" }).success).toBe(false);
  });

  it("shows the defaults of src/defaults.ts", () => {
    expect(SETTINGS.concurrency.default).toBe(String(DEFAULTS.concurrency));
    expect(SETTINGS.requestTimeout.default).toBe(String(DEFAULTS.requestTimeout));
    expect(SETTINGS.maxAttempts.default).toBe(String(DEFAULTS.maxAttempts));
    expect(SETTINGS.k.default).toContain(DEFAULTS.k.join(","));
    expect(SETTINGS.resamples.default).toBe(String(DEFAULTS.resamples));
    expect(SETTINGS.memory.default).toBe("1GiB");
    // A command whose defaults differ shows its own, from the same file.
    const incontext = COMMAND_SETTINGS["incontext run"].defaults;
    expect(incontext.n).toMatch(new RegExp(`^${DEFAULTS.incontext.n}\\b`));
    expect(incontext.temperature).toMatch(new RegExp(`^${DEFAULTS.incontext.temperature}\\b`));
    expect(incontext.maxTokens).toBe(
      `${DEFAULTS.incontext.maxTokens.completion} in completion mode, ${DEFAULTS.incontext.maxTokens.chat} in chat mode`,
    );
    expect(incontext.stop).toBe('"\\n" in completion mode, none in chat mode');
  });

  it("lists each command's own defaults in docs/settings.md", () => {
    const doc = settingsReference();
    expect(doc).toMatch(/^\| `n` .*\| 10; incontext run: 1, greedy decoding +\|/m);
    expect(doc).toMatch(
      /^\| `resamples` .*\(run, sweep, evaluate, rank, compare, limits, incontext run, incontext report\)/m,
    );
    expect(doc).toMatch(/^\| `model` .*; rank: the run's model +\|/m);
  });

  it("names only settings of the table in each command, once", () => {
    for (const [name, command] of Object.entries(COMMAND_SETTINGS)) {
      const keys: readonly SettingKey[] = command.settings;
      expect(new Set(keys).size, name).toBe(keys.length);
      for (const key of keys) expect(SETTINGS, `${name}: ${key}`).toHaveProperty(key);
    }
  });
});
