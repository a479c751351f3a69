// The sample browser of a run: the data it embeds (every record's metadata, completions deduplicated
// and cut to a size budget) and its markup. The inline script (script.ts) builds the rows from this
// data with textContent only, so no completion is ever parsed as HTML.
import { gzipSync } from "node:zlib";
import type { ResultRecord } from "../../evaluate/types.js";
import type { LoadedRun } from "../../run/load.js";
import type { SampleRecord } from "../../run/types.js";
import { count } from "../format.js";
import { esc, jsonScript } from "./escape.js";
import { compareTaskIds, STATUSES } from "./input.js";

/** Limits on the text the report embeds, and when it is compressed. */
export interface EmbedLimits {
  /** Characters kept of one completion or chat reply. */
  perText: number;
  /** Characters kept of all distinct completions and replies of one run together. */
  total: number;
  /** Data whose JSON is longer than this (characters) is embedded gzip-compressed, base64-encoded. */
  compressAbove: number;
}

/** The limits that decide how much text is kept. */
export type TextLimits = Pick<EmbedLimits, "perText" | "total">;

/**
 * 4,096 characters per text, 32 million per run, compressed above 1 MB of JSON. Real completions
 * are a few hundred characters and gzip to a third or less (far less when samples of a problem are
 * alike), so a 164 × 200 run keeps whole completions in a file of a few MB.
 */
export const DEFAULT_EMBED_LIMITS: EmbedLimits = {
  perText: 4096,
  total: 32_000_000,
  compressAbove: 1_000_000,
};

/**
 * One record as the script reads it: task index, completion_id, status index (STATUSES, or −1 for
 * "not evaluated"), result message, finish reason, [log-prob sum, mean, tokens] or null, index of
 * the completion text, index of the raw reply or −1, CPU seconds, wall seconds (null when unknown),
 * how a chat reply's code was extracted, and the simulated model's kind of sample (null when none).
 */
export type BrowserRow = [
  number,
  number,
  number,
  string,
  string | null,
  [number, number, number] | null,
  number,
  number,
  number | null,
  number | null,
  string | null,
  string | null,
];

/** The JSON embedded per run. */
export interface BrowserData {
  tasks: string[];
  statuses: readonly string[];
  /** Distinct completions and raw replies, cut to `cap` characters. */
  texts: string[];
  /** Original length of each text (so the page can say what was cut). */
  lengths: number[];
  cap: number;
  rows: BrowserRow[];
}

const round = (v: unknown, digits: number): number | null =>
  typeof v === "number" && Number.isFinite(v) ? Number(v.toFixed(digits)) : null;

/** Builds the browser's data for a run: its results, or its samples when it was not evaluated. */
export function browserData(run: LoadedRun, limits: TextLimits = DEFAULT_EMBED_LIMITS): BrowserData {
  const evaluated = run.results.length > 0;
  // In task order before texts are numbered: alike samples of a problem then sit side by side, which
  // is what lets gzip shrink them to almost nothing.
  const records: (ResultRecord | SampleRecord)[] = [...(evaluated ? run.results : run.samples)].sort(
    (a, b) => compareTaskIds(a.task_id, b.task_id) || Number(a.completion_id) - Number(b.completion_id),
  );
  // Results repeat the sample's fields, but a results file written from a bare samples file may not
  // have them: fall back on the sample with the same task and completion_id.
  const samples = new Map(run.samples.map((s) => [`${s.task_id}\u0000${s.completion_id}`, s]));
  const tasks = [...new Set(records.map((r) => r.task_id))].sort(compareTaskIds);
  const taskIndex = new Map(tasks.map((t, i) => [t, i]));
  const textIndex = new Map<string, number>();
  const full: string[] = [];
  const text = (value: string): number => {
    let i = textIndex.get(value);
    if (i === undefined) {
      i = full.length;
      full.push(value);
      textIndex.set(value, i);
    }
    return i;
  };
  const rows = records.map((r): BrowserRow => {
    const sample = samples.get(`${r.task_id}\u0000${String(r.completion_id)}`);
    const field = (name: string): unknown => r[name] ?? sample?.[name];
    const lp = field("logprobs") as SampleRecord["logprobs"] | undefined;
    const raw = field("raw");
    const status = evaluated ? STATUSES.indexOf(r.status as (typeof STATUSES)[number]) : -1;
    return [
      taskIndex.get(r.task_id) as number,
      typeof r.completion_id === "number" ? r.completion_id : -1,
      status,
      typeof r.result === "string" ? r.result.slice(0, 2000) : "",
      typeof field("finish_reason") === "string" ? (field("finish_reason") as string) : null,
      lp ? [round(lp.sum, 4) ?? 0, round(lp.mean, 5) ?? 0, lp.tokens] : null,
      text(
        typeof r.completion === "string" ? r.completion : typeof r.solution === "string" ? r.solution : "",
      ),
      typeof raw === "string" ? text(raw) : -1,
      round(r.cpu_time, 3),
      round(r.wall_time, 3),
      typeof field("extraction") === "string" ? (field("extraction") as string) : null,
      typeof field("sim_kind") === "string" ? (field("sim_kind") as string) : null,
    ];
  });
  const cap = textCap(
    full.map((t) => t.length),
    limits,
  );
  return {
    tasks,
    statuses: STATUSES,
    texts: full.map((t) => (t.length > cap ? t.slice(0, cap) : t)),
    lengths: full.map((t) => t.length),
    cap,
    rows,
  };
}

/**
 * The largest cut (≤ `perText`) at which all texts together fit in `total` characters: short texts
 * stay whole and the long ones share what is left. Never below 200 characters.
 */
export function textCap(lengths: readonly number[], limits: TextLimits): number {
  const sorted = lengths.map((n) => Math.min(n, limits.perText)).sort((a, b) => a - b);
  let used = 0;
  for (let i = 0; i < sorted.length; i++) {
    const rest = sorted.length - i;
    const length = sorted[i] as number;
    if (used + length * rest > limits.total) return Math.max(200, Math.floor((limits.total - used) / rest));
    used += length;
  }
  return limits.perText;
}

/** The browser's section: note on cut texts, search box, filters, list; the data in a JSON block. */
export function samplesSection(
  id: string,
  data: BrowserData,
  compressAbove = DEFAULT_EMBED_LIMITS.compressAbove,
): string {
  const cut = data.lengths.filter((n) => n > data.cap).length;
  const perStatus = new Map<number, number>();
  for (const row of data.rows) perStatus.set(row[2], (perStatus.get(row[2]) ?? 0) + 1);
  const statusOptions = [...perStatus.keys()]
    .sort((a, b) => a - b)
    .map((s) => {
      const name = s < 0 ? "not evaluated" : (data.statuses[s] as string);
      return `<option value="${s}">${esc(name)} (${count(perStatus.get(s) ?? 0)})</option>`;
    });
  const problemOptions = data.tasks.map((t, i) => `<option value="${i}">${esc(t)}</option>`);
  const note =
    cut > 0
      ? `<p class="note" data-role="cut-note">${count(cut)} of ${count(data.lengths.length)} distinct completions or replies are longer than ${count(data.cap)} characters and are cut here to keep this file small; search looks at the kept text only. The full text is in the run's results.jsonl.</p>`
      : "";
  return `<section class="samples" id="${id}-samples" data-browser="${id}-data" aria-labelledby="${id}-samples-h">
<h3 id="${id}-samples-h">Samples</h3>${note}
<div class="controls" role="search">
<label>Search <input type="search" data-role="search" placeholder="task id, code or error message" autocomplete="off"></label>
<label>Status <select data-role="status"><option value="">all</option>${statusOptions.join("")}</select></label>
<label>Problem <select data-role="problem"><option value="">all</option>${problemOptions.join("")}</select></label>
<label>Outcome <select data-role="outcome"><option value="">all</option><option value="passed">passed</option><option value="failed">not passed</option></select></label>
</div>
<p class="count" data-role="count" aria-live="polite">${count(data.rows.length)} samples</p>
<div class="sample-list" data-role="list"></div>
<button type="button" class="more" data-role="more" hidden>Show more</button>
<noscript><p class="note">The sample browser needs JavaScript; the samples are in the run's results.jsonl.</p></noscript>
${dataScript(`${id}-data`, data, compressAbove)}
</section>`;
}

/**
 * The data block: plain JSON (readable, works in any browser) or, when large, gzip + base64 that
 * the script unpacks with the browser's DecompressionStream. Node's gzip header has no timestamp,
 * so the output is reproducible.
 */
function dataScript(id: string, data: BrowserData, compressAbove: number): string {
  const json = JSON.stringify(data);
  if (json.length <= compressAbove) return jsonScript(id, data);
  const packed = gzipSync(Buffer.from(json, "utf8")).toString("base64");
  return `<script type="application/gzip+base64" id="${esc(id)}" data-encoding="gzip-base64">${packed}</script>`;
}
