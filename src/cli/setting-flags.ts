// The flags of the settings table (src/run/settings.ts) on a command: each setting's flag, parser and
// choices, its help with "(default …)" made from the table, and the settings given by flag read back.
// No flag of a setting carries a default for commander: what is not given stays unset, so a config
// file or a run folder can fill it, and the library applies the default (src/defaults.ts).
import { type Command, Option } from "commander";
import type { PartialSettings } from "../run/config.js";
import {
  COMMAND_SETTINGS,
  type CommandSettings,
  type FlagParser,
  SETTINGS,
  type Setting,
  type SettingKey,
} from "../run/settings.js";
import {
  collectStop,
  parseAnswerSize,
  parseBytes,
  parseFloatIn,
  parseInteger,
  parseKListOrAll,
  parsePositiveInt,
  parseSeconds,
  parseTopP,
} from "./options.js";

const PARSERS: Record<FlagParser, (value: string, previous: never) => unknown> = {
  "positive-int": parsePositiveInt,
  integer: parseInteger,
  seconds: parseSeconds,
  bytes: parseBytes,
  "k-list": parseKListOrAll,
  temperature: parseFloatIn(0, 2),
  "top-p": parseTopP,
  "stop-sequence": collectStop,
  "answer-size": parseAnswerSize,
};

/** Which setting each option added here stands for. */
const SETTING_OF = new WeakMap<Option, SettingKey>();

/** `help` with the default appended, as every flag of passk shows it. */
export function withDefault(help: string, value: string | undefined): string {
  return value === undefined ? help : `${help} (default ${value})`;
}

/** Adds the flags of the settings `command` takes (COMMAND_SETTINGS[name]) to it. */
export function addSettingFlags(command: Command, name: keyof typeof COMMAND_SETTINGS): Command {
  const spec: CommandSettings = COMMAND_SETTINGS[name];
  for (const key of spec.settings) {
    const setting: Setting = SETTINGS[key];
    const flag = spec.flags?.[key] ?? setting.flag;
    if (flag === undefined) continue;
    const help = spec.help?.[key] ?? setting.help;
    // A --no-… flag turns something off: its default is being on, which goes without saying.
    addOption(
      command,
      key,
      setting,
      flag,
      flag.startsWith("--no-") ? help : withDefault(help, spec.defaults?.[key] ?? setting.default),
    );
    if (setting.alias) addOption(command, key, setting, setting.alias, `same as ${longName(flag)}`);
  }
  return command;
}

function addOption(command: Command, key: SettingKey, setting: Setting, flag: string, help: string): void {
  const option = new Option(flag, help);
  if (setting.choices) option.choices(setting.choices);
  else if (setting.parse)
    option.argParser(PARSERS[setting.parse] as (value: string, previous: unknown) => unknown);
  SETTING_OF.set(option, key);
  command.addOption(option);
}

const longName = (flag: string) => /--[\w-]+/.exec(flag)?.[0] ?? flag;

/**
 * The settings given by flag on the command line (only those: a config file or a run folder fills the
 * rest). Of two flags of one setting, the first one declared wins.
 */
export function settingsFromFlags(command: Command): PartialSettings {
  const settings: Record<string, unknown> = {};
  for (const option of command.options) {
    const key = SETTING_OF.get(option);
    const attribute = option.attributeName();
    if (key === undefined || key in settings || command.getOptionValueSource(attribute) !== "cli") continue;
    settings[key] = command.getOptionValue(attribute);
  }
  return settings as PartialSettings;
}
