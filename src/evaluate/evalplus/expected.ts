// The expected outputs of EvalPlus problems: what each canonical solution returns on each input,
// and how long it took (the per-input time limits scale with it). Computed as EvalPlus computes
// them, by running the canonical solutions, but in the sandbox; once per dataset, then kept in the
// cache folder under a key made of the dataset's hash, the Python version and this format. A cache
// file carries the digest of its body: one that is damaged or cut short is computed again, never
// trusted.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { PasskError } from "../../errors.js";
import { hashKey } from "../../generate/cache.js";
import type { Problem } from "../../problems/types.js";
import type { Value } from "../../problems/values.js";
import type { Sandbox } from "../../sandbox/pool.js";
import type { Execution, Limits } from "../../sandbox/types.js";
import type { ListName } from "./judge.js";
import type { ExpectedCase } from "./oracle.js";

/** Bumped when what is stored (or how it is measured) changes: older caches are not read. */
const FORMAT = 2;
/** Outputs larger than this (marshal bytes) travel and are kept as digests. */
export const DIGEST_ABOVE = 16 * 1024;
/** A single output is sent whole up to this size when a digest cannot decide an input. */
export const FULL_CAP = 64 << 20;
/** CPU seconds a canonical solution may take on one list of inputs. */
const REFERENCE_SECONDS = 600;

/** The expected outputs of every EvalPlus problem of a set. */
export interface ExpectedOutputs {
  /** The cache file they were read from or written to. */
  path: string;
  /** SHA-256 of that file's body: which expected outputs (and reference times) a run used. */
  sha256: string;
  /** Whether they were computed by this call (false: read from the cache). */
  computed: boolean;
  problems: Map<string, Record<ListName, ExpectedCase[]>>;
}

/** Where and how to find or make them. */
export interface ExpectedOptions {
  /** SHA-256 of the problem file. */
  datasetSha256: string;
  /** The sandbox's Python version, part of the key (outputs and times may differ between versions). */
  python: string;
  /** passk's cache folder; the files go to `<cacheDir>/evalplus/`. */
  cacheDir: string;
  /** The limits the sandbox applies (memory); the time limits are the reference run's own. */
  limits: Limits;
  onNote?: (message: string) => void;
}

interface Header {
  format: number;
  key: string;
  dataset: string;
  python: string;
  body_sha256: string;
  body_bytes: number;
}

/**
 * The expected outputs of `problems` (those with EvalPlus inputs): from the cache, or computed in
 * `sandbox` and cached.
 * @throws PasskError BAD_INPUT when a canonical solution fails on one of its own inputs
 */
export async function expectedOutputs(
  sandbox: Sandbox,
  problems: Problem[],
  options: ExpectedOptions,
): Promise<ExpectedOutputs> {
  const key = hashKey({
    format: FORMAT,
    dataset: options.datasetSha256,
    python: options.python,
    digestAbove: DIGEST_ABOVE,
  });
  const dir = join(options.cacheDir, "evalplus");
  const path = join(dir, `expected-${key}.json.gz`);
  if (existsSync(path)) {
    const read = readCache(path, key, problems);
    if ("problems" in read) return { path, sha256: read.sha256, computed: false, problems: read.problems };
    options.onNote?.(
      `the cached expected outputs ${path} cannot be used (${read.damage}); computing them again`,
    );
  }
  const started = performance.now();
  options.onNote?.(
    `computing the expected outputs of ${problems.length} EvalPlus problems by running their canonical solutions in the sandbox (once per dataset version; cached in ${path})`,
  );
  const computed = await compute(sandbox, problems, options.limits);
  const body = Buffer.from(JSON.stringify(Object.fromEntries(computed)));
  const sha256 = createHash("sha256").update(body).digest("hex");
  const header: Header = {
    format: FORMAT,
    key,
    dataset: options.datasetSha256,
    python: options.python,
    body_sha256: sha256,
    body_bytes: body.length,
  };
  mkdirSync(dir, { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, gzipSync(Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body])));
  renameSync(temporary, path);
  options.onNote?.(`expected outputs computed in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return { path, sha256, computed: true, problems: computed };
}

/** The cache file's contents, checked against its header and the problems; or what is wrong with it. */
function readCache(
  path: string,
  key: string,
  problems: Problem[],
): { problems: Map<string, Record<ListName, ExpectedCase[]>>; sha256: string } | { damage: string } {
  let bytes: Buffer;
  try {
    bytes = gunzipSync(readFileSync(path));
  } catch (error) {
    return { damage: `unreadable: ${(error as Error).message}` };
  }
  const newline = bytes.indexOf(0x0a);
  let header: Header;
  try {
    header = JSON.parse(bytes.subarray(0, newline).toString("utf8")) as Header;
  } catch {
    return { damage: "no header" };
  }
  const body = bytes.subarray(newline + 1);
  if (header.format !== FORMAT || header.key !== key)
    return { damage: "written for another dataset or format" };
  if (body.length !== header.body_bytes)
    return { damage: `cut short (${body.length} of ${header.body_bytes} bytes)` };
  const sha256 = createHash("sha256").update(body).digest("hex");
  if (sha256 !== header.body_sha256) return { damage: "its contents do not match their digest" };
  let parsed: Record<string, Record<ListName, ExpectedCase[]>>;
  try {
    parsed = JSON.parse(body.toString("utf8")) as typeof parsed;
  } catch {
    return { damage: "its body is not JSON" };
  }
  const out = new Map<string, Record<ListName, ExpectedCase[]>>();
  for (const problem of problems) {
    const entry = parsed[problem.task_id];
    const inputs = problem.evalplus;
    if (!entry || !inputs) return { damage: `no entry for ${problem.task_id}` };
    for (const list of ["base", "plus"] as const) {
      const cases = entry[list];
      const want = inputs[list].length;
      if (!Array.isArray(cases) || cases.length !== want || !cases.every(wellFormed)) {
        return { damage: `${problem.task_id}: ${list} outputs do not match its ${want} inputs` };
      }
    }
    out.set(problem.task_id, entry);
  }
  return { problems: out, sha256 };
}

function wellFormed(value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  const c = value as ExpectedCase;
  const output = typeof c.text === "string" || typeof c.digest === "string";
  return (
    typeof c.time === "number" &&
    c.time >= 0 &&
    output &&
    typeof c.floats === "boolean" &&
    typeof c.nan === "boolean"
  );
}

/** Runs every canonical solution on its inputs; refuses with every failure listed. */
async function compute(
  sandbox: Sandbox,
  problems: Problem[],
  limits: Limits,
): Promise<Map<string, Record<ListName, ExpectedCase[]>>> {
  const failures: string[] = [];
  const results = await Promise.all(
    problems.map(async (problem) => {
      const lists = await Promise.all(
        (["base", "plus"] as const).map(async (list) => {
          const execution = await referenceRun(sandbox, problem, list, null, limits);
          const cases = referenceCases(execution, problem.evalplus?.[list].length ?? 0, list);
          if (typeof cases === "string") failures.push(`${problem.task_id}: ${cases}`);
          return typeof cases === "string" ? [] : cases;
        }),
      );
      return [problem.task_id, { base: lists[0], plus: lists[1] }] as [
        string,
        Record<ListName, ExpectedCase[]>,
      ];
    }),
  );
  if (failures.length > 0) {
    throw new PasskError(
      "BAD_INPUT",
      `${failures.length} canonical solutions fail on their own EvalPlus inputs in the sandbox, so their expected outputs cannot be computed; fix the problem file (or the sandbox's Python) and run again`,
      failures.sort(),
    );
  }
  return new Map(results);
}

/** The canonical solution of `problem` on one list (or on one input of it, sent whole). */
export function referenceRun(
  sandbox: Sandbox,
  problem: Problem,
  list: ListName,
  index: number | null,
  limits: Limits,
): Promise<Execution> {
  const inputs = problem.evalplus?.[list] ?? [];
  const program = problem.prompt + problem.canonical_solution;
  const evalplus = {
    reference: true,
    stopOnError: true,
    digestAbove: index === null ? DIGEST_ABOVE : FULL_CAP,
    ...(problem.evalplus?.mbppTask !== undefined ? { mbppTask: problem.evalplus.mbppTask } : {}),
  };
  return sandbox.run(
    program,
    { ...limits, timeout: REFERENCE_SECONDS, wallTimeout: 2 * REFERENCE_SECONDS },
    {
      entryPoint: problem.entry_point,
      inputs: index === null ? inputs : [inputs[index] as string],
      evalplus,
    },
  );
}

/** The value's text in a line `{..., "ok": <value>}` (the child writes the value last). */
function valueText(line: string): string {
  const at = line.indexOf('"ok": ');
  return line.slice(at + '"ok": '.length, -1);
}

/** The expected cases of a reference run of `count` inputs, or why it failed. */
export function referenceCases(execution: Execution, count: number, list: ListName): ExpectedCase[] | string {
  const lines: Record<string, unknown>[] = [];
  const texts = execution.cases ?? [];
  for (const [index, text] of texts.entries()) {
    let line: Record<string, unknown>;
    try {
      line = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return `${list} input ${index}: an unreadable output`;
    }
    if (typeof line.error === "string") return `${list} input ${index}: raised ${line.error.slice(0, 300)}`;
    lines.push(line);
  }
  if (execution.status !== "passed")
    return `${list} input ${lines.length}: ${execution.result.slice(0, 300)}`;
  if (lines.length !== count) return `${list} inputs: ${lines.length} outputs for ${count} inputs`;
  return lines.map((line, index) => {
    const out: ExpectedCase = {
      time: typeof line.t === "number" ? line.t : 0,
      floats: line.floats === true,
      nan: line.nan === true,
    };
    if ("ok" in line) out.text = valueText(texts[index] as string);
    if (typeof line.digest === "string") {
      out.digest = line.digest;
      out.size = line.size as number;
    }
    if ("alt" in line) out.alt = line.alt as Value;
    if (typeof line.alt_error === "string") out.altError = line.alt_error;
    return out;
  });
}
