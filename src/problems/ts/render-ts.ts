// Renders a passk set problem for TypeScript: a JSDoc comment (the description and the examples in
// TypeScript syntax) above the function's TypeScript signature, which is where a model continues.
// The tests stay data: a sample's results are read back by ts-values.ts and compared in passk.
import type { SetProblem } from "../set-types.js";
import { type PySignature, parseSignature, tsType } from "./py-types.js";
import { toWire, tsLiteral } from "./ts-values.js";

/** A problem as a TypeScript model sees it, with what a reader should check by hand. */
export interface TsRendering {
  /** The JSDoc comment and the signature line, ending in `{` and a newline. */
  prompt: string;
  /** `function name(a: T, …): R {`. */
  signatureLine: string;
  signature: PySignature;
  /** Why this rendering needed care (Python words in the text, values TypeScript shows differently). */
  notes: string[];
}

/**
 * Stop sequences in completion mode: the top-level starts MultiPL-E's TypeScript problems stop at
 * (the function's closing brace stays in the completion).
 */
export const TS_STOP = ["\nfunction ", "\n/*", "\n//", "\nclass"];

/** Python's words for its values, and what a TypeScript reader calls them. */
const WORDS: [RegExp, string][] = [
  [/\bNone\b/g, "null"],
  [/\bTrue\b/g, "true"],
  [/\bFalse\b/g, "false"],
];

/**
 * Words in a description that name a Python type TypeScript spells otherwise (a tuple is an array, a
 * dict an object or a Map): worth a look in the TypeScript text. "list" and "set" read fine as English.
 */
const PYTHON_TERMS = /\b(tuples?|dict(?:ionar(?:y|ies))?|dicts|frozensets?)\b/i;

/** The `function …(…): R {` line of a typed Python signature. */
export function tsSignatureLine(signature: PySignature): string {
  const params = signature.params.map((p) => `${p.name}: ${tsType(p.type)}`).join(", ");
  return `function ${signature.name}(${params}): ${tsType(signature.returns)} {`;
}

/** The problem's TypeScript prompt. Throws TypeHintError or NotRepresentable when it has none. */
export function renderTsPrompt(problem: SetProblem): TsRendering {
  const { spec } = problem;
  if (spec.helpers) {
    throw new TypeErrorForProblem(`${spec.id}: its Python helper code has no TypeScript form`);
  }
  const signature = parseSignature(spec.signature);
  const notes: string[] = [];
  let description = spec.description;
  for (const [word, replacement] of WORDS) {
    if (word.test(description)) notes.push(`the text's ${word.source.slice(2, -2)} reads ${replacement}`);
    description = description.replace(word, replacement);
  }
  const term = PYTHON_TERMS.exec(description);
  if (term) notes.push(`the text speaks of a Python ${term[1]?.toLowerCase()}`);
  const examples = spec.examples.map((example) => {
    const args = example.args.map((arg, i) => tsLiteral(toWire(arg, signature.params[i]?.type ?? ANY)));
    return [
      `>>> ${signature.name}(${args.join(", ")})`,
      tsLiteral(toWire(example.expected, signature.returns)),
    ];
  });
  const text = [...description.split("\n"), ...(examples.length ? ["", ...examples.flat()] : [])];
  // "*/" inside would end the comment early.
  const comment = [
    "/**",
    ...text.map((line) => ` *${line ? ` ${line.replaceAll("*/", "*\\/")}` : ""}`),
    " */",
  ];
  const signatureLine = tsSignatureLine(signature);
  return { prompt: `${comment.join("\n")}\n${signatureLine}\n`, signatureLine, signature, notes };
}

const ANY = { kind: "any" } as const;

/** A problem that cannot be given in TypeScript at all. */
export class TypeErrorForProblem extends Error {
  readonly code = "TS_PROBLEM";
}
