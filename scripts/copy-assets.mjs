// Copies the non-TypeScript files the library loads at run time (the Python fork server, the
// mutant generator) into dist/.
import { cpSync, readdirSync } from "node:fs";

for (const dir of ["sandbox", "problems"]) {
  for (const file of readdirSync(`src/${dir}`)) {
    if (file.endsWith(".py")) cpSync(`src/${dir}/${file}`, `dist/${dir}/${file}`);
  }
}
