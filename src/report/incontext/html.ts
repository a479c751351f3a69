// The in-context study as one self-contained HTML page (the report's styles and charts, no script):
// accuracy against K per task for each run, accuracy against the runs for each K, and the zero- to
// few-shot gap. The Content-Security-Policy allows only the page's own style sheet, by hash.
import { createHash } from "node:crypto";
import { percentagePoints } from "../format.js";
import { lineChart, percentAxis } from "../html/charts.js";
import { esc } from "../html/escape.js";
import { simulatedBanner } from "../html/sections.js";
import { interval, section } from "../html/study-sections.js";
import { STYLES } from "../html/styles.js";
import { cellOf, type IncontextStudy, type IncontextStudyRun } from "./study.js";

/** Lines per chart: the report has eight series colours. */
const PER_CHART = 8;

const chunks = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / PER_CHART) }, (_, i) =>
    items.slice(i * PER_CHART, (i + 1) * PER_CHART),
  );

const cellText = (c: { accuracy: number; lo: number; hi: number } | undefined) =>
  c ? interval({ value: c.accuracy, lo: c.lo, hi: c.hi }) : "—";

/** An x axis of named positions 0 … n−1 (K values, or runs in the order given). */
function positionAxis(label: string, names: readonly string[]) {
  return {
    label,
    // A quarter step of room on each side, so the first and last labels are not cut.
    min: -0.25,
    max: Math.max(1, names.length - 1) + 0.25,
    ticks: names.map((_, i) => i),
    format: (v: number) => names[v] ?? "",
  };
}

function againstK(run: IncontextStudyRun, study: IncontextStudy, index: number): string {
  const shots = study.shots.filter((k) => run.cells.some((c) => c.shots === k));
  const tasks = study.tasks.filter((task) => run.cells.some((c) => c.task === task));
  const charts = chunks(tasks).map((group, part) =>
    lineChart({
      id: `ic-run${index}-k${part}`,
      title: `Accuracy against K — ${run.label}${tasks.length > PER_CHART ? ` (${part + 1}/${Math.ceil(tasks.length / PER_CHART)})` : ""}`,
      x: positionAxis(
        "solved examples in the prompt (K)",
        shots.map((k) => `K=${k}`),
      ),
      y: percentAxis(
        "accuracy (%)",
        run.cells.map((c) => c.hi),
      ),
      series: group.map((task, i) => ({
        name: task,
        cls: `s${i}`,
        points: shots.flatMap((k, x) => {
          const c = cellOf(run, task, k);
          return c
            ? [
                {
                  x,
                  y: c.accuracy,
                  lo: c.lo,
                  hi: c.hi,
                  tip: `${task}, K=${k}: ${(c.accuracy * 100).toFixed(1)} %`,
                },
              ]
            : [];
        }),
      })),
    }),
  );
  const head = shots.map((k) => `<th class="num">K=${k}</th>`).join("");
  const rows = tasks.map(
    (task) =>
      `<tr><th scope="row">${esc(task)}</th>${shots.map((k) => `<td class="num">${cellText(cellOf(run, task, k))}</td>`).join("")}</tr>`,
  );
  const t = run.temperature === null ? "server default" : String(run.temperature);
  return section(
    `ic-run${index}`,
    `Accuracy against K — ${run.label}`,
    `${run.simulated ? simulatedBanner("This run's answers were") : ""}<p class="muted">${esc(run.mode)} mode, temperature ${esc(t)}, folder ${esc(run.dir)}</p>${charts.join("")}<table class="passk"><thead><tr><th>task</th>${head}</tr></thead><tbody>${rows.join("")}</tbody></table>`,
  );
}

function againstModel(study: IncontextStudy): string {
  const labels = study.runs.map((run) => run.label);
  const parts = study.shots.map((k) => {
    const charts = chunks(study.tasks).map((group, part) =>
      lineChart({
        id: `ic-model-k${k}-${part}`,
        title: `Accuracy against model at K=${k}`,
        x: positionAxis("run, in the order given", labels),
        y: percentAxis(
          "accuracy (%)",
          study.runs.flatMap((run) => run.cells.map((c) => c.hi)),
        ),
        series: group.map((task, i) => ({
          name: task,
          cls: `s${i}`,
          points: study.runs.flatMap((run, x) => {
            const c = cellOf(run, task, k);
            return c
              ? [
                  {
                    x,
                    y: c.accuracy,
                    lo: c.lo,
                    hi: c.hi,
                    tip: `${task}, ${run.label}: ${(c.accuracy * 100).toFixed(1)} %`,
                  },
                ]
              : [];
          }),
        })),
      }),
    );
    const rows = study.tasks.map(
      (task) =>
        `<tr><th scope="row">${esc(task)}</th>${study.runs.map((run) => `<td class="num">${cellText(cellOf(run, task, k))}</td>`).join("")}</tr>`,
    );
    return `<h3>K=${k}</h3>${charts.join("")}<table class="passk"><thead><tr><th>task</th>${labels.map((l) => `<th class="num">${esc(l)}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table>`;
  });
  return section("ic-models", "Accuracy against model (runs in the order given)", parts.join(""));
}

function gaps(study: IncontextStudy): string {
  const rows = study.runs.flatMap((run) =>
    run.gaps.map(
      (g) =>
        `<tr><th scope="row">${esc(g.task)}</th><td>${esc(run.label)}</td><td class="num">${(g.zero * 100).toFixed(1)} %</td><td class="num">${(g.few * 100).toFixed(1)} % (K=${g.fewShots})</td><td class="num">${esc(percentagePoints(g.gap))} <span class="muted">(${esc(percentagePoints(g.lo))} – ${esc(percentagePoints(g.hi))})</span></td></tr>`,
    ),
  );
  if (rows.length === 0) return "";
  return section(
    "ic-gap",
    "Zero-shot to few-shot gap",
    `<p class="muted">The same questions at K=0 and at the run's largest K; the interval resamples questions (paired).</p><table class="passk"><thead><tr><th>task</th><th>run</th><th class="num">K=0</th><th class="num">few-shot</th><th class="num">gap</th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
  );
}

/** The page. Deterministic for a given study. */
export function renderIncontextHtml(study: IncontextStudy): string {
  const simulated = study.runs.filter((run) => run.simulated).map((run) => run.label);
  const body = [
    ...(study.runs.length > 1 ? [againstModel(study)] : []),
    ...study.runs.map((run, i) => againstK(run, study, i + 1)),
    gaps(study),
  ];
  const style = `'sha256-${createHash("sha256").update(STYLES, "utf8").digest("base64")}'`;
  const csp = `default-src 'none'; style-src ${style}; script-src 'none'; img-src 'none'; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="passk ${esc(study.passkVersion)}">
<title>passk in-context report — ${esc(study.runs.map((r) => r.label).join(", "))}</title>
<style>${STYLES}</style>
</head>
<body>
<main>
<header>
<h1>passk in-context report</h1>
<p class="muted">GPT-3's in-context tasks: exact match of the answer's first line; accuracy with 95 % bootstrap intervals over questions.</p>
${simulated.length > 0 ? simulatedBanner(`The answers of ${simulated.join(", ")} were`) : ""}
<p class="note">Generated ${esc(study.generatedAt)} by passk ${esc(study.passkVersion)}. This file is self-contained: it loads nothing from the network.</p>
</header>
${body.join("\n")}
<footer>passk ${esc(study.passkVersion)} · ${esc(study.generatedAt)}</footer>
</main>
</body>
</html>
`;
}
