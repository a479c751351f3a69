// A contest judge's comparison of what a program printed with the expected output, done here,
// outside the sandbox. Three modes (docs/problem-format.md, "Program problems"):
// - "tokens" (the default): the outputs split on any whitespace must be the same words;
// - "float": the same, except that two numbers match when they differ by at most the tolerance,
//   absolute or relative (|got − expected| ≤ tolerance × max(1, |expected|)); with tolerance 0,
//   when they are the same decimal number ("1.50" and "1.5", as LiveCodeBench's judge reads them);
// - "exact": the same text, byte for byte.

import type { OutputJudge } from "../problems/program-types.js";

/** The first difference: what was expected and what was printed there, and where. */
export interface OutputDifference {
  /** null: the output ended before this token or line. */
  expected: string | null;
  got: string | null;
  /** 1-based: the token ("tokens", "float") or line ("exact") where they differ. */
  at: number;
  unit: "token" | "line";
}

/** The default tolerance of "float" mode, as most contest checkers use. */
export const DEFAULT_FLOAT_TOLERANCE = 1e-6;

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** null when `got` is accepted as `expected` under `judge`, else the first difference. */
export function compareOutput(expected: string, got: string, judge: OutputJudge): OutputDifference | null {
  if (judge.compare === "exact") return compareExact(expected, got);
  const want = tokens(expected);
  const have = tokens(got);
  const tolerance = judge.compare === "float" ? (judge.tolerance ?? DEFAULT_FLOAT_TOLERANCE) : null;
  const count = Math.max(want.length, have.length);
  for (let i = 0; i < count; i++) {
    const e = want[i];
    const g = have[i];
    if (e === g) continue;
    if (e !== undefined && g !== undefined && tolerance !== null && numbersMatch(e, g, tolerance)) continue;
    return { expected: e ?? null, got: g ?? null, at: i + 1, unit: "token" };
  }
  return null;
}

function tokens(text: string): string[] {
  // Whitespace as a judge reads it: spaces, tabs, newlines, carriage returns, form and vertical feeds.
  return text.split(/[ \t\n\r\f\v]+/).filter((token) => token !== "");
}

function numbersMatch(expected: string, got: string, tolerance: number): boolean {
  if (!NUMBER.test(expected) || !NUMBER.test(got)) return false;
  if (tolerance === 0) return decimal(expected) === decimal(got);
  const e = Number(expected);
  const g = Number(got);
  if (!Number.isFinite(e) || !Number.isFinite(g)) return false;
  return Math.abs(g - e) <= tolerance * Math.max(1, Math.abs(e));
}

/**
 * A decimal literal in one canonical form (sign, significant digits, exponent), so that equal
 * numbers compare equal exactly, however long: "-0012.50e1" and "-125" both give "-125e0".
 */
function decimal(literal: string): string {
  const match = /^([+-]?)(\d*)\.?(\d*)(?:[eE]([+-]?\d+))?$/.exec(literal) as RegExpExecArray;
  const [, sign, whole = "", fraction = "", exponent = "0"] = match;
  const digits = `${whole}${fraction}`.replace(/^0+/, "");
  if (digits === "") return "0";
  const trimmed = digits.replace(/0+$/, "");
  const scale = BigInt(exponent) - BigInt(fraction.length) + BigInt(digits.length - trimmed.length);
  return `${sign === "-" ? "-" : ""}${trimmed}e${scale}`;
}

function compareExact(expected: string, got: string): OutputDifference | null {
  if (expected === got) return null;
  const want = expected.split("\n");
  const have = got.split("\n");
  for (let i = 0; i < Math.max(want.length, have.length); i++) {
    if (want[i] !== have[i]) {
      return { expected: want[i] ?? null, got: have[i] ?? null, at: i + 1, unit: "line" };
    }
  }
  return { expected, got, at: 1, unit: "line" }; // not reached: different texts differ on some line
}

const SHOWN = 60;

/** `expected '7', got '8'`, with the place when it is not the first token or line. */
export function describeDifference(difference: OutputDifference): string {
  const word = (text: string | null) => (text === null ? "end of output" : quote(text));
  const place = difference.at > 1 ? ` (${difference.unit} ${difference.at})` : "";
  return `expected ${word(difference.expected)}, got ${word(difference.got)}${place}`;
}

function quote(text: string): string {
  const shown = text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
  let out = "";
  for (const ch of shown) {
    const code = ch.charCodeAt(0);
    out += code < 0x20 || code === 0x7f ? `\\x${code.toString(16).padStart(2, "0")}` : ch;
  }
  return `'${out}'`;
}
