// The report's chart types, built on the frame of svg.ts: lines with interval bands, stacked bars,
// a forest plot of differences, box plots per row and grouped histograms. Every data mark carries a
// <title> so that hovering (or a screen reader) gives its exact numbers.
import { esc } from "./escape.js";
import {
  type BandAxis,
  type ChartSpec,
  chart,
  type LegendItem,
  linearTicks,
  type NumericAxis,
} from "./svg.js";

/** A point of a line; `lo`/`hi` (both or neither) draw the interval band. */
export interface LinePoint {
  x: number;
  y: number;
  lo?: number;
  hi?: number;
  tip: string;
}

/** One line of a line chart; `cls` colours it (s0 … s7). */
export interface LineSeries {
  name: string;
  cls: string;
  points: LinePoint[];
}

/** A highlighted point (e.g. the best temperature), drawn as a ring with a label. */
export interface Mark {
  x: number;
  y: number;
  label: string;
  tip: string;
  cls: string;
}

type Base = Omit<ChartSpec, "legend" | "y" | "plotHeight"> & { extraLegend?: LegendItem[] };

const f1 = (v: number) => v.toFixed(1);

/** Lines with shaded interval bands, dots with tooltips, optional marks. */
export function lineChart(spec: Base & { y: NumericAxis; series: LineSeries[]; marks?: Mark[] }): string {
  const hasBand = spec.series.some((s) => s.points.some((p) => p.lo !== undefined));
  const legend: LegendItem[] = spec.series.map((s) => ({ name: s.name, cls: s.cls, shape: "line" }));
  if (hasBand) legend.push({ name: "95 % interval", cls: "band-key", shape: "box" });
  legend.push(...(spec.extraLegend ?? []));
  return chart({ ...spec, legend }, (f) => {
    const out: string[] = [];
    for (const s of spec.series) {
      const banded = s.points.filter((p) => p.lo !== undefined && p.hi !== undefined);
      if (banded.length > 1) {
        const upper = banded.map((p) => `${f1(f.x(p.x))},${f1(f.y(p.hi as number))}`);
        const lower = banded.map((p) => `${f1(f.x(p.x))},${f1(f.y(p.lo as number))}`).reverse();
        out.push(`<polygon class="band ${esc(s.cls)}" points="${[...upper, ...lower].join(" ")}"/>`);
      } else {
        // One point: a whisker shows its interval instead of a band.
        for (const p of banded) {
          const x = f1(f.x(p.x));
          out.push(
            `<line class="whisker ${esc(s.cls)}" x1="${x}" x2="${x}" y1="${f1(f.y(p.lo as number))}" y2="${f1(f.y(p.hi as number))}"/>`,
          );
        }
      }
    }
    for (const s of spec.series) {
      const d = s.points.map((p, i) => `${i === 0 ? "M" : "L"}${f1(f.x(p.x))} ${f1(f.y(p.y))}`).join("");
      const dots = s.points
        .map(
          (p) =>
            `<circle class="dot" cx="${f1(f.x(p.x))}" cy="${f1(f.y(p.y))}" r="3"><title>${esc(p.tip)}</title></circle>`,
        )
        .join("");
      out.push(`<g class="series ${esc(s.cls)}"><path class="line" d="${d}"/>${dots}</g>`);
    }
    for (const m of spec.marks ?? []) {
      const [x, y] = [f.x(m.x), f.y(m.y)];
      out.push(
        `<g class="mark ${esc(m.cls)}"><circle class="ring" cx="${f1(x)}" cy="${f1(y)}" r="7"><title>${esc(m.tip)}</title></circle><text class="mark-label" x="${f1(x)}" y="${f1(y - 11)}" text-anchor="middle">${esc(m.label)}</text></g>`,
      );
    }
    return out.join("");
  });
}

/** One segment of a stacked bar. */
export interface Segment {
  name: string;
  cls: string;
  value: number;
  tip: string;
}

/** Horizontal bars, one per row, split into segments; x is the share of the row's total. */
export function stackedBars(
  spec: Omit<Base, "x"> & {
    xLabel: string;
    rows: { label: string; segments: Segment[] }[];
    legend: LegendItem[];
  },
): string {
  const x: NumericAxis = { label: spec.xLabel, min: 0, max: 1, format: (v) => `${Math.round(v * 100)}` };
  const y: BandAxis = { label: "", categories: spec.rows.map((r) => r.label) };
  return chart({ ...spec, x, y, plotHeight: 34 }, (f) =>
    spec.rows
      .map((row, i) => {
        const total = row.segments.reduce((sum, s) => sum + s.value, 0) || 1;
        let at = 0;
        return row.segments
          .filter((s) => s.value > 0)
          .map((s) => {
            const [x0, x1] = [f.x(at / total), f.x((at + s.value) / total)];
            at += s.value;
            return `<rect class="seg ${esc(s.cls)}" x="${f1(x0)}" y="${f1(f.y(i) - f.band * 0.35)}" width="${f1(Math.max(0.5, x1 - x0))}" height="${f1(f.band * 0.7)}"><title>${esc(s.tip)}</title></rect>`;
          })
          .join("");
      })
      .join(""),
  );
}

/** A row of a forest plot: an estimate with its interval. */
export interface ForestRow {
  label: string;
  value: number;
  lo: number;
  hi: number;
  cls: string;
  tip: string;
}

/** Estimates with intervals, one per row, around a zero line (paired differences). */
export function forestPlot(spec: Base & { rows: ForestRow[]; legend: LegendItem[] }): string {
  const y: BandAxis = { label: "", categories: spec.rows.map((r) => r.label) };
  return chart({ ...spec, y }, (f) => {
    const zero = f1(f.x(0));
    const rows = spec.rows.map((r, i) => {
      const cy = f1(f.y(i));
      return `<g class="${esc(r.cls)}"><line class="whisker" x1="${f1(f.x(r.lo))}" x2="${f1(f.x(r.hi))}" y1="${cy}" y2="${cy}"/><circle class="dot" cx="${f1(f.x(r.value))}" cy="${cy}" r="4.5"><title>${esc(r.tip)}</title></circle></g>`;
    });
    return `<line class="zero" x1="${zero}" x2="${zero}" y1="${f.top}" y2="${f.bottom}"/>${rows.join("")}`;
  });
}

/** Minimum, quartiles (linear interpolation) and maximum of non-empty values. */
export function fiveNumbers(values: readonly number[]): [number, number, number, number, number] {
  const s = [...values].sort((a, b) => a - b);
  const q = (p: number) => {
    const h = (s.length - 1) * p;
    const lo = s[Math.floor(h)] as number;
    const hi = s[Math.ceil(h)] as number;
    return lo + (hi - lo) * (h - Math.floor(h));
  };
  return [s[0] as number, q(0.25), q(0.5), q(0.75), s[s.length - 1] as number];
}

/** Box plots: per row, one box per group (e.g. passing above, failing below). */
export function boxRows(
  spec: Base & {
    rows: { label: string; groups: { cls: string; values: number[]; tip: string }[] }[];
    legend: LegendItem[];
  },
): string {
  const y: BandAxis = { label: "", categories: spec.rows.map((r) => r.label) };
  return chart({ ...spec, y, plotHeight: 26 }, (f) =>
    spec.rows
      .map((row, i) =>
        row.groups
          .map((g, j) => {
            if (g.values.length === 0) return "";
            const h = f.band / (row.groups.length + 1);
            const cy = f.y(i) + (j - (row.groups.length - 1) / 2) * h;
            const [mn, q1, md, q3, mx] = fiveNumbers(g.values).map(f.x) as number[] as [
              number,
              number,
              number,
              number,
              number,
            ];
            const top = f1(cy - h * 0.4);
            return `<g class="box ${esc(g.cls)}"><title>${esc(g.tip)}</title><line class="whisker" x1="${f1(mn)}" x2="${f1(mx)}" y1="${f1(cy)}" y2="${f1(cy)}"/><rect class="seg" x="${f1(q1)}" y="${top}" width="${f1(Math.max(1, q3 - q1))}" height="${f1(h * 0.8)}"/><line class="median" x1="${f1(md)}" x2="${f1(md)}" y1="${top}" y2="${f1(cy + h * 0.4)}"/></g>`;
          })
          .join(""),
      )
      .join(""),
  );
}

/** Grouped bars over numeric bins: for bin i, one bar per series side by side. */
export function histogram(
  spec: Base & {
    y: NumericAxis;
    bins: { from: number; to: number }[];
    series: { name: string; cls: string; values: number[]; tips: string[] }[];
  },
): string {
  const legend: LegendItem[] = spec.series.map((s) => ({ name: s.name, cls: s.cls, shape: "box" }));
  return chart({ ...spec, legend }, (f) =>
    spec.bins
      .map((bin, i) => {
        const width = (f.x(bin.to) - f.x(bin.from)) / (spec.series.length + 0.5);
        return spec.series
          .map((s, j) => {
            const v = s.values[i] ?? 0;
            const x = f.x(bin.from) + width * (0.25 + j);
            return `<rect class="seg ${esc(s.cls)}" x="${f1(x)}" y="${f1(f.y(v))}" width="${f1(width)}" height="${f1(f.bottom - f.y(v))}"><title>${esc(s.tips[i] ?? "")}</title></rect>`;
          })
          .join("");
      })
      .join(""),
  );
}

/** A y axis of probabilities shown in %, from 0 to a round value above the largest of `values`. */
export function percentAxis(label: string, values: readonly number[]): NumericAxis {
  const top = Math.max(0, ...values.filter(Number.isFinite));
  const max = top >= 0.75 ? 1 : Math.max(0.1, Math.ceil((top * 1.1) / 0.05) * 0.05);
  return { label, min: 0, max, format: (v) => `${Math.round(v * 100)}` };
}

/** An x axis of counts from 1 to `max` (log scale above 10), e.g. k or samples drawn. */
export function countAxis(label: string, max: number): NumericAxis {
  return max > 10
    ? { label, min: 1, max, log: true, format: (v) => String(v) }
    : {
        label,
        min: 1,
        max: Math.max(2, max),
        format: (v) => String(v),
        ticks: linearTicks(1, Math.max(2, max), Math.max(2, max) - 1).filter(Number.isInteger),
      };
}
