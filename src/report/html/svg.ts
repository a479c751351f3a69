// Chart primitives for the HTML report: scales, ticks, axes and the frame every chart is drawn in
// (title, legend, axis labels). The SVG never names a colour: lines and text use `currentColor` and
// CSS classes (page styles map them to custom properties), so charts follow light and dark mode.
import { esc } from "./escape.js";

/** A numeric axis. `label` names the quantity and its unit, e.g. "pass@k (%)". */
export interface NumericAxis {
  label: string;
  min: number;
  max: number;
  /** Logarithmic scale (min must be > 0). */
  log?: boolean;
  /** Tick label text. */
  format: (value: number) => string;
  /** Tick positions; default: "nice" values over [min, max]. */
  ticks?: number[];
}

/** An axis of named rows (the y axis of row charts such as forest and box plots). */
export interface BandAxis {
  label: string;
  categories: string[];
}

/** An entry of a chart's legend; `cls` is the CSS class that colours the series. */
export interface LegendItem {
  name: string;
  cls: string;
  shape?: "line" | "box" | "dot" | "ring";
}

/** What a chart's drawing function receives: the plot area and the scales. */
export interface Frame {
  left: number;
  right: number;
  top: number;
  bottom: number;
  x: (value: number) => number;
  /** Numeric y: position of a value. Band y: centre of row `index`. */
  y: (value: number) => number;
  /** Height of one row (band axes; 0 for numeric). */
  band: number;
}

/** The outside of a chart: identity, texts, legend and axes. */
export interface ChartSpec {
  /** Unique within the page; used for the ids of the title and description. */
  id: string;
  title: string;
  desc?: string;
  legend: LegendItem[];
  x: NumericAxis;
  y: NumericAxis | BandAxis;
  /** Height of the plot area (numeric y) or of one row (band y). */
  plotHeight?: number;
}

const WIDTH = 680;
const CHAR = 6.6; // average width of a 12 px sans-serif character, for layout estimates
const ROW = 22;
const MAX_BAND_LEFT = 250;
/** Row labels longer than this are cut (the whole label stays in the tooltip). */
const MAX_BAND_CHARS = Math.floor((MAX_BAND_LEFT - 36) / CHAR);

/** True when a row label is shown whole. */
export function fitsBand(label: string): boolean {
  return label.length <= MAX_BAND_CHARS;
}

/**
 * A row label `name + suffix` that fits without being cut, shortening `name` (with "…") rather than
 * losing the suffix, e.g. a problem's AUC after its task id.
 */
export function fitBandLabel(name: string, suffix: string): string {
  const room = MAX_BAND_CHARS - suffix.length;
  return `${name.length > room ? `${name.slice(0, Math.max(1, room - 1))}…` : name}${suffix}`;
}

/** "Nice" tick values (steps of 1, 2 or 5 × 10^i) covering [min, max], about `count` of them. */
export function linearTicks(min: number, max: number, count = 6): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  // Multiples of the step, rounded to its decimals: adding steps up would drift (0.1 + 0.2 ≠ 0.3).
  const decimals = Math.max(0, 1 - Math.floor(Math.log10(step)));
  const ticks: number[] = [];
  for (let i = Math.ceil(min / step - 1e-9); i * step <= max + step * 1e-9; i++) {
    ticks.push(Number((i * step).toFixed(decimals)) + 0); // + 0 turns −0 into 0
  }
  return ticks;
}

/** Ticks of a log axis: 1, 2, 5 × 10^i within [min, max] (only powers of ten when the range is wide). */
export function logTicks(min: number, max: number): number[] {
  const decades = Math.log10(max / min);
  const mantissas = decades > 3 ? [1] : [1, 2, 5];
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(min)); 10 ** e <= max; e++) {
    for (const m of mantissas) {
      const v = m * 10 ** e;
      if (v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9)) ticks.push(v);
    }
  }
  return ticks;
}

function isBand(axis: NumericAxis | BandAxis): axis is BandAxis {
  return "categories" in axis;
}

function scale(axis: NumericAxis, from: number, to: number): (v: number) => number {
  const f = axis.log ? Math.log10 : (v: number) => v;
  const [a, b] = [f(axis.min), f(axis.max)];
  return (v) => from + ((f(v) - a) / (b - a || 1)) * (to - from);
}

/** Lays the legend out in rows that fit the width; returns the markup and the height used. */
function legendMarkup(items: LegendItem[], top: number, left: number): { svg: string; height: number } {
  let x = left;
  let y = top;
  const parts: string[] = [];
  for (const item of items) {
    const w = 26 + item.name.length * CHAR + 16;
    if (x + w > WIDTH - 8 && x > left) {
      x = left;
      y += 18;
    }
    const swatch =
      item.shape === "box"
        ? `<rect class="sw" x="${x}" y="${y - 9}" width="14" height="10"/>`
        : item.shape === "dot"
          ? `<circle class="dot" cx="${x + 7}" cy="${y - 4}" r="4"/>`
          : item.shape === "ring"
            ? `<circle class="ring" cx="${x + 7}" cy="${y - 4}" r="6"/>`
            : `<line class="line" x1="${x}" x2="${x + 16}" y1="${y - 4}" y2="${y - 4}"/>`;
    parts.push(
      `<g class="${esc(item.cls)}">${swatch}<text x="${x + 22}" y="${y}">${esc(item.name)}</text></g>`,
    );
    x += w;
  }
  return { svg: `<g class="legend">${parts.join("")}</g>`, height: items.length > 0 ? y - top + 18 : 0 };
}

/** A whole chart: `<svg>` with title, legend, grid, ticks and axis labels around what `draw` returns. */
export function chart(spec: ChartSpec, draw: (frame: Frame) => string): string {
  const band = isBand(spec.y);
  const longest = band ? Math.max(0, ...(spec.y as BandAxis).categories.map((c) => c.length)) : 0;
  const left = band ? Math.min(MAX_BAND_LEFT, 36 + longest * CHAR) : 64;
  // Row charts have wide label margins; their title and legend start at the edge instead.
  const textLeft = band ? 12 : left;
  const legend = legendMarkup(spec.legend, 44, textLeft);
  const top = 44 + legend.height + 6;
  const rows = band ? (spec.y as BandAxis).categories.length : 0;
  const plot = band ? Math.max(1, rows) * (spec.plotHeight ?? ROW) : (spec.plotHeight ?? 260);
  const frame: Frame = {
    left,
    right: WIDTH - 20,
    top,
    bottom: top + plot,
    x: scale(spec.x, left, WIDTH - 20),
    y: band
      ? (i) => top + (i + 0.5) * (spec.plotHeight ?? ROW)
      : scale(spec.y as NumericAxis, top + plot, top),
    band: band ? (spec.plotHeight ?? ROW) : 0,
  };
  const height = frame.bottom + 46;
  const titleId = `${spec.id}-title`;
  const descId = `${spec.id}-desc`;
  return [
    `<svg class="chart" id="${esc(spec.id)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${titleId}${spec.desc ? ` ${descId}` : ""}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${titleId}">${esc(spec.title)}</title>`,
    spec.desc ? `<desc id="${descId}">${esc(spec.desc)}</desc>` : "",
    `<text class="chart-title" x="${textLeft}" y="22">${esc(spec.title)}</text>`,
    legend.svg,
    xAxis(spec.x, frame),
    band ? bandAxis(spec.y as BandAxis, frame) : yAxis(spec.y as NumericAxis, frame),
    `<g class="plot">${draw(frame)}</g>`,
    "</svg>",
  ].join("");
}

function ticksOf(axis: NumericAxis): number[] {
  return axis.ticks ?? (axis.log ? logTicks(axis.min, axis.max) : linearTicks(axis.min, axis.max));
}

function xAxis(axis: NumericAxis, f: Frame): string {
  const parts = ticksOf(axis).map((t) => {
    const x = f.x(t).toFixed(1);
    return `<line class="grid" x1="${x}" x2="${x}" y1="${f.top}" y2="${f.bottom}"/><line class="tick" x1="${x}" x2="${x}" y1="${f.bottom}" y2="${f.bottom + 5}"/><text class="tick-label" x="${x}" y="${f.bottom + 18}" text-anchor="middle">${esc(axis.format(t))}</text>`;
  });
  return `<g class="axis x-axis">${parts.join("")}<line class="axis-line" x1="${f.left}" x2="${f.right}" y1="${f.bottom}" y2="${f.bottom}"/><text class="axis-label" x="${(f.left + f.right) / 2}" y="${f.bottom + 38}" text-anchor="middle">${esc(axis.label)}</text></g>`;
}

function yAxis(axis: NumericAxis, f: Frame): string {
  const parts = ticksOf(axis).map((t) => {
    const y = f.y(t).toFixed(1);
    return `<line class="grid" x1="${f.left}" x2="${f.right}" y1="${y}" y2="${y}"/><line class="tick" x1="${f.left - 5}" x2="${f.left}" y1="${y}" y2="${y}"/><text class="tick-label" x="${f.left - 8}" y="${y}" dy="0.32em" text-anchor="end">${esc(axis.format(t))}</text>`;
  });
  const mid = (f.top + f.bottom) / 2;
  return `<g class="axis y-axis">${parts.join("")}<line class="axis-line" x1="${f.left}" x2="${f.left}" y1="${f.top}" y2="${f.bottom}"/><text class="axis-label" x="14" y="${mid}" text-anchor="middle" transform="rotate(-90 14 ${mid})">${esc(axis.label)}</text></g>`;
}

function bandAxis(axis: BandAxis, f: Frame): string {
  const parts = axis.categories.map((c, i) => {
    const shown = c.length > MAX_BAND_CHARS ? `${c.slice(0, MAX_BAND_CHARS - 1)}…` : c;
    return `<text class="tick-label" x="${f.left - 8}" y="${f.y(i).toFixed(1)}" dy="0.32em" text-anchor="end"><title>${esc(c)}</title>${esc(shown)}</text>`;
  });
  const mid = (f.top + f.bottom) / 2;
  return `<g class="axis y-axis">${parts.join("")}<line class="axis-line" x1="${f.left}" x2="${f.left}" y1="${f.top}" y2="${f.bottom}"/><text class="axis-label" x="12" y="${mid}" text-anchor="middle" transform="rotate(-90 12 ${mid})">${esc(axis.label)}</text></g>`;
}
