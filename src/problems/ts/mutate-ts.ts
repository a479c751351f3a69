// Mutants of a canonical TypeScript solution, for the TypeScript quality gate: one token changed at a
// time (a comparison, an operator, a boolean, an integer off by one), as mutate.py does for Python.
// Made from TypeScript's own parser, outside the sandbox (solution.ts is ours, not a sample's). A
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
  [K.AmpersandToken, ["|"]],
  [K.BarToken, ["&"]],
  [K.LessThanLessThanToken, [">>"]],
]);

/**
 * The mutants of `source`, from the line `fromLine` (0-based) on: the function's body, not the
 * signature line the prompt gives. Read with TypeScript's parser, so template literals, regular
 * expressions and generics are what they are.
 */
export function tsMutants(source: string, fromLine = 0): TsMutant[] {
  const file = ts.createSourceFile("solution.ts", source, ts.ScriptTarget.ESNext, true, ts.ScriptKind.TS);
  const start = file.getPositionOfLineAndCharacter(Math.min(fromLine, file.getLineStarts().length - 1), 0);
  const mutants: TsMutant[] = [];
  const add = (node: ts.Node, replacement: string) => {
    const at = node.getStart(file);
    const end = node.getEnd();
    const { line, character } = file.getLineAndCharacterOfPosition(at);
    mutants.push({
      id: `L${line + 1}:C${character + 1} ${source.slice(at, end)}->${replacement}`,
      source: source.slice(0, at) + replacement + source.slice(end),
    });
  };
  const visit = (node: ts.Node): void => {
    // A sort's comparator matters only by its sign, and its < and <= agree on distinct keys: its
    // mutants would be mostly equivalent, so it is left alone (its order is tested by the results).
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      if (["sort", "toSorted"].includes(node.expression.name.text)) {
        visit(node.expression.expression);
        return;
      }
    }
    if (node.getEnd() > start) {
      if (ts.isBinaryExpression(node)) {
        for (const replacement of SWAPS.get(node.operatorToken.kind) ?? [])
          add(node.operatorToken, replacement);
      } else if (
        (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
        node.getStart(file) >= start
      ) {
        const text =
          node.operator === K.PlusPlusToken ? "++" : node.operator === K.MinusMinusToken ? "--" : null;
        if (text) {
          const operand = node.operand.getText(file);
          const swapped = text === "++" ? "--" : "++";
          const at = node.getStart(file);
          const { line, character } = file.getLineAndCharacterOfPosition(at);
          const replaced = ts.isPrefixUnaryExpression(node) ? `${swapped}${operand}` : `${operand}${swapped}`;
          mutants.push({
            id: `L${line + 1}:C${character + 1} ${text}->${swapped}`,
            source: source.slice(0, at) + replaced + source.slice(node.getEnd()),
          });
        }
      } else if (ts.isNumericLiteral(node) && node.getStart(file) >= start && /^\d+$/.test(node.text)) {
        const n = Number(node.text);
        add(node, String(n + 1));
        if (n > 0) add(node, String(n - 1));
      } else if (
        (node.kind === K.TrueKeyword || node.kind === K.FalseKeyword) &&
        node.getStart(file) >= start
      ) {
        add(node, node.kind === K.TrueKeyword ? "false" : "true");
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return mutants.filter((mutant) => mutant.source !== source);
}
