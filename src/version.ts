// passk's own version, read from package.json (one level above both src/ and dist/).
import { readFileSync } from "node:fs";
import { ownUrl } from "./paths.js";

/** The installed passk version. */
export const VERSION: string = (
  JSON.parse(readFileSync(ownUrl("../package.json"), "utf8")) as { version: string }
).version;
