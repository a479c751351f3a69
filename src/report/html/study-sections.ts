// The study sections of the HTML report, one function each, drawn only when the study is present:
// temperature sweep, ranking without tests, BLEU against correctness (comparison: compare-section.ts).

import type { BleuStudy, RankStudy, SweepStudy } from "../../metrics/studies.js";
import { bestTemperatures, bestTemperatureText, count, percent, percentRange } from "../format.js";
import { boxRows, countAxis, histogram, lineChart, percentAxis } from "./charts.js";
import { esc } from "./escape.js";
import { fitBandLabel, fitsBand } from "./svg.js";

/** How a study's `run` (a run folder) is shown: the run's label when the report has that run. */
export type RunName = (run: string) => string;

/** "41.0 % (35.0 – 47.0 %)" with the interval muted. */
export const interval = (e: { value: number; lo: number; hi: number }) =>
  `${percent(e.value)} <span class="muted">(${percentRange(e.lo, e.hi)})</span>`;
/** A top-level study section with its heading. */
export const section = (id: string, title: string, body: string) =>
  `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${esc(title)}</h2>${body}</section>`;

/** pass@k against temperature, one line per k, the best temperature of each k marked. */
export function sweepSection(study: SweepStudy): string {
  const temps = [...new Set(study.rows.map((r) => r.temperature))].sort((a, b) => a - b);
  const best = new Map(study.best.map((b) => [b.k, b]));
  const series = study.ks.map((k, i) => ({
    name: `pass@${k}`,
    cls: `s${i % 8}`,
    points: study.rows
      .filter((r) => r.k === k)
      .sort((a, b) => a.temperature - b.temperature)
      .map((r) => ({
        x: r.temperature,
        y: r.value,
        lo: r.lo,
        hi: r.hi,
        tip: `T=${r.temperature}: pass@${k} = ${percent(r.value)} (${percentRange(r.lo, r.hi)})`,
      })),
  }));
  const lo = temps[0] ?? 0;
  const hi = temps[temps.length - 1] ?? 1;
  const svg = lineChart({
    id: "sweep-chart",
    title: `pass@k against sampling temperature — ${study.model}`,
    x: {
      label: "sampling temperature T (unitless)",
      min: lo,
      max: hi > lo ? hi : lo + 1,
      format: (v) => String(v),
    },
    y: percentAxis(
      "pass@k (%)",
      study.rows.map((r) => r.hi),
    ),
    series,
    marks: study.best.flatMap((b) =>
      bestTemperatures(b).map((temperature) => ({
        x: temperature,
        y: b.value,
        label: `best T=${temperature}`,
        tip: `pass@${b.k}: ${bestTemperatureText(b)}`,
        cls: `s${study.ks.indexOf(b.k) % 8}`,
      })),
    ),
    extraLegend: [{ name: "best temperature for that k", cls: "", shape: "ring" }],
  });
  const head = study.ks.map((k) => `<th class="num">pass@${k}</th>`).join("");
  const rows = temps.map((t) => {
    const cells = study.ks.map((k) => {
      const r = study.rows.find((x) => x.k === k && x.temperature === t);
      const isBest = bestTemperatures(best.get(k)).includes(t);
      return `<td class="num${isBest ? " sig" : ""}">${r ? interval(r) : "—"}${isBest ? " ★" : ""}</td>`;
    });
    return `<tr><th scope="row">${t}</th>${cells.join("")}</tr>`;
  });
  const table = `<table><thead><tr><th>T</th>${head}</tr></thead><tbody>${rows.join("")}</tbody></table><p class="note">★ best temperature for that k (several when they tie). Low temperatures favour pass@1, high ones pass@k for large k.</p>`;
  const verdicts = `<ul class="note">${study.best.map((b) => `<li>pass@${b.k}: ${esc(bestTemperatureText(b))}</li>`).join("")}</ul>`;
  return section("sweep", "Temperature sweep", svg + table + verdicts);
}

/** pass@1 of the sample each strategy picks, against the number of samples drawn. */
export function rankSection(studies: RankStudy[], name: RunName = (run) => run): string {
  const parts = studies.map((study, si) => {
    const available = study.strategies.filter((s) => s.available);
    const unavailable = study.strategies.filter((s) => !s.available);
    const svg =
      available.length > 0 && study.n > 1
        ? lineChart({
            id: `rank-chart-${si}`,
            title: `Picking one sample without tests — ${name(study.run)}`,
            x: countAxis("samples drawn per problem (count)", study.n),
            y: percentAxis(
              "pass@1 of the picked sample (%)",
              available.flatMap((s) => s.points.map((p) => p.hi)),
            ),
            series: available.map((s, i) => ({
              name: s.label,
              cls: `s${i % 8}`,
              points: s.points.map((p) => ({
                x: p.samples,
                y: p.value,
                lo: p.lo,
                hi: p.hi,
                tip: `${s.label}, ${p.samples} drawn: ${percent(p.value)} (${percentRange(p.lo, p.hi)})`,
              })),
            })),
          })
        : "";
    const rows = available.map((s) => {
      const first = s.points[0];
      const last = s.points[s.points.length - 1];
      return `<tr><th scope="row">${esc(s.label)}</th><td class="num">${first ? interval(first) : "—"}</td><td class="num">${last ? interval(last) : "—"}</td></tr>`;
    });
    const table = `<table><thead><tr><th>strategy</th><th class="num">1 sample drawn</th><th class="num">${count(study.n)} drawn</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
    const missing =
      unavailable.length > 0
        ? `<p>Not available:</p><ul class="unavailable">${unavailable.map((s) => `<li><strong>${esc(s.label)}</strong>: ${esc(s.reason ?? "not available for this run")}</li>`).join("")}</ul>`
        : "";
    return `<h3>${esc(name(study.run))} <span class="muted">(${count(study.problems)} problems)</span></h3>${svg}${table}${missing}`;
  });
  return section("rank", "Ranking samples without tests", parts.join(""));
}

const MAX_BOX_ROWS = 40;
const BINS = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i * 10 + 10 }));

/** BLEU of passing and failing samples: pooled histograms, per-problem box plots, AUC. */
export function bleuSection(studies: BleuStudy[], name: RunName = (run) => run): string {
  const parts = studies.map((study, si) => {
    const o = study.overall;
    const fmt = (v: number | null, f: (x: number) => string) => (v === null ? "—" : f(v));
    const summary = `<table><tbody><tr><th scope="row">mean AUC (BLEU as a classifier of correctness)</th><td class="num">${fmt(o.meanAuc, (v) => v.toFixed(3))}</td></tr><tr><th scope="row">problems with passing and failing samples</th><td class="num">${count(o.problemsWithBoth)}</td></tr><tr><th scope="row">mean BLEU of passing samples</th><td class="num">${fmt(o.passingMean, (v) => v.toFixed(1))}</td></tr><tr><th scope="row">mean BLEU of failing samples</th><td class="num">${fmt(o.failingMean, (v) => v.toFixed(1))}</td></tr></tbody></table><p class="note">An AUC of 0.5 means BLEU cannot tell correct samples from wrong ones; 1.0 would separate them perfectly.</p>`;
    const scores = study.problems.map((p) => ({
      ...p,
      passing: Object.values(p.passing),
      failing: Object.values(p.failing),
    }));
    const passing = scores.flatMap((p) => p.passing);
    const failing = scores.flatMap((p) => p.failing);
    const shares = (values: number[]) =>
      BINS.map(
        (b, i) =>
          values.filter((v) => v >= b.from && (v < b.to || (i === BINS.length - 1 && v <= b.to))).length /
          (values.length || 1),
      );
    const [sp, sf] = [shares(passing), shares(failing)];
    const hist = histogram({
      id: `bleu-hist-${si}`,
      title: "BLEU of passing and failing samples (all problems)",
      x: {
        label: "sentence BLEU against the reference solution (0–100)",
        min: 0,
        max: 100,
        format: (v) => String(v),
      },
      y: percentAxis("share of samples (%)", [...sp, ...sf]),
      bins: BINS,
      series: [
        {
          name: `passing (${count(passing.length)})`,
          cls: "st-passed",
          values: sp,
          tips: sp.map((v, i) => `passing, BLEU ${BINS[i]?.from}–${BINS[i]?.to}: ${percent(v)}`),
        },
        {
          name: `failing (${count(failing.length)})`,
          cls: "st-failed",
          values: sf,
          tips: sf.map((v, i) => `failing, BLEU ${BINS[i]?.from}–${BINS[i]?.to}: ${percent(v)}`),
        },
      ],
    });
    const both = scores.filter((p) => p.passing.length > 0 && p.failing.length > 0);
    const shown = both.slice(0, MAX_BOX_ROWS);
    // Task ids of one set share their "set/" prefix: when a label would be cut, the prefix is said
    // once in the title instead, so that the labels keep the AUC.
    const aucOf = (p: { auc: number | null }) => (p.auc === null ? "" : ` (AUC ${p.auc.toFixed(2)})`);
    const prefix = shown.every((p) => fitsBand(p.task_id + aucOf(p)))
      ? ""
      : sharedPrefix(shown.map((p) => p.task_id));
    const stat = (xs: number[]) =>
      `n=${xs.length}, mean ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(1)}`;
    const boxes =
      shown.length > 0
        ? boxRows({
            id: `bleu-box-${si}`,
            title: `BLEU per problem${prefix ? ` (${prefix}…)` : ""}: passing (upper box) and failing (lower box)`,
            x: { label: "sentence BLEU (0–100)", min: 0, max: 100, format: (v) => String(v) },
            legend: [
              { name: "passing", cls: "st-passed", shape: "box" },
              { name: "failing", cls: "st-failed", shape: "box" },
            ],
            rows: shown.map((p) => ({
              label: fitBandLabel(p.task_id.slice(prefix.length), aucOf(p)),
              groups: [
                { cls: "st-passed", values: p.passing, tip: `${p.task_id} passing: ${stat(p.passing)}` },
                { cls: "st-failed", values: p.failing, tip: `${p.task_id} failing: ${stat(p.failing)}` },
              ],
            })),
          })
        : "";
    const capped =
      both.length > shown.length
        ? `<p class="note">Box plots of the first ${shown.length} of ${count(both.length)} problems with both passing and failing samples.</p>`
        : "";
    return `<h3>${esc(name(study.run))}</h3>${summary}${hist}${boxes}${capped}`;
  });
  return section("bleu", "BLEU against correctness", parts.join(""));
}

/** The part up to the last "/" that every id shares ("passk-core/"), or "" (also for a single id). */
function sharedPrefix(ids: readonly string[]): string {
  const [first, ...rest] = ids;
  if (first === undefined || rest.length === 0) return "";
  const candidate = first.slice(0, first.lastIndexOf("/") + 1);
  return candidate !== "" && rest.every((id) => id.startsWith(candidate) && id.length > candidate.length)
    ? candidate
    : "";
}
