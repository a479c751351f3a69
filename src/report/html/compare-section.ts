// The comparison section of the HTML report: leaderboard, paired differences with intervals (table
// and forest plot), the problems that separate the runs, and all runs' pass@k curves overlaid.
import type { CompareStudy } from "../../metrics/studies.js";
import { count, percent, percentRange, percentagePoints as pp } from "../format.js";
import type { PassCurve } from "../studies.js";
import { countAxis, forestPlot, lineChart, percentAxis } from "./charts.js";
import { esc } from "./escape.js";
import { interval, section } from "./study-sections.js";

/** Leaderboard, paired differences with intervals, problems that separate the runs, overlaid curves. */
export function compareSection(study: CompareStudy, curves: PassCurve[]): string {
  const labels = new Map(study.leaderboard.map((r) => [r.run, r.label]));
  const warnings =
    study.warnings.length > 0
      ? `<ul class="note">${study.warnings.map((w) => `<li>${esc(w)}</li>`).join("")}</ul>`
      : "";
  const head = study.k.map((k) => `<th class="num">pass@${k}</th>`).join("");
  const board = study.leaderboard.map((r, i) => {
    const cells = study.k.map((k) => {
      const e = r.passAtK.find((x) => x.k === k);
      return `<td class="num">${e ? interval(e) : "—"}</td>`;
    });
    return `<tr><td class="num">${i + 1}</td><th scope="row">${esc(r.label)}</th>${cells.join("")}</tr>`;
  });
  const leaderboard = `<p>${count(study.sharedProblems)} shared problems.</p><table class="leaderboard"><thead><tr><th>#</th><th>run</th>${head}</tr></thead><tbody>${board.join("")}</tbody></table>`;
  const name = (run: string) => labels.get(run) ?? run;
  // Rows of the plot are named by leaderboard position: full labels would not fit beside it.
  const position = new Map(study.leaderboard.map((r, i) => [r.run, `#${i + 1}`]));
  const short = (run: string) => position.get(run) ?? run;
  const pairRows = study.pairs.map((p) => ({
    label: `pass@${p.k}: ${short(p.a)} − ${short(p.b)}`,
    value: p.difference.value,
    lo: p.difference.lo,
    hi: p.difference.hi,
    cls: p.significant ? "s1" : "insignificant",
    tip: `${name(p.a)} − ${name(p.b)}, pass@${p.k}: ${pp(p.difference.value)} (${pp(p.difference.lo)} to ${pp(p.difference.hi)})${p.significant ? ", significant" : ", not significant"}`,
  }));
  const extent = Math.max(0.01, ...pairRows.flatMap((r) => [Math.abs(r.lo), Math.abs(r.hi)]));
  const forest =
    pairRows.length > 0
      ? forestPlot({
          id: "compare-forest",
          title: "Paired differences on shared problems (95 % intervals; #n = leaderboard position)",
          x: {
            label: "difference in pass@k (percentage points)",
            min: -extent * 1.1,
            max: extent * 1.1,
            format: (v) => (v * 100).toFixed(0),
          },
          legend: [
            { name: "interval excludes 0", cls: "s1", shape: "dot" },
            { name: "interval includes 0", cls: "insignificant", shape: "dot" },
          ],
          rows: pairRows,
        })
      : "";
  const pairTable = `<table><thead><tr><th>a − b</th><th>k</th><th class="num">difference</th><th class="num">95 % interval</th><th>significant</th><th class="num" title="Holm's correction over every pair and k: the chance of any false claim stays under 5 %">Holm-adjusted p</th></tr></thead><tbody>${study.pairs.map((p) => `<tr><td>${esc(name(p.a))} − ${esc(name(p.b))}</td><td class="num">${p.k}</td><td class="num">${pp(p.difference.value)}</td><td class="num">${pp(p.difference.lo)} to ${pp(p.difference.hi)}</td><td${p.significant ? ' class="sig"' : ""}>${p.significant ? "yes" : "no"}</td><td class="num${p.significantHolm ? " sig" : ""}">${p.pHolm < 0.001 ? "&lt; 0.001" : p.pHolm.toFixed(3)}</td></tr>`).join("")}</tbody></table>`;
  const runs = study.leaderboard.map((r) => r.run);
  const separating =
    study.separating.length > 0
      ? `<h3>Problems that separate the runs</h3><table><thead><tr><th>problem</th>${runs.map((r) => `<th class="num">${esc(name(r))}</th>`).join("")}</tr></thead><tbody>${study.separating.map((s) => `<tr><th scope="row">${esc(s.task_id)}</th>${runs.map((r) => `<td class="num">${s.rates[r] === undefined ? "—" : percent(s.rates[r] as number, 0)}</td>`).join("")}</tr>`).join("")}</tbody></table>`
      : "";
  const withPoints = curves.filter((c) => c.points.length > 1);
  const overlay =
    withPoints.length > 1
      ? lineChart({
          id: "compare-curves",
          title: "pass@k against k, all runs (each over all of its own problems)",
          x: countAxis(
            "k (samples drawn per problem, count)",
            Math.max(...withPoints.map((c) => c.points[c.points.length - 1]?.k ?? 1)),
          ),
          y: percentAxis(
            "pass@k (%)",
            withPoints.flatMap((c) => c.points.map((p) => p.hi)),
          ),
          series: withPoints.map((c, i) => ({
            name: c.label,
            cls: `s${i % 8}`,
            points: c.points.map((p) => ({
              x: p.k,
              y: p.value,
              lo: p.lo,
              hi: p.hi,
              tip: `${c.label}: pass@${p.k} = ${percent(p.value)} (${percentRange(p.lo, p.hi)})`,
            })),
          })),
        })
      : "";
  return section(
    "compare",
    "Comparison of runs",
    warnings + leaderboard + forest + pairTable + separating + overlay,
  );
}
