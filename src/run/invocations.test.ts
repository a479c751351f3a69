// Tests of run.json's generation record: each invocation keeps its own counters, the totals are their
// sums (a re-run or an extension erases nothing), and run.json files of the earlier format are read
// as one invocation.
import { describe, expect, it } from "vitest";
import { didSomething, invocationOf, normalizeGeneration, withInvocation } from "./invocations.js";
import type { GenerationStats, RunManifest } from "./types.js";

const stats = (extra: Partial<GenerationStats>): GenerationStats => ({
  requested: 60,
  generated: 0,
  resumed: 0,
  cached: 0,
  requests: 0,
  retries: 0,
  tokensIn: 0,
  tokensOut: 0,
  elapsedSeconds: 0,
  notGenerated: [],
  ...extra,
});
const fields = {
  started: "2025-01-01T00:00:00.000Z",
  passkVersion: "1.0.0",
  command: "run",
  finished: true,
} as const;

describe("the generation record", () => {
  it("sums every invocation's counters, and replaces an entry saved while it ran", () => {
    const first = invocationOf(
      stats({ generated: 60, requests: 6, retries: 2, tokensIn: 900, tokensOut: 3000, elapsedSeconds: 12 }),
      { ...fields, n: 10 },
    );
    const latest = { requested: 60, notGenerated: [] };
    let record = withInvocation(undefined, 0, first, latest);
    const partial = invocationOf(stats({ generated: 10, requests: 1, tokensOut: 400, elapsedSeconds: 1 }), {
      ...fields,
      n: 20,
      finished: false,
    });
    record = withInvocation(record, 1, partial, { requested: 120, notGenerated: [] });
    const done = invocationOf(
      stats({
        generated: 59,
        resumed: 60,
        requests: 7,
        tokensIn: 1000,
        tokensOut: 2900,
        elapsedSeconds: 10,
        notGenerated: [{ task_id: "t", completion_ids: [19], reason: "HTTP 500 (gave up after 6 attempts)" }],
      }),
      { ...fields, n: 20 },
    );
    record = withInvocation(record, 1, done, {
      requested: 120,
      notGenerated: [{ task_id: "t", completion_ids: [19], reason: "HTTP 500 (gave up after 6 attempts)" }],
    });
    expect(record.invocations).toHaveLength(2);
    expect(record).toMatchObject({
      requested: 120,
      generated: 119,
      requests: 13,
      retries: 2,
      tokensIn: 1900,
      tokensOut: 5900,
      elapsedSeconds: 22,
    });
    expect(record.invocations[1]).toMatchObject({ n: 20, resumed: 60, notGenerated: 1, finished: true });
    expect(record.notGenerated).toHaveLength(1);
  });

  it("keeps only invocations that asked for or wrote something", () => {
    expect(didSomething(stats({ resumed: 60 }))).toBe(false);
    expect(didSomething(stats({ requests: 3 }))).toBe(true);
    expect(didSomething(stats({ cached: 1 }))).toBe(true);
  });

  const legacy = (generation: Record<string, unknown>) =>
    ({
      created: "2024-12-01T00:00:00.000Z",
      passkVersion: "0.1.0",
      params: { n: 10 },
      generation,
    }) as unknown as RunManifest;

  it("reads the earlier format's one set of counters as one invocation", () => {
    const record = normalizeGeneration(
      legacy({
        requested: 60,
        generated: 60,
        resumed: 0,
        cached: 0,
        requests: 6,
        retries: 1,
        tokensIn: 5,
        tokensOut: 7,
        elapsedSeconds: 3,
        notGenerated: [],
      }),
    );
    expect(record).toMatchObject({ requests: 6, retries: 1, tokensIn: 5, tokensOut: 7, elapsedSeconds: 3 });
    expect(record?.invocations).toEqual([
      expect.objectContaining({
        started: "2024-12-01T00:00:00.000Z",
        passkVersion: "0.1.0",
        n: 10,
        requests: 6,
      }),
    ]);
  });

  it("reads the earlier format's zeroed counters (a re-run wiped them) as no invocation", () => {
    const record = normalizeGeneration(
      legacy({
        requested: 60,
        generated: 0,
        resumed: 60,
        cached: 0,
        requests: 0,
        retries: 0,
        tokensIn: 0,
        tokensOut: 0,
        elapsedSeconds: 0.1,
        notGenerated: [],
      }),
    );
    expect(record).toMatchObject({ requested: 60, requests: 0, invocations: [] });
  });
});
