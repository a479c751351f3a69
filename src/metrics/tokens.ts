// Token counts of code under GPT-3's r50k_base, Codex's p50k_base (which adds tokens for runs of
// spaces) and cl100k_base: per text, per file, and for whole folders (`passk tokens`).
// The BPE ranks come from js-tiktoken; the counts agree exactly with OpenAI's tiktoken.
import { type Dirent, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { Tiktoken, type TiktokenBPE } from "js-tiktoken/lite";
import { PasskError } from "../errors.js";

/** The encodings counted, oldest first; savings are relative to the first. */
export const TOKEN_ENCODINGS = ["r50k_base", "p50k_base", "cl100k_base"] as const;
/** One of the encodings counted, named as tiktoken names it. */
export type TokenEncoding = (typeof TOKEN_ENCODINGS)[number];
/** A number of tokens under each encoding. */
export type TokenCounts = Record<TokenEncoding, number>;

// The rank files are 0.5–1 MB of JavaScript each: import one only when it is first needed.
const RANKS: Record<TokenEncoding, () => Promise<{ default: TiktokenBPE }>> = {
  r50k_base: () => import("js-tiktoken/ranks/r50k_base"),
  p50k_base: () => import("js-tiktoken/ranks/p50k_base"),
  cl100k_base: () => import("js-tiktoken/ranks/cl100k_base"),
};

// tiktoken's patterns use Rust's `\s` (Unicode White_Space). JavaScript's `\s` also matches U+FEFF
// and misses U+0085, which splits such text differently; spell the Rust class out instead.
const WHITE_SPACE = "\\t-\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const rustWhiteSpace = (pattern: string): string =>
  pattern
    .replaceAll("[^\\s", `[^${WHITE_SPACE}`)
    .replaceAll("\\s", `[${WHITE_SPACE}]`)
    .replaceAll("\\S", `[^${WHITE_SPACE}]`);

// js-tiktoken's merge loop is quadratic in the length of a piece (16,000 letters take ~12 s), so
// long pieces (minified lines, data blobs) go through `mergeCount` below, which is n log n.
const LONG_PIECE = 128;
// Code repeats its pieces (names, indentation) endlessly; remembering their counts makes counting
// several times faster. The bound keeps memory flat on huge inputs.
const CACHE_LIMIT = 500_000;

class Counter {
  private readonly pieces: RegExp;
  private readonly encoder: Tiktoken;
  private readonly cache = new Map<string, number>();
  private ranks: Map<string, number> | undefined;

  constructor(private readonly bpe: TiktokenBPE) {
    const pattern = rustWhiteSpace(bpe.pat_str);
    this.pieces = new RegExp(pattern, "gu");
    this.encoder = new Tiktoken({ ...bpe, pat_str: pattern });
  }

  /** Tokens of `text` as ordinary text: special tokens such as <|endoftext|> are not recognised. */
  count(text: string): number {
    let total = 0;
    for (const [piece] of text.matchAll(this.pieces)) {
      if (piece.length > LONG_PIECE) {
        total += this.mergeCount(piece);
        continue;
      }
      let n = this.cache.get(piece);
      if (n === undefined) {
        // encode() splits again with the same pattern, which leaves a piece whole; the empty lists
        // mean "no special tokens", so "<|endoftext|>" is plain text and never throws.
        n = this.encoder.encode(piece, [], []).length;
        if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
        this.cache.set(piece, n);
      }
      total += n;
    }
    return total;
  }

  /** BPE of one piece with a heap: always merge the lowest-ranked adjacent pair, leftmost first. */
  mergeCount(piece: string): number {
    this.ranks ??= parseRanks(this.bpe.bpe_ranks);
    const ranks = this.ranks;
    const bytes = Buffer.from(piece, "utf8").toString("latin1"); // one char per byte, for map keys
    const n = bytes.length;
    const next = Int32Array.from({ length: n }, (_, i) => i + 1); // segments: [i, next[i])
    const prev = Int32Array.from({ length: n }, (_, i) => i - 1);
    const heap = new PairHeap();
    const offer = (i: number): void => {
      const j = next[i] ?? n;
      if (i < 0 || j >= n) return;
      const end = next[j] ?? n;
      const rank = ranks.get(bytes.slice(i, end));
      if (rank !== undefined) heap.push(rank, i, end);
    };
    for (let i = 0; i < n - 1; i++) offer(i);
    let segments = n;
    for (let pair = heap.pop(); pair; pair = heap.pop()) {
      const [, i, end] = pair;
      const j = next[i] ?? n;
      // Stale entry: one of its two segments has merged with a neighbour since it was pushed.
      if (prev[i] === -2 || j >= n || next[j] !== end) continue;
      next[i] = end;
      prev[j] = -2;
      if (end < n) prev[end] = i;
      segments--;
      offer(prev[i] ?? -1);
      offer(i);
    }
    return segments;
  }
}

/** js-tiktoken's rank lists: "<name> <first rank> <base64 token> <base64 token> …" per line. */
function parseRanks(text: string): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const line of text.split("\n")) {
    const [, first, ...tokens] = line.split(" ");
    tokens.forEach((token, i) => {
      ranks.set(Buffer.from(token, "base64").toString("latin1"), Number(first) + i);
    });
  }
  return ranks;
}

/** A binary min-heap of (rank, start, end), ordered by rank, then start. */
class PairHeap {
  private readonly items: [number, number, number][] = [];
  private less(a: number, b: number): boolean {
    const x = this.items[a] as [number, number, number];
    const y = this.items[b] as [number, number, number];
    return x[0] < y[0] || (x[0] === y[0] && x[1] < y[1]);
  }
  private swap(a: number, b: number): void {
    [this.items[a], this.items[b]] = [
      this.items[b] as [number, number, number],
      this.items[a] as [number, number, number],
    ];
  }
  push(rank: number, start: number, end: number): void {
    let i = this.items.push([rank, start, end]) - 1;
    while (i > 0 && this.less(i, (i - 1) >> 1)) {
      this.swap(i, (i - 1) >> 1);
      i = (i - 1) >> 1;
    }
  }
  pop(): [number, number, number] | undefined {
    const top = this.items[0];
    const last = this.items.pop();
    if (this.items.length === 0 || last === undefined) return top;
    this.items[0] = last;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      let m = i;
      if (l < this.items.length && this.less(l, m)) m = l;
      if (l + 1 < this.items.length && this.less(l + 1, m)) m = l + 1;
      if (m === i) return top;
      this.swap(i, m);
      i = m;
    }
  }
}

const counters = new Map<TokenEncoding, Promise<Counter>>();

/** The counter of one encoding, loaded on first use and kept for the life of the process. */
function counter(encoding: TokenEncoding): Promise<Counter> {
  let loading = counters.get(encoding);
  if (!loading) {
    loading = RANKS[encoding]().then((module) => new Counter(module.default));
    counters.set(encoding, loading);
  }
  return loading;
}

/** Tokens of `text` under each encoding, as plain text ("<|endoftext|>" counts as its characters). */
export async function countTokens(text: string): Promise<TokenCounts> {
  const loaded = await Promise.all(TOKEN_ENCODINGS.map(counter));
  return Object.fromEntries(TOKEN_ENCODINGS.map((e, i) => [e, loaded[i]?.count(text) ?? 0])) as TokenCounts;
}

/** One counted file. `path` is as given, or joined under the folder that was given. */
export interface TokenFileRow {
  path: string;
  bytes: number;
  tokens: TokenCounts;
}

/** Tokens per file over the counted files (p90: nearest rank; median: mean of the middle two). */
export interface TokenDistribution {
  min: number;
  median: number;
  mean: number;
  p90: number;
  max: number;
}

/** What `tokenReport` found: totals, per-file rows, spread, and what the newer encodings save. */
export interface TokenReport {
  encodings: TokenEncoding[];
  totals: { files: number; bytes: number; tokens: TokenCounts };
  /** Fewer tokens than r50k_base, as a fraction of it (0.3 = 30 % fewer); 0 when nothing was counted. */
  saving: { p50k_base: number; cl100k_base: number };
  distribution: Record<TokenEncoding, TokenDistribution>;
  /** Counted files, in the order found (folders walked in name order). */
  files: TokenFileRow[];
  /** Files not counted, with the reason (unreadable, binary, not UTF-8, a link to a folder). */
  skipped: { path: string; reason: string }[];
}

/** What `tokenReport` counts; `signal` stops it between files. */
export interface TokenReportOptions {
  /** Extensions of the files to count inside folders, with or without the dot (default: py). */
  ext?: readonly string[];
  /** Names of folders and files to leave out of folder walks (for example site-packages, test). */
  exclude?: readonly string[];
  signal?: AbortSignal;
}

/**
 * Counts the tokens of `paths`: files given are always counted; folders are walked for files with
 * the chosen extensions, leaving out hidden entries (names starting with a dot) and `exclude`.
 * Text is read as UTF-8 without its byte-order mark. Throws FILE_NOT_FOUND for a missing path.
 */
export async function tokenReport(
  paths: readonly string[],
  options: TokenReportOptions = {},
): Promise<TokenReport> {
  const missing = paths.filter((path) => !exists(path));
  if (missing.length > 0) {
    throw new PasskError(
      "FILE_NOT_FOUND",
      `no such file or folder: ${missing.join(", ")} (check the path${missing.length > 1 ? "s" : ""})`,
    );
  }
  const ext = new Set((options.ext ?? ["py"]).map((e) => `.${e.replace(/^\./, "").toLowerCase()}`));
  const exclude = new Set(options.exclude ?? []);
  const candidates = collect(paths, ext, exclude);
  const loaded = candidates.length > 0 ? await Promise.all(TOKEN_ENCODINGS.map(counter)) : [];
  const files: TokenFileRow[] = [];
  const skipped: TokenReport["skipped"] = [];
  for (const { path, skip } of candidates) {
    options.signal?.throwIfAborted();
    const text = skip ?? readText(path);
    if (typeof text === "string") {
      skipped.push({ path, reason: text });
      continue;
    }
    const tokens = Object.fromEntries(
      TOKEN_ENCODINGS.map((e, i) => [e, loaded[i]?.count(text.content) ?? 0]),
    ) as TokenCounts;
    files.push({ path, bytes: text.bytes, tokens });
  }
  const sum = (pick: (row: TokenFileRow) => number) => files.reduce((acc, row) => acc + pick(row), 0);
  const tokens = perEncoding((e) => sum((row) => row.tokens[e]));
  const saving = (e: TokenEncoding) => (tokens.r50k_base > 0 ? 1 - tokens[e] / tokens.r50k_base : 0);
  return {
    encodings: [...TOKEN_ENCODINGS],
    totals: { files: files.length, bytes: sum((row) => row.bytes), tokens },
    saving: { p50k_base: saving("p50k_base"), cl100k_base: saving("cl100k_base") },
    distribution: perEncoding((e) => distribution(files.map((row) => row.tokens[e]))),
    files,
    skipped,
  };
}

function perEncoding<T>(value: (encoding: TokenEncoding) => T): Record<TokenEncoding, T> {
  return Object.fromEntries(TOKEN_ENCODINGS.map((e) => [e, value(e)])) as Record<TokenEncoding, T>;
}

function distribution(values: number[]): TokenDistribution {
  if (values.length === 0) return { min: 0, median: 0, mean: 0, p90: 0, max: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (i: number) => sorted[Math.min(Math.max(i, 0), sorted.length - 1)] ?? 0;
  const middle = sorted.length / 2;
  return {
    min: at(0),
    median: sorted.length % 2 ? at(Math.floor(middle)) : (at(middle - 1) + at(middle)) / 2,
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
    p90: at(Math.ceil(0.9 * sorted.length) - 1),
    max: at(sorted.length - 1),
  };
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The files to read, each once (by real location), in the order given and walked; `skip` says why not. */
function collect(
  paths: readonly string[],
  ext: ReadonlySet<string>,
  exclude: ReadonlySet<string>,
): { path: string; skip?: string }[] {
  const seen = new Set<string>();
  const found: { path: string; skip?: string }[] = [];
  const add = (path: string) => {
    const key = resolve(path);
    if (!seen.has(key)) found.push({ path });
    seen.add(key);
  };
  const walk = (dir: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      found.push({ path: dir, skip: `cannot read folder (${(error as NodeJS.ErrnoException).code})` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith(".") || exclude.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!ext.has(extname(entry.name).toLowerCase())) continue;
      else if (entry.isFile()) add(path);
      else if (entry.isSymbolicLink()) {
        // Links to files are counted; links to folders are not followed (they can loop).
        if (exists(path) && statSync(path).isFile()) add(path);
        else found.push({ path, skip: "link to a folder or to nothing, not followed" });
      }
    }
  };
  for (const path of paths) {
    if (statSync(path).isDirectory()) walk(path);
    else add(path);
  }
  return found;
}

// `ignoreBOM: true` keeps a leading byte-order mark in the text: tiktoken counts it (it is in the file
// a model would be given), so dropping it would count fewer tokens than tiktoken does.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The text of a file, or why it cannot be counted. */
function readText(path: string): { content: string; bytes: number } | string {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (error) {
    return `cannot read (${(error as NodeJS.ErrnoException).code})`;
  }
  if (data.includes(0)) return "binary (contains NUL bytes)";
  try {
    return { content: utf8.decode(data), bytes: data.length };
  } catch {
    return "not UTF-8 text";
  }
}
