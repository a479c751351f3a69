// The limits section of the HTML report: for each generated family (compose-N, bind-N), pass@k
// against N with interval bands, one line per run and k, and the table of the same numbers with the
// runs side by side.
import type { LimitsStudy } from "../../metrics/studies.js";
import { count, percent, percentRange } from "../format.js";
import { lineChart, percentAxis } from "./charts.js";
import { esc } from "./escape.js";
import { interval, type RunName, section } from "./study-sections.js";

/** pass@k against N per family, runs side by side: a chart per k (a line per run), then the table. */
export function limitsSection(study: LimitsStudy, name: RunName = (run) => run): string {
  // Runs of one model often share a label (sim · T=0.8): several runs are numbered, as in the text output.
  const numbered = study.runs.length > 1;
  const label = (run: string) => (numbered ? `[${study.runs.indexOf(run) + 1}] ${name(run)}` : name(run));
  const parts = study.families.map((f, fi) => {
    const title = `${f.family}-N: pass@k against N (${f.knob})`;
    if (f.ks.length === 0) {
      return `<h3>${esc(title)}</h3><p class="note">No k can be reported for every N: some N has fewer samples per problem than the k asked for.</p>`;
    }
    const runs = study.runs.filter((run) => f.rows.some((row) => row.run === run));
    const ns = [...new Set(f.rows.map((row) => row.n))].sort((a, b) => a - b);
    const lo = ns[0] ?? 1;
    const hi = ns[ns.length - 1] ?? lo;
    const charts = f.ks.map((k) =>
      lineChart({
        id: `limits-chart-${fi}-${k}`,
        title: `${f.family}-N: pass@${k} against N`,
        x: { label: `N (${f.knob})`, min: lo, max: hi > lo ? hi : lo + 1, format: (v) => String(v) },
        y: percentAxis(
          `pass@${k} (%)`,
          f.rows.filter((row) => row.k === k).map((row) => row.hi),
        ),
        series: runs.map((run) => ({
          name: label(run),
          cls: `s${study.runs.indexOf(run) % 8}`,
          points: f.rows
            .filter((row) => row.run === run && row.k === k)
            .map((row) => ({
              x: row.n,
              y: row.value,
              lo: row.lo,
              hi: row.hi,
              tip: `${label(run)}, N=${row.n}: pass@${k} = ${percent(row.value)} (${percentRange(row.lo, row.hi)}), ${count(row.problems)} problems`,
            })),
        })),
      }),
    );
    const head = runs
      .flatMap((run) => f.ks.map((k) => `<th class="num">${esc(label(run))}<br>pass@${k}</th>`))
      .join("");
    const body = ns.map((n) => {
      const cells = runs.flatMap((run) =>
        f.ks.map((k) => {
          const row = f.rows.find((r) => r.run === run && r.n === n && r.k === k);
          return `<td class="num">${row ? `${interval(row)} <span class="muted">· ${count(row.problems)}</span>` : "—"}</td>`;
        }),
      );
      return `<tr><th scope="row">${n}</th>${cells.join("")}</tr>`;
    });
    const table = `<table><thead><tr><th>N</th>${head}</tr></thead><tbody>${body.join("")}</tbody></table>`;
    return `<h3>${esc(title)}</h3>${charts.join("")}${table}`;
  });
  const legend = numbered
    ? `<ul class="note">${study.runs.map((run) => `<li>${esc(label(run))}: ${esc(run)}</li>`).join("")}</ul>`
    : "";
  const note = `<p class="note">Each cell: pass@k over the problems with that N (their count after ·), with the 95 % bootstrap interval over those problems. The problems of one N differ only in their draw, not in their kind (docs/composition.md).</p>`;
  return section("limits", "Composition and binding limits", parts.join("") + legend + note);
}
