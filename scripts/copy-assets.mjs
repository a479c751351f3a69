// Copies the non-TypeScript files the library loads at run time (the Python fork server) into dist/.
import { cpSync, readdirSync } from "node:fs";

for (const file of readdirSync("src/sandbox")) {
  if (file.endsWith(".py")) cpSync(`src/sandbox/${file}`, `dist/sandbox/${file}`);
}
