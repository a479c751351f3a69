// The sections of one run in the HTML report, one function each: configuration, pass@k (table and
// curve), statuses, the per-problem grid. The sample browser is in samples.ts, studies in studies.ts.
import type { StatusCounts } from "../../evaluate/types.js";
import type { PassAtKTable, ProblemCounts } from "../../metrics/index.js";
import type { LoadedRun } from "../../run/load.js";
import { bytes, count, duration, percent, percentRange } from "../format.js";
import type { PassCurve } from "../studies.js";
import { countAxis, lineChart, percentAxis, stackedBars } from "./charts.js";
import { esc } from "./escape.js";
import { STATUSES } from "./input.js";

type Row = [string, string | number | null | undefined];

function table(rows: Row[]): string {
  const body = rows
    .filter(([, v]) => v !== undefined && v !== null && v !== "")
    .map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>`);
  return `<table class="config">${body.join("")}</table>`;
}

/** The big warning shown when samples came from passk's simulated model; `which` names the runs. */
export function simulatedBanner(which = "These samples were"): string {
  return `<div class="banner" role="alert">SIMULATED MODEL — not a real model<small>${esc(which)} made by passk's simulated model to exercise the pipeline; the numbers say nothing about any real model.</small></div>`;
}

/** Configuration of the run: model, parameters, dataset, versions, isolation, machine. */
export function configSection(run: LoadedRun, id: string): string {
  const m = run.manifest;
  if (m.source) return sourceSection(run, id, m.source);
  const p = m.params;
  const ev = m.evaluation;
  const gen = m.generation;
  const rows: Row[] = [
    ["Model", m.model.spec],
    ["Provider", m.model.provider],
    ["Model name", m.model.model],
    ["Mode", m.model.mode],
    ["Base URL", m.model.baseUrl],
    ["Samples per problem (n)", p.n],
    ["Temperature", p.temperature ?? "provider default"],
    ["top_p", p.topP ?? "provider default"],
    ["Max tokens", p.maxTokens],
    ["Seed", p.seed ?? "none"],
    ["Stop sequences", p.stop.map((s) => JSON.stringify(s)).join(" ") || "none"],
    ["Log-probs requested", p.logprobs ? "yes" : "no"],
    ["Dataset", [m.dataset.name, m.dataset.version].filter(Boolean).join(" ") || m.dataset.path],
    ["Dataset file", m.dataset.path],
    ["Dataset SHA-256", m.dataset.sha256],
    ["Problems in dataset", m.dataset.problems],
    ["passk version (run)", m.passkVersion],
    ["Isolation", ev ? ev.isolation.level : "not evaluated"],
    ["Isolation notes", ev?.isolation.notes.join("; ")],
    [
      "Limits",
      ev
        ? `${ev.limits.timeout} s CPU, ${ev.limits.wallTimeout} s wall, ${bytes(ev.limits.memoryBytes)} memory`
        : undefined,
    ],
    [
      "Machine",
      `${m.machine.platform}/${m.machine.arch}, ${m.machine.cpus} × ${m.machine.cpuModel}, ${bytes(m.machine.memoryBytes)}, Node ${m.machine.node}`,
    ],
    ["Created", m.created],
    ["Updated", m.updated],
    ["Configuration hash", m.configHash],
    ["Run folder", run.dir],
  ];
  if (gen) {
    rows.push(
      [
        "Generation",
        `${count(gen.generated)} generated and ${count(gen.cached)} from the cache, of ${count(gen.requested)} samples, in ${duration(gen.elapsedSeconds)} over ${count(gen.invocations.length)} ${gen.invocations.length === 1 ? "invocation" : "invocations"}`,
      ],
      [
        "Requests (all invocations)",
        `${count(gen.requests)} (${count(gen.retries)} retries), ${count(gen.tokensIn)} tokens in, ${count(gen.tokensOut)} out`,
      ],
      [
        "Not generated",
        gen.notGenerated.length > 0
          ? gen.notGenerated.map((g) => `${g.task_id} ×${g.completion_ids.length}: ${g.reason}`).join("; ")
          : undefined,
      ],
    );
  }
  return `<section id="${id}-config" aria-labelledby="${id}-config-h"><h3 id="${id}-config-h">Configuration</h3>${table(rows)}</section>`;
}

/** A run read from EvalPlus's results file: only what that file says (the rest is not known). */
function sourceSection(
  run: LoadedRun,
  id: string,
  source: NonNullable<LoadedRun["manifest"]["source"]>,
): string {
  const m = run.manifest;
  const rows: Row[] = [
    ["Source", "EvalPlus results file (eval_results.json), read as it is: nothing was run again"],
    ["File", source.path],
    ["Written", source.date],
    ["Model (from the file name)", m.model.spec],
    ["Temperature (from the file name)", m.params.temperature ?? "not in the name"],
    ["Samples per problem (n)", m.params.n],
    ["Problems", m.dataset.problems],
    ["EvalPlus dataset hash", source.hash],
    [
      "Verdicts",
      source.baseOnly ? "base inputs only (EvalPlus ran --base-only)" : "base, and base + extra (plus)",
    ],
  ];
  return `<section id="${id}-config" aria-labelledby="${id}-config-h"><h3 id="${id}-config-h">Configuration</h3>${table(rows)}</section>`;
}

/**
 * pass@k table with intervals, the k that could not be reported, and the pass@k-vs-k curve; with
 * `base` (runs judged as EvalPlus judges), the base verdict's rows too.
 */
export function passAtKSection(
  id: string,
  passAtK: PassAtKTable,
  curve: PassCurve,
  base?: PassAtKTable,
): string {
  const level = `${Math.round(passAtK.bootstrap.confidence * 100)} %`;
  const row = (suffix: string) => (e: PassAtKTable["entries"][number]) =>
    `<tr><th scope="row">pass@${e.k}${suffix}</th><td class="num">${percent(e.value)}</td><td class="num">${percentRange(e.ci[0], e.ci[1])}</td><td class="num">${count(e.problems)}</td></tr>`;
  const rows = base
    ? [...passAtK.entries.map(row(" plus")), ...base.entries.map(row(" base"))]
    : passAtK.entries.map(row(""));
  const skipped = passAtK.skipped.map((s) => `<li>pass@${s.k} not reported: ${esc(s.reason)}</li>`);
  const body =
    rows.length > 0
      ? `<table class="passk"><thead><tr><th>metric</th><th class="num">estimate</th><th class="num">${level} interval</th><th class="num">problems</th></tr></thead><tbody>${rows.join("")}</tbody></table>`
      : `<p class="note">No pass@k: the run has no results yet.</p>`;
  const plus = base
    ? " plus: the sample passed the base inputs and the extra ones; base: the base inputs alone (EvalPlus's two verdicts; a problem without extra inputs has one verdict, which is both). The curve is of plus."
    : "";
  const method = `<p class="note">Unbiased estimator of Chen et al. (2021), averaged over problems; intervals by percentile bootstrap over problems (${count(passAtK.bootstrap.resamples)} resamples, seed ${passAtK.bootstrap.seed}).${plus}</p>`;
  const points = curve.points;
  const chartSvg =
    points.length > 1
      ? lineChart({
          id: `${id}-curve`,
          title: "pass@k against k",
          desc: `pass@k for k = 1 to ${points.length} with ${level} bootstrap intervals`,
          x: countAxis("k (samples drawn per problem, count)", points[points.length - 1]?.k ?? 1),
          y: percentAxis(
            "pass@k (%)",
            points.map((p) => p.hi),
          ),
          series: [
            {
              name: curve.label,
              cls: "s0",
              points: points.map((p) => ({
                x: p.k,
                y: p.value,
                lo: p.lo,
                hi: p.hi,
                tip: `pass@${p.k} = ${percent(p.value)} (${level} interval ${percentRange(p.lo, p.hi)})`,
              })),
            },
          ],
        })
      : "";
  return `<section id="${id}-passk" aria-labelledby="${id}-passk-h"><h3 id="${id}-passk-h">pass@k</h3>${body}${skipped.length > 0 ? `<ul class="note">${skipped.join("")}</ul>` : ""}${method}${chartSvg}</section>`;
}

/** Counts per status, as a table and a stacked bar. */
export function statusSection(id: string, statuses: StatusCounts): string {
  // oom only when an earlier version's results hold it (passk no longer writes it).
  const shown = STATUSES.filter((s) => s !== "oom" || statuses[s] > 0);
  const total = shown.reduce((sum, s) => sum + statuses[s], 0);
  const share = (n: number) => (total > 0 ? percent(n / total) : "—");
  const rows = shown.map(
    (s) =>
      `<tr class="st-${s}"><th scope="row">${s}</th><td class="num">${count(statuses[s])}</td><td class="num">${share(statuses[s])}</td></tr>`,
  );
  const bar =
    total > 0
      ? stackedBars({
          id: `${id}-status-bar`,
          title: "Samples by status",
          xLabel: "share of samples (%)",
          legend: shown.map((s) => ({
            name: `${s} ${count(statuses[s])}`,
            cls: `st-${s}`,
            shape: "box" as const,
          })),
          rows: [
            {
              label: "samples",
              segments: shown.map((s) => ({
                name: s,
                cls: `st-${s}`,
                value: statuses[s],
                tip: `${s}: ${count(statuses[s])} (${share(statuses[s])})`,
              })),
            },
          ],
        })
      : "";
  return `<section id="${id}-status" aria-labelledby="${id}-status-h"><h3 id="${id}-status-h">Status breakdown</h3><table class="statuses"><thead><tr><th>status</th><th class="num">samples</th><th class="num">share</th></tr></thead><tbody>${rows.join("")}<tr><th scope="row">total</th><td class="num">${count(total)}</td><td class="num">${total > 0 ? "100.0 %" : "—"}</td></tr></tbody></table>${bar}</section>`;
}

const BUCKETS = ["0 %", "1–24 %", "25–49 %", "50–74 %", "75–99 %", "100 %"];

/** The colour bucket (r0 … r5) of a pass rate. */
export function rateBucket(rate: number): number {
  if (rate <= 0) return 0;
  if (rate >= 1) return 5;
  return 1 + Math.min(3, Math.floor(rate * 4));
}

/** One cell per problem, coloured by pass rate; the rate is also the cell's text and title. */
export function gridSection(
  id: string,
  counts: readonly ProblemCounts[],
  taskIndex: Map<string, number>,
): string {
  const cells = counts.map((p) => {
    const rate = p.n > 0 ? p.c / p.n : 0;
    const short = p.taskId.includes("/")
      ? p.taskId.slice(p.taskId.lastIndexOf("/") + 1) || p.taskId
      : p.taskId;
    const label = `${p.taskId}: ${p.c} of ${p.n} passed (${percent(rate, 0)})`;
    return `<button type="button" class="cell r${rateBucket(rate)}" title="${esc(label)}" aria-label="${esc(label)}" data-target="${id}-data" data-task-index="${taskIndex.get(p.taskId) ?? -1}"><span class="id">${esc(short)}</span><span class="rate">${Math.round(rate * 100)}%</span></button>`;
  });
  const legend = BUCKETS.map((b, i) => `<li class="r${i}">${b}</li>`).join("");
  return `<section id="${id}-grid" aria-labelledby="${id}-grid-h"><h3 id="${id}-grid-h">Problems by pass rate</h3><p class="note">${count(counts.length)} problems; each cell shows the share of its samples that passed. Select a cell to see its samples below.</p><ul class="grid-legend" aria-label="colour key">${legend}</ul><div class="grid-cells">${cells.join("")}</div></section>`;
}
