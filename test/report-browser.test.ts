// The HTML report in a real headless Chromium (Debian's `chromium`, driven by playwright-core):
// opened from a file with every non-file request blocked, it must load nothing, log no error, show
// every section, let the search box and filters narrow the sample list correctly, never run a
// hostile completion, and unpack compressed data. Screenshots of the main views, light and dark, go
// to test-artifacts/screenshots/ for people to look at.
//
// The browser: see test/helpers/chromium.ts.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ResultRecord } from "../src/evaluate/types.js";
import { runLabel } from "../src/report/html/input.js";
import { renderHtml } from "../src/report/html/page.js";
import { loadRun } from "../src/run/load.js";
import { findChromium, SCREENSHOTS } from "./helpers/chromium.js";
import { writeFakeRun } from "./helpers/fake-run.js";
import { fakeStudies } from "./helpers/fake-studies.js";
import { removeWorkspaces, workspace } from "./helpers/workspace.js";

const CHROMIUM = findChromium();
const SHOTS = SCREENSHOTS;
const PROBLEMS = 8;
const N = 12;

describe.skipIf(!CHROMIUM)("HTML report in Chromium", () => {
  let browser: Browser;
  let reportPath = "";
  let packedPath = "";
  let results: ResultRecord[] = [];

  beforeAll(async () => {
    const dir = workspace();
    results = writeFakeRun(join(dir, "a"), { problems: PROBLEMS, n: N, simulated: true }).results;
    writeFakeRun(join(dir, "b"), {
      problems: 6,
      n: 10,
      seed: 2,
      model: "openai:other-coder",
      temperature: 0.2,
      skill: -0.1,
    });
    const runs = [await loadRun(join(dir, "a")), await loadRun(join(dir, "b"))];
    const ids = Array.from({ length: PROBLEMS }, (_, i) => `Fake/${i}`);
    const studies = fakeStudies(
      runs.map((r) => ({ dir: r.dir, label: runLabel(r) })),
      N,
      ids,
    );
    const input = { runs, studies, generatedAt: "2025-01-02T05:00:00.000Z", passkVersion: "0.0.0-test" };
    reportPath = join(dir, "report.html");
    writeFileSync(reportPath, renderHtml(input));
    packedPath = join(dir, "packed.html");
    writeFileSync(
      packedPath,
      renderHtml({ ...input, studies: {} }, { embed: { perText: 4096, total: 1e6, compressAbove: 0 } }),
    );
    browser = await chromium.launch({ executablePath: CHROMIUM as string, args: ["--no-sandbox"] });
  });

  afterAll(async () => {
    await browser?.close();
    removeWorkspaces();
  });

  /** Opens a file with network blocked; returns the page and what went wrong so far (live arrays). */
  async function open(path: string, colorScheme: "light" | "dark" = "light") {
    const context: BrowserContext = await browser.newContext({
      colorScheme,
      serviceWorkers: "block",
      viewport: { width: 1100, height: 900 },
    });
    const requests: string[] = [];
    const errors: string[] = [];
    await context.route("**/*", (route) => {
      const url = route.request().url();
      return url.startsWith("file:") ? route.continue() : route.abort();
    });
    const page = await context.newPage();
    page.on("request", (r) => {
      if (!r.url().startsWith("file:")) requests.push(r.url());
    });
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`file://${path}`);
    await page.waitForSelector("#run-1-samples[data-ready]", { timeout: 5000 });
    return { page, context, requests, errors };
  }

  const browserOf = (run: number) => `#run-${run}-samples`;

  /** Waits until run's list reports `expected` matches, then returns the rows shown. */
  async function expectMatches(page: Page, run: number, expected: number): Promise<number> {
    const list = `${browserOf(run)} [data-role="list"]`;
    await expect
      .poll(() => page.getAttribute(list, "data-matching"), {
        timeout: 3000,
        message: `${list}: matching samples`,
      })
      .toBe(String(expected));
    return page.locator(`${list} > details.sample`).count();
  }

  async function setFilter(page: Page, role: string, value: string): Promise<void> {
    if (role === "search") await page.fill(`${browserOf(1)} [data-role="search"]`, value);
    else await page.selectOption(`${browserOf(1)} [data-role="${role}"]`, value);
  }

  it("loads nothing from the network, logs no error and shows every section", async () => {
    const { page, context, requests, errors } = await open(reportPath);
    for (const id of [
      "run-1-config",
      "run-1-passk",
      "run-1-curve",
      "run-1-status",
      "run-1-grid",
      "run-1-samples",
      "run-2-samples",
      "sweep",
      "rank",
      "bleu",
      "compare",
      "limits",
    ]) {
      expect(await page.isVisible(`#${id}`), id).toBe(true);
    }
    expect(await page.textContent("header .banner")).toContain("SIMULATED MODEL — not a real model");
    expect(await page.locator("#run-1 .banner").count()).toBe(1);
    expect(await page.locator("#run-2 .banner").count()).toBe(0);
    expect(await page.locator("#run-1-grid .cell").count()).toBe(PROBLEMS);
    expect(await page.getAttribute("#run-1-grid .cell >> nth=0", "title")).toMatch(
      /^Fake\/0: \d+ of 12 passed \(\d+ %\)$/,
    );
    expect(await page.locator("svg.chart").count()).toBeGreaterThanOrEqual(10);
    await page.waitForTimeout(200); // let any late error or request surface
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("narrows the sample list by search, status, problem and outcome", async () => {
    const { page, context, errors } = await open(reportPath);
    const total = PROBLEMS * N;
    expect(await expectMatches(page, 1, total)).toBe(50);
    await page.click(`${browserOf(1)} [data-role="more"]`);
    expect(await expectMatches(page, 1, total)).toBe(total);
    expect(await page.isHidden(`${browserOf(1)} [data-role="more"]`)).toBe(true);

    const count = (f: (r: ResultRecord) => boolean) => results.filter(f).length;
    await setFilter(page, "status", "2"); // timeout
    const timeouts = count((r) => r.status === "timeout");
    expect(timeouts).toBeGreaterThan(0);
    expect(await expectMatches(page, 1, timeouts)).toBe(timeouts);
    expect(await page.textContent(`${browserOf(1)} [data-role="count"]`)).toBe(
      `Showing ${timeouts} of ${timeouts} matching samples (${total} in all).`,
    );
    await setFilter(page, "status", "");
    await setFilter(page, "problem", "3");
    expect(await expectMatches(page, 1, N)).toBe(N);
    await setFilter(page, "outcome", "passed");
    expect(
      await expectMatches(
        page,
        1,
        count((r) => r.task_id === "Fake/3" && r.passed),
      ),
    ).toBeGreaterThanOrEqual(0);
    await setFilter(page, "problem", "");
    expect(
      await expectMatches(
        page,
        1,
        count((r) => r.passed),
      ),
    ).toBe(
      Math.min(
        50,
        count((r) => r.passed),
      ),
    );
    await setFilter(page, "outcome", "failed");
    await expectMatches(
      page,
      1,
      count((r) => !r.passed),
    );
    await setFilter(page, "outcome", "");

    await setFilter(page, "search", "fake/5"); // task id, case-insensitive
    expect(await expectMatches(page, 1, N)).toBe(N);
    await setFilter(page, "search", "MemoryError"); // error message
    await expectMatches(
      page,
      1,
      count((r) => r.result.includes("MemoryError")),
    );
    await setFilter(page, "status", "1");
    await setFilter(page, "search", "NameError"); // search and status together
    await expectMatches(
      page,
      1,
      count((r) => r.status === "failed" && r.result.includes("NameError")),
    );
    await setFilter(page, "status", "");
    await setFilter(page, "search", "keep the order of the input (sample 4)"); // completion text
    await expectMatches(
      page,
      1,
      count((r) => (r.completion as string).includes("keep the order of the input (sample 4)")),
    );
    await setFilter(page, "search", "no such text anywhere");
    expect(await expectMatches(page, 1, 0)).toBe(0);
    expect(await page.textContent(`${browserOf(1)} [data-role="count"]`)).toBe(
      `No sample matches (${total} in all).`,
    );
    // The other run's browser is independent.
    expect(await expectMatches(page, 2, 60)).toBe(50);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows hostile completions and chat replies as text and never runs them", async () => {
    const { page, context, errors } = await open(reportPath);
    await setFilter(page, "search", "__pwned");
    expect(await expectMatches(page, 1, 1)).toBe(1);
    await page.click(`${browserOf(1)} details.sample > summary`);
    const code = await page.textContent(`${browserOf(1)} details.sample pre.code`);
    expect(code).toContain(`<img src=x onerror="window.__pwned = 'img'">`);
    expect(code).toContain("</script><script>window.__pwned");
    await setFilter(page, "problem", "0");
    await setFilter(page, "search", "");
    await expectMatches(page, 1, N);
    await page.click(`${browserOf(1)} details.sample >> nth=1 >> summary`);
    await page.click(`${browserOf(1)} details.raw > summary`);
    expect(await page.textContent(`${browserOf(1)} details.raw pre.code`)).toContain(
      "It <b>handles</b> empty input.",
    );
    await page.waitForTimeout(200);
    expect(await page.evaluate("window.__pwned")).toBeUndefined();
    expect(await page.locator("img, pre b, pre script").count()).toBe(0);
    const meta = await page.textContent(`${browserOf(1)} details.sample >> nth=1 >> dl.meta`);
    expect(meta).toMatch(/completion_id1/);
    expect(meta).toMatch(/extractionfenced/);
    expect(meta).toMatch(/simulated kind(canonical|mutant)/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("filters the browser to a problem when its grid cell is selected, and unpacks compressed data", async () => {
    const { page, context, errors } = await open(reportPath);
    await page.click('#run-1-grid .cell[data-task-index="3"]');
    expect(await page.inputValue(`${browserOf(1)} [data-role="problem"]`)).toBe("3");
    expect(await expectMatches(page, 1, N)).toBe(N);
    await context.close();
    const packed = await open(packedPath);
    expect(await packed.page.getAttribute("#run-1-data", "data-encoding")).toBe("gzip-base64");
    expect(await expectMatches(packed.page, 1, PROBLEMS * N)).toBe(50);
    await packed.page.fill(`${browserOf(1)} [data-role="search"]`, "__pwned");
    expect(await expectMatches(packed.page, 1, 1)).toBe(1);
    expect(packed.requests).toEqual([]);
    expect([...errors, ...packed.errors]).toEqual([]);
    await packed.context.close();
  });

  it("takes screenshots of the main views in light and dark mode", async () => {
    mkdirSync(SHOTS, { recursive: true });
    writeFileSync(join(SHOTS, "..", ".gitignore"), "*\n");
    for (const scheme of ["light", "dark"] as const) {
      const { page, context, errors } = await open(reportPath, scheme);
      await page.click(`${browserOf(1)} details.sample >> nth=1 >> summary`);
      await page.click(`${browserOf(1)} details.raw > summary`);
      await page.mouse.move(0, 0); // no hover highlight in the pictures
      const views: [string, string][] = [
        ["header", "header"],
        ["config", "#run-1-config"],
        ["passk", "#run-1-passk"],
        ["status", "#run-1-status"],
        ["grid", "#run-1-grid"],
        ["samples", "#run-1-samples"],
        ["sweep", "#sweep"],
        ["rank", "#rank"],
        ["bleu", "#bleu"],
        ["compare", "#compare"],
      ];
      for (const [name, selector] of views) {
        const path = join(SHOTS, `${scheme}-${name}.png`);
        await page.locator(selector).first().screenshot({ path });
        expect(existsSync(path), path).toBe(true);
      }
      const background = await page.evaluate("getComputedStyle(document.body).backgroundColor");
      expect(background).toBe(scheme === "light" ? "rgb(255, 255, 255)" : "rgb(13, 17, 23)");
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
