// The fork server's protocol as TypeScript: the wire types of requests, responses and the ready
// record, and their checks, compiled once from protocol.json (the one schema; forkserver.py checks
// every message against it too, with protocol.py). Every line the server writes is checked here: one
// that does not fit is a protocol error (server.ts kills the server). Requests are checked only when
// PASSK_PROTOCOL_CHECK=1 or under vitest: they are built from typed values, so a bad one is a bug.
import { readFileSync } from "node:fs";
import { ownUrl } from "../paths.js";
import type { TestRun } from "./types.js";

/** The limits every request carries. */
interface WireLimits {
  id: number;
  timeout: number;
  wall: number;
  memory: number;
  file_size: number;
  processes: number;
  output_cap: number;
}

/** An EvalPlus data run's options. */
export interface WireEvalPlus {
  stop_on_error: boolean;
  digest_above: number;
  mbpp_task?: number;
  case_limits?: number[];
  reference?: boolean;
}

export interface ProgramRequest extends WireLimits {
  kind: "program";
  program: string;
}

export interface DataRequest extends WireLimits {
  kind: "data";
  program: string;
  entry_point: string;
  inputs: string[];
  evalplus?: WireEvalPlus;
}

/** A split run: the test itself (prompt, test, entry_point) only the first time a server sees test_id. */
export interface SplitRequest extends WireLimits {
  kind: "split";
  module: string;
  test_id: number;
  forget_tests?: boolean;
  prompt?: string;
  test?: string;
  entry_point?: string;
}

export interface StdioRequest extends WireLimits {
  kind: "stdio";
  program: string;
  inputs: string[];
  stdout_caps: number[];
  entry_point?: string;
  test_memory?: number;
}

/** One request line, by kind. */
export type WireRequest = ProgramRequest | DataRequest | SplitRequest | StdioRequest;

/** One response line. */
export interface WireResponse {
  id: number;
  status: "passed" | "failed" | "timeout" | "crashed" | "error" | "unsplittable";
  result: string;
  cpu: number;
  wall: number;
  /** Seconds the server spent on the request besides the sample's wall time. */
  overhead: number;
  replace?: boolean;
  verdict?: "split" | "in-process" | "data";
  exit_code?: number;
  limit?: "cpu" | "wall";
  case?: number;
  output?: string;
  cases?: string[];
  tests?: TestRun[];
  phase?: "compile";
  cpu_sample?: number;
  cpu_test?: number;
}

/** The first line a server writes: what it could set up. */
export interface WireReady {
  ready: boolean;
  python: string;
  seccomp: boolean;
  seccomp_reason: string | null;
  uid_drop: boolean;
  uid_drop_reason: string | null;
  uids: number[] | null;
  subreaper: boolean;
  pid: number;
}

/** A field as protocol.json describes it. */
export interface FieldSpec {
  type: "string" | "number" | "integer" | "boolean" | "array" | "object";
  items?: string;
  of?: string;
  optional?: boolean;
  nullable?: boolean;
  enum?: string[];
}

/** protocol.json. */
export interface ProtocolSchema {
  version: number;
  request_common: Record<string, FieldSpec>;
  requests: Record<WireRequest["kind"], Record<string, FieldSpec>>;
  response: Record<string, FieldSpec>;
  ready: Record<string, FieldSpec>;
  objects: Record<string, Record<string, FieldSpec>>;
}

/** The schema, read once (beside this file: src/ in tests, dist/ once built). */
export const SCHEMA = JSON.parse(readFileSync(ownUrl("sandbox/protocol.json"), "utf8")) as ProtocolSchema;

/** Undefined when the value fits, else what is wrong with it. */
type Check = (value: unknown) => string | undefined;

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

const BASE: Record<string, Check> = {
  string: (v) => (typeof v === "string" ? undefined : `expected a string, got ${typeName(v)}`),
  number: (v) =>
    typeof v === "number" && Number.isFinite(v) ? undefined : `expected a finite number, got ${typeName(v)}`,
  integer: (v) =>
    Number.isSafeInteger(v)
      ? undefined
      : `expected an integer, got ${typeof v === "number" ? String(v) : typeName(v)}`,
  boolean: (v) => (typeof v === "boolean" ? undefined : `expected a boolean, got ${typeName(v)}`),
};

function enumCheck(allowed: readonly string[]): Check {
  const set = new Set(allowed);
  const shown = [...set].sort().join(", ");
  return (v) =>
    typeof v === "string" && set.has(v)
      ? undefined
      : `expected one of ${shown}, got ${typeof v === "string" ? JSON.stringify(v).slice(0, 60) : typeName(v)}`;
}

function arrayCheck(item: Check, itemName: string): Check {
  return (v) => {
    if (!Array.isArray(v)) return `expected an array of ${itemName}, got ${typeName(v)}`;
    for (let i = 0; i < v.length; i++) {
      const error = item(v[i]);
      if (error !== undefined) return `item ${i}: ${error}`;
    }
    return undefined;
  };
}

function shapeCheck(fields: Record<string, FieldSpec>, objects: Map<string, Check>): Check {
  const checks = new Map<string, { check: Check; required: boolean }>();
  const required: string[] = [];
  for (const [name, spec] of Object.entries(fields)) {
    let check: Check | undefined;
    if (spec.enum) check = enumCheck(spec.enum);
    else if (spec.type === "array") check = BASE[spec.items ?? ""] ?? objects.get(spec.items ?? "");
    else if (spec.type === "object") check = objects.get(spec.of ?? "");
    else check = BASE[spec.type];
    if (!check) throw new Error(`protocol.json: field ${name}: unknown type`);
    if (spec.type === "array") check = arrayCheck(check, spec.items ?? "");
    if (spec.nullable) {
      const inner = check;
      check = (v) => (v === null ? undefined : inner(v));
    }
    checks.set(name, { check, required: !spec.optional });
    if (!spec.optional) required.push(name);
  }
  // Every answer of a fork server passes here: the required fields are counted as they are met, and
  // looked for by name only when one is missing.
  return (message) => {
    if (typeof message !== "object" || message === null || Array.isArray(message)) {
      return `expected an object, got ${typeName(message)}`;
    }
    const record = message as Record<string, unknown>;
    let met = 0;
    for (const key of Object.keys(record)) {
      const field = checks.get(key);
      if (!field) return `unknown field ${JSON.stringify(key).slice(0, 60)}`;
      const error = field.check(record[key]);
      if (error !== undefined) return `field '${key}': ${error}`;
      if (field.required) met++;
    }
    if (met < required.length) {
      for (const key of required) {
        if (!Object.hasOwn(record, key)) return `missing field '${key}'`;
      }
    }
    return undefined;
  };
}

function compile(schema: ProtocolSchema) {
  const objects = new Map<string, Check>();
  // An object names only objects listed before it.
  for (const [name, fields] of Object.entries(schema.objects)) objects.set(name, shapeCheck(fields, objects));
  const requests = new Map<string, Check>();
  for (const [kind, fields] of Object.entries(schema.requests)) {
    requests.set(kind, shapeCheck({ ...schema.request_common, ...fields }, objects));
  }
  const kindCheck = enumCheck([...requests.keys()]);
  const request: Check = (v) => {
    if (typeof v !== "object" || v === null || Array.isArray(v))
      return `expected an object, got ${typeName(v)}`;
    const kind = (v as { kind?: unknown }).kind;
    const check = typeof kind === "string" ? requests.get(kind) : undefined;
    if (check) return check(v);
    return Object.hasOwn(v, "kind") ? `field 'kind': ${kindCheck(kind)}` : "missing field 'kind'";
  };
  return {
    request,
    response: shapeCheck(schema.response, objects),
    ready: shapeCheck(schema.ready, objects),
  };
}

const CHECKS = compile(SCHEMA);

/** What is wrong with a request, naming the field (undefined: nothing). */
export function requestProblem(value: unknown): string | undefined {
  return CHECKS.request(value);
}

/** What is wrong with a response, naming the field (undefined: nothing). */
export function responseProblem(value: unknown): string | undefined {
  return CHECKS.response(value);
}

/** What is wrong with a ready record (undefined: nothing). */
export function readyProblem(value: unknown): string | undefined {
  return CHECKS.ready(value);
}

/** Whether outgoing requests are checked too (tests, PASSK_PROTOCOL_CHECK=1). */
export const CHECK_REQUESTS = process.env.PASSK_PROTOCOL_CHECK === "1" || process.env.VITEST !== undefined;
