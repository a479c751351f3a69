// The self-contained HTML report: one file with its styles, script and data inline, no network.
// A Content-Security-Policy allows only this file's own style sheet and script (by hash) and no
// requests at all, so even text that escaped escaping could neither run nor load anything.
import { createHash } from "node:crypto";
import type { LoadedRun } from "../../run/load.js";
import { percent } from "../format.js";
import type { PassCurve } from "../studies.js";
import { compareSection } from "./compare-section.js";
import { esc } from "./escape.js";
import { passCurve, problemCounts, type ReportInput, runLabel, runPassAtK, statusCounts } from "./input.js";
import { limitsSection } from "./limits-section.js";
import { browserData, DEFAULT_EMBED_LIMITS, type EmbedLimits, samplesSection } from "./samples.js";
import { BROWSER_SCRIPT } from "./script.js";
import { configSection, gridSection, passAtKSection, simulatedBanner, statusSection } from "./sections.js";
import { bleuSection, rankSection, sweepSection } from "./study-sections.js";
import { STYLES } from "./styles.js";

/** Settings of {@link renderHtml}. */
export interface HtmlOptions {
  /** How much completion text the sample browser embeds, and when compressed (see DEFAULT_EMBED_LIMITS). */
  embed?: EmbedLimits;
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * The report as one HTML document: per run its configuration (with a banner for simulated runs),
 * pass@k with intervals and the pass@k-vs-k curve, statuses, the per-problem grid and the sample
 * browser; then each study present in `input.studies`, except the comparison of several runs, which
 * comes before the runs. Deterministic for a given input.
 */
export function renderHtml(input: ReportInput, options: HtmlOptions = {}): string {
  const curves: PassCurve[] = [];
  const headlines: string[] = [];
  const runs = input.runs.map((run, i) => {
    const id = `run-${i + 1}`;
    const curve = passCurve(run);
    curves.push(curve);
    const counts = problemCounts(run.results);
    const embed = options.embed ?? DEFAULT_EMBED_LIMITS;
    const data = browserData(run, embed);
    const taskIndex = new Map(data.tasks.map((t, j) => [t, j]));
    const title = input.runs.length > 1 ? `Run ${i + 1}: ${runLabel(run)}` : `Run: ${runLabel(run)}`;
    const table = runPassAtK(run);
    const base = runPassAtK(run, "base");
    const first = table.entries[0];
    const firstBase = base?.entries[0];
    headlines.push(
      first
        ? `${runLabel(run)}: pass@${first.k} ${percent(first.value)}${firstBase ? ` (base ${percent(firstBase.value)})` : ""}`
        : runLabel(run),
    );
    const body = [
      run.manifest.simulated ? simulatedBanner() : "",
      configSection(run, id),
      passAtKSection(id, table, curve, base),
      statusSection(id, statusCounts(run.results)),
      counts.length > 0 ? gridSection(id, counts, taskIndex) : "",
      samplesSection(id, data, embed.compressAbove),
    ];
    return {
      id,
      title,
      html: `<section class="run" id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${esc(title)}</h2>${body.join("")}</section>`,
    };
  });
  const labels = new Map(input.runs.map((run) => [run.dir, runLabel(run)]));
  const name = (run: string) => labels.get(run) ?? run;
  const s = input.studies;
  const studies: { id: string; title: string; html: string }[] = [];
  if (s.sweep) studies.push({ id: "sweep", title: "Temperature sweep", html: sweepSection(s.sweep) });
  if (s.rank && s.rank.length > 0)
    studies.push({ id: "rank", title: "Ranking", html: rankSection(s.rank, name) });
  if (s.bleu && s.bleu.length > 0)
    studies.push({ id: "bleu", title: "BLEU", html: bleuSection(s.bleu, name) });
  if (s.limits) studies.push({ id: "limits", title: "Limits", html: limitsSection(s.limits, name) });
  // A report of several runs is read for their comparison: it comes first, before the runs themselves.
  const first = s.compare
    ? [{ id: "compare", title: "Comparison", html: compareSection(s.compare, curves) }]
    : [];

  const toc = [...first, ...runs, ...studies]
    .map((x) => `<li><a href="#${x.id}">${esc(x.title)}</a></li>`)
    .join("");
  const simulated = input.runs.flatMap((r, i) => (r.manifest.simulated ? [i] : []));
  const which =
    input.runs.length === 1
      ? "This run's samples were"
      : `The samples of ${simulated.map((i) => `run ${i + 1} (${runLabel(input.runs[i] as LoadedRun)})`).join(", ")} were`;
  const csp = `default-src 'none'; style-src ${sha256(STYLES)}; script-src ${sha256(BROWSER_SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="passk ${esc(input.passkVersion)}">
<title>passk report — ${esc(input.runs.map(runLabel).join(", ") || "no runs")}</title>
<style>${STYLES}</style>
</head>
<body>
<main>
<header>
<h1>passk report</h1>
<p class="muted">${esc(headlines.join(" · "))}</p>
${simulated.length > 0 ? simulatedBanner(which) : ""}
<p class="note">Generated ${esc(input.generatedAt)} by passk ${esc(input.passkVersion)}. This file is self-contained: it loads nothing from the network.</p>
<nav class="toc" aria-label="contents"><ul>${toc}</ul></nav>
</header>
${[...first, ...runs, ...studies].map((x) => x.html).join("\n")}
<footer>passk ${esc(input.passkVersion)} · ${esc(input.generatedAt)}</footer>
</main>
<script>${BROWSER_SCRIPT}</script>
</body>
</html>
`;
}
