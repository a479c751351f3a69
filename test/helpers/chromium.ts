// The browser of the report tests: $PASSK_CHROMIUM (which must exist when set), else Debian's
// /usr/bin/chromium. Without one the tests are skipped with a message, except under CI=true, where a
// missing browser is a failure (CI installs `chromium`).
import { existsSync } from "node:fs";
import { join } from "node:path";

/** Screenshots taken by the browser tests, for people to look at (git-ignored). */
export const SCREENSHOTS = join(import.meta.dirname, "..", "..", "test-artifacts", "screenshots");

/** The Chromium to drive, or undefined (after a warning) when there is none outside CI. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.PASSK_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`PASSK_CHROMIUM=${fromEnv}: no such file`);
    return fromEnv;
  }
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  const message =
    "report browser tests: no Chromium found (set PASSK_CHROMIUM or `apt-get install chromium`)";
  if (process.env.CI === "true") throw new Error(`${message}; CI must have it`);
  console.warn(`${message}; skipping`);
  return undefined;
}
