// Mutants of a canonical TypeScript solution, for the TypeScript quality gate: one token changed at a
// time (a comparison, an operator, a boolean, an integer off by one), as mutate.py does for Python.
// Made from TypeScript's own scanner, outside the sandbox (solution.ts is ours, not a sample's). A
// mutant that no longer type-checks is stillborn and counts neither way; ids are stable across runs
// ("L7:C15 <-><=").
import ts from "typescript";

/** One mutant: its id, and the whole mutated solution.ts. */
export interface TsMutant {
  id: string;
  source: string;
}

const K = ts.SyntaxKind;
/** Each operator token and what it may be mistaken for. */
const SWAPS = new Map<ts.SyntaxKind, string[]>([
  [K.LessThanToken, ["<=", ">"]],
  [K.LessThanEqualsToken, ["<", ">="]],
  [K.GreaterThanToken, [">=", "<"]],
  [K.GreaterThanEqualsToken, [">", "<="]],
  [K.EqualsEqualsEqualsToken, ["!=="]],
  [K.ExclamationEqualsEqualsToken, ["==="]],
  [K.EqualsEqualsToken, ["!="]],
  [K.ExclamationEqualsToken, ["=="]],
  [K.PlusToken, ["-"]],
  [K.MinusToken, ["+"]],
  [K.AsteriskToken, ["/", "+"]],
  [K.SlashToken, ["*"]],
  [K.PercentToken, ["/"]],
  [K.AmpersandAmpersandToken, ["||"]],
  [K.BarBarToken, ["&&"]],
  [K.PlusEqualsToken, ["-="]],
  [K.MinusEqualsToken, ["+="]],
  [K.PlusPlusToken, ["--"]],
  [K.MinusMinusToken, ["++"]],
  [K.TrueKeyword, ["false"]],
  [K.FalseKeyword, ["true"]],
  [K.AmpersandToken, ["|"]],
  [K.BarToken, ["&"]],
  [K.LessThanLessThanToken, [">>"]],
]);

/**
 * The mutants of `source`, from the line `fromLine` (0-based) on: the function's body, not the
 * signature line the prompt gives.
 */
export function tsMutants(source: string, fromLine = 0): TsMutant[] {
  const scanner = ts.createScanner(ts.ScriptTarget.ESNext, true, ts.LanguageVariant.Standard, source);
  const lineStarts = [0];
  for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const start = lineStarts[fromLine] ?? source.length;
  const mutants: TsMutant[] = [];
  const add = (at: number, end: number, replacement: string) => {
    const line = lineStarts.findLastIndex((lineStart) => lineStart <= at);
    const character = at - (lineStarts[line] as number);
    const original = source.slice(at, end);
    mutants.push({
      id: `L${line + 1}:C${character + 1} ${original}->${replacement}`,
      source: source.slice(0, at) + replacement + source.slice(end),
    });
  };
  for (let kind = scanner.scan(); kind !== K.EndOfFileToken; kind = scanner.scan()) {
    const at = scanner.getTokenStart();
    if (at < start) continue;
    const end = scanner.getTokenEnd();
    if (kind === K.NumericLiteral) {
      const text = scanner.getTokenText();
      if (/^\d+$/.test(text)) {
        const n = Number(text);
        add(at, end, String(n + 1));
        if (n > 0) add(at, end, String(n - 1));
      }
      continue;
    }
    for (const replacement of SWAPS.get(kind) ?? []) add(at, end, replacement);
  }
  return mutants;
}
