// Tests of the whole HTML document: sections per run and per study, the simulated banner, the
// configuration shown, escaping of hostile text everywhere, the CSP, no external resources,
// reproducible output, and compressed data for large runs.
import { createHash } from "node:crypto";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { HOSTILE_COMPLETION, writeFakeRun } from "../../../test/helpers/fake-run.js";
import { fakeStudies } from "../../../test/helpers/fake-studies.js";
import { useWorkspace } from "../../../test/helpers/workspace.js";
import { type LoadedRun, loadRun } from "../../run/load.js";
import { renderMarkdown } from "../markdown.js";
import { type ReportInput, runLabel } from "./input.js";
import { renderHtml } from "./page.js";
import type { BrowserData } from "./samples.js";

const ws = useWorkspace();
const HOSTILE = `<img src=x onerror="window.__pwned=1"></script><script>window.__pwned=2</script>`;

async function fixture(
  options: { simulated?: boolean; second?: boolean; studies?: boolean } = {},
): Promise<ReportInput> {
  writeFakeRun(join(ws.dir, "a"), { problems: 6, n: 10, simulated: options.simulated ?? false });
  const runs: LoadedRun[] = [await loadRun(join(ws.dir, "a"))];
  if (options.second) {
    writeFakeRun(join(ws.dir, "b"), { problems: 6, n: 10, seed: 2, model: "openai:other", temperature: 0.2 });
    runs.push(await loadRun(join(ws.dir, "b")));
  }
  const taskIds = Array.from({ length: 6 }, (_, i) => `Fake/${i}`);
  const studies = options.studies
    ? fakeStudies(
        runs.map((r) => ({ dir: r.dir, label: runLabel(r) })),
        10,
        taskIds,
      )
    : {};
  return { runs, studies, generatedAt: "2025-01-02T05:00:00.000Z", passkVersion: "9.9.9" };
}

/** The document with the data blocks' contents removed (they hold JSON, never markup). */
const withoutData = (html: string) =>
  html.replace(/(<script type="application\/(?:json|gzip\+base64)"[^>]*>)[^<]*<\/script>/g, "$1</script>");

/** The embedded data of a run, plain or compressed. */
function embedded(html: string, id: string): BrowserData {
  const m = html.match(
    new RegExp(`<script type="application/(json|gzip\\+base64)" id="${id}"[^>]*>([^<]*)</script>`),
  );
  if (!m) throw new Error(`no data block ${id}`);
  const text =
    m[1] === "json" ? (m[2] as string) : gunzipSync(Buffer.from(m[2] as string, "base64")).toString("utf8");
  return JSON.parse(text) as BrowserData;
}

describe("renderHtml", () => {
  it("has the sections of a run, its configuration and pass@k, and no study sections when none are given", async () => {
    const html = renderHtml(await fixture());
    for (const id of [
      "run-1",
      "run-1-config",
      "run-1-passk",
      "run-1-curve",
      "run-1-status",
      "run-1-grid",
      "run-1-samples",
    ]) {
      expect(html, id).toContain(`id="${id}"`);
    }
    for (const text of [
      "openai:fake-coder-1",
      "http://127.0.0.1:8000/v1",
      "fake-set 1.0",
      "ab".repeat(32),
      "bubblewrap+seccomp",
      "Fake CPU @ 2.0GHz",
      "24.0 GiB",
      "&quot;\\nclass&quot;",
      "9.9.9",
      "2025-01-02T05:00:00.000Z",
    ]) {
      expect(html, text).toContain(text);
    }
    expect(html).toMatch(
      /<th scope="row">pass@1<\/th><td class="num">\d+\.\d %<\/td><td class="num">\d+\.\d – \d+\.\d %<\/td>/,
    );
    expect(html).toContain("pass@100 not reported: needs n ≥ 100");
    expect(html).not.toContain("SIMULATED MODEL");
    for (const id of ["sweep", "rank", "bleu", "compare", "run-2"]) expect(html).not.toContain(`id="${id}"`);
  });

  it("shows a banner for a simulated run, and sections for every study and run", async () => {
    const html = renderHtml(await fixture({ simulated: true, second: true, studies: true }));
    expect(html.match(/SIMULATED MODEL — not a real model/g)).toHaveLength(2); // top of page and run 1
    expect(html).toContain("The samples of run 1 (sim:canonical-mix · T=0.8) were");
    for (const id of [
      "run-2-samples",
      "sweep",
      "sweep-chart",
      "rank",
      "rank-chart-0",
      "bleu",
      "bleu-hist-0",
      "bleu-box-0",
      "compare",
      "compare-forest",
      "compare-curves",
    ]) {
      expect(html, id).toContain(`id="${id}"`);
    }
    expect(html).toContain("needs a provider that scores a docstring given code"); // unavailable strategy
  });

  it("puts the comparison of several runs first, in the contents and in the page", async () => {
    const html = renderHtml(await fixture({ second: true, studies: true }));
    const toc = [
      ...(html.match(/<nav class="toc"[\s\S]*?<\/nav>/)?.[0] ?? "").matchAll(/href="#([^"]+)"/g),
    ].map((m) => m[1]);
    expect(toc).toEqual(["compare", "run-1", "run-2", "sweep", "rank", "bleu", "limits"]);
    const positions = toc.map((id) => html.indexOf(`id="${id}"`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("escapes hostile text from completions, results, task ids and the manifest", async () => {
    const input = await fixture();
    const run = input.runs[0] as LoadedRun;
    run.manifest.model.spec = HOSTILE;
    run.manifest.dataset.name = HOSTILE;
    for (const r of run.results.filter((x) => x.task_id === "Fake/3")) {
      r.task_id = HOSTILE;
      r.result = `failed: ${HOSTILE}`;
    }
    const html = renderHtml(input);
    const markup = withoutData(html);
    expect(markup).not.toMatch(/<img|onerror="|<script>window/i);
    expect(markup.match(/<script/g)).toHaveLength(2); // the data block and the page's own script
    expect(markup).toContain("&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;");
    const data = embedded(html, "run-1-data");
    expect(data.texts).toContain(HOSTILE_COMPLETION);
    expect(data.tasks).toContain(HOSTILE);
  });

  it("allows only its own style and script by hash, and references nothing outside the file", async () => {
    const html = renderHtml(await fixture({ second: true, studies: true }));
    const hash = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
    const style = html.match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? "";
    const script = html.match(/<script>([\s\S]*?)<\/script>/)?.[1] ?? "";
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1] ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(csp).toContain(`script-src ${hash(script)}`);
    expect(() => new Function(script)).not.toThrow(); // the inline script at least parses
    const markup = withoutData(html);
    expect(markup).not.toMatch(/\b(src|href|action|srcset)\s*=\s*["']?(https?:|\/\/)/i);
    expect(markup).not.toMatch(/@import|url\(|<link|<iframe|<object|<embed/i);
    expect(markup).not.toMatch(/\sstyle=/); // inline style attributes would break the CSP
  });

  it("renders a run that was not evaluated yet: no pass@k, samples listed as not evaluated", async () => {
    const input = await fixture();
    const run = input.runs[0] as LoadedRun;
    const html = renderHtml({ ...input, runs: [{ ...run, results: [] }] });
    expect(html).toContain("No pass@k: the run has no results yet.");
    expect(html).not.toContain('id="run-1-grid"');
    expect(html).not.toContain('id="run-1-curve"');
    expect(embedded(html, "run-1-data").rows.every((r) => r[2] === -1)).toBe(true);
    expect(renderMarkdown({ ...input, runs: [{ ...run, results: [] }] })).toContain(
      "No pass@k: the run has no results yet.",
    );
  });

  it("is reproducible: the same input gives the same bytes", async () => {
    const input = await fixture({ second: true, studies: true });
    expect(renderHtml(input)).toBe(renderHtml(input));
  });

  it("compresses large data and keeps it identical to the plain form", async () => {
    const input = await fixture();
    const plain = renderHtml(input);
    const packed = renderHtml(input, { embed: { perText: 4096, total: 1_000_000, compressAbove: 100 } });
    expect(plain).toMatch(/<script type="application\/json" id="run-1-data">/);
    expect(packed).toMatch(
      /<script type="application\/gzip\+base64" id="run-1-data" data-encoding="gzip-base64">[A-Za-z0-9+/=]+<\/script>/,
    );
    expect(embedded(packed, "run-1-data")).toEqual(embedded(plain, "run-1-data"));
  });
});
