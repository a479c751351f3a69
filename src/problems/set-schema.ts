// The schemas of a passk set's JSON files (docs/problem-format.md): set.json, problem.json and the
// cases of tests.json, with the rules a single field can say (tags from the list, a real ISO date).
import * as z from "zod";
import { TAGS } from "./set-types.js";

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

export const caseSchema = z.strictObject({
  args: z.array(z.unknown()),
  expected: z.unknown(),
  note: z.string().optional(),
});

export const specSchema = z.strictObject({
  id: z.string().regex(ID, "lowercase words joined by '-'"),
  title: z.string().min(1),
  entry_point: z.string().regex(IDENT, "a Python identifier"),
  signature: z.string().startsWith("def ").endsWith(":"),
  imports: z.array(z.string().regex(/^(import|from) /, "an import line")).optional(),
  // Harvested problems (with provenance) may have no description or examples: loadProblem checks.
  description: z.string(),
  examples: z.array(caseSchema).max(3),
  tags: z
    .array(z.enum(TAGS, { error: `a tag from the list: ${TAGS.join(", ")}` }))
    .min(1)
    .max(4)
    .refine((tags) => new Set(tags).size === tags.length, "each tag once"),
  difficulty: z.enum(["easy", "medium", "hard"]),
  added: z.string().refine(isIsoDate, "the date the problem was added, YYYY-MM-DD"),
  preconditions: z
    .array(
      z
        .string()
        .min(1)
        .refine((text) => !text.includes("\n"), "one Python expression on one line"),
    )
    .min(1)
    .optional(),
  checker: z.enum(["exact", "unordered"]).optional(),
  tolerance: z.number().positive().optional(),
  equivalent_mutants: z.record(z.string(), z.string().min(10, "say why the mutant is equivalent")).optional(),
  equivalent_mutants_ts: z
    .record(z.string(), z.string().min(10, "say why the mutant is equivalent"))
    .optional(),
  helpers: z.string().min(1).optional(),
  provenance: z
    .strictObject({
      project: z.string().min(1),
      file: z.string().min(1),
      function: z.string().regex(IDENT, "a Python identifier"),
      line: z.number().int().positive(),
      commit: z
        .string()
        .regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/, "a full commit hash")
        .nullable(),
      test_command: z.string().min(1),
      calls: z.number().int().nonnegative(),
      distinct_calls: z.number().int().nonnegative(),
      weak: z.string().min(1).optional(),
    })
    .optional(),
});

export const manifestSchema = z.strictObject({
  name: z.string().regex(ID, "lowercase words joined by '-'"),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "a version like 1.0.0"),
  description: z.string().min(1),
});
