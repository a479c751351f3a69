// The report's style sheet, inlined into the page. Colours are custom properties with a light and a
// dark set (prefers-color-scheme); charts use classes and currentColor, so they follow the scheme.
// System fonts only: the report must render the same without any network.

/** The inline CSS of the report. */
export const STYLES = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --panel: #f6f8fa; --accent: #0969da;
  --s0: #0072b2; --s1: #d55e00; --s2: #009e73; --s3: #cc79a7; --s4: #8a6d00; --s5: #56b4e9; --s6: #6b4fbb; --s7: #555555;
  --st-passed: #1a7f37; --st-failed: #cf222e; --st-timeout: #bc4c00; --st-oom: #8250df; --st-crashed: #6e7781; --st-error: #9a6700; --st-not-evaluated: #8c959f;
  --r0: #cf222e; --r1: #e36a3a; --r2: #eba23a; --r3: #c9c23a; --r4: #7fbf5a; --r5: #1a7f37;
  --cell-fg: #0d1117; --band-opacity: 0.18; --banner-bg: #fff0c2; --banner-fg: #5c3b00; --banner-line: #d4a72c;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #30363d; --panel: #161b22; --accent: #4493f8;
    --s0: #56b4e9; --s1: #f28e2b; --s2: #3fc79a; --s3: #e19bc6; --s4: #e3c04b; --s5: #9ecae1; --s6: #b39ddb; --s7: #bbbbbb;
    --st-passed: #3fb950; --st-failed: #f85149; --st-timeout: #f0883e; --st-oom: #bc8cff; --st-crashed: #9198a1; --st-error: #d29922; --st-not-evaluated: #6e7681;
    --r0: #f85149; --r1: #f0883e; --r2: #e3b341; --r3: #c9d05a; --r4: #8bd17c; --r5: #3fb950;
    --band-opacity: 0.26; --banner-bg: #3d2e00; --banner-fg: #ffdf8a; --banner-line: #9e6a03;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", "DejaVu Sans", sans-serif; }
main { max-width: 1100px; margin: 0 auto; padding: 16px 20px 48px; }
h1 { font-size: 1.6em; margin: 0.4em 0; } h2 { font-size: 1.3em; margin-top: 2em; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 1.1em; margin-top: 1.6em; }
a { color: var(--accent); }
code, pre, .mono { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; font-size: 12.5px; }
.muted, .note { color: var(--muted); }
.note { font-size: 0.92em; }
nav.toc ul { display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 0; list-style: none; }
.banner { border: 2px solid var(--banner-line); background: var(--banner-bg); color: var(--banner-fg);
  padding: 12px 16px; margin: 12px 0; font-size: 1.25em; font-weight: 700; border-radius: 6px; }
.banner small { display: block; font-size: 0.7em; font-weight: 400; }
table { border-collapse: collapse; margin: 8px 0; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: var(--panel); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.config th { font-weight: 600; white-space: nowrap; }
table.config td { word-break: break-word; }
.sig { font-weight: 700; }
table.statuses tr[class^="st-"] th::before { content: ""; display: inline-block; width: 0.8em; height: 0.8em;
  margin-right: 6px; border-radius: 2px; background: var(--c); }
svg.chart { display: block; width: 100%; max-width: 760px; height: auto; margin: 12px 0; color: var(--fg); font-size: 12px; }
svg.chart text { fill: currentColor; }
svg.chart .chart-title { font-size: 14px; font-weight: 600; }
svg.chart .axis-line, svg.chart .tick { stroke: currentColor; stroke-width: 1; }
svg.chart .grid { stroke: var(--line); stroke-width: 1; }
svg.chart .axis-label { font-size: 12px; }
svg.chart .tick-label { fill: var(--muted); }
svg.chart .line { fill: none; stroke: var(--c); stroke-width: 2; }
svg.chart .dot { fill: var(--c); }
svg.chart .band { fill: var(--c); opacity: var(--band-opacity); stroke: none; }
svg.chart .band-key { --c: var(--muted); } svg.chart .band-key .sw { opacity: 0.35; }
svg.chart .whisker { stroke: var(--c); stroke-width: 2; }
svg.chart .sw, svg.chart .seg { fill: var(--c); }
svg.chart .box .seg { fill-opacity: 0.45; stroke: var(--c); }
svg.chart .median { stroke: currentColor; stroke-width: 2; }
svg.chart .ring { fill: none; stroke: currentColor; stroke-width: 2; }
svg.chart .mark-label { font-weight: 700; }
svg.chart .zero { stroke: currentColor; stroke-dasharray: 4 3; }
svg.chart .dot:hover, svg.chart .seg:hover { stroke: currentColor; stroke-width: 1.5; }
svg.chart .legend text { fill: currentColor; }
.s0 { --c: var(--s0); } .s1 { --c: var(--s1); } .s2 { --c: var(--s2); } .s3 { --c: var(--s3); }
.s4 { --c: var(--s4); } .s5 { --c: var(--s5); } .s6 { --c: var(--s6); } .s7 { --c: var(--s7); }
.st-passed { --c: var(--st-passed); } .st-failed { --c: var(--st-failed); } .st-timeout { --c: var(--st-timeout); }
.st-oom { --c: var(--st-oom); } .st-crashed { --c: var(--st-crashed); } .st-error { --c: var(--st-error); }
.st-not-evaluated { --c: var(--st-not-evaluated); }
.insignificant { --c: var(--muted); }
.grid-cells { display: grid; grid-template-columns: repeat(auto-fill, minmax(64px, 1fr)); gap: 3px; margin: 8px 0; }
.cell { border: 0; border-radius: 3px; padding: 3px 2px; font: inherit; font-size: 11px; line-height: 1.2; cursor: pointer;
  color: var(--cell-fg); background: var(--c); text-align: center; overflow: hidden; }
.cell span { display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.cell .rate { font-weight: 700; font-size: 12px; }
.cell:focus-visible { outline: 2px solid var(--fg); outline-offset: 1px; }
.r0 { --c: var(--r0); } .r1 { --c: var(--r1); } .r2 { --c: var(--r2); } .r3 { --c: var(--r3); } .r4 { --c: var(--r4); } .r5 { --c: var(--r5); }
.grid-legend { display: flex; flex-wrap: wrap; gap: 4px; padding: 0; list-style: none; font-size: 12px; }
.grid-legend li { padding: 2px 8px; border-radius: 3px; background: var(--c); color: var(--cell-fg); }
.controls { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: end; margin: 8px 0; }
.controls label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); gap: 2px; }
.controls input, .controls select { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 4px; padding: 4px 6px; }
.controls input { min-width: 22em; }
.sample-list { max-height: 80vh; overflow: auto; }
.sample { border: 1px solid var(--line); border-left: 4px solid var(--c); border-radius: 4px; margin: 4px 0; background: var(--bg); }
.sample > summary { display: flex; gap: 10px; align-items: baseline; padding: 4px 8px; cursor: pointer; }
.sample .task { font-weight: 600; white-space: nowrap; }
.sample .cid { color: var(--muted); }
.sample .badge { color: var(--c); font-weight: 600; white-space: nowrap; }
.sample .msg { color: var(--muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; flex: 1; }
.sample-body { padding: 4px 12px 10px; border-top: 1px solid var(--line); }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0; }
dl.meta dt { color: var(--muted); } dl.meta dd { margin: 0; word-break: break-word; }
pre.code { background: var(--panel); border: 1px solid var(--line); border-radius: 4px; padding: 8px; overflow: auto; max-height: 28em; white-space: pre; }
details.raw > summary { cursor: pointer; color: var(--accent); }
button.more { font: inherit; padding: 4px 12px; margin-top: 6px; }
footer { margin-top: 3em; color: var(--muted); font-size: 0.9em; }
`;
