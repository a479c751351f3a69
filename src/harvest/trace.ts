// Reads what the suite launcher sent back (src/sandbox/suite_launcher.py): JSON lines written in a
// sandbox that a hostile test suite shared, so every line is parsed strictly, every value checked
// against passk's encoding with a depth limit, and anything else becomes a clear error or a note.
import * as z from "zod";
import { PasskError } from "../errors.js";
import { outputProblem } from "../evaluate/data-verdict.js";
import type { Value } from "../problems/values.js";

/** One recorded call: positional arguments, and the return value or the fact that it raised. */
export interface TracedCase {
  args: Value[];
  /** The JSON text of `args`: the key calls are deduplicated by. */
  argsText: string;
  outcome: { ok: Value } | { raised: true };
  /** The JSON text of `outcome`: equal texts, equal outcomes. */
  outcomeText: string;
}

/** A project function as one run saw it. */
export interface TracedFunction {
  /** `<file>:<line>:<name>`. */
  key: string;
  file: string;
  name: string;
  line: number;
  module: string;
  /** Why its calls were not recorded at all (decorated, a generator, …), or null. */
  note: string | null;
  calls: number;
  raised: number;
  /** Same arguments, different outcomes, within this run. */
  conflicts: number;
  /** Calls not recorded, by reason. */
  skipped: Record<string, number>;
  cases: TracedCase[];
}

/** What the source says about a traced function (suite_static.py). */
export interface StaticInfo {
  key: string;
  /** Why the function cannot become a problem, when it cannot. */
  reason?: string;
  signature?: string;
  docstring?: string | null;
  body?: string;
  statements?: number;
  imports?: string[];
  helpers?: { name: string; source: string }[];
  helperLines?: number;
  unresolved?: string[];
  dynamic?: string[];
  writesGlobals?: string[];
}

/** How the test command ended. */
export interface SuiteSummary {
  exit: number | null;
  signal: number | null;
  seconds: number;
  outputBytes: number;
  outputTail: string;
}

/** One traced run, parsed. */
export interface TraceRun {
  suite: SuiteSummary;
  functions: Map<string, TracedFunction>;
  statics: Map<string, StaticInfo>;
  notes: string[];
}

const MAX_LINE_CHARS = 64 * 1024 * 1024;
/** A Python identifier (not only ASCII: decide.ts drops the names a passk set cannot hold). */
const IDENT = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;
/** The names one helper statement binds: `A` or `A, B`. */
const NAMES =
  /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*(, [\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*)*$/u;
const count = z.number().int().nonnegative();
const location = {
  file: z.string().min(1).max(500),
  name: z.string().max(200).regex(IDENT),
  line: z.number().int().positive(),
};
const suiteSchema = z.strictObject({
  kind: z.literal("suite"),
  exit: z.number().int().nullable(),
  signal: z.number().int().nullable(),
  seconds: z.number().nonnegative(),
  output_bytes: count,
  output_tail: z.string().max(20_000),
});
const functionSchema = z.strictObject({
  kind: z.literal("function"),
  ...location,
  module: z.string().max(200),
  note: z.string().max(200).nullable(),
  calls: count,
  raised: count,
  conflicts: count,
  skipped: z.record(z.string().max(100), count),
  cases: z.array(z.strictObject({ args: z.array(z.unknown()), out: z.unknown() })).max(1000),
});
const text = z.string().max(1_000_000);
const staticSchema = z.strictObject({
  kind: z.literal("static"),
  ...location,
  reason: z.string().max(500).optional(),
  signature: z.string().startsWith("def ").endsWith(":").max(10_000).optional(),
  docstring: text.nullable().optional(),
  body: text.optional(),
  verbatim: z.boolean().optional(),
  statements: count.optional(),
  imports: z
    .array(
      z
        .string()
        .regex(/^(import|from) [^\n]*$/)
        .max(500),
    )
    .max(200)
    .optional(),
  helpers: z
    .array(z.strictObject({ name: z.string().regex(NAMES).max(1000), source: text }))
    .max(500)
    .optional(),
  helper_lines: count.optional(),
  unresolved: z.array(z.string().max(300)).max(500).optional(),
  dynamic: z.array(z.string().max(50)).max(20).optional(),
  writes_globals: z.array(z.string().max(200)).max(500).optional(),
});
const endSchema = z.strictObject({
  kind: z.literal("end"),
  functions: count,
  notes: z.array(z.string().max(500)).max(50),
});

/**
 * Parses the launcher's lines.
 * @throws PasskError INTERNAL when a line is not what the launcher writes (the message names the line
 * and the field), or when the last line is missing (the sandbox ended early).
 */
export function parseTraceRun(lines: readonly string[], stderr: string): TraceRun {
  let suite: SuiteSummary | null = null;
  let ended = false;
  const functions = new Map<string, TracedFunction>();
  const statics = new Map<string, StaticInfo>();
  const notes: string[] = [];
  lines.forEach((line, i) => {
    const where = `sandbox output line ${i + 1}`;
    if (ended) throw bad(where, "text after the last line");
    const record = parseLine(line, where);
    const kind = (record as { kind?: unknown }).kind;
    if (kind === "suite") {
      const s = check(suiteSchema, record, where);
      suite = {
        exit: s.exit,
        signal: s.signal,
        seconds: s.seconds,
        outputBytes: s.output_bytes,
        outputTail: s.output_tail,
      };
    } else if (kind === "function") {
      const traced = tracedFunction(check(functionSchema, record, where), where, notes);
      functions.set(traced.key, traced);
    } else if (kind === "static") {
      const s = check(staticSchema, record, where);
      statics.set(keyOf(s), staticInfo(s));
    } else if (kind === "end") {
      notes.push(...check(endSchema, record, where).notes);
      ended = true;
    } else {
      throw bad(where, `unknown record kind ${JSON.stringify(kind)?.slice(0, 40)}`);
    }
  });
  if (!suite || !ended) {
    const last = stderr.trim().split("\n").at(-1) ?? "";
    throw new PasskError(
      "INTERNAL",
      `the sandbox ended before it reported the test run${last ? `: ${last.slice(0, 300)}` : ""}`,
    );
  }
  return { suite, functions, statics, notes };
}

function parseLine(line: string, where: string): unknown {
  if (line.length > MAX_LINE_CHARS) throw bad(where, `longer than ${MAX_LINE_CHARS} characters`);
  try {
    return JSON.parse(line) as unknown;
  } catch (error) {
    throw bad(where, `not JSON (${(error as Error).message.slice(0, 100)})`);
  }
}

function check<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw bad(where, `field "${issue?.path.join(".") || "(top)"}": ${issue?.message ?? "invalid"}`);
}

function bad(where: string, what: string): PasskError {
  return new PasskError(
    "INTERNAL",
    `${where}: ${what}; the trace could not be read (the project's tests may have tampered with the tracer)`,
  );
}

function keyOf(at: { file: string; name: string; line: number }): string {
  return `${at.file}:${at.line}:${at.name}`;
}

function tracedFunction(f: z.infer<typeof functionSchema>, where: string, notes: string[]): TracedFunction {
  const key = keyOf(f);
  const cases: TracedCase[] = [];
  let rejected = 0;
  for (const raw of f.cases) {
    const parsed = tracedCase(raw.args, raw.out);
    if (parsed) cases.push(parsed);
    else rejected++;
  }
  if (rejected > 0)
    notes.push(`${where}: ${key}: ${rejected} recorded calls are not values of passk's encoding`);
  return {
    key,
    file: f.file,
    name: f.name,
    line: f.line,
    module: f.module,
    note: f.note,
    calls: f.calls,
    raised: f.raised,
    conflicts: f.conflicts,
    skipped: f.skipped,
    cases,
  };
}

/** A recorded call if its arguments and outcome are values of the encoding (no opaque objects). */
function tracedCase(args: unknown[], out: unknown): TracedCase | null {
  if (outputProblem(args) !== null) return null;
  let outcome: TracedCase["outcome"];
  if (isRecord(out) && Object.keys(out).length === 1 && "ok" in out) {
    if (outputProblem(out.ok) !== null) return null;
    outcome = { ok: out.ok as Value };
  } else if (isRecord(out) && Object.keys(out).length === 1 && out.raised === true) {
    outcome = { raised: true };
  } else {
    return null;
  }
  const argsText = JSON.stringify(args);
  const outcomeText = JSON.stringify(outcome);
  // An opaque object ({"$repr", "$type"}) is never data the tracer sends.
  if (argsText.includes('"$repr"') || outcomeText.includes('"$repr"')) return null;
  return { args: args as Value[], argsText, outcome, outcomeText };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function staticInfo(s: z.infer<typeof staticSchema>): StaticInfo {
  const info: StaticInfo = { key: keyOf(s) };
  if (s.reason !== undefined) info.reason = s.reason;
  if (s.signature !== undefined) info.signature = s.signature;
  if (s.docstring !== undefined) info.docstring = s.docstring;
  if (s.body !== undefined) info.body = s.body;
  if (s.statements !== undefined) info.statements = s.statements;
  if (s.imports !== undefined) info.imports = s.imports;
  if (s.helpers !== undefined) info.helpers = s.helpers;
  if (s.helper_lines !== undefined) info.helperLines = s.helper_lines;
  if (s.unresolved !== undefined) info.unresolved = s.unresolved;
  if (s.dynamic !== undefined) info.dynamic = s.dynamic;
  if (s.writes_globals !== undefined) info.writesGlobals = s.writes_globals;
  return info;
}
