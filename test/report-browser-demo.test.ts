// The report that `passk run` writes for a real run of the offline demo model, opened in Chromium:
// every section the data allow (ranking with back-translation, BLEU) renders with no console error
// and no network request, the search box works, and full-page screenshots (light and dark) are kept
// in test-artifacts/screenshots/demo-run-*.png.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findChromium, SCREENSHOTS } from "./helpers/chromium.js";
import { assertCliBuilt, passk } from "./helpers/cli.js";
import { DEMO_PROBLEMS } from "./helpers/demo-model.js";
import { removeWorkspaces, workspace } from "./helpers/workspace.js";

const CHROMIUM = findChromium();

describe.skipIf(!CHROMIUM)("the report of a real demo run in Chromium", () => {
  let dir = "";
  beforeAll(async () => {
    assertCliBuilt();
    dir = join(workspace(), "run");
    const result = await passk(["run", "--set", DEMO_PROBLEMS, "--n", "8", "--out", dir, "--no-progress"]);
    expect(result.code, result.stderr).toBe(0);
  }, 60_000);
  afterAll(removeWorkspaces);

  it.each(["light", "dark"] as const)(
    "renders every section in %s mode without errors or network",
    async (scheme) => {
      const browser = await chromium.launch({ executablePath: CHROMIUM as string, args: ["--no-sandbox"] });
      try {
        const context = await browser.newContext({
          colorScheme: scheme,
          viewport: { width: 1200, height: 900 },
        });
        const requests: string[] = [];
        const errors: string[] = [];
        await context.route("**/*", (route) => {
          const url = route.request().url();
          if (!url.startsWith("file:")) requests.push(url);
          return url.startsWith("file:") ? route.continue() : route.abort();
        });
        const page = await context.newPage();
        page.on("console", (m) => {
          if (m.type() === "error") errors.push(m.text());
        });
        page.on("pageerror", (e) => errors.push(e.message));
        await page.goto(`file://${join(dir, "report.html")}`);
        await page.waitForSelector("#run-1-samples[data-ready]", { timeout: 5000 });
        for (const id of [
          "run-1-config",
          "run-1-passk",
          "run-1-curve",
          "run-1-status",
          "run-1-grid",
          "rank",
          "bleu",
        ]) {
          expect(await page.isVisible(`#${id}`), id).toBe(true);
        }
        // Every ranking strategy is computed for the demo, back-translation included.
        const rank = (await page.textContent("#rank")) ?? "";
        for (const label of ["random", "mean log-prob", "sum log-prob", "back-translation", "oracle"]) {
          expect(rank).toContain(label);
        }
        expect(rank).not.toContain("not computed");
        // The search box narrows the list to the samples of one problem.
        await page.fill('#run-1-samples [data-role="search"]', "demo/3");
        await expect
          .poll(() => page.getAttribute('#run-1-samples [data-role="list"]', "data-matching"))
          .toBe("8");
        await page.fill('#run-1-samples [data-role="search"]', "");
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOTS, `demo-run-${scheme}.png`), fullPage: true });
        expect(requests).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
      }
    },
  );

  it("is one file that names the model as simulated", () => {
    const html = readFileSync(join(dir, "report.html"), "utf8");
    expect(html).toContain("SIMULATED MODEL");
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)="https?:/);
  });
});
