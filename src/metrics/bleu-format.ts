// sacreBLEU's score line for a BLEU result, and the Python-style rounding it needs: JavaScript's
// `toFixed` and Python's format disagree on exact ties, and published numbers are Python's.

import type { BleuResult } from "./bleu.js";

const TIE_DIGITS = /^50*$/;
const TRAILING_POINT = /\.$/;

/**
 * sacreBLEU's score line for a result, e.g. `BLEU = 48.53 82.4/50.0/45.5/37.5 (BP = 0.943 ratio =
 * 0.944 hyp_len = 17 ref_len = 18)`, rounded as Python's format does (ties to even).
 * @param width decimals of the score (sacreBLEU's `--width`, default 2)
 */
export function formatBleu(result: BleuResult, width = 2): string {
  const precisions = result.precisions.map((p) => pyFixed(p, 1)).join("/");
  return (
    `BLEU = ${pyFixed(result.score, width)} ${precisions} (BP = ${pyFixed(result.bp, 3)} ` +
    `ratio = ${pyFixed(result.ratio, 3)} hyp_len = ${result.sysLen} ref_len = ${result.refLen})`
  );
}

/**
 * Python's `f"{x:.{digits}f}"`. `toFixed` rounds an exact tie (such as 12.25 to one decimal) up,
 * Python to the even digit; they agree everywhere else.
 */
export function pyFixed(x: number, digits: number): string {
  const fixed = x.toFixed(digits);
  if (!Number.isFinite(x) || Math.abs(x) >= 1e21) return fixed;
  // A tie (a multiple of 10^-digits plus half of one) is exactly representable or not at all, and
  // toFixed(100) writes a representable one exactly: its digits past `digits` read "5000…".
  const exact = Math.abs(x).toFixed(100);
  const rest = exact.slice(exact.indexOf(".") + 1 + digits);
  if (!TIE_DIGITS.test(rest)) return fixed;
  const down = exact.slice(0, exact.indexOf(".") + 1 + digits).replace(TRAILING_POINT, "");
  const lastDigit = Number(down.at(-1));
  if (lastDigit % 2 === 1) return fixed; // toFixed already rounded up, to the even digit
  return (x < 0 ? "-" : "") + down;
}
