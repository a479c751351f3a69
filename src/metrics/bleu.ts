// BLEU (Papineni et al., 2002) computed exactly as sacreBLEU 2.x computes it, for the study of how
// well BLEU against a reference solution predicts functional correctness (Codex paper, section 2.1).
// Same tokenization, n-gram clipping, closest reference length, brevity penalty, smoothing and
// effective order as sacreBLEU's `BLEU` metric, so numbers can be compared with published ones.
//
// Nothing is rounded internally: `score` and `precisions` are full doubles, as in sacreBLEU's
// `BLEUScore`. Rounding only happens in `formatBleu` (bleu-format.ts), sacreBLEU's own score line.

import { PasskError } from "../errors.js";
import { pyRstrip, pySplit, tokens13a } from "./tokenize13a.js";

// The score line lives beside this file; re-exported so that `./bleu.js` stays the one entry point.
export { formatBleu, pyFixed } from "./bleu-format.js";

/** Smoothing of zero n-gram precisions (Chen & Cherry 2014, as named by sacreBLEU). */
export type BleuSmoothMethod = "exp" | "floor" | "add-k" | "none";

/** Options of BLEU, with sacreBLEU's meanings and defaults. */
export interface BleuOptions {
  /** `exp` (default; NIST: the k-th zero precision becomes 1/(2^k·total)), `floor` (zero counts become
   *  `smoothValue`), `add-k` (add `smoothValue` to counts and totals of orders ≥ 2) or `none`. */
  smoothMethod?: BleuSmoothMethod;
  /** For `floor` (default 0.1) and `add-k` (default 1); ignored by the other methods. */
  smoothValue?: number;
  /** Average only over the orders the hypothesis side has n-grams of (sacreBLEU's `effective_order`).
   *  Default: false for corpus BLEU, true for sentence BLEU. */
  effectiveOrder?: boolean;
  /** Lowercase hypotheses and references first (JavaScript's `toLowerCase`, which is Python's
   *  `str.lower` up to the Unicode version of each runtime). Default false. */
  lowercase?: boolean;
  /** `13a` (default, see `tokenize13a`) or `none` (split on whitespace only, as Python's `split()`). */
  tokenize?: "13a" | "none";
  /** Highest n-gram order. Default 4. */
  maxNgramOrder?: number;
}

/** BLEU's sufficient statistics, summed over segments; index n−1 of `counts`/`totals` is order n. */
export interface BleuStats {
  /** Clipped n-gram matches per order (the raw integers, never smoothed). */
  counts: number[];
  /** Hypothesis n-grams per order. */
  totals: number[];
  /** Hypothesis tokens. */
  sysLen: number;
  /** Closest reference length of each segment (ties → the shorter), summed. */
  refLen: number;
}

/** One reference per segment, `references[j]` for hypothesis j; `null` where segment j has none. */
export type ReferenceStream = readonly (string | null)[];

/**
 * A BLEU score with its statistics, as sacreBLEU's `BLEUScore` reports it, except that `counts` and
 * `totals` are always the raw integers (sacreBLEU's add-k returns them with k added for orders ≥ 2).
 */
export interface BleuResult extends BleuStats {
  /** BLEU in [0, 100]. */
  score: number;
  /** Smoothed n-gram precisions in percent; 0 for orders not reached. */
  precisions: number[];
  /** Brevity penalty in [0, 1]. */
  bp: number;
  /** sysLen / refLen (0 when refLen is 0). */
  ratio: number;
}

const SMOOTH_DEFAULTS: Record<BleuSmoothMethod, number> = { exp: 0, floor: 0.1, "add-k": 1, none: 0 };
// sacreBLEU's `my_log`: log(0) is floored to this, so a zero precision drives the score to 0.
const LOG_ZERO = -9999999999;

type Resolved = Required<BleuOptions>;

function resolve(options: BleuOptions, effectiveOrderDefault: boolean): Resolved {
  const smoothMethod = options.smoothMethod ?? "exp";
  if (!Object.hasOwn(SMOOTH_DEFAULTS, smoothMethod)) {
    throw new PasskError(
      "BAD_OPTION",
      `BLEU smoothMethod must be exp, floor, add-k or none (got ${smoothMethod})`,
    );
  }
  const smoothValue = options.smoothValue ?? SMOOTH_DEFAULTS[smoothMethod];
  if (!Number.isFinite(smoothValue) || smoothValue < 0) {
    throw new PasskError("BAD_OPTION", `BLEU smoothValue must be a number ≥ 0 (got ${smoothValue})`);
  }
  const tokenize = options.tokenize ?? "13a";
  if (tokenize !== "13a" && tokenize !== "none") {
    throw new PasskError("BAD_OPTION", `BLEU tokenize must be "13a" or "none" (got ${tokenize})`);
  }
  const maxNgramOrder = options.maxNgramOrder ?? 4;
  if (!Number.isSafeInteger(maxNgramOrder) || maxNgramOrder < 1) {
    throw new PasskError("BAD_OPTION", `BLEU maxNgramOrder must be an integer ≥ 1 (got ${maxNgramOrder})`);
  }
  const effectiveOrder = options.effectiveOrder ?? effectiveOrderDefault;
  return {
    smoothMethod,
    smoothValue,
    effectiveOrder,
    lowercase: options.lowercase ?? false,
    tokenize,
    maxNgramOrder,
  };
}

// sacreBLEU's `_preprocess_segment`: lowercase, strip trailing whitespace, tokenize; then split.
function tokensOf(line: string, o: Resolved): string[] {
  const s = pyRstrip(o.lowercase ? line.toLowerCase() : line);
  return o.tokenize === "13a" ? tokens13a(s) : pySplit(s);
}

// Clipped n-gram matches of one segment, added into `stats`. For speed, n-grams are numbered instead
// of joined into strings, and only the hypothesis's n-grams are numbered (no other can match): a
// token gets an id, an n-gram the id of the pair (id of its first n−1 tokens, id of its last token),
// and a reference n-gram absent from the hypothesis gets −1, as do all n-grams extending it.
function addSegment(stats: BleuStats, hyp: string, refs: readonly string[], o: Resolved): void {
  const hypTokens = tokensOf(hyp, o);
  const refTokens = refs.map((ref) => tokensOf(ref, o));
  let closest = -1;
  for (const { length } of refTokens) {
    const diff = Math.abs(hypTokens.length - length);
    const best = Math.abs(hypTokens.length - closest);
    if (closest < 0 || diff < best || (diff === best && length < closest)) closest = length;
  }
  stats.sysLen += hypTokens.length;
  stats.refLen += closest;

  // (Plain loops: typed arrays' `from` and `map` with a callback are several times slower in V8.)
  const vocabulary = new Map<string, number>();
  const hypTokenIds = new Int32Array(hypTokens.length);
  for (let i = 0; i < hypTokens.length; i++) {
    const token = hypTokens[i] as string;
    let id = vocabulary.get(token);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(token, id);
    }
    hypTokenIds[i] = id;
  }
  const refTokenIds = refTokens.map((tokens) => {
    const ids = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) ids[i] = vocabulary.get(tokens[i] as string) ?? -1;
    return ids;
  });
  // Pair keys stay below (hypothesis length)², exact in a double up to 2^26 tokens.
  const base = vocabulary.size;
  let hypIds = hypTokenIds;
  let refIds = refTokenIds;
  let distinct = base;
  for (let n = 1; n <= o.maxNgramOrder; n++) {
    if (n > 1) {
      const pairs = new Map<number, number>();
      const next = new Int32Array(Math.max(0, hypIds.length - 1));
      for (let i = 0; i < next.length; i++) {
        const key = (hypIds[i] as number) * base + (hypTokenIds[i + n - 1] as number);
        let id = pairs.get(key);
        if (id === undefined) {
          id = pairs.size;
          pairs.set(key, id);
        }
        next[i] = id;
      }
      refIds = refIds.map((prev, r) => {
        const tokens = refTokenIds[r] as Int32Array;
        const ids = new Int32Array(Math.max(0, prev.length - 1)).fill(-1);
        for (let i = 0; i < ids.length; i++) {
          const first = prev[i] as number;
          const last = tokens[i + n - 1] as number;
          if (first >= 0 && last >= 0) ids[i] = pairs.get(first * base + last) ?? -1;
        }
        return ids;
      });
      hypIds = next;
      distinct = pairs.size;
    }
    // A hypothesis n-gram matches at most as often as it occurs in the reference where it is most frequent.
    const hypCounts = countIds(hypIds, distinct);
    const refMax = new Int32Array(distinct);
    for (const ids of refIds) {
      const counts = countIds(ids, distinct);
      for (let g = 0; g < distinct; g++) refMax[g] = Math.max(refMax[g] as number, counts[g] as number);
    }
    let correct = 0;
    for (let g = 0; g < distinct; g++) correct += Math.min(hypCounts[g] as number, refMax[g] as number);
    (stats.counts[n - 1] as number) += correct;
    (stats.totals[n - 1] as number) += hypIds.length;
  }
}

// How often each id in [0, distinct) occurs in `ids` (−1 entries are skipped).
function countIds(ids: Int32Array, distinct: number): Int32Array {
  const counts = new Int32Array(distinct);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    if (id >= 0) (counts[id] as number)++;
  }
  return counts;
}

function score(stats: BleuStats, o: Resolved): BleuResult {
  const { counts, totals, sysLen, refLen } = stats;
  const order = counts.length;
  const bp = sysLen < refLen ? (sysLen > 0 ? Math.exp(1 - refLen / sysLen) : 0) : 1;
  const precisions = new Array<number>(order).fill(0);
  const ratio = refLen ? sysLen / refLen : 0;
  const result = {
    score: 0,
    counts: [...counts],
    totals: [...totals],
    precisions,
    bp,
    sysLen,
    refLen,
    ratio,
  };
  // No match at all: 0, whatever the smoothing (sacreBLEU #141).
  if (counts.every((c) => c === 0)) return result;
  let expDivisor = 1;
  let effOrder = order;
  for (let n = 0; n < order; n++) {
    const k = o.smoothMethod === "add-k" && n > 0 ? o.smoothValue : 0;
    const correct = (counts[n] as number) + k;
    const total = (totals[n] as number) + k;
    if (total === 0) break;
    if (o.effectiveOrder) effOrder = n + 1;
    if (correct !== 0) precisions[n] = (100 * correct) / total;
    else if (o.smoothMethod === "exp") {
      expDivisor *= 2;
      precisions[n] = 100 / (expDivisor * total);
    } else if (o.smoothMethod === "floor") precisions[n] = (100 * o.smoothValue) / total;
  }
  let logSum = 0;
  for (let n = 0; n < effOrder; n++) {
    const p = precisions[n] as number;
    logSum += p === 0 ? LOG_ZERO : Math.log(p);
  }
  result.score = bp * Math.exp(logSum / effOrder);
  return result;
}

/**
 * BLEU from already summed statistics (sacreBLEU's `compute_bleu`), for example to recombine
 * per-segment statistics from {@link bleuStatistics} in a bootstrap. The n-gram order is
 * `stats.counts.length`; `tokenize`, `lowercase` and `maxNgramOrder` do not apply.
 */
export function bleuFromStats(stats: BleuStats, options: BleuOptions = {}): BleuResult {
  if (stats.counts.length !== stats.totals.length || stats.counts.length === 0) {
    throw new PasskError("BAD_INPUT", "BLEU statistics need counts and totals of the same, non-zero length");
  }
  return score(stats, resolve(options, false));
}

/**
 * The sufficient statistics of corpus BLEU; see {@link corpusBleu} for the arguments.
 * @throws PasskError BAD_INPUT when a reference stream's length differs from the hypotheses' or a
 *   segment has no reference; BAD_OPTION for an invalid option.
 */
export function bleuStatistics(
  hypotheses: readonly string[],
  references: readonly ReferenceStream[],
  options: BleuOptions = {},
): BleuStats {
  return collect(hypotheses, references, resolve(options, false));
}

function collect(hypotheses: readonly string[], references: readonly ReferenceStream[], o: Resolved) {
  if (references.length === 0) throw new PasskError("BAD_INPUT", "BLEU needs at least one reference stream");
  references.forEach((stream, i) => {
    if (stream.length !== hypotheses.length) {
      throw new PasskError(
        "BAD_INPUT",
        `BLEU reference stream ${i} has ${stream.length} segments but there are ${hypotheses.length} hypotheses; give every stream one entry per hypothesis (null where a segment has fewer references)`,
      );
    }
  });
  const stats: BleuStats = {
    counts: new Array<number>(o.maxNgramOrder).fill(0),
    totals: new Array<number>(o.maxNgramOrder).fill(0),
    sysLen: 0,
    refLen: 0,
  };
  hypotheses.forEach((hyp, j) => {
    if (typeof hyp !== "string") throw new PasskError("BAD_INPUT", `BLEU hypothesis ${j} is not a string`);
    // As sacreBLEU 2.6: null marks an absent reference; "" is a reference, of length 0.
    const refs = references.map((stream) => stream[j]).filter((r): r is string => typeof r === "string");
    if (refs.length === 0) throw new PasskError("BAD_INPUT", `BLEU segment ${j} has no reference`);
    addSegment(stats, hyp, refs, o);
  });
  return stats;
}

/**
 * Corpus BLEU, as sacreBLEU's `corpus_bleu` / `BLEU().corpus_score`.
 *
 * @param hypotheses one string per segment
 * @param references reference *streams*, as sacreBLEU takes them: `references[i][j]` is the i-th
 *   reference of segment j (so one reference per segment is `[refs]`, not `refs.map((r) => [r])`).
 *   Every stream has one entry per hypothesis; `null` marks a segment with fewer references (an
 *   empty string is an empty reference, as in sacreBLEU 2.6; earlier 2.x releases dropped it).
 * @param options defaults: smoothing `exp`, no effective order, 13a tokenization, case kept, order 4
 * @throws PasskError BAD_INPUT for streams of the wrong length or a segment without a reference;
 *   BAD_OPTION for an invalid option.
 */
export function corpusBleu(
  hypotheses: readonly string[],
  references: readonly ReferenceStream[],
  options: BleuOptions = {},
): BleuResult {
  const o = resolve(options, false);
  return score(collect(hypotheses, references, o), o);
}

/**
 * Sentence BLEU of one hypothesis against its references, as sacreBLEU's `sentence_bleu`: the same as
 * corpus BLEU of one segment, except that `effectiveOrder` defaults to true.
 */
export function sentenceBleu(
  hypothesis: string,
  references: readonly string[],
  options: BleuOptions = {},
): BleuResult {
  const o = resolve(options, true);
  const streams = references.map((ref) => [ref]);
  return score(collect([hypothesis], streams, o), o);
}
