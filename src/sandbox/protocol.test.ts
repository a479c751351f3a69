// The TypeScript side of the fork server's protocol: the TS wire types against protocol.json (so they
// cannot drift), the checks on requests and responses, and hostile responses (fuzzed).
import { describe, expect, it } from "vitest";
import {
  type DataRequest,
  type FieldSpec,
  type ProgramRequest,
  readyProblem,
  requestProblem,
  responseProblem,
  SCHEMA,
  type SplitRequest,
  type StdioRequest,
  type WireEvalPlus,
  type WireReady,
  type WireResponse,
} from "./protocol.js";
import type { TestRun } from "./types.js";

// ---------------------------------------------------------------- the TS types against the schema

/** The schema type a TS field's type must have. */
type TypeOf<V> = [NonNullable<V>] extends [string]
  ? "string"
  : [NonNullable<V>] extends [number]
    ? "number" | "integer"
    : [NonNullable<V>] extends [boolean]
      ? "boolean"
      : [NonNullable<V>] extends [readonly unknown[]]
        ? "array"
        : "object";

/**
 * Every field of T, with its type and whether it is optional: a table of this type must name every
 * key of T and no other (`satisfies` refuses extra keys), with the right optionality and base type.
 */
type Shape<T> = {
  [K in keyof T]-?: readonly [TypeOf<T[K]>, object extends Pick<T, K> ? "optional" : "required"];
};

const LIMITS = {
  id: ["integer", "required"],
  timeout: ["number", "required"],
  wall: ["number", "required"],
  memory: ["integer", "required"],
  file_size: ["integer", "required"],
  processes: ["integer", "required"],
  output_cap: ["integer", "required"],
  kind: ["string", "required"],
} as const;

const TS_SHAPES = {
  program: { ...LIMITS, program: ["string", "required"] } satisfies Shape<ProgramRequest>,
  data: {
    ...LIMITS,
    program: ["string", "required"],
    entry_point: ["string", "required"],
    inputs: ["array", "required"],
    evalplus: ["object", "optional"],
  } satisfies Shape<DataRequest>,
  split: {
    ...LIMITS,
    module: ["string", "required"],
    test_id: ["integer", "required"],
    forget_tests: ["boolean", "optional"],
    prompt: ["string", "optional"],
    test: ["string", "optional"],
    entry_point: ["string", "optional"],
  } satisfies Shape<SplitRequest>,
  stdio: {
    ...LIMITS,
    program: ["string", "required"],
    inputs: ["array", "required"],
    stdout_caps: ["array", "required"],
    entry_point: ["string", "optional"],
    test_memory: ["integer", "optional"],
  } satisfies Shape<StdioRequest>,
  response: {
    id: ["integer", "required"],
    status: ["string", "required"],
    result: ["string", "required"],
    cpu: ["number", "required"],
    wall: ["number", "required"],
    overhead: ["number", "required"],
    replace: ["boolean", "optional"],
    verdict: ["string", "optional"],
    exit_code: ["integer", "optional"],
    limit: ["string", "optional"],
    case: ["integer", "optional"],
    output: ["string", "optional"],
    cases: ["array", "optional"],
    tests: ["array", "optional"],
    phase: ["string", "optional"],
    cpu_sample: ["number", "optional"],
    cpu_test: ["number", "optional"],
  } satisfies Shape<WireResponse>,
  ready: {
    ready: ["boolean", "required"],
    python: ["string", "required"],
    seccomp: ["boolean", "required"],
    seccomp_reason: ["string", "required"],
    uid_drop: ["boolean", "required"],
    uid_drop_reason: ["string", "required"],
    uids: ["array", "required"],
    subreaper: ["boolean", "required"],
    pid: ["integer", "required"],
  } satisfies Shape<WireReady>,
  evalplus: {
    stop_on_error: ["boolean", "required"],
    digest_above: ["integer", "required"],
    mbpp_task: ["integer", "optional"],
    case_limits: ["array", "optional"],
    reference: ["boolean", "optional"],
  } satisfies Shape<WireEvalPlus>,
  test_run: {
    end: ["string", "required"],
    stdout: ["string", "required"],
    cpu: ["number", "required"],
    wall: ["number", "required"],
    exit_code: ["integer", "required"],
    message: ["string", "optional"],
    case: ["string", "optional"],
    limit: ["string", "optional"],
  } satisfies Shape<TestRun>,
};

function schemaShape(fields: Record<string, FieldSpec>): Record<string, readonly [string, string]> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, spec]) => [
      name,
      [spec.type, spec.optional ? "optional" : "required"],
    ]),
  );
}

describe("the TS wire types", () => {
  it("have exactly the schema's fields, with its types and optionality", () => {
    const kinds = SCHEMA.requests;
    expect(TS_SHAPES.program).toEqual(schemaShape({ ...SCHEMA.request_common, ...kinds.program }));
    expect(TS_SHAPES.data).toEqual(schemaShape({ ...SCHEMA.request_common, ...kinds.data }));
    expect(TS_SHAPES.split).toEqual(schemaShape({ ...SCHEMA.request_common, ...kinds.split }));
    expect(TS_SHAPES.stdio).toEqual(schemaShape({ ...SCHEMA.request_common, ...kinds.stdio }));
    expect(Object.keys(kinds).sort()).toEqual(["data", "program", "split", "stdio"]);
    expect(TS_SHAPES.response).toEqual(schemaShape(SCHEMA.response));
    expect(TS_SHAPES.ready).toEqual(schemaShape(SCHEMA.ready));
    expect(TS_SHAPES.evalplus).toEqual(schemaShape(SCHEMA.objects.evalplus ?? {}));
    expect(TS_SHAPES.test_run).toEqual(schemaShape(SCHEMA.objects.test_run ?? {}));
    expect(Object.keys(SCHEMA.objects).sort()).toEqual(["evalplus", "test_run"]);
  });

  it("have the schema's enums", () => {
    const status: WireResponse["status"][] = [
      "passed",
      "failed",
      "timeout",
      "crashed",
      "error",
      "unsplittable",
    ];
    expect(SCHEMA.response.status?.enum).toEqual(status);
    const verdict: NonNullable<WireResponse["verdict"]>[] = ["split", "in-process", "data"];
    expect(SCHEMA.response.verdict?.enum).toEqual(verdict);
    const end: TestRun["end"][] = ["ok", "timeout", "output", "signal", "runtime", "error"];
    expect(SCHEMA.objects.test_run?.end?.enum).toEqual(end);
  });
});

// ---------------------------------------------------------------- the checks

const LIMIT_VALUES = {
  id: 1,
  timeout: 3,
  wall: 6,
  memory: 2 ** 30,
  file_size: 2 ** 24,
  processes: 256,
  output_cap: 2048,
};

const REQUESTS = {
  program: { ...LIMIT_VALUES, kind: "program", program: "print(1)" },
  data: {
    ...LIMIT_VALUES,
    kind: "data",
    program: "def f(x): return x",
    entry_point: "f",
    inputs: ["[1]"],
    evalplus: {
      stop_on_error: true,
      digest_above: 16384,
      case_limits: [0.5, 1],
      mbpp_task: 3,
      reference: true,
    },
  },
  split: { ...LIMIT_VALUES, kind: "split", module: "m", test_id: 2, prompt: "", test: "t", entry_point: "f" },
  stdio: {
    ...LIMIT_VALUES,
    kind: "stdio",
    program: "p",
    inputs: ["1\n"],
    stdout_caps: [10],
    test_memory: 2 ** 28,
  },
} satisfies Record<string, ProgramRequest | DataRequest | SplitRequest | StdioRequest>;

const RESPONSE: WireResponse = {
  id: 1,
  status: "passed",
  result: "passed",
  cpu: 0.01,
  wall: 0.02,
  overhead: 0.0004,
  verdict: "data",
  exit_code: 0,
  output: "",
  cases: ['{"ok": 1}'],
  tests: [{ end: "ok", stdout: "1\n", cpu: 0.01, wall: 0.01, exit_code: 0 }],
};

describe("requestProblem", () => {
  it("accepts every kind", () => {
    for (const request of Object.values(REQUESTS)) expect(requestProblem(request)).toBeUndefined();
  });

  it("names the missing, unknown or wrong-typed field", () => {
    const { module: _, ...noModule } = REQUESTS.split;
    expect(requestProblem(noModule)).toBe("missing field 'module'");
    expect(requestProblem({ ...REQUESTS.program, test_id: 1 })).toBe('unknown field "test_id"');
    expect(requestProblem({ ...REQUESTS.program, memory: 1.5 })).toBe(
      "field 'memory': expected an integer, got 1.5",
    );
    expect(requestProblem({ ...REQUESTS.program, timeout: Number.NaN })).toBe(
      "field 'timeout': expected a finite number, got number",
    );
    expect(requestProblem({ ...REQUESTS.stdio, stdout_caps: [1, "2"] })).toBe(
      "field 'stdout_caps': item 1: expected an integer, got string",
    );
    expect(requestProblem({ ...REQUESTS.data, evalplus: { stop_on_error: true } })).toBe(
      "field 'evalplus': missing field 'digest_above'",
    );
    expect(requestProblem({ ...REQUESTS.program, kind: "shell" })).toMatch(
      /^field 'kind': expected one of data, /,
    );
    expect(requestProblem({ id: 1 })).toBe("missing field 'kind'");
    expect(requestProblem(null)).toBe("expected an object, got null");
  });
});

describe("responseProblem", () => {
  it("accepts a well-formed response", () => {
    expect(responseProblem(RESPONSE)).toBeUndefined();
    expect(
      responseProblem({ id: 2, status: "error", result: "x", cpu: 0, wall: 0, overhead: 0 }),
    ).toBeUndefined();
  });

  it("refuses hostile responses, naming what is wrong", () => {
    const cases: [unknown, string][] = [
      [[], "expected an object, got array"],
      ["passed", "expected an object, got string"],
      [{ ...RESPONSE, status: "PASSED" }, "field 'status': expected one of"],
      [{ ...RESPONSE, status: "oom" }, "field 'status': expected one of"],
      [{ ...RESPONSE, cpu: "0.1" }, "field 'cpu': expected a finite number, got string"],
      [{ ...RESPONSE, id: "1" }, "field 'id': expected an integer, got string"],
      [{ ...RESPONSE, cases: [{ ok: 1 }] }, "field 'cases': item 0: expected a string, got object"],
      [{ ...RESPONSE, tests: [{ end: "ok" }] }, "field 'tests': item 0: missing field 'stdout'"],
      [{ ...RESPONSE, tests: [null] }, "field 'tests': item 0: expected an object, got null"],
      [{ ...RESPONSE, replace: "yes" }, "field 'replace': expected a boolean, got string"],
      [{ ...RESPONSE, __proto__: { status: "passed" } }, ""],
      [{ ...RESPONSE, extra: 1 }, 'unknown field "extra"'],
      [JSON.parse('{"id":1,"__proto__":{"status":"passed"}}'), 'unknown field "__proto__"'],
    ];
    for (const [response, message] of cases) {
      if (message === "") expect(responseProblem(response)).toBeUndefined();
      else expect(responseProblem(response)).toContain(message);
    }
    const { status: _, ...noStatus } = RESPONSE;
    expect(responseProblem(noStatus)).toBe("missing field 'status'");
  });

  it("never throws and accepts nothing that breaks the schema, on fuzzed responses", () => {
    // A small deterministic generator (xorshift): mutate the good response field by field.
    let seed = 0x9e3779b9;
    const next = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) / 2 ** 32;
    };
    const values = [
      null,
      true,
      0,
      -1,
      1.5,
      Number.MAX_VALUE,
      "",
      "passed",
      "x".repeat(300),
      [],
      [1],
      {},
      { a: 1 },
    ];
    const keys = [...Object.keys(SCHEMA.response), "bogus", "constructor", "toString"];
    for (let round = 0; round < 2000; round++) {
      const response: Record<string, unknown> = structuredClone(RESPONSE) as unknown as Record<
        string,
        unknown
      >;
      const key = keys[Math.floor(next() * keys.length)] as string;
      const value = values[Math.floor(next() * values.length)];
      const deleted = next() < 0.2;
      if (deleted) delete response[key];
      else response[key] = value;
      const problem = responseProblem(response);
      const spec = Object.hasOwn(SCHEMA.response, key) ? SCHEMA.response[key] : undefined;
      const what = `${deleted ? "without" : "with"} ${key}=${JSON.stringify(value)}: ${problem}`;
      // Accepted exactly when the change keeps the response within the schema.
      const within = spec === undefined ? deleted : deleted ? spec.optional === true : fits(spec, value);
      expect(problem === undefined, what).toBe(within);
      if (problem !== undefined) expect(problem, what).toContain(key);
    }
  });
});

/** Whether a value fits a field (written apart from the checker; arrays of objects: only empty ones). */
function fits(spec: FieldSpec, value: unknown): boolean {
  if (value === null) return spec.nullable === true;
  if (spec.enum) return typeof value === "string" && spec.enum.includes(value);
  switch (spec.type) {
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "integer":
      return Number.isSafeInteger(value);
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value) && value.every((x) => fits({ type: spec.items as FieldSpec["type"] }, x));
    default:
      return false;
  }
}

describe("readyProblem", () => {
  it("accepts the ready record and refuses a forged one", () => {
    const ready: WireReady = {
      ready: true,
      python: "3.11.7",
      seccomp: true,
      seccomp_reason: null,
      uid_drop: true,
      uid_drop_reason: null,
      uids: [1, 2],
      subreaper: true,
      pid: 7,
    };
    expect(readyProblem(ready)).toBeUndefined();
    expect(readyProblem({ ...ready, seccomp: "yes" })).toBe(
      "field 'seccomp': expected a boolean, got string",
    );
    expect(readyProblem({ ...ready, uids: [1, null] })).toBe(
      "field 'uids': item 1: expected an integer, got null",
    );
  });
});
