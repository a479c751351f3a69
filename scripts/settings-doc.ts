// Writes docs/settings.md from the settings table (src/run/settings.ts) and the defaults
// (src/defaults.ts): `npm run docs:settings`. src/run/settings.test.ts fails when it is not current.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { settingsReference } from "../src/run/settings-doc.js";

const path = fileURLToPath(new URL("../docs/settings.md", import.meta.url));
writeFileSync(path, settingsReference());
process.stderr.write(`wrote ${path}\n`);
