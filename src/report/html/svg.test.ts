// Tests of the chart primitives and chart types: ticks, the frame (title, axis labels, legend),
// tooltips on every data mark, escaping, and no hard-coded colours (charts must follow dark mode).
import { describe, expect, it } from "vitest";
import {
  boxRows,
  countAxis,
  fiveNumbers,
  forestPlot,
  histogram,
  lineChart,
  percentAxis,
  stackedBars,
} from "./charts.js";
import { linearTicks, logTicks } from "./svg.js";

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

describe("ticks", () => {
  it("picks steps of 1, 2 or 5 × 10^i covering the range", () => {
    expect(linearTicks(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(linearTicks(0, 100, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(linearTicks(0.2, 1)).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    expect(linearTicks(-0.15, 0.15)).toEqual([-0.15, -0.1, -0.05, 0, 0.05, 0.1, 0.15]);
    expect(linearTicks(3, 3)).toEqual([3]);
  });
  it("puts log ticks at 1, 2, 5 per decade, or only at powers of ten over wide ranges", () => {
    expect(logTicks(1, 200)).toEqual([1, 2, 5, 10, 20, 50, 100, 200]);
    expect(logTicks(1, 5000)).toEqual([1, 10, 100, 1000]);
  });
  it("uses a log axis for counts above 10 and whole numbers below", () => {
    expect(countAxis("k", 200).log).toBe(true);
    expect(countAxis("k", 5).ticks).toEqual([1, 2, 3, 4, 5]);
    expect(percentAxis("p", [0.9]).max).toBe(1);
    expect(percentAxis("p", [0.2]).max).toBeCloseTo(0.25, 10);
  });
});

describe("lineChart", () => {
  const svg = lineChart({
    id: "c1",
    title: "pass@k <against> k",
    x: countAxis("k (count)", 20),
    y: percentAxis("pass@k (%)", [0.9]),
    series: [
      {
        name: "model <b>",
        cls: "s0",
        points: [1, 2, 5, 20].map((k) => ({ x: k, y: k / 25, lo: k / 30, hi: k / 22, tip: `pass@${k}` })),
      },
      { name: "other", cls: "s1", points: [{ x: 1, y: 0.5, lo: 0.4, hi: 0.6, tip: "one point" }] },
    ],
    marks: [{ x: 5, y: 0.2, label: "best", tip: "best k", cls: "s0" }],
  });
  it("has a title, axis labels with units, ticks and a legend", () => {
    expect(svg).toMatch(/^<svg class="chart" id="c1"[^>]* role="img" aria-labelledby="c1-title"/);
    expect(svg).toContain('<title id="c1-title">pass@k &lt;against&gt; k</title>');
    expect(svg).toContain(">k (count)</text>");
    expect(svg).toContain(">pass@k (%)</text>");
    expect(count(svg, /class="tick-label"/g)).toBeGreaterThan(8);
    expect(svg).toContain(">model &lt;b&gt;</text>");
    expect(svg).toContain(">95 % interval</text>");
  });
  it("gives every point a tooltip, draws a band for a series and a whisker for a single point", () => {
    expect(count(svg, /<circle class="dot"[^>]*><title>/g)).toBe(5);
    expect(count(svg, /<polygon class="band s0"/g)).toBe(1);
    expect(count(svg, /<line class="whisker s1"/g)).toBe(1);
    expect(svg).toContain("<title>best k</title>");
  });
  it("names no colour: styles come from classes and currentColor", () => {
    expect(svg).not.toMatch(/(fill|stroke|color)="(?!none)/);
    expect(svg).not.toMatch(/#[0-9a-f]{3,6}\b|black|white/i);
  });
});

describe("other charts", () => {
  it("stacks segments in proportion, with tooltips", () => {
    const svg = stackedBars({
      id: "b",
      title: "statuses",
      xLabel: "share (%)",
      legend: [],
      rows: [
        {
          label: "samples",
          segments: [
            { name: "a", cls: "st-passed", value: 3, tip: "a: 3" },
            { name: "b", cls: "st-failed", value: 1, tip: "b: 1" },
            { name: "c", cls: "st-oom", value: 0, tip: "c: 0" },
          ],
        },
      ],
    });
    const widths = [...svg.matchAll(/<rect class="seg [^"]*" x="[^"]*" y="[^"]*" width="([^"]*)"/g)].map(
      (m) => Number(m[1]),
    );
    expect(widths).toHaveLength(2); // the empty segment is not drawn
    expect((widths[0] as number) / (widths[1] as number)).toBeCloseTo(3, 1);
    expect(svg).toContain("<title>a: 3</title>");
  });
  it("draws a zero line and one row per difference", () => {
    const svg = forestPlot({
      id: "f",
      title: "differences",
      x: {
        label: "difference (percentage points)",
        min: -0.2,
        max: 0.2,
        format: (v) => (v * 100).toFixed(0),
      },
      legend: [],
      rows: [
        { label: "pass@1: #1 − #2", value: 0.05, lo: 0.01, hi: 0.09, cls: "s1", tip: "+5 pp" },
        {
          label: "a very long label that does not fit beside the plot at all, really",
          value: -0.01,
          lo: -0.1,
          hi: 0.08,
          cls: "insignificant",
          tip: "−1 pp",
        },
      ],
    });
    expect(svg).toContain('class="zero"');
    expect(count(svg, /<circle class="dot"/g)).toBe(2);
    expect(svg).toMatch(
      /<title>a very long label that does not fit beside the plot at all, really<\/title>a very long label[^<]*…<\/text>/,
    );
  });
  it("computes five-number summaries and draws one box per non-empty group", () => {
    expect(fiveNumbers([4, 1, 3, 2, 5])).toEqual([1, 2, 3, 4, 5]);
    expect(fiveNumbers([10, 20])).toEqual([10, 12.5, 15, 17.5, 20]);
    const svg = boxRows({
      id: "x",
      title: "boxes",
      x: { label: "BLEU (0–100)", min: 0, max: 100, format: String },
      legend: [],
      rows: [
        {
          label: "P/1",
          groups: [
            { cls: "st-passed", values: [10, 50, 90], tip: "passing" },
            { cls: "st-failed", values: [], tip: "failing" },
          ],
        },
      ],
    });
    expect(count(svg, /<g class="box /g)).toBe(1);
  });
  it("draws one bar per series and bin", () => {
    const svg = histogram({
      id: "h",
      title: "hist",
      x: { label: "BLEU", min: 0, max: 100, format: String },
      y: percentAxis("share (%)", [0.5]),
      bins: [
        { from: 0, to: 50 },
        { from: 50, to: 100 },
      ],
      series: [
        { name: "passing", cls: "st-passed", values: [0.2, 0.8], tips: ["p0", "p1"] },
        { name: "failing", cls: "st-failed", values: [0.6, 0.4], tips: ["f0", "f1"] },
      ],
    });
    expect(count(svg, /<rect class="seg /g)).toBe(4);
    expect(svg).toContain("<title>f1</title>");
  });
});
