// docs/settings.md, rendered from the settings table: every setting with its config key, the flag of
// each command that takes it, its default and its meaning. Written by `npm run docs:settings`
// (scripts/settings-doc.ts); src/run/settings.test.ts fails when the file is not current.
import {
  COMMAND_SETTINGS,
  type CommandSettings,
  SETTINGS,
  type Setting,
  type SettingKey,
} from "./settings.js";

/** docs/settings.md: every setting with its config key, flags, commands, default and meaning. */
export function settingsReference(): string {
  const commands = Object.entries(COMMAND_SETTINGS as Record<string, CommandSettings>);
  // Text outside code spans: `<model>` must not read as an HTML tag, `|` must not end the cell.
  const text = (value: string) => value.replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|");
  const rows = Object.entries(SETTINGS).map(([key, setting]: [string, Setting]) => {
    // Each flag of the setting, with the commands that take it under that name.
    const byFlag = new Map<string, string[]>();
    for (const [name, command] of commands) {
      if (!command.settings.includes(key as SettingKey)) continue;
      const flag = command.flags?.[key as SettingKey] ?? setting.flag;
      if (flag) byFlag.set(flag, [...(byFlag.get(flag) ?? []), name]);
    }
    const flags = [...byFlag].map(([flag, names]) => `\`${flag}\` (${names.join(", ")})`);
    // The default, and where a command's differs, that command's.
    const defaults = commands.flatMap(([name, command]) => {
      const own = command.settings.includes(key as SettingKey)
        ? command.defaults?.[key as SettingKey]
        : undefined;
      return own === undefined ? [] : [`${name}: ${own}`];
    });
    const shownDefault = [setting.default ?? "—", ...defaults].join("; ");
    if (setting.alias) flags.push(`\`${setting.alias}\` (the same)`);
    const help = setting.flag?.startsWith("--no-") ? `false: ${setting.help}` : setting.help;
    const meaning = setting.config ? `${help}; in a config file, ${setting.config}` : help;
    return [`\`${key}\``, flags.join("; ") || "none: config files only", text(shownDefault), text(meaning)];
  });
  return [
    "# Settings",
    "",
    "<!-- Made by `npm run docs:settings` from src/run/settings.ts (defaults: src/defaults.ts); a test checks it is current. -->",
    "",
    "Every setting passk takes, by its config-file key, with the flag of each command that takes it.",
    "`passk run`, `generate` and `sweep` also read any of them from a `--config` file (flags win). A",
    "setting without a default sends or limits nothing unless it is given.",
    "",
    ...markdownTable(["key", "flag (commands)", "default", "meaning"], rows),
    "",
  ].join("\n");
}

/** A markdown table with its columns padded, as the formatter (biome) writes it. */
function markdownTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((cell, i) =>
    Math.max(3, cell.length, ...rows.map((row) => (row[i] ?? "").length)),
  );
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)];
}
